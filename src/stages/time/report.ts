/** The time stage's section of the human report: the reference date and every expression (the timeline is src/analysis/timeline.ts). */
import type { Document } from '../../model/document.js';
import type { ReportSection } from '../../pipeline/stage.js';

export function timeReport(doc: Document): ReportSection {
  const timexes = doc.layers.timexes ?? [];
  const m = doc.meta;
  const lines: string[] = [
    m.publishedAt
      ? `reference date: ${m.publishedAt} (from ${m.publishedAtSource ?? 'metadata'})`
      : 'reference date: unknown — publication date not given (use --published); relative expressions are left unresolved (X) and flagged',
    `${timexes.length} time expression${timexes.length === 1 ? '' : 's'}:`,
  ];
  for (const t of timexes) {
    const flags = [
      t.mod && `mod ${t.mod}`,
      t.anchor === 'publication' && 'relative to publication date',
      t.anchor === 'previous' && `relative to ${t.anchorId ?? 'an earlier expression'}`,
      t.anchor === 'publication-unknown' && 'UNRESOLVED: publication date unknown',
    ].filter(Boolean);
    lines.push(
      `  ${t.type.padEnd(8)} ${t.value.padEnd(14)} ${`${t.start}-${t.end}`.padEnd(11)} "${t.text}"${flags.length ? `  (${flags.join('; ')})` : ''}`,
    );
  }
  return { title: 'Time', lines };
}
