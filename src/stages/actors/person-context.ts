/**
 * What stands next to a person name: its title phrase (`Kremlin spokesperson Dmitry Peskov`,
 * which gives the person a role, country and gender) and an apposition (`Peskov, the Kremlin
 * spokesman,`), which is a mention of the same person.
 */

import { PRONOUNS } from '../../lang/en/pronouns.js';
import { type ActorView, opensClause } from './actor-view.js';
import { appositionCandidate, type Candidate } from './candidate.js';
import type { ActorDictionary } from './dictionary.js';
import { SPEECH_VERBS } from './lexicon.js';
import { findRoles } from './roles.js';

/**
 * Gives the person name `c` (at index `at` of the sorted candidates `all`) the title phrase
 * before or after it, with the phrase's country and gender.
 */
export function attachRole(
  view: ActorView,
  c: Candidate,
  at: number,
  all: Candidate[],
  dict: ActorDictionary,
): void {
  const r = findRoles(view, c.t0, c.t1, dict);
  if (!r) return;
  c.role = r;
  if (r.iso3 && !c.iso3) c.iso3 = r.iso3;
  if (r.gender && !c.gender) c.gender = r.gender;
  if (r.prefixStartToken !== undefined) c.subject = opensClause(view, r.prefixStartToken);
  // A name introduced by a title phrase is never the subject the phrase's own country is.
  // Candidates are sorted by start: walk out from `at` while they can still lie inside the role.
  for (let k = at - 1; k >= 0 && all[k]!.end > r.start - 1; k--) {
    const o = all[k]!;
    if (o.start >= r.start && o.end <= r.end) o.subject = false;
  }
  for (let k = at + 1; k < all.length && all[k]!.start < r.end; k++) {
    const o = all[k]!;
    if (o.start >= r.start && o.end <= r.end) o.subject = false;
  }
}

/** Tokens an apposition may have (`, a second year USI art major ,`). */
const APPOSITION_MAX_TOKENS = 14;

/**
 * `NAME , a/the … ,` or `NAME , 42 ,` (age) or `NAME , director of … ,`: the noun phrase between
 * the commas is a mention of the same person.
 */
export function apposition(view: ActorView, c: Candidate): Candidate[] {
  const toks = view.toks;
  let k = c.t1;
  while (k < toks.length && toks[k]!.end <= c.end) k++;
  const comma = toks[k];
  const first = toks[k + 1];
  if (comma?.text !== ',' || !first || first.sent !== comma.sent) return [];
  const opens =
    /^(a|an|the)$/.test(first.lower) || /^\d{1,3}$/.test(first.text) || /^\p{Ll}+$/u.test(first.text);
  // A lone lower-case word between commas is a discourse adverb (`Peskov, however, said`).
  const lone = toks[k + 2]?.text === ',' && /^\p{Ll}+$/u.test(first.text);
  if (
    !opens ||
    lone ||
    PRONOUNS.has(first.lower) ||
    /^(who|which|that|and|but|or|said|says|according|of|in|at|for|from|with|on|by|to|as)$/.test(first.lower)
  )
    return [];
  for (let e = k + 1; e < Math.min(toks.length, k + 1 + APPOSITION_MAX_TOKENS); e++) {
    const t = toks[e]!;
    if (t.sent !== comma.sent) return [];
    if (t.text === ',' || t.text === '.' || t.text === ';') {
      if (e === k + 1) return [];
      return [appositionCandidate(view, k + 1, e, first.sent, c)];
    }
    if (/^[“”"()]$/.test(t.text) || SPEECH_VERBS.has(t.lower)) return [];
  }
  return [];
}
