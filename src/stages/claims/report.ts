/** The claims section of the human report: each response with the claims it answers, then positions. */
import type { ReportSection } from '../../pipeline/stage.js';
import type { ClaimsLayer } from './types.js';

/** Characters of a claim or statement shown per report line. */
const SHOWN = 90;

const cut = (s: string) => (s.length > SHOWN ? `${s.slice(0, SHOWN - 1)}…` : s);

export function claimsReport(layer: ClaimsLayer): ReportSection | undefined {
  if (!layer.responses.length && !layer.positions.length) return undefined;
  const byId = new Map(layer.claims.map((c) => [c.id, c]));
  const lines: string[] = [];
  for (const r of layer.responses) {
    const who = r.responderName ?? r.responder?.text ?? 'unknown';
    lines.push(`${who} ${r.relation.toUpperCase()} (“${r.cue.text}”${r.date ? `, ${r.date}` : ''})`);
    for (const l of r.links) {
      const c = byId.get(l.claimId);
      if (c) lines.push(`    ${l.basis}: “${cut(c.content.text)}”${c.claimant ? ` — ${c.claimant}` : ''}`);
    }
  }
  const timelines = layer.positions.filter((p) => p.entries.length > 1 || p.entries.some((e) => e.cue));
  for (const p of timelines) {
    lines.push(`${p.actor} on ${p.topic.slice(0, 3).join(', ')}:`);
    for (const e of p.entries) lines.push(`    ${e.date ?? '?'} ${e.label}: “${cut(e.content.text)}”`);
  }
  return { title: 'Claims and positions', lines };
}
