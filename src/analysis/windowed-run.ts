/**
 * Runs the pipeline over a huge document window by window (windows.ts) and merges each window's
 * layers into the document (window-merge.ts) before the next window runs, so the memory held is one
 * window's internals plus the merged layers, and the time is the windows' sum: linear in the text.
 */
import type { Document } from '../model/document.js';
import { recordId } from '../model/ids.js';
import type { LayerName } from '../model/layers.js';
import type { Pipeline, StageTiming } from '../pipeline/pipeline.js';
import type { StageContext } from '../pipeline/stage.js';
import type { JsonSpill } from './json-spill.js';
import { RECORD_KINDS } from './records.js';
import { recordsRead } from './release.js';
import { WindowMerger } from './window-merge.js';
import { WindowRecords } from './window-records.js';
import { WindowReport } from './window-report.js';
import { WINDOW_CHARS, windowDocument, windowsOf } from './windows.js';

/** Layers kept whatever `include` says: the report's timeline shows each dated sentence (timeline.ts). */
const REPORT_LAYERS: readonly LayerName[] = ['sentences'];

/**
 * What a windowed run keeps in `spill` instead of merged layers: the records as JSON (window-records.ts)
 * or the human report's lines (window-report.ts).
 */
export interface WindowSpill {
  readonly keep: 'records' | 'report';
  readonly spill: JsonSpill;
}

/**
 * Runs `pipeline` over `doc` in windows and sets the merged layers on `doc`: every layer the records
 * of `include` (resolved) read, and the sentences; tokens, POS and entities only when included.
 * With a `spill`, `doc` gets no layers but its records or its report, kept in the spill.
 * Returns ms per stage, summed over the windows.
 */
export function runInWindows(
  pipeline: Pipeline,
  doc: Document,
  ctx: StageContext,
  include: ReadonlySet<string>,
  windowChars = WINDOW_CHARS,
  spill?: WindowSpill,
): StageTiming[] {
  const keep = (layer: LayerName) => recordsRead(layer, include) || REPORT_LAYERS.includes(layer);
  const merger =
    spill?.keep === 'records'
      ? new WindowRecords(doc, RECORD_KINDS, include, spill.spill)
      : spill?.keep === 'report'
        ? new WindowReport(doc, spill.spill)
        : new WindowMerger(doc, keep);
  const totals = new Map<string, number>();
  const warnings = new Set<string>();
  let windows = 0;
  // The document's blocks are packed while the windows run and made again after the last (windows.ts).
  for (const w of windowsOf(doc, windowChars)) {
    windows++;
    for (const p of w.blocks) {
      if (p.pieceOf) merger.alias(recordId('blk', doc.scope, p.start, p.end), p.pieceOf);
    }
    const win = windowDocument(doc, w);
    for (const t of pipeline.run(win, ctx)) totals.set(t.stage, (totals.get(t.stage) ?? 0) + t.ms);
    for (const warning of win.warnings) warnings.add(warning);
    merger.add(win, w.start);
  }
  if (merger instanceof WindowMerger) Object.assign(doc.layers, merger.finish());
  else merger.finish(doc);
  doc.warnings.push(windowsWarning(doc, windows, windowChars), ...warnings);
  return [...totals].map(([stage, ms]) => ({ stage, ms }));
}

/** What windows mean for this document's records, named in its warnings. */
export function windowsWarning(doc: Document, windows: number, windowChars: number): string {
  const name = doc.meta.source ?? doc.meta.url ?? 'the input';
  return (
    `${name}: ${doc.text.length} characters is over ${windowChars} (news articles are under 100,000), so it was ` +
    `analysed in ${windows} windows of at most ${windowChars} characters cut at paragraph ends (window warnings ` +
    'below use window offsets); actors of the same name and type are merged across windows, but pronouns and ' +
    'other mentions are not resolved across a window border; tokens, POS and entities are kept only when included'
  );
}
