/**
 * Predicate nominals: `Daniel Bernoulli was a Swiss mathematician and physicist`, `He became an
 * American citizen`. The noun phrase after a copula whose subject is a person names that person,
 * and coreference corpora (GUM, OntoNotes-style identity) mark it as a mention of the subject. The
 * phrase runs from its determiner to the end of the noun phrase, approximated without a parser:
 * it stops at punctuation, a clause word, a verb, `and` before a verb (`a physicist and was…`) or
 * a preposition other than `of`/`for`/`with` (`an American citizen in 1954`); a participle after
 * the noun opens a reduced relative clause (`the only candidate born and raised in Virginia`).
 */

import { MONTH_NAMES } from '../../lang/en/calendar.js';
import type { ActorView } from './actor-view.js';
import { type Candidate, makeCandidate } from './candidate.js';

/** Copulas that equate their subject with the noun phrase after them. */
const COPULAS: ReadonlySet<string> = new Set([
  'am',
  'is',
  'was',
  'became',
  'becomes',
  'remained',
  'remains',
  'been',
]);
/** Words that open the predicate noun phrase. */
const OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one']);
/** Adverbs allowed between the copula and the phrase (`was also a vocalist`). */
const MAX_ADVERBS = 2;
/** Punctuation that ends a clause, and so the noun phrase or relative clause in it. */
const CLAUSE_PUNCTUATION = ['.', ',', ';', ':', '(', ')', '"', '“', '”', '?', '!', '–', '—', '--'] as const;
/** Tokens that end the noun phrase. */
const STOPS: ReadonlySet<string> = new Set([
  ...CLAUSE_PUNCTUATION,
  '[',
  'who',
  'which',
  'that',
  'whose',
  'where',
  'when',
  'while',
  'because',
  'but',
]);
/** Prepositions whose phrase describes the predicate noun rather than the clause. */
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'with']);
/** Longest phrase taken, in tokens: beyond it the approximation is more often wrong than right. */
const MAX_PHRASE_TOKENS = 14;

/** Predicate phrases joined by `and` after the first (`…, and the only candidate with …`). */
const MAX_COORDINATED = 3;

/**
 * Predicate noun phrases of person subjects among `cands` (sorted by start). Each returned
 * candidate has `predicateOf` set to its subject; the resolver gives it the subject's actor.
 */
export function predicateNominals(view: ActorView, cands: readonly Candidate[]): Candidate[] {
  const toks = view.toks;
  const upos = view.upos;
  const out: Candidate[] = [];
  for (const subj of cands) {
    if (!isPersonSubject(subj)) continue;
    let k = subj.t1;
    // A bracketed aside after the subject (`Daniel Bernoulli FRS ( … ) was`).
    if (toks[k]?.text === '(') {
      while (k < toks.length && toks[k]!.text !== ')' && toks[k]!.sent === subj.sent) k++;
      k++;
    }
    if (toks[k]?.lower === 'has' || toks[k]?.lower === 'had') k++;
    const cop = toks[k];
    if (!cop || cop.sent !== subj.sent || !COPULAS.has(cop.lower)) continue;
    if (cop.lower === 'been' && !/^(has|had)$/.test(toks[k - 1]!.lower)) continue;
    let d = k + 1;
    for (let n = 0; n < MAX_ADVERBS && upos?.[d] === 'ADV'; n++) d++;
    // `is the only candidate who …, and the only candidate with …`: each phrase names the subject.
    for (let coordinated = 0; coordinated <= MAX_COORDINATED; coordinated++) {
      const phrase = predicatePhrase(view, subj, d);
      if (!phrase) break;
      out.push(phrase);
      d = coordinatedOpener(view, phrase.t1, subj.sent);
      if (d < 0) break;
    }
  }
  return out;
}

/** The predicate phrase opening at `d` (its determiner), naming `subj`; undefined when there is none. */
function predicatePhrase(view: ActorView, subj: Candidate, d: number): Candidate | undefined {
  const toks = view.toks;
  const upos = view.upos;
  const det = toks[d];
  if (!det || det.sent !== subj.sent || !OPENERS.has(det.lower)) return undefined;
  let e = d + 1;
  let reduced = false;
  while (e < toks.length && e - d < MAX_PHRASE_TOKENS) {
    const t = toks[e]!;
    if (t.sent !== subj.sent || STOPS.has(t.lower)) break;
    const tag = upos?.[e];
    if (tag === 'VERB' || tag === 'AUX') {
      // A participle before the noun modifies it (`the most cited scholar`).
      if (tag === 'VERB' && upos?.[e + 1] === 'NOUN' && /^(DET|ADJ|ADV|NUM)$/.test(upos?.[e - 1] ?? '')) {
        e++;
        continue;
      }
      // A participle right after the noun opens a reduced relative clause (`the only candidate
      // born and raised in Virginia`): the copula is the clause's verb, so this one is not.
      reduced = tag === 'VERB' && e > d + 1 && /^(NOUN|PROPN)$/.test(upos?.[e - 1] ?? '');
      break;
    }
    // A preposition other than `of`/`for`/`with` opens the verb's adjunct (`an American citizen
    // in 1954`); `with` describes the noun (`the only candidate with a background in law`).
    if (tag === 'ADP' && !NOUN_PREPOSITIONS.has(t.lower) && !placeModifier(view, e)) break;
    if (t.lower === 'and' && /^(VERB|AUX)$/.test(upos?.[e + 1] ?? '')) break;
    e++;
  }
  // Back off trailing function words (`a friend of` before a cut).
  while (e > d + 1 && /^(ADP|CCONJ|DET|PART)$/.test(upos?.[e - 1] ?? '')) e--;
  if (e <= d + 1 || e - d >= MAX_PHRASE_TOKENS) return undefined;
  e = reduced ? clauseEnd(view, e, subj.sent) : relativeClauseEnd(view, e, subj.sent);
  const last = toks[e - 1]!;
  return makeCandidate({
    start: det.start,
    end: last.end,
    coreStart: toks[d + 1]!.start,
    coreEnd: last.end,
    t0: d,
    t1: e,
    sent: det.sent,
    kind: 'nominal',
    surface: view.text.slice(det.start, last.end),
    type: 'person',
    plural: false,
    subject: false,
    inQuote: det.inQuote,
    predicateOf: subj,
  });
}

/** The determiner of a phrase coordinated after `e` (`, and the …`, `but also a …`), or -1. */
function coordinatedOpener(view: ActorView, e: number, sent: number): number {
  const toks = view.toks;
  let k = e;
  if (toks[k]?.text === ',') k++;
  if (toks[k]?.lower !== 'and' && toks[k]?.lower !== 'but') return -1;
  k++;
  if (toks[k]?.lower === 'also') k++;
  const det = toks[k];
  return det && det.sent === sent && OPENERS.has(det.lower) ? k : -1;
}

/** Prepositions of a place or organisation that modifies the noun (`a professor at MIT`, `a player with the Reds`). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'with', 'from']);

/**
 * True when the preposition at `k` opens a modifier naming a place or an organisation (a
 * capitalised name, possibly after `the`): GUM marks `a professor emeritus at Massachusetts
 * Institute of Technology` whole. A date or a lower-case phrase (`an American citizen in 1954`,
 * `a citizen in time`) is the verb's adjunct.
 */
function placeModifier(view: ActorView, k: number): boolean {
  const toks = view.toks;
  if (!PLACE_PREPOSITIONS.has(toks[k]!.lower)) return false;
  const n = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const next = toks[n];
  // A month name (`in May 2006`) opens a date.
  return next?.cap === true && view.upos?.[n] === 'PROPN' && !MONTHS.has(next.lower);
}

const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);

/** Relative words that open a clause inside the noun phrase (`the only candidate who has studied law`). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'whom']);
/** Tokens that end a relative clause (the approximation reads to the next punctuation). */
const CLAUSE_STOPS: ReadonlySet<string> = new Set(CLAUSE_PUNCTUATION);
/** Longest relative clause taken, in tokens. */
const MAX_RELATIVE_TOKENS = 25;

/**
 * The end of a noun phrase with its relative clause: GUM (like OntoNotes) marks `the only
 * candidate who has studied both economics and law` whole. A `who` right after the phrase opens
 * one; it runs to the next punctuation in the sentence. Other ends are returned unchanged.
 */
function relativeClauseEnd(view: ActorView, e: number, sent: number): number {
  if (!RELATIVES.has(view.toks[e]?.lower ?? '')) return e;
  return clauseEnd(view, e, sent);
}

/** The end of a clause opening at `e` (the next punctuation in the sentence); `e` when too short or long. */
function clauseEnd(view: ActorView, e: number, sent: number): number {
  const toks = view.toks;
  let k = e + 1;
  while (k < toks.length && toks[k]!.sent === sent && !CLAUSE_STOPS.has(toks[k]!.text)) k++;
  return k - e > 1 && k - e <= MAX_RELATIVE_TOKENS ? k : e;
}

/** A singular person mention that may be a clause's subject: a person name or `he`/`she`/`I`. */
function isPersonSubject(c: Candidate): boolean {
  if (c.kind === 'name') return c.type === 'person';
  const p = c.pronoun;
  return c.kind === 'pronoun' && p !== undefined && p.case === 'subject' && !p.plural && !p.neuter;
}
