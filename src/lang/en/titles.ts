/**
 * Honorifics: the titles written before a person's name (`Mr.`, `Mrs.`, `Sir`, `Dr.`). They say
 * the name is a person's, and most of them say the person's gender. Grammar, not world knowledge
 * (roles such as `President` come from the actor dictionary), hence a fixed list.
 */
import type { Gender } from './pronouns.js';

export interface Honorific {
  /** The gender the title states; none for `Dr.`, `Prof.`, `Mx`, `Messrs.`. */
  readonly gender?: Gender;
  /**
   * A courtesy title: CoNLL-2003 leaves it outside the name (`Mr.` O, `Obama` B-PER). Titles of
   * rank (`Sir`, `Lord`, `Prof.`) are written as part of some names, so they are not.
   */
  readonly courtesy: boolean;
}

/** Honorifics, lower-case without the period. */
export const HONORIFIC_TITLES: ReadonlyMap<string, Honorific> = new Map<string, Honorific>([
  ['mr', { gender: 'm', courtesy: true }],
  ['mrs', { gender: 'f', courtesy: true }],
  ['ms', { gender: 'f', courtesy: true }],
  ['miss', { gender: 'f', courtesy: true }],
  ['mx', { courtesy: true }],
  ['messrs', { courtesy: true }],
  ['mme', { gender: 'f', courtesy: true }],
  ['mlle', { gender: 'f', courtesy: true }],
  ['dr', { courtesy: true }],
  ['sir', { gender: 'm', courtesy: false }],
  ['dame', { gender: 'f', courtesy: false }],
  ['lord', { gender: 'm', courtesy: false }],
  ['lady', { gender: 'f', courtesy: false }],
  ['prof', { courtesy: false }],
]);

/** The honorific `word` is (any case, with or without its period), or undefined. */
export function honorificOf(word: string): Honorific | undefined {
  const lower = word.toLowerCase();
  return HONORIFIC_TITLES.get(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/** `word` is a courtesy title (`Mr.`, `Mme`), which news and CoNLL-2003 keep outside the name. */
export function isCourtesyTitle(word: string): boolean {
  return honorificOf(word)?.courtesy === true;
}
