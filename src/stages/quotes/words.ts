/**
 * The words the quotes patterns read: the production tokens (through the shared document view),
 * with the pieces of one written word joined back, because attribution patterns read written
 * words (`Moscow’s`, `don’t`, `Trump-Putin`, `U.S.-Russia`) where the tokens follow Universal
 * Dependencies (`Moscow` `’s`). Joining never moves a boundary the tokenizer did not make: a word
 * is a run of tokens with no space between them, joined only across a clitic, an inner hyphen or
 * period, or mojibake (`FranÃÂ§ois`, UTF-8 read as Latin-1, which the tokenizer splits).
 */
import type { DocView } from '../../pipeline/doc-view.js';

export interface Word {
  readonly start: number;
  readonly end: number;
  /** Lower-cased text. */
  readonly lower: string;
  /** The original text. */
  readonly text: string;
}

/** A token that starts a written word: a letter, mark or digit first. */
const WORDLIKE_RE = /^[\p{L}\p{M}\p{N}]/u;

/** `WORDLIKE_RE.test(t)`, without the regex for the ASCII first characters most tokens have. */
function isWordlike(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 0x80) return WORDLIKE_RE.test(t);
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}
/** A clitic token joined to the word before it (`’s`, `'ll`, `n't`). */
const CLITIC_RE = /^['’]\p{L}+$|^n['’]t$/iu;
/** Joiners between two word tokens: an inner hyphen or period (`Trump-Putin`, `U.S.-Russia`). */
const INNER_JOINERS: ReadonlySet<string> = new Set(['-', '.']);
/** C1 controls and Latin-1 symbols (U+0080–U+00BF but the no-break space): mojibake inside a word. */
const MOJIBAKE_RE = /^[\u0080-\u009F\u00A1-\u00BF]+$/;

/** `MOJIBAKE_RE.test(t)`, without the regex when the first character rules it out (most tokens). */
function mojibake(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 0x80 && c <= 0xbf && MOJIBAKE_RE.test(t);
}

/** `CLITIC_RE.test(t)`, without the regex unless `t` starts with an apostrophe or `n` (punctuation mostly does not). */
function clitic(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c === 0x27 || c === 0x2019 || (c | 0x20) === 0x6e) && CLITIC_RE.test(t);
}

/** Words of the tokens lying inside `[start, end)`, offsets into the document text. */
export function wordsOf(view: DocView, start: number, end: number): Word[] {
  const { tokens, text } = view;
  const { from, to } = view.tokensWithin(start, end);
  const out: Word[] = [];
  for (let i = from; i < to; i++) {
    const first = tokens[i]!;
    let last = i;
    if (isWordlike(first.text)) {
      for (let j = i + 1; j < to; ) {
        const next = tokens[j]!;
        if (next.start !== tokens[j - 1]!.end) break;
        const after = tokens[j + 1];
        const bridged =
          (INNER_JOINERS.has(next.text) || mojibake(next.text)) &&
          after !== undefined &&
          j + 1 < to &&
          after.start === next.end &&
          isWordlike(after.text);
        if (bridged) j += 2;
        else if (clitic(next.text) || isWordlike(next.text)) j += 1;
        else break;
        last = j - 1;
      }
    }
    const wordEnd = tokens[last]!.end;
    const t = last === i ? first.text : text.slice(first.start, wordEnd);
    out.push({
      start: first.start,
      end: wordEnd,
      lower: last === i ? view.lower[i]! : t.toLowerCase(),
      text: t,
    });
    i = last;
  }
  return out;
}
