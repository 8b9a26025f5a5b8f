/** The "Acts" section of the human report: actor → TYPE/mode → recipient, date, evidence. */
import type { ReportSection } from '../../pipeline/stage.js';
import type { Act, ActParticipant } from './types.js';

/** Evidence longer than this is cut in the report (the JSON has it whole). */
const EVIDENCE_SNIPPET_CHARS = 100;

function names(ps: readonly ActParticipant[]): string {
  if (!ps.length) return '—';
  return ps.map((p) => `${p.name}${p.country ? ` [${p.country}${p.sector ?? ''}]` : ''}`).join(' + ');
}

function flags(a: Act): string {
  const f = [
    a.negated && 'negated',
    a.hypothetical && 'hypothetical',
    a.future && 'future',
    a.historical && 'historical',
  ];
  return f.filter(Boolean).join(', ');
}

/** The section's first line: how many acts. */
export function actsHeadLine(count: number): string {
  return `${count} act${count === 1 ? '' : 's'}`;
}

/** One act's two lines (a huge document's report writes them window by window, analysis/window-report.ts). */
export function actLines(a: Act): [string, string] {
  const type = `${a.type}${a.mode ? `/${a.mode}` : ''}`;
  const arrow = a.reciprocal ? '↔' : '→';
  const recipient = a.reciprocal ? '' : ` ${arrow} ${names(a.recipients)}`;
  const who = a.reciprocal ? `${names(a.actors)} ↔` : names(a.actors);
  const date = a.date
    ? `${a.date.value}${a.date.basis === 'reported-on' ? ' (reported)' : ''}`
    : 'date unknown';
  const extra = [flags(a), a.place ? `in ${a.place.name}` : '', a.reported].filter(Boolean).join('; ');
  const ev = a.evidence.text.replace(/\s+/g, ' ');
  return [
    `  ${who} ${type}${recipient}  ${date}  (${extra})`,
    `    [${a.trigger.text}] ${ev.length > EVIDENCE_SNIPPET_CHARS ? `${ev.slice(0, EVIDENCE_SNIPPET_CHARS - 1)}…` : ev}`,
  ];
}

export function actsReport(acts: readonly Act[]): ReportSection {
  const lines = [actsHeadLine(acts.length)];
  for (const a of acts) lines.push(...actLines(a));
  return { title: 'Acts', lines };
}
