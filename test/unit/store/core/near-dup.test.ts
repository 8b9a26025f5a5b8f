/**
 * MinHash signatures are stored and compared across processes and versions, so the fast word hashing and
 * the integer-only minimum must give exactly what the plain definition gives: words are the runs of
 * `[\p{L}\p{N}]` in the case-folded text, each hashed with FNV-1a over its UTF-16 code units.
 */
import { describe, expect, it } from 'vitest';
import {
  MIN_SHINGLES,
  MINHASH_SIZE,
  minhash,
  shingleHashes,
  similarity,
} from '../../../../src/store/core/near-dup.js';

/** The definition, written the slow and obvious way. */
function referenceShingles(text: string): number[] {
  const fnv = (s: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv);
  const set = new Set<number>();
  for (let i = 0; i + 3 <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < 3; j++) h = Math.imul(h ^ words[i + j]!, 0x01000193);
    set.add((h ^ (h >>> 15)) >>> 0);
  }
  return [...set].sort((a, b) => a - b);
}

const NEWS =
  'The Senate voted 52-48 on Tuesday to confirm the nominee, after Sen. Mitch McConnell said the chamber ' +
  'would not wait. “We have the votes,” he told reporters. Democrats, led by Chuck Schumer, called it ' +
  'a rushed process; the White House said the president was “very pleased” with the outcome.';

const TEXTS: readonly string[] = [
  '',
  'one two',
  NEWS,
  NEWS.toUpperCase(),
  // case folding that changes length or leaves ASCII: Turkish İ (i + combining dot), ß, final sigma, Kelvin sign
  'İstanbul İSTANBUL straße STRASSE ΣΟΦΟΣ σοφος ǅemal Kelvin \u212A 2°C',
  // letters outside the BMP (surrogate pairs), a lone surrogate, digits of other scripts, CJK, Devanagari
  '𝐀𝐁𝐂 math 𝐀x \uD800 lone \uDC00 high ２３ ⅷ ٣٤ 一二三 अनुच्छेद café naïve',
  // separators of every kind: punctuation, emoji, combining marks, dashes, zero-width joiners
  'a—b–c-d e_f g.h i’j k\u200Dl 👍🏽 m\u0301n o/p q\\r s\tt\nu',
];

describe('near-duplicate signatures', () => {
  it('hashes shingles exactly as the plain definition does (distinct, ascending)', () => {
    for (const t of TEXTS) {
      const text = `${t} `.repeat(12);
      expect([...shingleHashes(text)], JSON.stringify(t.slice(0, 20))).toEqual(referenceShingles(text));
    }
  });

  it('gives the signatures stored before (the former code’s, pinned as a checksum), the unsigned minimum per hash', () => {
    const checksum = (sig: Uint32Array): number => sig.reduce((a, b) => (a * 31 + b) >>> 0, 0);
    const short =
      'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi';
    const news = minhash(NEWS)!;
    expect(news).toHaveLength(MINHASH_SIZE);
    expect([...news.slice(0, 4)]).toEqual([6700818, 20745448, 30462380, 20281362]);
    expect(checksum(news)).toBe(1816097620);
    expect(referenceShingles(short).length).toBe(MIN_SHINGLES);
    expect(checksum(minhash(short)!)).toBe(562600209);
    expect(similarity(news, minhash(`${NEWS} An added closing sentence about the vote.`)!)).toBeGreaterThan(
      0.5,
    );
    expect(minhash('too short to compare')).toBeUndefined();
  });
});
