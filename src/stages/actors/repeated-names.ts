/**
 * A name the tagger found once is the same name where it missed it (`Scientology` in a headline or
 * at a sentence start): every other capitalised occurrence of a tagged name's exact words, in one
 * sentence and on tokens no name holds yet, becomes a name of the same type. A one-word name counts
 * only when the document never writes the word in lower case (`Iodine` at a sentence start is the
 * common noun when the text also says `iodine`), and never a pronoun or a word of address. An
 * acronym in brackets after a tagged name (`World Health Organisation ( WHO )`) counts as tagged.
 */
import { PRONOUNS } from '../../lang/en/pronouns.js';
import { honorificOf } from '../../lang/en/titles.js';
import type { ActorView } from './actor-view.js';
import type { NameSpan } from './name-finder.js';

export function repeatedNames(view: ActorView, covered: Uint8Array, tagged: readonly NameSpan[]): NameSpan[] {
  const toks = view.toks;
  const acronyms = bracketedAcronyms(view, covered, tagged);
  const names = acronyms.length ? [...tagged, ...acronyms] : tagged;
  // Tagged names by first word: their token texts and type, longest first.
  const byFirst = new Map<string, { words: string[]; joined: string; type: NameSpan['type'] }[]>();
  // The words (`Tok.word`) the names start with: a token of any other word starts none of them.
  const firstWord = new Uint8Array(view.words);
  for (const n of names) {
    const words: string[] = [];
    for (let k = n.tokenStart; k < n.tokenEnd; k++) words.push(toks[k]!.text);
    if (!toks[n.tokenStart]!.cap) continue;
    firstWord[toks[n.tokenStart]!.word] = 1;
    const list = byFirst.get(words[0]!) ?? [];
    const joined = words.join(' ');
    if (!list.some((e) => e.joined === joined)) list.push({ words, joined, type: n.type });
    byFirst.set(words[0]!, list);
  }
  if (byFirst.size === 0) return acronyms;
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  // Whether the text writes a one-word name in lower case: only those words are collected, not every
  // word of the document (this runs for every document).
  const oneWord = new Set<string>();
  for (const list of byFirst.values())
    for (const { words } of list) if (words.length === 1) oneWord.add(words[0]!.toLowerCase());
  const lowerSeen = new Set<string>();
  if (oneWord.size) {
    // Asked once per word of the document (`Tok.lower` is a function of `Tok.word`): 1 no, 2 yes.
    const isOneWord = new Uint8Array(view.words);
    for (const t of toks) {
      if (t.cap) continue;
      let a = isOneWord[t.word]!;
      if (a === 0) {
        a = oneWord.has(t.lower) ? 2 : 1;
        isOneWord[t.word] = a;
        if (a === 2) lowerSeen.add(t.lower);
      }
    }
  }
  const out: NameSpan[] = [...acronyms];
  for (let i = 0; i < toks.length; i++) {
    const list = covered[i] || !firstWord[toks[i]!.word] ? undefined : byFirst.get(toks[i]!.text);
    if (!list) continue;
    for (const { words, type } of list) {
      if (!fits(view, covered, i, words)) continue;
      // An acronym in capitals (`WHO`) is never the lower-case word (`who`).
      if (words.length === 1 && !ACRONYM.test(words[0]!)) {
        const lower = toks[i]!.lower;
        if (lowerSeen.has(lower) || PRONOUNS.has(lower) || honorificOf(lower)) continue;
      }
      const end = i + words.length;
      out.push({ start: toks[i]!.start, end: toks[end - 1]!.end, tokenStart: i, tokenEnd: end, type });
      for (let k = i; k < end; k++) covered[k] = 1;
      i = end - 1;
      break;
    }
  }
  return out;
}

/** True when the tokens from `i` are exactly `words`, uncovered, in one sentence, and end a word run. */
function fits(view: ActorView, covered: Uint8Array, i: number, words: readonly string[]): boolean {
  const toks = view.toks;
  if (i + words.length > toks.length) return false;
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k]!;
    if (covered[i + k] || t.text !== words[k] || t.sent !== toks[i]!.sent) return false;
  }
  // `Scientology` is not repeated inside `Scientology Center` or `New Scientology`, longer capitalised runs.
  const after = toks[i + words.length];
  const before = toks[i - 1];
  const capRun = (t: typeof after): boolean => t !== undefined && t.sent === toks[i]!.sent && t.cap;
  // A sentence's first word is capitalised anyway (`The Sea Org`).
  return !capRun(after) && !(capRun(before) && i - 1 !== view.sentStart[i - 1]);
}

/** An acronym: two to six capitals. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * `the World Health Organisation ( WHO )`: an acronym in brackets right after a tagged name, with
 * the name's first letter, is the name's short form (the actor rules join the two by initials).
 * Marked covered, so that later uses (`WHO say…`) are found as repeats.
 */
function bracketedAcronyms(view: ActorView, covered: Uint8Array, names: readonly NameSpan[]): NameSpan[] {
  const toks = view.toks;
  const out: NameSpan[] = [];
  for (const n of names) {
    const open = toks[n.tokenEnd];
    const acr = toks[n.tokenEnd + 1];
    const close = toks[n.tokenEnd + 2];
    if (open?.text !== '(' || close?.text !== ')' || !acr || covered[n.tokenEnd + 1]) continue;
    if (!ACRONYM.test(acr.text) || acr.text[0] !== toks[n.tokenStart]!.text[0]) continue;
    out.push({
      start: acr.start,
      end: acr.end,
      tokenStart: n.tokenEnd + 1,
      tokenEnd: n.tokenEnd + 2,
      type: n.type,
    });
    covered[n.tokenEnd + 1] = 1;
  }
  return out;
}
