/**
 * How a sentence is capitalised: ALL CAPS (CoNLL headlines, datelines), Title
 * Case (web news headlines) or mixed running text. In the first two,
 * capitalisation says little about names, so the tagger reads them differently.
 */
import { F_ALPHA, type WordInfo } from './word-info.js';

/** Share of longer words capitalised above which a sentence may be a Title Case headline. */
const TITLE_CASE_SHARE = 0.7;
/** Words Title Case leaves lower-case; any other lower-case word means the sentence is running text. */
export const TITLE_LOWER_WORDS: ReadonlySet<string> = new Set(
  "a an and as at but by for from in into is of on or 's the to v vs via with".split(' '),
);
/** Capitalised common words (rarely capitalised mid-sentence elsewhere) needed to call it Title Case. */
const TITLE_CASE_COMMON = 2;

/**
 * Sentences whose capitalisation says little about names: ALL CAPS and Title
 * Case headlines, recognised by capitalised common words (`Open`, `Remain`),
 * so that tables of names (`Leeds United 2 Chelsea 1`) don't count.
 */
export function sentenceCase(infos: readonly WordInfo[]): 'caps' | 'title' | 'mixed' {
  let letters = 0;
  let caps = 0;
  let long = 0;
  let longCap = 0;
  let common = 0;
  let lowerContent = 0;
  for (const x of infos) {
    if (!(x.flags & F_ALPHA)) continue;
    letters++;
    if (x.isAllCaps) caps++;
    if (!x.isCap && !TITLE_LOWER_WORDS.has(x.lower)) lowerContent++;
    if (x.lower.length > 3) {
      long++;
      if (x.isCap) {
        longCap++;
        if (x.common) common++;
      }
    }
  }
  if (letters >= 2 && caps === letters) return 'caps';
  if (lowerContent > 0) return 'mixed';
  return common >= TITLE_CASE_COMMON && longCap >= TITLE_CASE_SHARE * long ? 'title' : 'mixed';
}
