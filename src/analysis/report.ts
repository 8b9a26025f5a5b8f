/** The human report: a header, the article's structure, one section per stage that has one, then the timeline. */

import type { Block, Document } from '../model/document.js';
import type { ReportSection } from '../pipeline/stage.js';
import { PIECE_CHARS } from './json-spill.js';
import { timelineSection } from './timeline.js';
import type { SectionLines } from './window-report.js';

/** Block texts longer than this are cut in the report (the JSON has them whole). */
const REPORT_SNIPPET_CHARS = 90;

/**
 * Characters of a section gathered before a piece is handed out: as json-stream.ts's pieces, large
 * enough to cost nothing per write, small enough that a huge document's section (~10 M characters
 * of acts at 8 MB of news) is never one string, nor copied whole when its controls are made visible.
 */
const REPORT_PIECE_CHARS = PIECE_CHARS;

export function renderReport(doc: Document, sections: Iterable<ReportSection>): string {
  return [...reportPieces(doc, sections)].join('');
}

/**
 * The report in pieces (the header, then one section at a time, each built when it is reached):
 * joined, they are `renderReport`; written one by one, a huge document's report is never one string.
 * `timeline` gives the timeline section (default: from the document's layers, timeline.ts).
 */
export function* reportPieces(
  doc: Document,
  sections: Iterable<SectionLines>,
  timeline: () => SectionLines | undefined = () => timelineSection(doc),
): Generator<string> {
  const out: string[] = [];
  const m = doc.meta;
  out.push(`# ${m.title ?? '(untitled)'}`);
  if (m.source) out.push(`source:     ${m.source}`);
  out.push(`document:   ${doc.id} (${doc.text.length} characters)`);
  out.push(
    `published:  ${m.publishedAt ? `${m.publishedAt} (from ${m.publishedAtSource ?? 'input'})` : 'unknown'}`,
  );
  if (m.authors?.length) out.push(`authors:    ${m.authors.join(', ')}`);
  for (const w of doc.warnings) out.push(`warning:    ${w}`);
  yield `${out.join('\n')}\n`;
  yield* sectionPieces(structureSection(doc.blocks));
  for (const s of sections) yield* sectionPieces(s);
  const last = timeline();
  if (last) yield* sectionPieces(last);
}

/** A section after the one before it (a blank line, `## title`, its lines, a line end), cut at line ends. */
function* sectionPieces(section: SectionLines): Generator<string> {
  let piece = `\n## ${section.title}`;
  for (const line of section.lines) {
    piece += `\n${line}`;
    if (piece.length >= REPORT_PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}\n`;
}

export function structureSection(blocks: readonly Block[]): ReportSection {
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1);
  const summary = [...counts].map(([k, n]) => `${n} ${k}${n === 1 ? '' : 's'}`).join(', ');
  const lines = [summary || 'no blocks'];
  for (const b of blocks) {
    lines.push(`  ${b.kind.padEnd(11)} ${`${b.start}-${b.end}`.padEnd(11)} ${snippet(b.text)}`);
    if (b.credit) {
      const parts = [
        b.credit.agency && `agency ${b.credit.agency}`,
        b.credit.photographer && `photographer ${b.credit.photographer}`,
        b.credit.filePhoto && 'file photo',
      ].filter(Boolean);
      lines.push(`  ${''.padEnd(23)} credit: ${parts.join(', ')}`);
    }
    if (b.dateline) {
      const d = b.dateline;
      lines.push(
        `  ${''.padEnd(23)} dateline: ${[d.place, d.agency, d.dateText].filter(Boolean).join(' · ')}`,
      );
    }
    if (b.reason) lines.push(`  ${''.padEnd(23)} (${b.reason})`);
  }
  return { title: 'Structure', lines };
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > REPORT_SNIPPET_CHARS ? `${flat.slice(0, REPORT_SNIPPET_CHARS - 1)}…` : flat;
}
