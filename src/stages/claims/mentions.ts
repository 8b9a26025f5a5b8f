/** The mentions a response's responder is chosen from: actor mentions, else personal pronouns. */
import type { ActorsLayer } from '../actors/types.js';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly actorId?: string;
  readonly name?: string;
}

const PRONOUN = /\b(?:he|she|they|we|I)\b/g;

/** Every actor mention (named when resolved) and every subject pronoun, sorted by start. */
export function mentionsOf(text: string, actors: ActorsLayer | undefined): Mention[] {
  const names = new Map((actors?.actors ?? []).map((a) => [a.id, a.name] as const));
  const out: Mention[] = (actors?.mentions ?? []).map((m) => ({
    start: m.start,
    end: m.end,
    ...(m.actorId ? { actorId: m.actorId, name: names.get(m.actorId) } : {}),
  }));
  // Is offset i inside an actor mention? Pronouns come in text order, so one sweep over the
  // mentions by start, keeping the furthest end seen, answers it (a scan per pronoun was quadratic).
  const byStart = out.map((m) => m).sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = Number.NEGATIVE_INFINITY;
  const covered = (i: number) => {
    while (next < byStart.length && (byStart[next] as Mention).start <= i) {
      reach = Math.max(reach, (byStart[next] as Mention).end);
      next++;
    }
    return reach > i;
  };
  for (const p of text.matchAll(PRONOUN)) {
    if (!covered(p.index)) out.push({ start: p.index, end: p.index + p[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The mentions lying in `[start, end)`, by binary search over the sorted list. */
export function mentionsWithin(mentions: readonly Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}
