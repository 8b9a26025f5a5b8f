/**
 * The mentions the resolution rules have seen so far, in text order, and the lookups over them
 * that the pronoun and nominal rules share: the salience list of a pronoun's window (latest
 * first), per-draft reads of that list, and whether a mention is the subject of a token's clause.
 */

import type { ActorView } from './actor-view.js';
import type { Candidate } from './candidate.js';
import type { Draft } from './cluster.js';
import { CLAUSE_BREAKS } from './lexicon.js';

/** A mention resolved so far and the actor it went to. */
export interface Seen {
  readonly draft: Draft;
  readonly cand: Candidate;
}

/**
 * The mentions seen before `c` within `window` sentences, latest first. A draft's mentions among them
 * are its salience list (latest first); drafts are weighed in the order of their latest mention. Read
 * through `firstOfDraft` and `draftHas` instead of a map of lists (one array per pronoun, not a map
 * and an array per draft: a pronoun's window holds a few dozen mentions).
 */
export function latestBySalience(seen: readonly Seen[], c: Candidate, window: number): Seen[] {
  const recent: Seen[] = [];
  for (let k = seen.length - 1; k >= 0; k--) {
    const s = seen[k]!;
    if (c.sent - s.cand.sent > window) break;
    if (s.cand.start >= c.start) continue;
    recent.push(s);
  }
  return recent;
}

/** `recent[j]` is its draft's latest mention (no earlier entry of `recent` has the same draft). */
export function firstOfDraft(recent: readonly Seen[], j: number): boolean {
  const d = recent[j]!.draft;
  for (let i = 0; i < j; i++) if (recent[i]!.draft === d) return false;
  return true;
}

/** Some mention of draft `recent[j].draft`, from its latest (`recent[j]`) back, passes `test`. */
export function draftHas(recent: readonly Seen[], j: number, test: (s: Seen) => boolean): boolean {
  const d = recent[j]!.draft;
  for (let i = j; i < recent.length; i++) if (recent[i]!.draft === d && test(recent[i]!)) return true;
  return false;
}

/** Quote marks: a partial quotation (`Montalvo “walked in and turned himself in”`) opens no clause. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['“', '”', '"']);

/**
 * True when `subjectCand` is the subject of the clause that holds token `t`. With `acrossQuotes`,
 * quote marks do not end the clause (a reflexive's binder may stand before a partial quotation).
 */
export function sameClause(
  view: ActorView,
  subjectCand: Candidate,
  t: number,
  acrossQuotes = false,
): boolean {
  if (subjectCand.sent !== view.toks[t]!.sent) return false;
  for (let k = subjectCand.t1; k < t; k++) {
    const w = view.toks[k]!.lower;
    if (CLAUSE_BREAKS.has(w) && !(acrossQuotes && QUOTE_MARKS.has(w))) return false;
  }
  return true;
}
