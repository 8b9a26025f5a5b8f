/**
 * Sentence segmentation over the tokens of one block: a boundary follows
 * terminal punctuation (`.` `!` `?` `…`) and any closing quotes or brackets,
 * when the next token can open a sentence. Abbreviations decide by lists:
 * titles and months never end a sentence (`Gen.`, `Jan.`), initials neither
 * (`J.D. Vance`), other abbreviations (`U.S.`, `Inc.`) only before a word
 * that usually opens one (`The`, `He`). `“Stop!” Peskov said` stays whole.
 *
 * Hand-written rather than a library: it must work on our tokens and offsets,
 * and news conventions (datelines, quotes spanning sentences, titles) decide
 * most of the hard cases; it runs in one pass, linear in the tokens.
 */
import { NON_FINAL_ABBREVIATIONS } from '../../lang/en/abbreviations.js';
import { QUOTE_TAG_VERBS } from '../../lang/en/speech-verbs.js';
import { classAt, DIGIT, LOWER, PUNCT, UPPER } from '../tokens/char-class.js';
import type { Token } from '../tokens/types.js';
import type { BoundaryModel } from './boundary-model.js';
import { LETTER_FORMULAS, LOWER_STARTERS, SENTENCE_STARTERS, SPEAKER_MAX_WORDS } from './constants.js';
import { endsEmoticon, RULE_NONE, RULE_WEAK_NO, RULE_WEAK_YES } from './features.js';

/**
 * Receives sentences as token ranges `[tokenStart, tokenEnd)`: an object whose `add` is called, not a
 * function. V8 compiles segmentTokens with the function it calls as a constant, and a function made per
 * document (bound to that document's objects) is garbage after it, so the full collection after each
 * window of a huge text threw the compiled code away and every window compiled it again (issue #15).
 */
export interface SentenceSink {
  add(tokenStart: number, tokenEnd: number): void;
}

/**
 * Decides a gap the rules leave open: whether a sentence ends after `tokens[i]`
 * (block `[from, to)`), given the rules' verdict (`RULE_NONE`, `RULE_WEAK_YES`,
 * `RULE_WEAK_NO`) and the sentence's first token. Without one, weak verdicts stand.
 */
export type GapJudge = (
  tokens: readonly Token[],
  from: number,
  to: number,
  i: number,
  rule: number,
  sentStart: number,
) => boolean;

/** The judge of a learned model: adds boundaries above `add`, vetoes weak ones below `veto`. */
export function modelJudge(model: BoundaryModel): GapJudge {
  return (tokens, from, to, i, rule, sentStart) => {
    const s = model.score(tokens, from, to, i, rule, i + 1 - sentStart);
    return rule === RULE_WEAK_YES ? s >= model.veto : s > model.add;
  };
}

/** Tokens up to the comma or colon of a letter's greeting or closing (`Best regards ,`). */
const SALUTATION_MAX_TOKENS = 3;

/** The rules' verdict on the gap after a terminal cluster. */
const STRONG_YES = 3;
const PROTECTED_NO = 4;

const NONE = 0;
/** `.` on its own. */
const PERIOD = 1;
/** `!`, `?`, `?!`… */
const EXCLAIM = 2;
/** `…`, `...` */
const ELLIPSIS = 3;
/** A word ending in its own period: `U.S.`, `Inc.`, `Gen.`, `J.` */
const ABBREVIATION = 4;

function terminalKind(t: string): number {
  const last = t.charCodeAt(t.length - 1);
  if (t.length === 1) {
    if (last === 0x2e) return PERIOD;
    if (last === 0x21 || last === 0x3f || last === 0x203c || last === 0x2049) return EXCLAIM;
    if (last === 0x2026) return ELLIPSIS;
    return NONE;
  }
  if (last === 0x2e) return t.charCodeAt(t.length - 2) === 0x2e ? ELLIPSIS : ABBREVIATION;
  if ((last === 0x21 || last === 0x3f) && /^[!?]+$/.test(t)) return EXCLAIM;
  return NONE;
}

function isTerminalMark(t: string): boolean {
  const k = terminalKind(t);
  return k === PERIOD || k === EXCLAIM || k === ELLIPSIS;
}

/** Closing quotes and brackets; a straight quote closes only when it touches the token before it. */
function isCloser(tok: Token, prev: Token): boolean {
  if (tok.text.length !== 1) return false;
  const c = tok.text.charCodeAt(0);
  if (c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d || c === 0x7d) return true;
  return (c === 0x22 || c === 0x27) && prev.end === tok.start;
}

/** Splits tokens `[from, to)` of one block; `text` is the document text. */
export function segmentTokens(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  sink: SentenceSink,
  judge?: GapJudge,
): void {
  let sentStart = from;
  let i = from;
  while (i < to) {
    const tok = tokens[i] as Token;
    const kind = terminalKind(tok.text);
    if (kind === NONE) {
      if (
        i + 1 < to &&
        (paragraphBreak(text, tok.end, (tokens[i + 1] as Token).start) ||
          (judge !== undefined &&
            openGap(tokens, from, i, sentStart) &&
            judge(tokens, from, to, i, emoticonEnds(tokens, from, i) ? RULE_WEAK_YES : RULE_NONE, sentStart)))
      ) {
        sink.add(sentStart, i + 1);
        sentStart = i + 1;
      }
      i++;
      continue;
    }
    let k = i + 1;
    while (
      k < to &&
      (isTerminalMark((tokens[k] as Token).text) || isCloser(tokens[k] as Token, tokens[k - 1] as Token))
    )
      k++;
    if (k < to) {
      const verdict = endsSentence(kind, tokens, i, k);
      const split =
        verdict === STRONG_YES ||
        (verdict === PROTECTED_NO
          ? false
          : judge === undefined
            ? verdict === RULE_WEAK_YES
            : judge(tokens, from, to, k - 1, verdict, sentStart));
      if (split) {
        sink.add(sentStart, k);
        sentStart = k;
      }
    }
    i = k;
  }
  if (sentStart < to) sink.add(sentStart, to);
}

/**
 * Whether a judge may end a sentence after `tokens[i]`, a token that is not final punctuation. Never before
 * final punctuation, a closer (they stay with what they close), a comma, colon or semicolon, or a lower-case
 * word other than `i` (unless after an emoticon), and, as in news, never after a comma, colon,
 * semicolon or opening bracket (`she wrote: This is…`, `On Tuesday, Trump`; letters lose `Greg, I faxed`), after a closer that follows a word (`his “friend” Marco`),
 * nor between two capitalised words (`Labor Secretary Thomas Perez`). Emoticons (`:)`) stay open.
 */
function openGap(tokens: readonly Token[], from: number, i: number, sentStart: number): boolean {
  const tok = tokens[i] as Token;
  const next = tokens[i + 1] as Token;
  const t = tok.text;
  const n0 = classAt(next.text, 0);
  const t0 = classAt(t, 0);
  // Before a lower-case word (most gaps of running text) a boundary without final punctuation is too rare in EWT
  // to learn; `i` as a sentence start and a lower-case start after an emoticon stay open (`cold :( never again`).
  if (n0 === LOWER) return next.text === 'i' || endsEmoticon(tokens, from, i);
  if (n0 === PUNCT && (isTerminalMark(next.text) || isCloser(next, tok) || isInnerMark(next.text)))
    return false;
  if (t.length === 1 && t0 === PUNCT) {
    const c = t.charCodeAt(0);
    // `Thanks, Sean` `Best regards, Debra` `Hi all: …` (letters open and close so; news rarely does).
    if (c === 0x2c || c === 0x3a)
      return i + 1 - sentStart <= SALUTATION_MAX_TOKENS && isLetterFormula(tokens, sentStart);
    if (c === 0x3b || isOpener(t)) return false;
    // `#Trump2016`, `@marcorubio`: the sign belongs to the word it touches.
    if ((c === 0x23 || c === 0x40) && tok.end === next.start) return false;
    if (i > from && isCloser(tok, tokens[i - 1] as Token)) return endsEmoticon(tokens, from, i);
    return true;
  }
  if (!isCapitalised(next.text)) return true;
  // `host Chris Cuomo`, `The 2nd Amendment`, `Senator Marco Rubio`: a name or noun goes on.
  return t0 !== LOWER && t0 !== DIGIT && !isCapitalised(t);
}

/** Whether the sentence so far opens with a greeting or closing formula of a letter. */
function isLetterFormula(tokens: readonly Token[], sentStart: number): boolean {
  return LETTER_FORMULAS.has((tokens[sentStart] as Token).text.toLowerCase());
}

/** `Great food :) We will be back`: an emoticon before a capital ends a sentence as `!` would (weakly). */
function emoticonEnds(tokens: readonly Token[], from: number, i: number): boolean {
  return classAt((tokens[i + 1] as Token).text, 0) === UPPER && endsEmoticon(tokens, from, i);
}

/** `,` `;` `:`: no sentence starts with one. */
function isInnerMark(t: string): boolean {
  if (t.length !== 1) return false;
  const c = t.charCodeAt(0);
  return c === 0x2c || c === 0x3a || c === 0x3b;
}

/** `Perez`, `McCain`: an upper-case letter, then a lower-case one. */
function isCapitalised(t: string): boolean {
  return t.length > 1 && classAt(t, 0) === UPPER && classAt(t, 1) === LOWER;
}

/** Two line breaks between tokens end a sentence even without punctuation. */
function paragraphBreak(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  let lines = 0;
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 0x0a && ++lines === 2) return true;
  return false;
}

/**
 * The rules' verdict on the gap after the terminal token `tokens[i]` and its closers (up to `k`):
 * `STRONG_YES` and `PROTECTED_NO` are final, weak verdicts may be overturned by a judge.
 */
function endsSentence(kind: number, tokens: readonly Token[], i: number, k: number): number {
  const next = (tokens[k] as Token).text;
  const cls = classAt(next, 0);
  // `:)`, `, 2000`, `)`: punctuation other than an opening quote, bracket or dash continues the sentence.
  if (cls === PUNCT && !isOpener(next) && !isDash(next)) return RULE_WEAK_NO;
  if (kind === ABBREVIATION) {
    const word = (tokens[i] as Token).text.slice(0, -1);
    if (NON_FINAL_ABBREVIATIONS.has(word) || isInitial(word)) return PROTECTED_NO;
    if (SENTENCE_STARTERS.has(next) || isQuote(next)) return STRONG_YES;
    // `Mitch McConnell (R-Ky.) get two picks`: a lower-case word goes on after an abbreviation.
    return cls === LOWER ? PROTECTED_NO : RULE_WEAK_NO;
  }
  if (cls === LOWER) {
    // Informal text starts sentences in lower case (`... it. i think`); the tokenizer has already kept
    // known abbreviations whole, so a bare period before a lower-case word ends a sentence, except after a quote.
    // An ellipsis before a lower-case word marks words left out (`insulting Hispanics… now to lump`).
    if (kind === ELLIPSIS) return PROTECTED_NO;
    // `“Lock her up!” that ricocheted`, `sleeps with?'' he asked`, `over the years . . . journalists`.
    if (k > i + 1) return PROTECTED_NO;
    return kind === PERIOD || LOWER_STARTERS.has(next) ? RULE_WEAK_YES : RULE_WEAK_NO;
  }
  if (kind === ELLIPSIS) return cls === UPPER || isOpener(next) ? RULE_WEAK_YES : RULE_WEAK_NO;
  if (kind === EXCLAIM && k > i + 1 && cls === UPPER && speechFollows(tokens, k)) return PROTECTED_NO;
  // A period, `!` or `?` before a capital, a digit, an opening quote or bracket.
  return STRONG_YES;
}

function isInitial(word: string): boolean {
  return word.length === 1 && classAt(word, 0) === UPPER;
}

function isOpener(t: string): boolean {
  return isQuote(t) || t === '(' || t === '[';
}

function isQuote(t: string): boolean {
  if (t.length !== 1) return false;
  const c = t.charCodeAt(0);
  return c === 0x201c || c === 0x2018 || c === 0x22 || c === 0x27 || c === 0xab;
}

function isDash(t: string): boolean {
  const c = t.charCodeAt(0);
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0x2a;
}

/** `“Stop!” Peskov said`: capitalised words then a speech verb right after a closing quote. */
function speechFollows(tokens: readonly Token[], k: number): boolean {
  for (let n = 0; n <= SPEAKER_MAX_WORDS && k + n < tokens.length; n++) {
    const t = (tokens[k + n] as Token).text;
    if (QUOTE_TAG_VERBS.has(t)) return n > 0;
    if (classAt(t, 0) !== UPPER) return false;
  }
  return false;
}
