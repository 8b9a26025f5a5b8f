/**
 * Third-person pronouns by salience (after Lappin & Leass, without a parser): `he`/`she` to the
 * person scoring highest on recency (halved per sentence back), subject position, mention
 * frequency and the pronoun chain of its gender, within gender agreement and binding (an object
 * pronoun is not the subject of its own clause; a reflexive is). `it` and `they` are handed to
 * neuter-pronouns.ts and plural-pronouns.ts; a gendered or plural pronoun with nobody to take it
 * may start an unnamed person (`startsUnnamedPerson`).
 */

import type { ActorView } from './actor-view.js';
import type { Candidate } from './candidate.js';
import type { Draft } from './cluster.js';
import { resolveIts } from './neuter-pronouns.js';
import { resolveThey, THEY_WINDOW } from './plural-pronouns.js';
import { pluralThingBefore } from './pronoun-rules.js';
import { draftHas, firstOfDraft, latestBySalience, type Seen, sameClause } from './seen.js';

/** Sentences back that a pronoun looks for its antecedent. */
const PRONOUN_WINDOW = 4;
/** Salience weights (Lappin & Leass give 100 recency, 80 subject; frequency is ours). */
const W_RECENCY = 100;
const W_SUBJECT = 80;
const W_FREQUENCY = 5;
const W_CHAIN = 80;

/** The latest actor each gendered pronoun went to, and the sentence of that pronoun. */
export interface PronounChain {
  m?: Draft;
  f?: Draft;
  mSent?: number;
  fSent?: number;
}

/** Records that pronoun `c` went to `d`: the chain its gender continues, and `d`'s gender. */
export function notePronoun(chain: PronounChain, c: Candidate, d: Draft): void {
  if (c.kind !== 'pronoun' || !c.pronoun?.gender) return;
  if (!d.gender) d.gender = c.pronoun.gender;
  // Updated in place: resolvePronoun reads the chain only while it runs.
  if (c.pronoun.gender === 'm') {
    chain.m = d;
    chain.mSent = c.sent;
  } else {
    chain.f = d;
    chain.fSent = c.sent;
  }
}

/** The actor(s) a third-person pronoun refers to, or none (`excluded`: principle C's names). */
export function resolvePronoun(
  view: ActorView,
  c: Candidate,
  seen: readonly Seen[],
  last: PronounChain,
  speaker: Draft | undefined,
  excluded: ReadonlySet<Draft>,
  covered: Uint8Array,
): Draft[] {
  const p = c.pronoun!;
  if (p.neuter) return resolveIts(view, c, seen);
  if (p.plural) {
    const hit = resolveThey(c, seen);
    if (!hit) return [];
    // A nearer plural thing (`rejected these terms, viewing them`) may be the antecedent: no guess.
    const latest = seen.findLast((s) => s.draft === hit.draft && s.cand.start < c.start) ?? hit;
    return pluralThingBefore(view, c, latest.cand.t1, covered) ? [] : [hit.draft];
  }
  const recent = latestBySalience(seen, c, PRONOUN_WINDOW);
  let best: Draft | undefined;
  let bestScore = 0;
  for (let j = 0; j < recent.length; j++) {
    if (!firstOfDraft(recent, j)) continue;
    const latest = recent[j]!;
    const d = latest.draft;
    if (d.type !== 'person' || d === speaker || excluded.has(d)) continue;
    // `someone`, `everybody` take singular `they` only, never `he`/`she` (`everybody knows Warhol… he`).
    if (d.mentions[0]?.nominal?.quantified) continue;
    if (d.gender && p.gender && d.gender !== p.gender) continue;
    if (
      p.case === 'object' &&
      draftHas(recent, j, (s) => s.cand.subject && !s.cand.possessive && sameClause(view, s.cand, c.t0))
    )
      continue;
    if (p.case === 'reflexive' && !sameClause(view, latest.cand, c.t0, true)) continue;
    const dist = c.sent - latest.cand.sent;
    let score = W_RECENCY * 0.5 ** dist;
    // Subject of the latest sentence that mentions it.
    if (draftHas(recent, j, (s) => s.cand.sent === latest.cand.sent && s.cand.subject))
      score += W_SUBJECT * 0.5 ** dist;
    score += W_FREQUENCY * Math.min(d.mentions.length, 4);
    // The chain's pull fades with the sentences since its last pronoun.
    if (p.gender && last[p.gender] === d)
      score += W_CHAIN * 0.5 ** (c.sent - ((p.gender === 'm' ? last.mSent : last.fSent) ?? c.sent));
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best ? [best] : [];
}

/**
 * `he`/`she` with no person of its gender mentioned in the pronoun window (`Customs can not check
 * what a scientist has in his mind, they can see what he has…`): someone the rules cannot name,
 * whom the next pronouns of that gender continue (by the usual salience) instead of each staying
 * unresolved. Like the interview's `I`, the actor is named by the pronoun and never linked across
 * articles (corpus/names.ts).
 */
export function startsUnnamedPerson(c: Candidate, seen: readonly Seen[]): boolean {
  const p = c.pronoun;
  if (c.kind !== 'pronoun' || !p || p.neuter || p.firstPerson || c.dialogue) return false;
  if (p.plural) {
    for (let k = seen.length - 1; k >= 0; k--) {
      const s = seen[k]!;
      if (c.sent - s.cand.sent > THEY_WINDOW) break;
      if (s.draft.type === 'group') return false;
    }
    return true;
  }
  if (!p.gender) return false;
  for (let k = seen.length - 1; k >= 0; k--) {
    const s = seen[k]!;
    if (c.sent - s.cand.sent > PRONOUN_WINDOW) break;
    if (s.draft.type === 'person' && (!s.draft.gender || s.draft.gender === p.gender)) return false;
  }
  return true;
}
