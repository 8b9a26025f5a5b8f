/** Runs the recogniser over a document and builds the `timexes` layer (ids, anchors, content blocks only). */
import { CONTENT_BLOCK_KINDS, type Document, getLayer, hasLayer } from '../../model/document.js';
import { recordId } from '../../model/ids.js';
import { docView } from '../../pipeline/doc-view.js';
import type { Upos } from '../pos/types.js';
import type { Ymd } from './calendar.js';
import { sentenceRange } from './dating.js';
import { RULES, recogniseTimexes } from './recognise.js';
import type { SentenceAt, TagAt } from './tense.js';
import type { Timex } from './types.js';

/**
 * Token-start → UPOS lookup over the shared document view and the `pos` layer, or undefined when
 * the document has no `pos` layer.
 */
export function tagLookup(doc: Document): TagAt | undefined {
  if (!hasLayer(doc, 'pos')) return undefined;
  const view = docView(doc);
  const { upos } = getLayer(doc, 'pos');
  return (offset) => {
    const i = view.tokenStartingAt(offset);
    return i < 0 ? undefined : (upos[i] as Upos | undefined);
  };
}

/** The production sentence holding `[start, end)` (the sentences it spans), from the shared view. */
export function sentenceLookup(doc: Document): SentenceAt {
  return (start, end) => sentenceRange(doc, start, end);
}

export function annotateTimexes(doc: Document, ref: Ymd | undefined): Timex[] {
  const raw = recogniseTimexes(doc.text, ref, RULES, tagLookup(doc), sentenceLookup(doc));
  const content = doc.blocks.filter((b) => CONTENT_BLOCK_KINDS.has(b.kind));
  const ids = raw.map((t) => recordId('timex', doc.scope, t.start, t.end));
  const out: Timex[] = [];
  let bi = 0;
  raw.forEach((t, i) => {
    while (bi < content.length && content[bi]!.end <= t.start) bi++;
    const block = content[bi];
    if (!block || t.start < block.start || t.end > block.end) return;
    const anchorId = t.previousIndex === undefined ? undefined : ids[t.previousIndex];
    out.push({
      id: ids[i]!,
      start: t.start,
      end: t.end,
      text: doc.text.slice(t.start, t.end),
      type: t.type,
      value: t.value,
      ...(t.mod ? { mod: t.mod } : {}),
      ...(t.anchor ? { anchor: t.anchor } : {}),
      ...(anchorId ? { anchorId } : {}),
      rule: t.rule,
    });
  });
  return out;
}
