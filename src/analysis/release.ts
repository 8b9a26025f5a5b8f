/**
 * Layer lifetimes at output: once every stage has run, the records read only some layers. The
 * token-level ones (tokens, POS tags, sentences, entity mentions) are read only by opt-in records,
 * and they are the largest (one object per token: ~27 MiB at 2 MB of news). Dropping them before
 * the records are built and written keeps them out of the output's peak memory.
 */
import type { Document } from '../model/document.js';
import type { LayerName } from '../model/layers.js';
import { forgetDocView } from '../pipeline/doc-view.js';

/** Each layer only opt-in records read, with the include names that read it. */
const OPT_IN_LAYERS: readonly (readonly [LayerName, readonly string[]])[] = [
  ['tokens', ['tokens', 'pos']],
  ['pos', ['pos']],
  ['sentences', ['sentences']],
  ['entities', ['entities']],
];

/** True when some record of `include` (resolved) reads `layer`: every layer but the opt-in ones is read by default. */
export function recordsRead(layer: LayerName, include: ReadonlySet<string>): boolean {
  const readers = OPT_IN_LAYERS.find(([name]) => name === layer)?.[1];
  return !readers || readers.some((r) => include.has(r));
}

/**
 * Removes from an analysed `doc` the layers no record of `include` (resolved, as `resolveInclude`
 * gives it) reads; the records are the same as before. Only for a document that is written and
 * dropped: no stage, report or store may read it afterwards.
 */
export function releaseUnreadLayers(doc: Document, include: ReadonlySet<string>): void {
  let released = false;
  for (const [layer] of OPT_IN_LAYERS) {
    if (doc.layers[layer] === undefined || recordsRead(layer, include)) continue;
    delete doc.layers[layer];
    released = true;
  }
  if (released) forgetDocView(doc);
}
