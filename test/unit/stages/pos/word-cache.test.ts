import { describe, expect, it } from 'vitest';
import {
  GENERATION_WORDS,
  MAX_CHUNK,
  RESERVED_SLOTS,
  WordCache,
} from '../../../../src/stages/pos/word-cache.js';

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
  it('never needs more than two generations and a chunk of slots, even when every word is new', () => {
    const cache = new WordCache(1, 1);
    const chunks: string[][] = [];
    let n = 0;
    for (let c = 0; c < (5 * GENERATION_WORDS) / MAX_CHUNK; c++)
      chunks.push(Array.from({ length: MAX_CHUNK }, () => `w${n++}`));
    const maxSlot = run(cache, chunks);
    expect(maxSlot).toBeLessThan(2 * GENERATION_WORDS + MAX_CHUNK + RESERVED_SLOTS);
    expect(cache.fixed.length).toBeLessThanOrEqual(2 * GENERATION_WORDS + MAX_CHUNK + RESERVED_SLOTS);
  });

  it('keeps a word used in every chunk at one slot while new words turn the generations over', () => {
    const cache = new WordCache(1, 1);
    const slots = new Set<number>();
    let n = 0;
    for (let c = 0; c < (3 * GENERATION_WORDS) / (MAX_CHUNK - 1); c++) {
      const words = ['the', ...Array.from({ length: MAX_CHUNK - 1 }, () => `w${n++}`)];
      run(cache, [words]);
      slots.add(cache.lookup('the') as number);
    }
    expect(slots.size).toBe(1);
  });
});
