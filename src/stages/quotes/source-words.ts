/**
 * Word lists and small word tests of source finding (source.ts, source-right.ts): what may stand
 * between a source and its cue, what ends a noun phrase, what opens one.
 */
import type { Word } from './words.js';

export interface WordRange {
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
}

/** Words allowed between a source and its cue. */
export const AUX_ADVERBS: ReadonlySet<string> = new Set(
  (
    'has have had also later then previously recently repeatedly further again once often publicly ' +
    'privately reportedly flatly quickly firmly simply only even never not did does do would will could ' +
    'can may might must should just already still once initially subsequently immediately ' +
    'last is are was were been being instead openly bluntly directly explicitly specifically separately similarly consistently frequently ' +
    "has’ve n’t n't had’ve earlier since long ultimately finally first quietly apparently"
  ).split(' '),
);

/** Adverbs set off by commas between a subject and its verb (`Peskov, however, said`). */
export const INSERTED_ADVERBS: ReadonlySet<string> = new Set([
  'however',
  'though',
  'meanwhile',
  'instead',
  'too',
  'moreover',
  'also',
  'nevertheless',
  'then',
]);

export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** Lower-case words that end a noun phrase when walking left (clause boundaries, prepositions of time). */
export const LEFT_STOPS: ReadonlySet<string> = new Set(
  (
    'that which who whom whose when while because but and or if as after before since though although so ' +
    'than where whether until unless once in on at during with without by for to from into about over ' +
    'under between against through across among is are was were be been being not also has have had ' +
    'said says say told tells this these those it its he she they we i you him her them us me there here ' +
    'what how why yet nor both either neither all some'
  ).split(' '),
);

/** Time words that open a sentence but never name a source (`On Thursday Putin said`). */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december today yesterday tonight week month year morning evening ' +
    'afternoon night weekend'
  ).split(' '),
);

/** Capitalised sentence openers that never begin a name (`If we…`, `More recently…`, `Having said that`). */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  "more most having it’s it's both many much perhaps still yet instead however indeed even only".split(' '),
);

/** Quantifiers that name a source on their own (`all agreed`, `some note`, `many say`). */
export const QUANTIFIERS: ReadonlySet<string> = new Set(
  'all some many most few others several everyone everybody'.split(' '),
);

/** Words that open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an his her their its our my your one two three several many some both each every another this that these those'.split(
    ' ',
  ),
);

/** Quantifiers among the left stops that head a noun phrase after them (`some of the donors`, `all delegates`). */
export const LEFT_QUANTIFIERS = /^(some|all|both)$/;

/** Most words a source phrase may have (longer runs are clauses, not names). */
export const MAX_SOURCE_WORDS = 12;

/** A hyphen or a run of them (`--`, one token): a dash the source walk may pass, as a hyphen. */
export const DASH_RUN_RE = /^-+$/;

export function isPunct(w: Word | undefined): boolean {
  return w !== undefined && !/[\p{L}\p{N}]/u.test(w.text);
}

export function isCapitalised(w: Word | undefined): boolean {
  return w !== undefined && /^\p{Lu}/u.test(w.text);
}
