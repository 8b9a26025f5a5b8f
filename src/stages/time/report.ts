/** The time stage's section of the human report: the reference date and every expression (the timeline is src/analysis/timeline.ts). */
import type { Document, DocumentMeta } from '../../model/document.js';
import type { ReportSection } from '../../pipeline/stage.js';
import type { Timex } from './types.js';

/** The section's first lines: the reference date and how many expressions follow. */
export function timeHeadLines(m: DocumentMeta, count: number): string[] {
  return [
    m.publishedAt
      ? `reference date: ${m.publishedAt} (from ${m.publishedAtSource ?? 'metadata'})`
      : 'reference date: unknown — publication date not given (use --published); relative expressions are left unresolved (X) and flagged',
    `${count} time expression${count === 1 ? '' : 's'}:`,
  ];
}

/** One expression's line (a huge document's report writes them window by window, analysis/window-report.ts). */
export function timexLine(t: Timex): string {
  const flags = [
    t.mod && `mod ${t.mod}`,
    t.anchor === 'publication' && 'relative to publication date',
    t.anchor === 'previous' && `relative to ${t.anchorId ?? 'an earlier expression'}`,
    t.anchor === 'publication-unknown' && 'UNRESOLVED: publication date unknown',
  ].filter(Boolean);
  return `  ${t.type.padEnd(8)} ${t.value.padEnd(14)} ${`${t.start}-${t.end}`.padEnd(11)} "${t.text}"${flags.length ? `  (${flags.join('; ')})` : ''}`;
}

export function timeReport(doc: Document): ReportSection {
  const timexes = doc.layers.timexes ?? [];
  const lines = timeHeadLines(doc.meta, timexes.length);
  for (const t of timexes) lines.push(timexLine(t));
  return { title: 'Time', lines };
}
