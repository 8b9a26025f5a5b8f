/**
 * Pronoun rules that look at the words around one pronoun, not at salience: binding principle C
 * (`He described Montalvo…`: he ≠ Montalvo), cataphora in a fronted phrase (`In her remarks,
 * Waters said…`) and an object's own possessive (`congratulated Trump on his victory`). Each
 * returns undefined (or nothing excluded) when it does not apply, so the salience rules in
 * pronoun-salience.ts decide. No parser is used: the clause is approximated by clause words and commas.
 */

import type { ActorView } from './actor-view.js';
import type { Candidate } from './candidate.js';
import type { Draft } from './cluster.js';
import { CLAUSE_BREAKS, SPEECH_VERBS, SUBORDINATORS } from './lexicon.js';

/**
 * Subordinating conjunctions: a pronoun after one may be cataphoric (`When he arrived, Smith…`,
 * `As he spoke to accept the nomination, Trump…`).
 */
const SUBORDINATOR_SET: ReadonlySet<string> = new Set([
  ...SUBORDINATORS,
  'as',
  'once',
  'until',
  'unless',
  'whether',
]);
/** Tokens that end the clause a principle-C pronoun c-commands (besides the clause words). */
const PHRASE_BREAKS: ReadonlySet<string> = new Set([',', '(', '—', '–', '--']);
const NO_DRAFTS: ReadonlySet<Draft> = new Set();

/**
 * Binding principle C: a subject pronoun of a main clause never corefers with a name later in its
 * own clause, which it c-commands: `He described Montalvo as…` (he ≠ Montalvo). A pronoun right
 * before a speech verb and an opening quote mark also excludes the names in the rest of its
 * sentence, the quotation it introduces: `He said, “Andy Warhol was…”` (a speaker does not name
 * himself in his own quotation). The clause ends at a clause word (`who`, `that`, a quote mark)
 * or a comma, bracket or dash: writers do reuse a name past them (`He met Devocht, who had told
 * Montalvo…`, he = Montalvo). A pronoun after a subordinator (`As he spoke, Trump…`) or after a
 * comma that ends a fronted phrase may be cataphoric, so it excludes nothing. Returns the person
 * actors so excluded.
 */
export function namedLater(
  view: ActorView,
  c: Candidate,
  at: number,
  cands: readonly Candidate[],
  owner: Map<Candidate, Draft>,
): ReadonlySet<Draft> {
  const p = c.pronoun!;
  if (p.case !== 'subject' || p.plural || p.neuter) return NO_DRAFTS;
  const toks = view.toks;
  for (let k = view.sentStart[c.t0]!; k < c.t0; k++) {
    const w = toks[k]!.lower;
    if (SUBORDINATOR_SET.has(w) || w === '(' || (w === ',' && !/^[”"]$/.test(toks[k - 1]?.text ?? '')))
      return NO_DRAFTS;
  }
  const speech =
    SPEECH_VERBS.has(toks[c.t1]?.lower ?? '') &&
    [c.t1 + 1, c.t1 + 2].some((k) => /^[“"]$/.test(toks[k]?.text ?? ''));
  let end = c.t1;
  while (
    end < toks.length &&
    toks[end]!.sent === c.sent &&
    (speech || !(CLAUSE_BREAKS.has(toks[end]!.lower) || PHRASE_BREAKS.has(toks[end]!.lower)))
  )
    end++;
  const out = new Set<Draft>();
  for (let k = at + 1; k < cands.length; k++) {
    const o = cands[k]!;
    if (o.t0 >= end) break;
    const d = owner.get(o);
    // A person's name inside another name (`the Clinton Foundation`) is no argument of the clause.
    const inside = (q: Candidate | undefined): boolean =>
      q !== undefined &&
      q.kind === 'name' &&
      q.start <= o.start &&
      q.end >= o.end &&
      q.end - q.start > o.end - o.start;
    if (d?.type === 'person' && !inside(cands[k - 1]) && !inside(cands[k - 2])) out.add(d);
  }
  return out.size > 0 ? out : NO_DRAFTS;
}

/** Words that open a fronted phrase before the main clause (`In her remarks, Waters said`). */
const FRONTED_OPENERS = new Set(['in', 'during', 'after', 'before', 'despite', 'for', 'at', 'on', 'with']);
/** Tokens after the fronted phrase's comma searched for the main clause's subject. */
const CATAPHOR_WINDOW = 8;

/** A third-person singular possessive that can only name a person (his/her), the shared guard of the two rules below. */
function isPersonPossessive(p: NonNullable<Candidate['pronoun']>): boolean {
  return p.case === 'possessive' && !p.plural && !p.neuter && !p.firstPerson;
}

/**
 * Cataphora in a fronted phrase: `In her opening remarks, Waters said…`, `Discussing his
 * concern, Malaysia's Prime Minister, Najib Razak said…`. A possessive pronoun in a phrase that
 * opens the sentence (a preposition or an -ing verb, before the first comma) refers to the person
 * named right after the comma, when the gender fits. Otherwise undefined (the usual rules apply).
 */
export function cataphor(
  view: ActorView,
  c: Candidate,
  at: number,
  cands: readonly Candidate[],
  owner: Map<Candidate, Draft>,
): Draft[] | undefined {
  const p = c.pronoun!;
  if (!isPersonPossessive(p)) return undefined;
  const first = view.sentStart[c.t0]!;
  const opener = view.toks[first]!.lower;
  if (!FRONTED_OPENERS.has(opener) && !/^[a-z]{3,}ing$/.test(opener)) return undefined;
  let comma = -1;
  for (let k = first; k < view.toks.length && view.toks[k]!.sent === c.sent; k++) {
    if (view.toks[k]!.text === ',') {
      comma = k;
      break;
    }
  }
  if (comma < c.t0) return undefined;
  for (let k = at + 1; k < cands.length; k++) {
    const o = cands[k]!;
    if (o.t0 <= comma) continue;
    if (o.t0 > comma + CATAPHOR_WINDOW || o.sent !== c.sent) break;
    const d = owner.get(o);
    if (d?.type !== 'person') continue;
    return !d.gender || !p.gender || d.gender === p.gender ? [d] : undefined;
  }
  return undefined;
}

/**
 * Prepositions between an object and its own possessive (`congratulated Trump on his victory`,
 * `praised her for her courage`, `help Montalvo with his defence`).
 */
const OBJECT_PP = new Set(['on', 'for', 'with']);

/**
 * `congratulated Trump on his victory`, `praised Merkel for her leadership`, `help Montalvo with
 * his defence`: a possessive right after `on`/`for`/`with` that follows a person's name belongs to that person, when the gender fits.
 */
export function possessorNextTo(
  view: ActorView,
  c: Candidate,
  at: number,
  cands: readonly Candidate[],
  owner: Map<Candidate, Draft>,
): Draft[] | undefined {
  const p = c.pronoun!;
  if (!isPersonPossessive(p) || c.t0 < 2) return undefined;
  if (!OBJECT_PP.has(view.toks[c.t0 - 1]!.lower)) return undefined;
  const prev = cands[at - 1];
  if (!prev || prev.t1 !== c.t0 - 1 || prev.sent !== c.sent) return undefined;
  const d = owner.get(prev);
  if (d?.type !== 'person' || (d.gender && p.gender && d.gender !== p.gender)) return undefined;
  return [d];
}

/** Endings of -s words that are no plurals (`business`, `status`, `analysis`, `politics`, `news`). */
const NOT_PLURAL_THING = /(ss|us|is|ics|ous|news)$/;
/** Words after which a noun is the subject of the next clause (`stories that surprise them`). */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who']);
/** Tags that may stand between a verb and its object's head noun (`rejected these new terms`). */
const OBJECT_PHRASE_TAGS: ReadonlySet<string> = new Set([
  'DET',
  'ADJ',
  'NUM',
  'NOUN',
  'PRON',
  'PROPN',
  'PART',
]);

/**
 * Plural `them` right after a verb (`…rejected these terms, viewing them as…`) that has a plural
 * noun phrase for a thing between its antecedent and itself, in its own sentence, refers to that
 * noun phrase as often as to the group: on PolNeAR train texts `expectations … fueled them`,
 * `these stories … publish them`, `the rods, or force them` outnumber the cases where the group
 * still won. The thing is the object of a verb (a noun in a prepositional phrase, `attacks` in
 * `prone to terror attacks … keep them`, is less salient) and not the subject of the pronoun's
 * own clause (`restrictions keeping them`, `stories that surprise them`: binding). Thing nouns
 * are lower-case plural NOUN heads outside every candidate mention (people nouns such as
 * `voters` are candidates). True when such a phrase lies between token `from` and the pronoun.
 */
export function pluralThingBefore(view: ActorView, c: Candidate, from: number, covered: Uint8Array): boolean {
  const upos = view.upos;
  if (!upos || c.pronoun?.case !== 'object' || !c.pronoun.plural || upos[c.t0 - 1] !== 'VERB') return false;
  const toks = view.toks;
  // Only the pronoun's own clause: past a clause word (`groups that signed them`) the relative
  // clause's own head is nearer.
  let first = Math.max(from, view.sentStart[c.t0]!);
  for (let k = c.t0 - 1; k >= first; k--) if (CLAUSE_BREAKS.has(toks[k]!.lower)) first = k + 1;
  for (let k = first; k < c.t0 - 1; k++) {
    const tok = toks[k]!;
    if (upos[k] !== 'NOUN' || covered[k] || !isPluralThing(tok.text)) continue;
    const next = toks[k + 1]!;
    const nextTag = upos[k + 1];
    // Not the head (`production numbers`), a measure (`millions of`), or the next clause's subject.
    if (nextTag === 'NOUN' || next.lower === 'of' || nextTag === 'VERB' || nextTag === 'AUX') continue;
    if (RELATIVE_WORDS.has(next.lower) && /^(VERB|AUX)$/.test(upos[k + 2] ?? '')) continue;
    let h = k - 1;
    while (h >= 0 && OBJECT_PHRASE_TAGS.has(upos[h] ?? '') && toks[h]!.sent === c.sent) h--;
    if (upos[h] === 'VERB') return true;
  }
  return false;
}

function isPluralThing(w: string): boolean {
  const n = w.length;
  return n >= 4 && w.charCodeAt(n - 1) === 115 /* s */ && /^[a-z]+$/.test(w) && !NOT_PLURAL_THING.test(w);
}
