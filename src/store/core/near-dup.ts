/**
 * Near-duplicate detection for wire copy republished with small edits: MinHash
 * signatures over word 3-shingles, banded for locality-sensitive hashing (LSH),
 * so an ingest only compares against articles that share a band bucket.
 *
 * Hand-written (about 60 lines) rather than taken from npm: signatures are
 * stored and compared across processes and years, so the hash functions must
 * be fixed by seeds; `bloom-filters`' MinHashFactory draws them from
 * Math.random in every process, and `minhash` is an unmaintained 0.0.x.
 * MinHash was chosen over SimHash by measurement (scripts/near-dup-eval.ts,
 * docs/store.md).
 */

/** Signature length: 128 hashes estimate Jaccard similarity within about ±0.09 (2σ at J = 0.5). */
export const MINHASH_SIZE = 128;
/** 32 bands of 4 rows: pairs with Jaccard 0.5 become candidates with p ≈ 0.87, 0.6 with p ≈ 0.99, 0.2 with p ≈ 0.05. */
export const LSH_BANDS = 32;
export const LSH_ROWS = MINHASH_SIZE / LSH_BANDS;
/** Estimated Jaccard of 3-shingles at or above which an article is a near-duplicate (unrelated news stays below 0.1). */
export const NEAR_DUP_THRESHOLD = 0.5;
/** Word n-gram size of a shingle: 3 keeps one changed word from breaking more than 3 shingles. */
const SHINGLE_WORDS = 3;
/** Texts with fewer shingles than this are too short to call duplicates (a one-line brief matches too easily). */
export const MIN_SHINGLES = 20;

const SEEDS = seededCoefficients(MINHASH_SIZE);
/** The top bit of a 32-bit integer: flipping it maps unsigned order onto signed order. */
const SIGN_BIT = -0x80000000;

/** Odd multipliers and offsets for the hash family, fixed by a seed so signatures compare across runs. */
function seededCoefficients(n: number): Uint32Array {
  const out = new Uint32Array(n * 2);
  let s = 0x9e3779b9;
  for (let i = 0; i < out.length; i++) {
    s = (s + 0x6d2b79f5) | 0; // mulberry32
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = (t ^ (t >>> 14)) >>> 0;
  }
  for (let i = 0; i < n; i++) out[2 * i] = (out[2 * i]! | 1) >>> 0;
  return out;
}

/** FNV-1a (32-bit) offset basis and prime: a word's hash is FNV-1a over its UTF-16 code units. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** A word is a run of Unicode letters and digits: a code point above ASCII is tested with this. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** ASCII letters and digits of a case-folded text, by char code. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  /[a-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0,
);

/**
 * FNV-1a hashes of the words (runs of `[\p{L}\p{N}]`) of a case-folded text, in order: one pass over its
 * code units, no word strings made. The same values as `match(/[\p{L}\p{N}]+/gu)` and hashing each match
 * (test/unit/store/core/near-dup.test.ts), in about half the time: signatures are stored, so they must not change.
 */
function wordHashes(lower: string): number[] {
  const out: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let units = 1;
    let word: boolean;
    if (c < 128) word = ASCII_WORD[c] === 1;
    else {
      const cp = lower.codePointAt(i)!;
      if (cp > 0xffff) units = 2;
      word = WORD_CHAR.test(String.fromCodePoint(cp));
    }
    if (word) {
      h = Math.imul(h ^ c, FNV_PRIME);
      if (units === 2) h = Math.imul(h ^ lower.charCodeAt(++i), FNV_PRIME);
      inWord = true;
    } else {
      if (inWord) out.push(h >>> 0);
      h = FNV_OFFSET;
      inWord = false;
      i += units - 1;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/**
 * Hashes of the distinct word 3-shingles of a text (case-folded), ascending: word hashes combined, no joined
 * strings. Made distinct by sorting a typed array, not through a Set: half of the 32-bit hashes are no small
 * integers, so each Set entry was a heap number (0.17 → 0.10 ms an article, 300 PolNeAR texts, loaded). A
 * signature takes the minimum over them, which their order does not change.
 */
export function shingleHashes(text: string): Uint32Array {
  const wh = wordHashes(text.toLowerCase());
  const n = Math.max(0, wh.length - SHINGLE_WORDS + 1);
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = FNV_OFFSET;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = Math.imul(h ^ wh[i + j]!, FNV_PRIME);
    all[i] = (h ^ (h >>> 15)) >>> 0;
  }
  all.sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
  return all.slice(0, distinct);
}

/** Hash functions applied per pass over the shingles: each shingle is read once for this many (MINHASH_SIZE is a multiple). */
const HASHES_PER_PASS = 4;

/** The MinHash signature of a text, or undefined when it is too short to compare. */
export function minhash(text: string): Uint32Array | undefined {
  const shingles = new Int32Array(shingleHashes(text).buffer);
  if (shingles.length < MIN_SHINGLES) return undefined;
  const sig = new Uint32Array(MINHASH_SIZE);
  // Four hash functions per pass over the shingles (a quarter of the reads and loop steps of one per pass;
  // the same minima, so the same signatures).
  for (let k = 0; k < MINHASH_SIZE; k += HASHES_PER_PASS) {
    const a0 = SEEDS[2 * k]! | 0;
    const b0 = SEEDS[2 * k + 1]! | 0;
    const a1 = SEEDS[2 * k + 2]! | 0;
    const b1 = SEEDS[2 * k + 3]! | 0;
    const a2 = SEEDS[2 * k + 4]! | 0;
    const b2 = SEEDS[2 * k + 5]! | 0;
    const a3 = SEEDS[2 * k + 6]! | 0;
    const b3 = SEEDS[2 * k + 7]! | 0;
    // In 32-bit integer arithmetic throughout (no float values): the minimum of the unsigned hashes is taken
    // as the signed minimum of the hashes with the top bit flipped (same order), flipped back at the end.
    let min0 = 0x7fffffff;
    let min1 = 0x7fffffff;
    let min2 = 0x7fffffff;
    let min3 = 0x7fffffff;
    for (let i = 0; i < shingles.length; i++) {
      const x = shingles[i]!;
      // An odd multiplier makes x → a·x + b (mod 2^32) a permutation; the shingle hashes are already mixed.
      const h0 = ((Math.imul(x, a0) + b0) | 0) ^ SIGN_BIT;
      const h1 = ((Math.imul(x, a1) + b1) | 0) ^ SIGN_BIT;
      const h2 = ((Math.imul(x, a2) + b2) | 0) ^ SIGN_BIT;
      const h3 = ((Math.imul(x, a3) + b3) | 0) ^ SIGN_BIT;
      if (h0 < min0) min0 = h0;
      if (h1 < min1) min1 = h1;
      if (h2 < min2) min2 = h2;
      if (h3 < min3) min3 = h3;
    }
    sig[k] = (min0 ^ SIGN_BIT) >>> 0;
    sig[k + 1] = (min1 ^ SIGN_BIT) >>> 0;
    sig[k + 2] = (min2 ^ SIGN_BIT) >>> 0;
    sig[k + 3] = (min3 ^ SIGN_BIT) >>> 0;
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures: the share of equal positions. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** One 31-bit bucket per band (fits an INTEGER column on both databases). */
export function lshBuckets(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < LSH_ROWS; r++) h = Math.imul(h ^ sig[band * LSH_ROWS + r]!, 0x01000193);
    out.push((h >>> 1) & 0x7fffffff);
  }
  return out;
}

export function signatureToBuffer(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function bufferToSignature(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf); // aligned copy
  return new Uint32Array(copy.buffer, 0, MINHASH_SIZE);
}
