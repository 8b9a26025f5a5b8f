/**
 * A set of words that may answer yes for a word it does not hold, never no for one it holds: one bit per hash
 * of a word (a one-hash Bloom filter). The code books test with it whether a text can match at all (the first
 * words of their phrases, actor-codes.ts): Phoenix's 17,902 first words took 0.99 MB as a `Set` in each thread
 * that loads the book; as bits they take 128 KiB, and about 1.7 % of other words pass (they are then looked
 * up in full, as every text was before).
 */
import { hashRaw } from '../learn/hashing.js';

/** Bits per word, at least: the share of other words that pass is about words / bits (1/32 at worst). */
const BITS_PER_WORD = 32;
/** Fewest bits (a power of two): a tiny book still tells most words apart. */
const MIN_BITS = 1 << 12;

export class WordFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)];
    let size = MIN_BITS;
    while (size < list.length * BITS_PER_WORD) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
    for (const w of list) {
      const b = hashRaw(w) & this.mask;
      this.bits[b >>> 5] = (this.bits[b >>> 5] as number) | (1 << (b & 31));
    }
  }

  /** False only when `word` is not one of the words given. */
  mayHave(word: string): boolean {
    const b = hashRaw(word) & this.mask;
    return ((this.bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
  }
}
