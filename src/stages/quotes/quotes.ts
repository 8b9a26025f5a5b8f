/**
 * The quotes stage: statements with content, cue, source and speaker spans.
 * `match` (extract.ts) finds them on words and quotation regions; this module
 * gathers paragraphs and their production sentences from the shared document view,
 * resolves speakers (through the `actors` layer when present) and writes the
 * `quotes` layer.
 */
import { contentBlocks, type Document, setLayer } from '../../model/document.js';
import { recordId } from '../../model/ids.js';
import { spanOf } from '../../model/span.js';
import { type DocView, docView } from '../../pipeline/doc-view.js';
import type { ReportSection, Stage } from '../../pipeline/stage.js';
import type {} from '../actors/types.js';
import { type CueYield, loadCueYield, statementShape } from './cue-yield.js';
import { extractStatements } from './extract.js';
import { CueLexicon, type CueSettings, DEFAULT_CUE_SETTINGS, loadCueEntries } from './lexicon.js';
import { nestedStatements } from './nested.js';
import { quotesReport } from './report.js';
import { SpeakerResolver } from './speaker.js';
import type { QuotesLayer, Statement } from './types.js';
import type { Paragraph, Range, RawStatement } from './unit-context.js';
import type { SentenceRef } from './units.js';

/**
 * Paragraphs of the document's content blocks, each with its production sentences (through the
 * shared document view). Blocks and sentences are both in text order, so one sweep assigns
 * sentences to blocks (linear, not blocks × sentences).
 */
export function paragraphsOf(doc: Document, view: DocView = docView(doc)): Paragraph[] {
  const sentences = view.sentences;
  const out: Paragraph[] = [];
  let s0 = 0;
  for (const b of contentBlocks(doc)) {
    const inBlock: SentenceRef[] = [];
    while (s0 < sentences.length && (sentences[s0] as SentenceRef).start < b.start) s0++;
    for (let i = s0; i < sentences.length && (sentences[i] as SentenceRef).start < b.end; i++) {
      const s = sentences[i] as SentenceRef;
      if (s.end <= b.end) inBlock.push({ id: s.id, start: s.start, end: s.end });
    }
    if (inBlock.length) out.push({ start: b.start, end: b.end, sentences: inBlock });
  }
  return out;
}

/**
 * Drops reported statements whose cue lies inside another statement's content and
 * whose content lies inside it too (`X said the plan, which critics called a failure,
 * would pass`): measured on PolNeAR dev, such nested cues are mostly not separate
 * attributions there, and dropping them raises F1@30 by about 2.5 points. Direct
 * quotations are always kept.
 */
export function dropNested(raw: readonly RawStatement[]): RawStatement[] {
  const nested = nestedStatements(raw);
  return raw.filter((r, i) => r.kind === 'direct' || !nested.has(i));
}

/**
 * A headline colon (`Pat Caddell: Democrats Worried…`) names a speaker only when the article
 * mentions that name again, or when it names a poll or report; `Stealth Over Health: …` does not.
 */
function colonSourceAttested(text: string, r: RawStatement, lastSeen: Map<string, number>): boolean {
  if (text.slice(r.cue.start, r.cue.end) !== ':' || !r.source || r.construction) return true;
  const source = text.slice(r.source.start, r.source.end);
  if (/\b(poll|polls|survey|report|study)\b/i.test(source)) return true;
  const last = source.split(/\s+/).pop() ?? '';
  if (last.length <= 1) return false;
  // `indexOf(last, cue.end) >= 0` is `lastIndexOf(last) >= cue.end`; one search per name, not per statement.
  let at = lastSeen.get(last);
  if (at === undefined) {
    at = text.lastIndexOf(last);
    lastSeen.set(last, at);
  }
  return at >= r.cue.end;
}

/** The cue form and construction a statement's yield is estimated for (see cue-yield.ts). */
export function yieldKey(
  text: string,
  r: { readonly cue: Range; readonly content: readonly Range[]; readonly source?: Range | undefined },
): { form: string; shape: string } {
  // A statement whose source was not found is a weaker candidate in any shape.
  const shape = statementShape(text, r.cue, r.content);
  return {
    form: text.slice(r.cue.start, r.cue.end).toLowerCase(),
    shape: r.source ? shape : `${shape}-nosource`,
  };
}

/** Least yields a statement needs: `core` for the lexicon's core forms, `rare` for the forms only the wider lexicon admits. */
export interface YieldThresholds {
  readonly core: number;
  readonly rare: number;
}

/** Drops statements whose cue form and shape yield gold attributions less often than their threshold on train. */
export function keepLikely(
  text: string,
  raw: readonly RawStatement[],
  lexicon: CueLexicon,
  cueYield: CueYield,
  min: YieldThresholds,
): RawStatement[] {
  if (min.core <= 0 && min.rare <= 0) return [...raw];
  return raw.filter((r) => {
    if (r.construction) return true;
    const { form, shape } = yieldKey(text, r);
    const need = lexicon.isCore(form) ? min.core : Math.max(min.core, min.rare);
    return need <= 0 || cueYield.probability(form, shape) >= need;
  });
}

/** Finds the document's statements (pure: reads `doc`, returns records). */
export function matchStatements(
  doc: Document,
  lexicon: CueLexicon,
  cueYield?: CueYield,
  min: YieldThresholds = { core: 0, rare: 0 },
): Statement[] {
  const view = docView(doc);
  const found = extractStatements(view, paragraphsOf(doc, view), lexicon);
  const raw = dropNested(cueYield ? keepLikely(doc.text, found, lexicon, cueYield, min) : found);
  const resolver = new SpeakerResolver(doc);
  const text = doc.text;
  const seen = new Set<string>();
  const lastSeen = new Map<string, number>();
  const out: Statement[] = [];
  for (const r of raw) {
    const first = r.content[0];
    if (!first) continue;
    const key = r.content.map((c) => `${c.start}-${c.end}`).join(',');
    if (seen.has(key) || !colonSourceAttested(text, r, lastSeen)) continue;
    seen.add(key);
    const { speaker, type } = resolver.resolve(r.source);
    out.push({
      id: recordId(
        'stmt',
        doc.scope,
        first.start,
        r.content[r.content.length - 1]?.end ?? first.end,
        `${r.cue.start}`,
      ),
      kind: r.kind,
      content: r.content.map((c) => spanOf(text, c.start, c.end)),
      cue: spanOf(text, r.cue.start, r.cue.end),
      ...(r.source ? { source: spanOf(text, r.source.start, r.source.end) } : {}),
      sourceType: type,
      ...(speaker ? { speaker } : {}),
      quoted: r.quoted.map((q) => spanOf(text, q.start, q.end)),
      sentenceId: r.sentence.id,
      sentence: spanOf(text, r.sentence.start, r.sentence.end),
      inherited: r.inherited,
    });
  }
  return out;
}

export function createQuotesStage(settings: CueSettings = DEFAULT_CUE_SETTINGS): Stage {
  const lexicon = new CueLexicon(loadCueEntries(), settings);
  const cueYield = settings.minYield === 0 ? undefined : loadCueYield();
  const min: YieldThresholds = settings.minYield
    ? { core: settings.minYield, rare: settings.minYield }
    : (cueYield?.thresholds ?? { core: 0, rare: 0 });
  return {
    run(doc: Document): void {
      const layer: QuotesLayer = { statements: matchStatements(doc, lexicon, cueYield, min) };
      setLayer(doc, 'quotes', layer);
    },
    report(doc: Document): ReportSection | undefined {
      const layer = doc.layers.quotes;
      if (!layer) return undefined;
      const actorTypes = new Map((doc.layers.actors?.actors ?? []).map((a) => [a.id, a.type as string]));
      return quotesReport(layer.statements, actorTypes);
    },
  };
}
