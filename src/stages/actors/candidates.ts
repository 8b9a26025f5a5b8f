/**
 * Candidate actor mentions of one document: proper names (from a NameFinder, normally the
 * `entities` layer, plus dictionary names the tagger missed), pronouns, and definite nominals
 * (`the spokesperson`, `the two leaders`, `the agency`). Each candidate carries what the
 * clustering and resolution rules need: type, country, gender, number, subject position, quote.
 * This module runs the finders in order; they live in name-candidates.ts (names),
 * nested-names.ts and introduced-names.ts (names inside or introduced as others),
 * government-nominals.ts, quantified-persons.ts, nominals.ts (common nouns),
 * person-context.ts (titles and appositions next to a person name) and role-phrases.ts (`the
 * match referee Joel Aguilar`).
 */

import { PRONOUNS } from '../../lang/en/pronouns.js';
import { type ActorView, opensClause } from './actor-view.js';
import { type Candidate, pronounCandidate } from './candidate.js';
import { conjoinedPersons } from './conjoined-persons.js';
import { dialogueCandidates } from './dialogue.js';
import type { ActorDictionary } from './dictionary.js';
import { countryGovernmentAt, governmentCountry } from './government-nominals.js';
import { introducedPersonNames } from './introduced-names.js';
import { KIN_OWNERS, kinNounAt } from './kin-nouns.js';
import { withKindNouns } from './kind-nouns.js';
import { GOVERNMENT_NOUNS } from './lexicon.js';
import { dictionaryNames, nameCandidate } from './name-candidates.js';
import type { NameSpan } from './name-finder.js';
import { narratorPronouns } from './narrator.js';
import { personNamesInside } from './nested-names.js';
import { NominalMemo } from './nominal-memo.js';
import {
  crowdAt,
  NOMINAL_OPENERS,
  nominalAt,
  organisationWords,
  PEOPLE_PLURALS,
  personNounAt,
} from './nominals.js';
import { apposition, attachRole } from './person-context.js';
import { placePhrases } from './place-phrases.js';
import { predicateNominals } from './predicate-nominals.js';
import { QUANTIFIED_FIRST_WORDS, quantifiedPersonAt } from './quantified-persons.js';
import { repeatedNames } from './repeated-names.js';
import { roleAppositions, rolePrefixes } from './role-phrases.js';
import { shortNames } from './short-names.js';

/**
 * Every word a government nominal, pronoun, quantified person or nominal may start with, besides
 * words ending in -s: the finders in `findCandidates` return nothing for any other token.
 */
const CANDIDATE_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...GOVERNMENT_NOUNS,
  ...PRONOUNS.keys(),
  ...QUANTIFIED_FIRST_WORDS,
  ...NOMINAL_OPENERS,
  ...PEOPLE_PLURALS,
  ...KIN_OWNERS,
]);

/** Every candidate mention of the document, sorted by start (longer first at one start). */
export function findCandidates(
  view: ActorView,
  names: readonly NameSpan[],
  dict: ActorDictionary,
): Candidate[] {
  const out: Candidate[] = [];
  const covered = new Uint8Array(view.toks.length);
  for (const n of names) for (let t = n.tokenStart; t < n.tokenEnd; t++) covered[t] = 1;
  const repeated = [...repeatedNames(view, covered, names), ...shortNames(view, covered, names, dict)];
  const allNames = [...names, ...repeated, ...dictionaryNames(view, covered, dict)].sort(
    (a, b) => a.start - b.start,
  );
  const modifiers: number[] = [];
  allNames.forEach((n, k) => {
    const c = nameCandidate(view, n, dict);
    if (c) out.push(c);
    else if (n.type === 'MISC') modifiers.push(k);
  });
  if (modifiers.length > 0) {
    // A MISC name left out as a modifier (`the Sea Org group`) is a name where the document uses it alone.
    const standalone = new Set(out.map((c) => c.surface));
    for (const k of modifiers) {
      const c = nameCandidate(view, allNames[k]!, dict, standalone);
      if (c && standalone.has(c.surface)) out.push(c);
    }
    out.sort((a, b) => a.start - b.start);
  }
  append(out, personNamesInside(view, out, dict));
  append(out, introducedPersonNames(view, out, dict));
  const nameAt = new Uint8Array(view.toks.length);
  for (const c of out) for (let t = c.t0; t < c.t1; t++) nameAt[t] = 1;
  const nameWords = organisationWords(view, out);
  const countryEndingAt = new Map<number, Candidate>();
  for (const c of out) if (c.kind === 'name' && c.type === 'country' && c.iso3) countryEndingAt.set(c.t1, c);
  const clauseAt = (t: number): boolean => opensClause(view, t);
  const memo = new NominalMemo(view.words);
  const startsAt = new Uint8Array(view.words).fill(1);
  // Person names by first and by end token: the owner or the name of a kinship noun (`Moreau 's father`).
  const personStarting = new Map<number, Candidate>();
  const personEnding = new Map<number, Candidate>();
  for (const c of out) {
    if (c.kind !== 'name' || c.type !== 'person') continue;
    personStarting.set(c.t0, c);
    personEnding.set(c.t1, c);
  }
  const kinAt = (i: number, owner?: Candidate): void => {
    const kin = kinNounAt(view, i, nameAt, personStarting, owner);
    if (!kin) return;
    out.push(kin);
    for (let t = i + 1; t < kin.t1; t++) nameAt[t] = 1;
  };
  for (let i = 0; i < view.toks.length; i++) {
    if (nameAt[i]) continue;
    const tok = view.toks[i]!;
    const owner = personEnding.get(i);
    if (owner) kinAt(i, owner);
    // Most tokens start no candidate: one test per word of the document rules them out before the
    // finders below (1 not asked yet, 2 may start one, 0 starts none).
    let starts = startsAt[tok.word];
    if (starts === 1) {
      starts =
        tok.lower.charCodeAt(tok.lower.length - 1) === 115 /* s */ || CANDIDATE_FIRST_WORDS.has(tok.lower)
          ? 2
          : 0;
      startsAt[tok.word] = starts;
    }
    if (starts === 0) continue;
    const gov = countryGovernmentAt(view, i, dict, countryEndingAt, clauseAt);
    if (gov) {
      out.push(gov);
      continue;
    }
    const p = PRONOUNS.get(tok.lower);
    if (KIN_OWNERS.has(tok.lower)) kinAt(i);
    // `US` in capitals is the country, not the pronoun.
    if (p && (!p.firstPerson || tok.inQuote) && !(p.plural && p.firstPerson && tok.text === 'US')) {
      const c: Candidate = pronounCandidate(tok, i, p, {
        type: undefined,
        plural: p.plural,
        gender: p.gender || undefined,
        inQuote: tok.inQuote,
      });
      out.push(c);
      continue;
    }
    const quantified = quantifiedPersonAt(view, i, clauseAt);
    if (quantified) {
      out.push(quantified);
      continue;
    }
    // Nominals start with a determiner or end in -s (plural people nouns); skip other tokens cheaply.
    const w = tok.lower;
    if (w.charCodeAt(w.length - 1) !== 115 && !NOMINAL_OPENERS.has(w) && !PEOPLE_PLURALS.has(w)) continue;
    const nom =
      nominalAt(view, i, dict, nameAt, nameWords, memo) ??
      crowdAt(view, i, dict, nameAt, memo) ??
      personNounAt(view, i, nameAt);
    if (nom) {
      if (nom.nominal?.cls === 'government') governmentCountry(view, nom, dict);
      out.push(nom);
      for (let t = nom.t0; t < nom.t1; t++) nameAt[t] = 1;
    }
  }
  append(out, dialogueCandidates(view));
  append(out, narratorPronouns(view, out));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const predicates = predicateNominals(view, out);
  if (predicates.length > 0) {
    // The predicate phrase replaces a shorter nominal read from its first words (`the first`).
    const opens = new Set(predicates.map((p) => p.t0));
    const kept = out.filter((c) => c.kind === 'name' || c.kind === 'pronoun' || !opens.has(c.t0));
    out.length = 0;
    append(out, kept);
    append(out, predicates);
    out.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  out.forEach((c, k) => {
    if (c.kind === 'name' && c.type === 'person') attachRole(view, c, k, out, dict);
  });
  const appositions: Candidate[] = rolePrefixes(view, out, dict);
  append(appositions, roleAppositions(view, out, dict));
  for (const c of out) if (c.kind === 'name' && c.type === 'person') append(appositions, apposition(view, c));
  // Place phrases are read from the candidates before the appositions join them.
  const places = placePhrases(view, out);
  dropReadAsAppositions(out, appositions);
  append(out, appositions);
  append(out, places);
  append(out, conjoinedPersons(view, out));
  withKindNouns(view, out);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/**
 * An apposition also read as a nominal of its own (`John Kerry, the Secretary of State,` gives the
 * nominal `the Secretary of State`, which goes to the State Department): the apposition reading
 * names the person beside it, so the nominal at the same span is dropped (two mentions at one
 * span would each claim it).
 */
function dropReadAsAppositions(out: Candidate[], appositions: readonly Candidate[]): void {
  if (appositions.length === 0) return;
  const spans = new Set<string>();
  for (const a of appositions) spans.add(`${a.t0}:${a.t1}`);
  let kept = 0;
  for (const c of out) {
    const twice = c.kind !== 'name' && c.kind !== 'pronoun' && !c.apposOf && spans.has(`${c.t0}:${c.t1}`);
    if (!twice) out[kept++] = c;
  }
  out.length = kept;
}

/**
 * `out.push(...items)` without the spread: a spread passes every item as an argument on the stack,
 * and a long document's candidates (over ~100,000 at 8 MB of news) overflow it.
 */
function append<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}
