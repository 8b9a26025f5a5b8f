/**
 * Predicate nominals: `Daniel Bernoulli was a Swiss mathematician and physicist`, `He became an
 * American citizen`. The noun phrase after a copula whose subject is a person names that person,
 * and coreference corpora (GUM, OntoNotes-style identity) mark it as a mention of the subject. The
 * phrase runs from its determiner to the end of the noun phrase, approximated without a parser:
 * it stops at punctuation, a clause word, a verb, `and` before a verb (`a physicist and was…`) or
 * a preposition other than `of`/`for` (`an American citizen in 1954`).
 */

import type { ActorView } from './actor-view.js';
import type { Candidate } from './candidate.js';

/** Copulas that equate their subject with the noun phrase after them. */
const COPULAS: ReadonlySet<string> = new Set([
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
/** Tokens that end the noun phrase. */
const STOPS: ReadonlySet<string> = new Set([
  '.',
  ',',
  ';',
  ':',
  '(',
  ')',
  '[',
  '"',
  '“',
  '”',
  '?',
  '!',
  '–',
  '—',
  '--',
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
/** Longest phrase taken, in tokens: beyond it the approximation is more often wrong than right. */
const MAX_PHRASE_TOKENS = 14;

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
    const det = toks[d];
    if (!det || det.sent !== subj.sent || !OPENERS.has(det.lower)) continue;
    let e = d + 1;
    while (e < toks.length && e - d < MAX_PHRASE_TOKENS) {
      const t = toks[e]!;
      if (t.sent !== subj.sent || STOPS.has(t.lower)) break;
      const tag = upos?.[e];
      if (tag === 'VERB' || tag === 'AUX') break;
      // A preposition other than `of`/`for` opens the verb's adjunct (`an American citizen in 1954`).
      if (tag === 'ADP' && t.lower !== 'of' && t.lower !== 'for') break;
      if (t.lower === 'and' && /^(VERB|AUX)$/.test(upos?.[e + 1] ?? '')) break;
      e++;
    }
    // Back off trailing function words (`a friend of` before a cut).
    while (e > d + 1 && /^(ADP|CCONJ|DET|PART)$/.test(upos?.[e - 1] ?? '')) e--;
    if (e <= d + 1 || e - d >= MAX_PHRASE_TOKENS) continue;
    const last = toks[e - 1]!;
    out.push({
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
  return out;
}

/** A singular person mention that may be a clause's subject: a person name or `he`/`she`/`I`. */
function isPersonSubject(c: Candidate): boolean {
  if (c.kind === 'name') return c.type === 'person';
  const p = c.pronoun;
  return c.kind === 'pronoun' && p !== undefined && p.case === 'subject' && !p.plural && !p.neuter;
}
