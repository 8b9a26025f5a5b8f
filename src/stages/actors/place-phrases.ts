/**
 * `Paris , France`, `Basel , in Switzerland`, `Exeter , Devon`: a place followed by the region or
 * country it lies in is one mention of the first place (GUM marks the whole phrase), besides the
 * mentions of each name. The first place's own country's capital or seat in the second place
 * (`Seattle , Washington`) names a region there, not the government it stands for elsewhere.
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
    // Its own country's capital after a place and a comma (`Seattle , Washington`, `Bellevue ,
    // Washington` when the place's country is unknown) is a region of that name, not the government;
    // another country's (`Berlin , Paris`) is the next item of a list.
    const seat =
      b.metonym === true && b.type === 'government' && b.t1 - b.t0 === 1 && (a.iso3 ?? b.iso3) === b.iso3;
    if (a.type !== 'place' || !b.type || !(PLACE_TYPES.has(b.type) || seat) || a.metonym) continue;
    // `A , B` or `A , in B`, in one sentence.
    let t = a.t1;
    while (t < toks.length && toks[t]!.end <= a.end) t++;
    if (toks[t]?.text !== ',') continue;
    const next = toks[t + 1]?.lower === 'in' ? t + 2 : t + 1;
    if (b.t0 !== next || b.sent !== a.sent) continue;
    if (seat) {
      b.type = 'place';
      b.metonym = false;
    }
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
