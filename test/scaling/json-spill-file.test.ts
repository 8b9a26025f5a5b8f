/**
 * The temporary-file spill of a huge document's JSON records (src/service/json-spill-file.ts) keeps
 * each key's pieces as a chain in typed arrays that grow as keys and pieces come: every key reads back
 * exactly its pieces, in the order appended, however the keys interleave and however many there are
 * (more than the chains' first room, so that they grow while keys are still being added).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FileJsonSpill } from '../../src/service/json-spill-file.js';

/** Keys and pieces per key: past the chains' first room of 256 slots several times over. */
const KEYS = 1500;
const PIECES = 4;

let spill: FileJsonSpill | undefined;
afterEach(() => spill?.close());

describe('FileJsonSpill', () => {
  it('reads back every key’s pieces in order, the keys interleaved', () => {
    spill = new FileJsonSpill();
    const expected = new Map<string, string[]>();
    // Round-robin over the keys, so every chain's pieces lie far apart in the file.
    for (let p = 0; p < PIECES; p++) {
      for (let k = 0; k < KEYS; k++) {
        if (p > k % PIECES) continue; // keys with fewer pieces than others
        const key = `${k % 2 ? 'm' : 'r'}${k}`;
        const piece = `{"k":${k},"p":${p},"t":"“${'é'.repeat(k % 7)}”"}`;
        spill.append(key, piece);
        expected.set(key, [...(expected.get(key) ?? []), piece]);
      }
    }
    for (const [key, pieces] of expected) expect([...spill.pieces(key)], key).toEqual(pieces);
    expect([...spill.pieces('absent')]).toEqual([]);
  });

  it('gives a key its pieces again on a second read', () => {
    spill = new FileJsonSpill();
    spill.append('a', '1');
    spill.append('b', '2');
    spill.append('a', '3');
    expect([...spill.pieces('a')]).toEqual(['1', '3']);
    expect([...spill.pieces('a')]).toEqual(['1', '3']);
    expect([...spill.pieces('b')]).toEqual(['2']);
  });
});
