/**
 * Word-level facts the entity tagger computes once per distinct token string:
 * hashes of the word and its lower-cased form, word shape, clusters and
 * capitalisation rate from the lexicon, and character-class flags. (Affix
 * features are hashed from `lower` when the word's scores are summed, once per
 * cached word: kept here they cost ~170 bytes a word for the whole batch.)
 */

export interface WordInfo {
  /** Hashes (as Int32) of the word, its folded form, shape and short shape: feature values only. */
  readonly w: number;
  readonly lower: string;
  readonly lw: number;
  readonly shape: number;
  readonly short: number;
  readonly clusters: readonly number[];
  /** Lexicon capitalisation bucket + 1; 0 when the word is not in the lexicon. */
  readonly cap: number;
  readonly flags: number;
  readonly isCap: boolean;
  readonly isAllCaps: boolean;
  /**
   * A common word (rarely capitalised in running text), by the lexicon or, when
   * the lexicon lacks the word, by an inflectional stem it has (`congratulates`
   * → `congratulate`): what a Title Case headline capitalises without it being a name.
   */
  readonly common: boolean;
  /** `Gazetteer.lookup` of the lower-cased word (0 without a gazetteer). */
  readonly gaz: number;
  /** Packed cluster path of the word in the embedding clusters (src/stages/pos/word-clusters.ts); 0 when none. */
  readonly emb: number;
  /** A number written with digits only (`3`, `1-0`, `10.5`): what score and standings lines are made of. */
  readonly isNumber: boolean;
  /** Slot of the word's score block while it is cached (word-cache.ts), else NO_SLOT; set by the cache. */
  slot: number;
  /** Set by the cache, unique per computed word: tells a slot's current word from an earlier one. */
  serial: number;
}

export const F_INITCAP = 1;
export const F_ALLCAPS = 2;
export const F_DIGIT = 4;
export const F_HYPHEN = 8;
export const F_PERIOD = 16;
export const F_APOS = 32;
export const F_ALPHA = 64;

export function wordShape(w: string, maxLen = 12): string {
  let s = '';
  for (let i = 0; i < w.length && i < maxLen; i++) s += charClass(w.charCodeAt(i), w[i] as string);
  return s;
}

function charClass(c: number, ch: string): string {
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  if (c > 127) return ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
  return ch;
}

export function shortShape(shape: string): string {
  let s = '';
  for (const ch of shape) if (s[s.length - 1] !== ch) s += ch;
  return s;
}

/** Folds curly quotes so `Russia’s` and `Russia's` share features. */
export function normalizeToken(w: string): string {
  return w.replace(/[\u2018\u2019\u201b\u2032]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Shortest stem an inflection may leave (`uses` → `use` is too short to trust). */
const MIN_STEM = 4;

/**
 * Candidate base forms of an English inflected or prefixed word, most likely
 * first: `-s/-es/-ies`, `-ed/-d`, `-ing`, `-ly`, and `re-`.
 */
export function stemCandidates(lower: string): string[] {
  const out: string[] = [];
  const cut = (suffix: string, add = ''): void => {
    if (!lower.endsWith(suffix)) return;
    const stem = lower.slice(0, lower.length - suffix.length) + add;
    if (stem.length >= MIN_STEM) out.push(stem);
  };
  cut('ies', 'y');
  cut('es');
  cut('s');
  cut('ied', 'y');
  cut('ed');
  cut('d');
  cut('ing');
  cut('ing', 'e');
  cut('ly');
  if (lower.startsWith('re') && lower.length - 2 >= MIN_STEM) {
    const rest = lower.slice(2);
    out.push(rest, ...stemCandidates(rest));
  }
  return out;
}
