/**
 * `Bernoulli and Euler`, `Mario J. Lucero and Isabel Ruiz`: two person names joined by `and` are
 * also one mention of the pair, a group that a later `they` can refer to (GUM marks the whole
 * phrase). Each pair is a group of its own, kept in the output only when a pronoun refers back to
 * it (actors.ts keeps unnamed drafts only with a second mention): a pair named again is not
 * joined to the first, so articles that merely name two people together gain no group actor.
 */

import type { ActorView } from './actor-view.js';
import { type Candidate, makeCandidate, nominalInfo } from './candidate.js';

/** Words that join two names into a pair. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&']);

/** Pair mentions over the candidates `cands` (sorted by start). */
export function conjoinedPersons(view: ActorView, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const toks = view.toks;
  const names = cands.filter((c) => c.kind === 'name' && c.type === 'person' && !c.apposOf);
  for (let k = 0; k + 1 < names.length; k++) {
    const a = names[k]!;
    const b = names[k + 1]!;
    // `A and B` in one sentence, A not a possessor (`Smith's and Jones's`).
    if (b.sent !== a.sent || a.possessive || a.end !== toks[a.t1 - 1]!.end) continue;
    if (b.t0 !== a.t1 + 1 || !CONJUNCTIONS.has(toks[a.t1]!.lower)) continue;
    const surface = view.text.slice(a.start, b.coreEnd);
    out.push(
      makeCandidate({
        start: a.start,
        end: b.coreEnd,
        coreStart: a.coreStart,
        coreEnd: b.coreEnd,
        t0: a.t0,
        t1: b.t1,
        sent: a.sent,
        kind: 'nominal',
        surface,
        type: 'group',
        plural: true,
        subject: a.subject,
        inQuote: a.inQuote,
        nominal: nominalInfo('pair', surface.toLowerCase()),
      }),
    );
  }
  return out;
}
