/**
 * Hyphenated given names (`Hwang Hee-Chan`, `Kim Jong-un`, `Lee Jae-Myung`): the tokenizer splits the
 * hyphen off and the tagger then ends the person's name before it, reading the last syllable as a
 * name of its own (`Hwang Hee` and `Chan`). Kind of error fixed: one person split into two actors
 * inside one document. A person name of two or more tokens, a hyphen touching both sides and one
 * word that is a proper noun become one person name, unless that word is also a name on its own
 * elsewhere in the document (`the Hillary Clinton-Trump race` keeps `Trump`). The same hyphenated
 * surname written later on its own (`Holtz-Eakin` after `Douglas Holtz-Eakin`) is joined too.
 */
import type { NameSpan } from './name-finder.js';

interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One word of letters: the syllable after the hyphen. */
const SYLLABLE = /^\p{L}+$/u;
/** Starts with a capital. */
const CAPITALISED = /^\p{Lu}/u;

/** `spans` (sorted by start) with each hyphenated given name joined into one person name. */
export function joinHyphenatedNames(
  spans: readonly NameSpan[],
  tokens: readonly Token[],
  upos: readonly string[] | undefined,
): NameSpan[] {
  let out: NameSpan[] | undefined;
  let standalone: Set<string> | undefined;
  // Made on the first hyphen after a person name (most documents have none).
  let startingAt: Map<number, number> | undefined;
  const dropped = new Set<number>();
  /** The hyphenated last words joined so far (`Holtz-Eakin`): a later lone `Holtz-Eakin` is joined too. */
  const joinedLast = new Set<string>();
  for (const pass of [FULL_NAMES, LONE_SURNAMES]) {
    for (let k = 0; k < spans.length; k++) {
      if (dropped.has(k)) continue;
      const left = out?.[k] ?? spans[k]!;
      const words = left.tokenEnd - left.tokenStart;
      const dash = tokens[left.tokenEnd];
      const word = tokens[left.tokenEnd + 1];
      if (dash?.text !== '-' || !word || dash.start !== left.end || word.start !== dash.end) continue;
      if (pass === FULL_NAMES && (left.type !== 'PER' || words < 2)) continue;
      const last = `${tokens[left.tokenEnd - 1]!.text}-${word.text}`;
      if (pass === LONE_SURNAMES && (words !== 1 || !joinedLast.has(last))) continue;
      if (
        !SYLLABLE.test(word.text) ||
        !(CAPITALISED.test(word.text) || upos?.[left.tokenEnd + 1] === 'PROPN')
      )
        continue;
      startingAt ??= new Map(spans.map((n, i) => [n.tokenStart, i]));
      const r = startingAt.get(left.tokenEnd + 1);
      const right = r === undefined ? undefined : spans[r]!;
      if (right && ((right.type !== 'PER' && pass === FULL_NAMES) || right.tokenEnd !== left.tokenEnd + 2))
        continue;
      standalone ??= standaloneWords(tokens);
      if (pass === FULL_NAMES && standalone.has(word.text)) continue;
      out ??= spans.slice();
      out[k] = { ...left, end: word.end, tokenEnd: left.tokenEnd + 2, type: 'PER' };
      joinedLast.add(last);
      if (r !== undefined) dropped.add(r);
    }
    if (joinedLast.size === 0) break;
  }
  return out ? out.filter((_, k) => !dropped.has(k)) : (spans as NameSpan[]);
}

/** First pass: a person name of two or more words before the hyphen. */
const FULL_NAMES = 0;
/** Second pass: one word before the hyphen, making a hyphenated surname the first pass joined. */
const LONE_SURNAMES = 1;

/** Capitalised words the text writes without a hyphen touching them on the left. */
function standaloneWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    const hyphened = before?.text === '-' && before.end === t.start;
    if (!hyphened && CAPITALISED.test(t.text)) out.add(t.text);
  });
  return out;
}
