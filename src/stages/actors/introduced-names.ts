/**
 * Names the text introduces as a person's, whatever type the tagger gave them:
 * `a cosplayer going by the name "The Katherinator"`, `a woman called Ove`, `a student known as
 * Red`. The phrase before the name says who carries it, so `she` in the next sentence can find
 * it. `called`/`named`/`known as` alone also introduce companies and places (`a firm called
 * Acme`), so they count only after a person noun; `go by (the name)` is said of people.
 * The whole introducing noun phrase (`a cosplayer going by the name "The Katherinator"`) is a
 * mention of that person too, as news coreference marks it.
 */

import type { ActorView } from './actor-view.js';
import { appositionCandidate, type Candidate } from './candidate.js';
import { type ActorDictionary, lookupKey } from './dictionary.js';
import { COMPANY_NOUNS, GENDERED_PERSON_NOUNS, PLACE_NOUNS, TEAM_NOUNS } from './lexicon.js';

/** Quote marks that may stand between the introducing phrase and the name. */
const QUOTES = new Set(['"', '“', '‘', "'", '«']);
/** Quote marks that may close the name. */
const CLOSING_QUOTES = new Set(['"', '”', '’', "'", '»']);
/** Verbs that give a name after a noun (`a man called …`). */
const NAMING_VERBS = new Set(['called', 'named', 'nicknamed', 'dubbed']);
/** Forms of `go` in `going by the name`. */
const GO_FORMS = new Set(['go', 'goes', 'going', 'went', 'gone']);

/** Words an introducing noun phrase may have before its verb (`a young local cosplayer going by`). */
const NP_MAX_TOKENS = 5;

/**
 * Retypes names introduced as a person's to persons (with the gender the noun states). Returns
 * the introducing noun phrases as mentions of the same person (`a woman called "Ove"`).
 */
export function introducedPersonNames(
  view: ActorView,
  cands: readonly Candidate[],
  dict: ActorDictionary,
): Candidate[] {
  const out: Candidate[] = [];
  const toks = view.toks;
  const low = (k: number): string => (k >= 0 ? toks[k]!.lower : '');
  // A dictionary organisation or place keeps its type. Asked last, only of names an introducing
  // phrase precedes (the other tests are cheaper and rule out almost every name).
  const inDictionary = (c: Candidate): boolean => {
    const key = lookupKey(c.surface);
    return dict.orgs.has(key) || dict.places.has(key);
  };
  for (const c of cands) {
    if (c.kind !== 'name' || c.type === 'person' || c.iso3 || c.metonym) continue;
    let k = c.t0 - 1;
    while (k >= 0 && QUOTES.has(toks[k]!.text) && toks[k]!.sent === c.sent) k--;
    if (k < 0 || toks[k]!.sent !== c.sent) continue;
    // `going by the name (of)` / `goes by`.
    let by = k;
    if (low(by) === 'of') by--;
    if (low(by) === 'name' && low(by - 1) === 'the') by -= 2;
    if (low(by) === 'by' && GO_FORMS.has(low(by - 1))) {
      if (inDictionary(c)) continue;
      c.type = 'person';
      const np = introducingPhrase(view, c, by - 2);
      if (np) out.push(np);
      continue;
    }
    // `a woman called …`, `a student known as …`.
    let noun = -1;
    if (NAMING_VERBS.has(low(k))) noun = k - 1;
    else if (low(k) === 'as' && low(k - 1) === 'known') noun = k - 2;
    if (noun < 0 || low(noun) === '') continue;
    const w = low(noun);
    // One-word role nouns, but not the ones that also name a body (`company`).
    const personNoun =
      dict.roles.has(w) && !COMPANY_NOUNS.has(w) && !PLACE_NOUNS.has(w) && !TEAM_NOUNS.has(w);
    if ((!GENDERED_PERSON_NOUNS.has(w) && !personNoun) || inDictionary(c)) continue;
    c.type = 'person';
    const g = GENDERED_PERSON_NOUNS.get(w);
    if (g) c.gender = g;
    const np = introducingPhrase(view, c, noun);
    if (np) out.push(np);
  }
  return out;
}

/**
 * The noun phrase from the indefinite article before the person noun at token `noun` to the
 * end of the name (and its closing quote): `a cosplayer going by the name "The Katherinator"`.
 * Undefined when no `a`/`an` opens it within a few lower-case words.
 */
function introducingPhrase(view: ActorView, name: Candidate, noun: number): Candidate | undefined {
  const toks = view.toks;
  let det = noun;
  while (
    det >= 0 &&
    noun - det < NP_MAX_TOKENS &&
    /^\p{Ll}/u.test(toks[det]!.text) &&
    !/^(a|an)$/.test(toks[det]!.lower)
  )
    det--;
  if (det < 0 || !/^(a|an)$/.test(toks[det]!.lower) || toks[det]!.sent !== name.sent) return undefined;
  let t1 = name.t1;
  while (t1 < toks.length && toks[t1]!.start < name.end) t1++;
  const close = toks[t1];
  if (close && CLOSING_QUOTES.has(close.text) && /^ ?$/.test(view.text.slice(name.end, close.start))) t1++;
  return appositionCandidate(view, det, t1, name.sent, name);
}
