import { describe, expect, it } from 'vitest';
import { CACHE_WORDS, MAX_CHUNK, RESERVED_SLOTS, WordCache } from '../../../../src/stages/pos/word-cache.js';

/** Tags `chunks` as the tagger does: one `beginChunk` per chunk, then a slot per word; checks each chunk's slots. */
function run(cache: WordCache, chunks: readonly (readonly string[])[]): number {
  let maxSlot = 0;
  for (const words of chunks) {
    cache.beginChunk();
    const owner = new Map<number, string>();
    for (const w of words) {
      const slot = cache.lookup(w) ?? cache.add(w);
      expect(slot).toBeGreaterThanOrEqual(RESERVED_SLOTS);
      // every slot handed out has room in the arrays, and no two words of a chunk share one
      expect(slot).toBeLessThan(cache.fixed.length);
      expect(owner.get(slot) ?? w).toBe(w);
      owner.set(slot, w);
      maxSlot = Math.max(maxSlot, slot);
    }
  }
  return maxSlot;
}

describe('pos word cache', () => {
  it('never needs more than CACHE_WORDS slots, even when every word is new', () => {
    const cache = new WordCache(1, 1);
    const chunks: string[][] = [];
    let n = 0;
    for (let c = 0; c < (3 * CACHE_WORDS) / MAX_CHUNK; c++)
      chunks.push(Array.from({ length: MAX_CHUNK }, () => `w${n++}`));
    const maxSlot = run(cache, chunks);
    expect(maxSlot).toBe(CACHE_WORDS + RESERVED_SLOTS - 1);
    expect(cache.fixed.length).toBe(CACHE_WORDS + RESERVED_SLOTS);
  });

  it('keeps a word used in every chunk at one slot while new words flood the cache', () => {
    const cache = new WordCache(1, 1);
    const slots = new Set<number>();
    let n = 0;
    for (let c = 0; c < (3 * CACHE_WORDS) / (MAX_CHUNK - 1); c++) {
      const words = ['the', ...Array.from({ length: MAX_CHUNK - 1 }, () => `w${n++}`)];
      run(cache, [words]);
      slots.add(cache.lookup('the') as number);
    }
    expect(slots.size).toBe(1);
  });

  it('lets words seen once go before words seen again', () => {
    const cache = new WordCache(1, 1);
    const half = CACHE_WORDS / 2;
    const often = Array.from({ length: half }, (_, i) => `often${i}`);
    const once = Array.from({ length: half }, (_, i) => `once${i}`);
    const later = Array.from({ length: half }, (_, i) => `later${i}`);
    const chunks = (words: string[]) =>
      Array.from({ length: Math.ceil(words.length / MAX_CHUNK) }, (_, c) =>
        words.slice(c * MAX_CHUNK, (c + 1) * MAX_CHUNK),
      );
    run(cache, [...chunks(often), ...chunks(often), ...chunks(once), ...chunks(later)]);
    // the cache was full when `later` came: its words took the slots of `once`, none of `often`
    expect(often.filter((w) => cache.lookup(w) === undefined)).toEqual([]);
    expect(once.filter((w) => cache.lookup(w) !== undefined)).toEqual([]);
  });
});
