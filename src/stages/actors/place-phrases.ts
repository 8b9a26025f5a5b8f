/**
 * `Paris , France`, `Basel , in Switzerland`, `Exeter , Devon`: a place followed by the region or
 * country it lies in is one mention of the first place (GUM marks the whole phrase), besides the
 * mentions of each name.
 */

import type { ActorView } from './actor-view.js';
import { type Candidate, makeCandidate } from './candidate.js';

/** Types a place phrase is made of: the place, then the place or country that holds it. */
const PLACE_TYPES: ReadonlySet<string> = new Set(['place', 'country']);

/** Place phrases over the name candidates `cands` (sorted by start). */
export function placePhrases(view: ActorView, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const toks = view.toks;
  const names = cands.filter((c) => c.kind === 'name');
  for (let k = 0; k + 1 < names.length; k++) {
    const a = names[k]!;
    const b = names[k + 1]!;
    if (a.type !== 'place' || !b.type || !PLACE_TYPES.has(b.type) || a.metonym) continue;
    // `A , B` or `A , in B`, in one sentence.
    let t = a.t1;
    while (t < toks.length && toks[t]!.end <= a.end) t++;
    if (toks[t]?.text !== ',') continue;
    const next = toks[t + 1]?.lower === 'in' ? t + 2 : t + 1;
    if (b.t0 !== next || b.sent !== a.sent) continue;
    out.push(
      makeCandidate({
        start: a.start,
        end: b.end,
        coreStart: a.coreStart,
        coreEnd: b.coreEnd,
        t0: a.t0,
        t1: b.t1,
        sent: a.sent,
        kind: 'name',
        surface: view.text.slice(a.start, b.end),
        type: 'place',
        plural: false,
        subject: a.subject,
        inQuote: a.inQuote,
        apposOf: a,
      }),
    );
  }
  return out;
}
