/** The claims section of the human report: each response with the claims it answers, then positions. */
import type { ReportSection } from '../../pipeline/stage.js';
import type { Claim, ClaimsLayer, Position, Response } from './types.js';

/** Characters of a claim or statement shown per report line. */
const SHOWN = 90;

const cut = (s: string) => (s.length > SHOWN ? `${s.slice(0, SHOWN - 1)}…` : s);

/** A response's lines: who answers how, then each claim it answers that `byId` holds. */
export function responseLines(r: Response, byId: ReadonlyMap<string, Claim>): string[] {
  const who = r.responderName ?? r.responder?.text ?? 'unknown';
  const lines = [`${who} ${r.relation.toUpperCase()} (“${r.cue.text}”${r.date ? `, ${r.date}` : ''})`];
  for (const l of r.links) {
    const c = byId.get(l.claimId);
    if (c) lines.push(`    ${l.basis}: “${cut(c.content.text)}”${c.claimant ? ` — ${c.claimant}` : ''}`);
  }
  return lines;
}

/** A position's lines, none when it is no timeline (one entry without a cue). */
export function positionLines(p: Position): string[] {
  if (!(p.entries.length > 1 || p.entries.some((e) => e.cue))) return [];
  const lines = [`${p.actor} on ${p.topic.slice(0, 3).join(', ')}:`];
  for (const e of p.entries) lines.push(`    ${e.date ?? '?'} ${e.label}: “${cut(e.content.text)}”`);
  return lines;
}

export function claimsReport(layer: ClaimsLayer): ReportSection | undefined {
  if (!layer.responses.length && !layer.positions.length) return undefined;
  const byId = new Map(layer.claims.map((c) => [c.id, c]));
  const lines: string[] = [];
  for (const r of layer.responses) lines.push(...responseLines(r, byId));
  for (const p of layer.positions) lines.push(...positionLines(p));
  return { title: 'Claims and positions', lines };
}
