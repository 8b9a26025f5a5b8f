/**
 * Finding the source phrase next to a cue, on words alone: walk left from the
 * cue over auxiliaries and adverbs (`has also said`), then take the noun phrase
 * up to a clause boundary (inverted cues, `…, said Peskov.`, take the phrase after
 * the cue: source-right.ts). Appositives (`Hugh Hill, a doctor, said`) extend the phrase to the
 * name before them; inserted adverbs (`Peskov, however, said`) are skipped.
 */

import { shareSubject } from './share-source.js';
import {
  AUX_ADVERBS,
  DASH_RUN_RE,
  DETERMINERS,
  INSERTED_ADVERBS,
  isCapitalised,
  isPunct,
  LEFT_QUANTIFIERS,
  LEFT_STOPS,
  MAX_SOURCE_WORDS,
  PRONOUNS,
  QUANTIFIERS,
  TIME_WORDS,
  type WordRange,
} from './source-words.js';
import type { Word } from './words.js';

/** `the Clintons’ house`: an apostrophe glued to a plural, not a quotation mark. */
function isPossessiveMark(ws: readonly Word[], i: number): boolean {
  const w = ws[i] as Word;
  const before = ws[i - 1];
  return (
    (w.text === '’' || w.text === "'") &&
    before !== undefined &&
    before.end === w.start &&
    /s$/.test(before.lower) &&
    ws[i + 1]?.text !== "'"
  );
}

/** Index of the first word left of `i` that is not an auxiliary, adverb or inserted `, however,`. */
/** Words of a time adjunct between subject and verb (`Sanders on Tuesday said`, `who in 2010 said`). */
const TIME_WORD_RE =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night|weekend|january|february|march|april|june|july|august|september|october|november|december|\d{4})$/;
/** Words opening a time adjunct. */
const TIME_OPENER_RE = /^(on|in|this|last|late|early|earlier)$/;
/** Day words that form a time adjunct without a preposition (`Sanders Friday said`). */
const BARE_TIME_RE = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

/** First word of a time adjunct ending at word `j` (at most three words), or undefined. */
function timeAdjunctStart(ws: readonly Word[], j: number): number | undefined {
  const w = ws[j];
  if (!w || !TIME_WORD_RE.test(w.lower)) return undefined;
  let k = j;
  if (ws[k - 1] && TIME_WORD_RE.test((ws[k - 1] as Word).lower)) k--;
  if (ws[k - 1] && TIME_OPENER_RE.test((ws[k - 1] as Word).lower)) return k - 1;
  return BARE_TIME_RE.test((ws[k] as Word).lower) && ws[k - 1] && isCapitalised(ws[k - 1] as Word)
    ? k
    : undefined;
}

export function skipLeftAdverbs(ws: readonly Word[], i: number): number {
  let j = i - 1;
  for (;;) {
    const w = ws[j];
    if (!w) return j;
    if (AUX_ADVERBS.has(w.lower) || w.lower.endsWith('ly')) {
      j--;
      continue;
    }
    if (w.text === ',' && INSERTED_ADVERBS.has(ws[j - 1]?.lower ?? '') && ws[j - 2]?.text === ',') {
      j -= 3;
      continue;
    }
    // `Her campaign workers here said`: a place adverb after the subject noun (PolNeAR train
    // had no source for these; `here` alone stays a stop: `Here is what he said`).
    if (
      /^(here|there)$/.test(w.lower) &&
      /^\p{L}{3,}$/u.test(ws[j - 1]?.text ?? '') &&
      !LEFT_STOPS.has(ws[j - 1]?.lower ?? '')
    ) {
      j--;
      continue;
    }
    // `He went on to say`: the subject is before `went on to`.
    if (
      w.lower === 'to' &&
      ws[j - 1]?.lower === 'on' &&
      /^(went|goes|go|going|gone)$/.test(ws[j - 2]?.lower ?? '')
    ) {
      j -= 3;
      continue;
    }
    const time = timeAdjunctStart(ws, j);
    if (time !== undefined) {
      j = time - 1;
      continue;
    }
    return j;
  }
}

/** The noun phrase ending at word `j` (inclusive), or undefined when `j` is no phrase end. */
export function phraseEndingAt(ws: readonly Word[], j: number, floor: number): WordRange | undefined {
  const end = ws[j];
  if (!end || isPunct(end)) return undefined;
  if (PRONOUNS.has(end.lower) || end.lower === 'who' || end.lower === 'which') return { from: j, to: j + 1 };
  // `all agreed`, `some note`, `not everyone agrees`.
  if (QUANTIFIERS.has(end.lower)) return { from: j, to: j + 1 };
  // `many of whom say`, `some of them said`: a quantifier over a pronoun.
  if (/^(whom|them|us|those)$/.test(end.lower) && ws[j - 1]?.lower === 'of' && j - 2 >= floor) {
    const q = ws[j - 2] as Word;
    if (QUANTIFIERS.has(q.lower) || /^(none|both|each|one|two|three|\d+)$/.test(q.lower))
      return { from: j - 2, to: j + 1 };
  }
  if (LEFT_STOPS.has(end.lower)) return undefined;
  let k = j;
  while (k - 1 >= floor && j - (k - 1) < MAX_SOURCE_WORDS) {
    const w = ws[k - 1] as Word;
    if (isPunct(w) && !DASH_RUN_RE.test(w.text) && w.text !== '.' && !isPossessiveMark(ws, k - 1)) break;
    if (LEFT_STOPS.has(w.lower) && !(w.lower === 'the' || (isCapitalised(w) && w.lower === 'i'))) break;
    if (TIME_WORDS.has(w.lower)) break;
    k--;
  }
  while (k <= j && TIME_WORDS.has((ws[k] as Word).lower)) k++;
  if (k > j) return undefined;
  // `some of the donors`, `Some observers`: a quantifier (a left stop on its own) heads the phrase.
  const quantifier = ws[k - 1];
  const quantified = k - 1 >= floor && quantifier !== undefined && LEFT_QUANTIFIERS.test(quantifier.lower);
  if (quantified && (ws[k] as Word).lower !== 'of') k--;
  // `32% of Republican claims`: a phrase opening with `of` is a complement, not a subject.
  if ((ws[k] as Word).lower === 'of') return quantified ? { from: k - 1, to: j + 1 } : undefined;
  // A source names someone: a capitalised word, a determiner or possessive first, or a plural (`officials`).
  const words = ws.slice(k, j + 1);
  const named =
    words.some((w) => isCapitalised(w)) ||
    DETERMINERS.has((ws[k] as Word).lower) ||
    /s$/.test(end.lower) ||
    /^\p{N}/u.test((ws[k] as Word).text) ||
    /^(?:spokes(?:man|woman|person)|aide|official|source|analyst|expert|lawyer|attorney|doctor|president|police|people|public|staff|team|group|committee|government|administration|campaign|everyone|everybody|nobody|someone)$/.test(
      end.lower,
    );
  return named ? { from: k, to: j + 1 } : undefined;
}

/** The source left of cue word `i`: the phrase before the auxiliaries and adverbs. */
export function sourceLeft(ws: readonly Word[], i: number, floor: number): WordRange | undefined {
  const j = skipLeftAdverbs(ws, i);
  if (j < floor) return undefined;
  const w = ws[j] as Word;
  if (w.text === ')') {
    // `Sen. David Perdue (R-Ga.) said`
    let k = j;
    while (k > floor && (ws[k] as Word).text !== '(') k--;
    const name = ws[k]?.text === '(' ? phraseEndingAt(ws, k - 1, floor) : undefined;
    return name ? { from: name.from, to: j + 1 } : undefined;
  }
  if (SEPARATORS.has(w.text)) {
    // An inserted phrase between subject and verb: `Hugh Hill, a doctor, said`,
    // `Trump, speaking to veterans, said`, `Rucker Culpepper, who runs…, said`.
    let seps = 0;
    let firstSep = -1;
    for (let k = j - 1; k > floor && j - k < MAX_INSERT_WORDS; k--) {
      if (firstSep < 0 && SEPARATORS.has((ws[k] as Word).text)) firstSep = k;
      if (!SEPARATORS.has((ws[k] as Word).text)) continue;
      const cand = phraseBeforeParenthesis(ws, k - 1, floor) ?? phraseEndingAt(ws, k - 1, floor);
      if (
        cand &&
        startsClause(ws, cand.from, floor) &&
        looksLikeSubject(ws[cand.from] as Word) &&
        !isAddressAbbreviation(ws, cand)
      ) {
        return { from: cand.from, to: j };
      }
      if (++seps >= MAX_INSERTED_SEPARATORS) break;
    }
    // `The spokeswoman for the ministry, Anna Berg, said`: the name set off after a role phrase.
    if (firstSep > floor && j - firstSep - 1 >= 1 && j - firstSep - 1 <= MAX_APPOSED_NAME_WORDS) {
      const name = ws.slice(firstSep + 1, j);
      if (name.every((x) => isCapitalised(x) || x.text === '.') && isCapitalised(name[0])) {
        return { from: firstSep + 1, to: j };
      }
    }
    return undefined;
  }
  const modified = modifiedHead(ws, j, floor);
  if (modified) return modified;
  // `About 9 percent said`, `one in five say`, `those surveyed said`: poll shares (share-source.ts).
  const share = shareSubject(ws, j, floor);
  if (share) return share;
  const phrase = phraseEndingAt(ws, j, floor);
  // `in a televised interview appeared to…`, `into the camera shouting`: the object of a
  // preposition is an adjunct, not the subject of the cue.
  // A noun phrase before the preposition heads the whole phrase (`A spokesman for the campaign`,
  // `Stumpf in a televised interview appeared…`).
  if (phrase && PREPOSITIONS.has(ws[phrase.from - 1]?.lower ?? '')) {
    const head = phraseEndingAt(ws, phrase.from - 2, floor);
    if (head) return { from: head.from, to: phrase.to };
    if (!startsClause(ws, phrase.from - 1, floor)) return phrase;
    // `At a news conference announcing…`: a clause-opening adjunct names no source, but a name
    // right after it does (`In a Bloomberg interview Trump declared`).
    let k = phrase.to;
    while (k > phrase.from && isCapitalised(ws[k - 1])) k--;
    return k > phrase.from && k < phrase.to && !isCapitalised(ws[k - 1])
      ? { from: k, to: phrase.to }
      : undefined;
  }
  return phrase;
}

/** Adjectives whose complement follows the head noun of a source (`people familiar with the talks`). */
const POSTMODIFYING_ADJECTIVES = /^(familiar|close|loyal|near|sympathetic|allied|connected|opposed)$/;

/** Most words of the complement in `people familiar with the talks`. */
const MAX_COMPLEMENT_WORDS = 5;

/**
 * `People familiar with the talks said`, `Those close to him say`: the source is the head noun
 * with its adjective phrase, not the object of `with`/`to` right before the verb.
 */
function modifiedHead(ws: readonly Word[], j: number, floor: number): WordRange | undefined {
  for (let p = j; p > floor + 1 && j - p < MAX_COMPLEMENT_WORDS; p--) {
    const w = ws[p] as Word;
    if (isPunct(w)) return undefined;
    if (!/^(with|to)$/.test(w.lower) || !POSTMODIFYING_ADJECTIVES.test(ws[p - 1]?.lower ?? '')) continue;
    const h = p - 2;
    const head = /^(those|some|many|others|one|few)$/.test(ws[h]?.lower ?? '')
      ? { from: h, to: h + 1 }
      : phraseEndingAt(ws, h, floor);
    return head && h >= floor ? { from: head.from, to: j + 1 } : undefined;
  }
  return undefined;
}

/** Prepositions whose object is never the subject of the verb after it. */
const PREPOSITIONS: ReadonlySet<string> = new Set(
  'in on at into onto during without for from to of about over under between against through across among'.split(
    ' ',
  ),
);

/** Most words of a name set off by commas after a role phrase (`…, Anna Berg, said`). */
const MAX_APPOSED_NAME_WORDS = 4;

/** Most commas or dashes walked over between a subject and its verb. */
const MAX_INSERTED_SEPARATORS = 5;

/** `Rep. Jim Jordan (R-Ohio)` ending at word `j`: the phrase before the parenthesis, through it. */
function phraseBeforeParenthesis(ws: readonly Word[], j: number, floor: number): WordRange | undefined {
  if (ws[j]?.text !== ')') return undefined;
  let k = j;
  while (k > floor && (ws[k] as Word).text !== '(') k--;
  const name = ws[k]?.text === '(' ? phraseEndingAt(ws, k - 1, floor) : undefined;
  return name ? { from: name.from, to: j + 1 } : undefined;
}

/** Marks that close an inserted phrase. */
const SEPARATORS: ReadonlySet<string> = new Set([',', '—', '–']);

/** Most words between a subject and its verb across inserted phrases. */
const MAX_INSERT_WORDS = 40;

function startsClause(ws: readonly Word[], from: number, floor: number): boolean {
  if (from <= floor) return true;
  const prev = ws[from - 1] as Word;
  return (
    /^[;:“"‘(”’']$/.test(prev.text) ||
    /^(and|but|that|while|because|when|as|although|though)$/.test(prev.lower) ||
    prev.text === ','
  );
}

/**
 * `Rawlings, 59, of Ashton, Md., who watched…, said`: a lone abbreviation with its period set off by
 * commas is the state or month of an address or date, not the subject (initials such as `J.` excepted).
 */
function isAddressAbbreviation(ws: readonly Word[], cand: WordRange): boolean {
  return cand.to - cand.from === 1 && /^\p{Lu}\p{Ll}+\.$/u.test((ws[cand.from] as Word).text);
}

function looksLikeSubject(w: Word): boolean {
  return (
    isCapitalised(w) ||
    PRONOUNS.has(w.lower) ||
    /^(the|a|an|his|her|their|its|one|two|some|many|several)$/.test(w.lower)
  );
}
