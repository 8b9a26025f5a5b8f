/**
 * The entity tagger's cache of word facts (`WordInfo`), one per distinct token string, in two generations:
 * when the young one fills it becomes the old one and the previous old one is dropped; a word found in the old
 * generation moves back to the young one, so frequent words stay cached.
 *
 * Each cached word also holds a slot number, reused once its word is dropped, so the tagger can keep the word's
 * summed scores in one slab indexed by slot (word-scores.ts) instead of a small typed array per word, whose
 * ArrayBuffer, backing store and WeakMap entry cost as much again as the 340 bytes of scores.
 */
import type { WordInfo } from './word-info.js';

/**
 * Word types per cache generation. Two generations bound memory on long batches (each cached word also
 * keeps the tagger's 340-byte score block); the old bound, 200k words, let the cache grow with the
 * batch. 32k words hold a 300-article bench's ~18k distinct words, so its repeated passes all hit, and
 * all 29k words of 840 PolNeAR articles. 16k (simulated on the tagger's word stream: 4.3 % of lookups
 * miss instead of 3.9 % over 840 articles, 2.3 % instead of 1.8 % on the bench's passes) kept ~27k of
 * those words alive anyway (the old generation is the whole previous young one) and saved only ~3 MB.
 */
export const GENERATION_WORDS = 1 << 15;

/** `WordInfo.slot` of a word that is not (or no longer) cached: its scores are not kept. */
export const NO_SLOT = -1;

export class WordInfoCache {
  private young = new Map<string, WordInfo>();
  private old = new Map<string, WordInfo>();
  /** Slots of dropped words, reused before new ones. */
  private readonly free: number[] = [];
  private nextSlot = 0;
  /** Last serial given (serials start at 1, so a slab's 0 means "no word"). */
  private serial = 0;

  constructor(private readonly compute: (token: string) => WordInfo) {}

  /** The facts of `token`, computed on a miss. */
  get(token: string): WordInfo {
    let wi = this.young.get(token);
    if (wi) return wi;
    wi = this.old.get(token);
    if (!wi) {
      wi = this.compute(token);
      wi.slot = this.free.length > 0 ? (this.free.pop() as number) : this.nextSlot++;
      wi.serial = ++this.serial;
    }
    if (this.young.size >= GENERATION_WORDS) this.turnOver(wi);
    this.young.set(token, wi);
    return wi;
  }

  /**
   * The young generation becomes the old one; words of the old one that did not move back lose their slot
   * (`moving`, the word being moved back now, keeps its own).
   */
  private turnOver(moving: WordInfo): void {
    for (const [token, wi] of this.old) {
      if (wi === moving || this.young.get(token) === wi) continue;
      this.free.push(wi.slot);
      wi.slot = NO_SLOT;
    }
    this.old = this.young;
    this.young = new Map();
  }

  /** Words in both generations (a word moved back to the young one counts twice): at most two generations. */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /** Slots in use or free: every cached word's slot is below this. */
  get slots(): number {
    return this.nextSlot;
  }
}
