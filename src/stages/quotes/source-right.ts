/**
 * Sources found after a cue or at the start of the clause: the inverted source
 * (`…,” said Dmitry Peskov, the Kremlin spokesman.`) and the subject of a clause after an
 * introductory phrase (`Speaking in Salem, New Hampshire, Trump…`).
 */
import {
  AUX_ADVERBS,
  DASH_RUN_RE,
  DETERMINERS,
  isCapitalised,
  isPunct,
  LEFT_STOPS,
  MAX_SOURCE_WORDS,
  PRONOUNS,
  SENTENCE_STARTERS,
  type WordRange,
} from './source-words.js';
import type { Word } from './words.js';

/** Words that end an inverted source (`said Peskov, adding…`, `said the spokesman in a statement`). */
const RIGHT_STOPS: ReadonlySet<string> = new Set(
  'in on at during who which that when while after before adding and but as to of'.split(' '),
);

/**
 * Words an inverted source never starts with: prepositions, and the complementisers and wh-words that open
 * the reported clause itself (`…, revealed that children…`: PolNeAR has no source starting so).
 */
const NOT_SOURCE_START_RE =
  /^(in|on|at|during|as|for|with|to|from|by|after|before|about|that|whether|if|how|what|why|where)$/;

/** The source right of cue word `i` (`…,” said Dmitry Peskov, the Kremlin spokesman.`). */
export function sourceRight(ws: readonly Word[], i: number, ceiling: number): WordRange | undefined {
  let k = i + 1;
  const from = k;
  while (k < ceiling && k - from < MAX_SOURCE_WORDS) {
    const w = ws[k] as Word;
    if (isPunct(w) && w.text !== '.' && w.text !== '’' && w.text !== "'" && !DASH_RUN_RE.test(w.text)) break;
    if (w.text === '.') break;
    if (RIGHT_STOPS.has(w.lower) && k > from && !(w.lower === 'of' && isCapitalised(ws[k + 1]))) break;
    k++;
  }
  if (k === from || NOT_SOURCE_START_RE.test((ws[from] as Word).lower)) return undefined;
  return { from, to: k };
}

/** Introductory words whose phrase, up to the first comma, precedes the subject. */
const INTRO_WORDS: ReadonlySet<string> = new Set(
  'in on at after before during responding asked speaking according following when while as for with meanwhile however still instead indeed moreover besides also later earlier yesterday today last along based having given despite though although'.split(
    ' ',
  ),
);

/** Most words of a state or country after a place name (`Salem, New Hampshire,`). */
const MAX_PLACE_WORDS = 3;

/** Words ending an opening time phrase (`Hours later`, `Two days earlier`, `Moments ago`). */
const TIME_PHRASE_END_RE = /^(later|earlier|ago|afterward|afterwards)$/;

/** Most words of an opening time phrase (`A few short minutes later`). */
const MAX_TIME_PHRASE_WORDS = 5;

/** The word after an opening time phrase and its comma starting at `k`, or `k` when there is none. */
function afterTimeOpener(ws: readonly Word[], k: number, to: number): number {
  for (let t = k; t < to && t - k < MAX_TIME_PHRASE_WORDS; t++) {
    const w = ws[t] as Word;
    if (isPunct(w)) return k;
    if (t > k && TIME_PHRASE_END_RE.test(w.lower)) return ws[t + 1]?.text === ',' ? t + 2 : k;
  }
  return k;
}

/** The subject of the clause starting at `from`: a pronoun or a capitalised run, after an introductory phrase. */
export function clauseSubject(ws: readonly Word[], from: number, to: number): WordRange | undefined {
  let k = from;
  // `WASHINGTON - A visa program…`: a dateline is not the subject.
  let d = k;
  while (d < to && /^\p{Lu}[\p{Lu}.,]+$/u.test((ws[d] as Word).text)) d++;
  if (d > k && d < to && /^[-—–]$/.test((ws[d] as Word).text)) k = d + 1;
  // An opening time phrase (`Hours later, Trump…`, `Two days earlier, the senator…`) is no
  // subject: PolNeAR train had `Hours` as our source.
  k = afterTimeOpener(ws, k, to);
  // An opening adverb or participial phrase (`Meanwhile, it…`, `Chastened by…, Trump…`) ends at its comma.
  const opener = ws[k]?.lower ?? '';
  const participle =
    /^\p{L}+(?:ed|ing|ly)$/u.test(opener) &&
    !isCapitalised(ws[k + 1]) &&
    ws.slice(k, to).some((w) => w.text === ',');
  if (INTRO_WORDS.has(opener) || participle) {
    while (k < to && ws[k]?.text !== ',') k++;
    k++;
    // `Chastened by the analyses, as well as complaints over its costs, Trump revised…`: a
    // lower-case continuation of the opening phrase (no pronoun or determiner to start a
    // subject) runs to the next comma as well.
    // `Speaking in Salem, New Hampshire, Trump…`: a place's state or country set off after the
    // opening phrase's last name (PolNeAR train had `New Hampshire` as our source) is skipped too.
    if (isCapitalised(ws[k - 2])) {
      let c = k;
      while (c < to && c - k < MAX_PLACE_WORDS && isCapitalised(ws[c])) c++;
      if (c > k && ws[c]?.text === ',' && isCapitalised(ws[c + 1])) k = c + 1;
    }
    const next = ws[k];
    if (next && !isCapitalised(next) && !PRONOUNS.has(next.lower) && !DETERMINERS.has(next.lower)) {
      let c = k;
      while (c < to && c - k < MAX_SOURCE_WORDS && ws[c]?.text !== ',') c++;
      if (ws[c]?.text === ',') k = c + 1;
    }
  }
  while (k < to && (isPunct(ws[k]) || /^(but|and|yet|so|then)$/.test(ws[k]?.lower ?? ''))) k++;
  const w = ws[k];
  if (!w) return undefined;
  if (PRONOUNS.has(w.lower)) return { from: k, to: k + 1 };
  if (LEFT_STOPS.has(w.lower) || SENTENCE_STARTERS.has(w.lower)) return undefined;
  if (DETERMINERS.has(w.lower) && !isCapitalised(ws[k + 1])) {
    // `several environmental groups granted…`: a lower-case phrase up to its verb.
    let e = k + 1;
    while (
      e < to &&
      e - k < 6 &&
      !/ed$/.test((ws[e] as Word).lower) &&
      !isPunct(ws[e]) &&
      !LEFT_STOPS.has((ws[e] as Word).lower) &&
      !AUX_ADVERBS.has((ws[e] as Word).lower)
    )
      e++;
    return e > k + 1 ? { from: k, to: e } : undefined;
  }
  let e = k;
  while (e < to && e - k < MAX_SOURCE_WORDS) {
    const x = ws[e] as Word;
    const glue = /^(the|a|an|of|’s|'s|u\.s\.)$/.test(x.lower) && e + 1 < to;
    if (!isCapitalised(x) && !glue) break;
    e++;
  }
  // `The Kremlin`, `Kremlin spokesperson Dmitry Peskov`: accept a lower-case role noun inside a capitalised run.
  while (
    e < to &&
    e - k < MAX_SOURCE_WORDS &&
    /^(spokesperson|spokesman|spokeswoman|president|officials?|aide)$/.test(ws[e]?.lower ?? '') &&
    isCapitalised(ws[e + 1])
  ) {
    e++;
    while (e < to && isCapitalised(ws[e])) e++;
  }
  return e > k ? { from: k, to: e } : undefined;
}
