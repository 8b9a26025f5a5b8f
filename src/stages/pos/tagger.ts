/**
 * The part-of-speech tagger at run time: a two-pass averaged perceptron over
 * hashed features. Pass 1 tags left to right from words and the tags already
 * chosen; pass 2 tags again, also seeing pass 1's tags on the right.
 *
 * Speed: the features of each word type are summed once and cached (word-vectors.ts).
 * Features over tags only are summed into small dense tables at load (tag-tables.ts).
 * A token then costs a few vector additions (integer sums of Int16 rows) and no hashing
 * once its word is cached.
 */
import {
  LEFT_COUNT,
  PAIR_COUNT,
  pairFeatures,
  RIGHT_COUNT,
  ROLE_NEXT,
  ROLE_NEXT2,
  ROLE_PREV,
  ROLE_PREV2,
  SentenceHashes,
  STATIC_COUNT,
} from './features.js';
import { buildTagTables, type TagTables } from './tag-tables.js';
import type { CompactWeights } from './weights.js';
import { MAX_CHUNK, type WordCache } from './word-cache.js';
import { WordVectors } from './word-vectors.js';

export const PASS1_COUNT = STATIC_COUNT + LEFT_COUNT;
export const PASS2_COUNT = STATIC_COUNT + LEFT_COUNT + RIGHT_COUNT;

export class PerceptronTagger {
  readonly tags: readonly string[];
  /** Per-word sums of weights, cached per word type (word-vectors.ts). */
  private readonly vectors: WordVectors;
  /** Both passes' rows interleaved (`row × [pass 1 tags, pass 2 tags]`): one fetch serves both passes. */
  private readonly w: Int16Array;
  private readonly rowOf: Int32Array;
  private readonly nt: number;
  /** Tag values including the pad outside the sentence (nt + 1). */
  private readonly nv: number;
  private readonly mask: number;
  private readonly tables: TagTables;
  /** Offset of one pass's block inside a cache slot. */
  private readonly passStride: number;
  private readonly slotStride: number;
  /** Per slot: the word's T_LEFT1_WORD, T_LEFT1_SUF3 and T_RIGHT1_WORD weight offsets for each tag value (-1: none). */
  private readonly wordRowStride: number;
  private readonly hashes = new SentenceHashes();
  private readonly scores: Int32Array;
  private readonly cache: WordCache;
  /** Slots of the pseudo-words outside a sentence: positions -2, -1, n, n+1. */
  private readonly padSlots: number[];
  private slots = new Int32Array(64);
  private bases = new Int32Array(64 + 4);
  /** Per position and pass, the sum of its static features. */
  private static1 = new Int32Array(64 * 17);
  private static2 = new Int32Array(64 * 17);
  private pass1 = new Uint8Array(64);
  private pass2 = new Uint8Array(64);
  private readonly feats = new Int32Array(PAIR_COUNT + 4);

  constructor(weights: CompactWeights) {
    this.tags = weights.tags;
    const v = new WordVectors(weights);
    this.vectors = v;
    this.w = v.w;
    this.rowOf = v.rowOf;
    this.nt = v.nt;
    this.nv = v.nv;
    this.mask = v.mask;
    this.passStride = v.passStride;
    this.slotStride = v.slotStride;
    this.wordRowStride = v.wordRowStride;
    this.cache = v.cache;
    if (weights.profiles) this.hashes.profiles = weights.profiles;
    if (weights.clusters) this.hashes.clusters = weights.clusters;
    this.tables = buildTagTables(this.w, this.rowOf, this.nt, this.mask);
    this.scores = new Int32Array(this.nt);
    this.static1 = new Int32Array(64 * this.nt);
    this.static2 = new Int32Array(64 * this.nt);
    // Pseudo-words live in the first four slots, never evicted.
    const pad = new SentenceHashes();
    if (weights.profiles) pad.profiles = weights.profiles;
    if (weights.clusters) pad.clusters = weights.clusters;
    pad.load([], v.lexicon);
    this.padSlots = [-2, -1, 0, 1].map((p, k) => {
      const slot = k;
      v.fillRoles(pad, p, slot);
      return slot;
    });
  }

  /**
   * Tag ids (indices into `tags`) for one sentence's words; the array is reused by
   * the next call. Sentences longer than MAX_CHUNK are tagged in pieces.
   */
  tagIds(words: readonly string[]): Uint8Array {
    const n = words.length;
    if (n <= MAX_CHUNK) return this.tagChunk(words);
    const out = new Uint8Array(n);
    for (let from = 0; from < n; from += MAX_CHUNK)
      out.set(this.tagChunk(words.slice(from, from + MAX_CHUNK)), from);
    return out;
  }

  /** Tag names for one sentence's words. */
  tag(words: readonly string[]): string[] {
    const ids = this.tagIds(words);
    const out = new Array<string>(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.tags[ids[i] as number] as string;
    return out;
  }

  private tagChunk(words: readonly string[]): Uint8Array {
    const n = words.length;
    this.ensure(n);
    this.cache.beginChunk();
    const s = this.hashes;
    s.resize(n);
    for (let i = 0; i < n; i++) this.slots[i] = this.vectors.slotOf(words[i] as string, s, i);
    this.sumStatic(n);
    this.runPass1(n);
    this.runPass2(n);
    return this.pass2.subarray(0, n);
  }

  private ensure(n: number): void {
    if (n <= this.slots.length) return;
    const size = n * 2;
    this.slots = new Int32Array(size);
    this.bases = new Int32Array(size + 4);
    this.static1 = new Int32Array(size * this.nt);
    this.static2 = new Int32Array(size * this.nt);
    this.pass1 = new Uint8Array(size);
    this.pass2 = new Uint8Array(size);
  }

  private slotAt(i: number, n: number): number {
    if (i < 0) return this.padSlots[i + 2] as number;
    if (i >= n) return this.padSlots[i - n + 2] as number;
    return this.slots[i] as number;
  }

  /** Both passes' static scores of every position: five cached role vectors and the pair features. */
  private sumStatic(n: number): void {
    const nt = this.nt;
    const pool = this.cache.pool;
    const w = this.w;
    const rowOf = this.rowOf;
    const s1 = this.static1;
    const s2 = this.static2;
    const ps = this.passStride;
    const stride = 2 * nt;
    const feats = this.feats;
    const bases = this.bases;
    for (let i = -2; i < n + 2; i++) bases[i + 2] = this.slotAt(i, n) * this.slotStride;
    const offB = (1 + ROLE_PREV) * nt;
    const offC = (1 + ROLE_NEXT) * nt;
    const offD = (1 + ROLE_PREV2) * nt;
    const offE = (1 + ROLE_NEXT2) * nt;
    const fixed = this.cache.fixed;
    const slots = this.slots;
    for (let i = 0; i < n; i++) {
      if ((fixed[slots[i] as number] as number) >= 0) continue;
      const a = bases[i + 2] as number;
      const b = (bases[i + 1] as number) + offB;
      const c = (bases[i + 3] as number) + offC;
      const d = (bases[i] as number) + offD;
      const e = (bases[i + 4] as number) + offE;
      const o = i * nt;
      for (let t = 0; t < nt; t++) {
        s1[o + t] =
          (pool[a + t] as number) +
          (pool[b + t] as number) +
          (pool[c + t] as number) +
          (pool[d + t] as number) +
          (pool[e + t] as number);
        s2[o + t] =
          (pool[a + ps + t] as number) +
          (pool[b + ps + t] as number) +
          (pool[c + ps + t] as number) +
          (pool[d + ps + t] as number) +
          (pool[e + ps + t] as number);
      }
      pairFeatures(this.hashes, i, this.mask, feats, 0);
      for (let f = 0; f < PAIR_COUNT; f++) {
        const r = rowOf[feats[f] as number] as number;
        if (r < 0) continue;
        const off = r * stride;
        for (let t = 0; t < nt; t++) {
          s1[o + t] = (s1[o + t] as number) + (w[off + t] as number);
          s2[o + t] = (s2[o + t] as number) + (w[off + nt + t] as number);
        }
      }
    }
  }

  private runPass1(n: number): void {
    const nt = this.nt;
    const nv = this.nv;
    const scores = this.scores;
    const w = this.w;
    const st = this.static1;
    const left = this.tables.left1;
    const rows = this.cache.wordRows;
    const rs = this.wordRowStride;
    const out = this.pass1;
    const fixed = this.cache.fixed;
    const slots = this.slots;
    let t1 = nt;
    let t2 = nt;
    for (let i = 0; i < n; i++) {
      const known = fixed[slots[i] as number] as number;
      if (known >= 0) {
        out[i] = known;
        t2 = t1;
        t1 = known;
        continue;
      }
      const o = i * nt;
      const l = (t1 * nv + t2) * nt;
      for (let t = 0; t < nt; t++) scores[t] = (st[o + t] as number) + (left[l + t] as number);
      const wr = (this.slots[i] as number) * rs + t1;
      const r1 = rows[wr] as number;
      if (r1 >= 0) addRow(w, r1, nt, scores);
      const r2 = rows[wr + nv] as number;
      if (r2 >= 0) addRow(w, r2, nt, scores);
      const best = argmax(scores, nt);
      out[i] = best;
      t2 = t1;
      t1 = best;
    }
  }

  private runPass2(n: number): void {
    const nt = this.nt;
    const nv = this.nv;
    const scores = this.scores;
    const w = this.w;
    const st = this.static2;
    const { left2, right2, leftRight2 } = this.tables;
    const rows = this.cache.wordRows;
    const rs = this.wordRowStride;
    const right = this.pass1;
    const out = this.pass2;
    const fixed = this.cache.fixed;
    const slots = this.slots;
    let t1 = nt;
    let t2 = nt;
    for (let i = 0; i < n; i++) {
      const known = fixed[slots[i] as number] as number;
      if (known >= 0) {
        out[i] = known;
        t2 = t1;
        t1 = known;
        continue;
      }
      const o = i * nt;
      const r1 = i + 1 < n ? (right[i + 1] as number) : nt;
      const r2 = i + 2 < n ? (right[i + 2] as number) : nt;
      const l = (t1 * nv + t2) * nt;
      const r = (r1 * nv + r2) * nt;
      const lr = (t1 * nv + r1) * nt;
      for (let t = 0; t < nt; t++)
        scores[t] =
          (st[o + t] as number) +
          (left2[l + t] as number) +
          (right2[r + t] as number) +
          (leftRight2[lr + t] as number);
      const wr = (this.slots[i] as number) * rs;
      const a = rows[wr + t1] as number;
      if (a >= 0) addRow(w, a + nt, nt, scores);
      const b = rows[wr + nv + t1] as number;
      if (b >= 0) addRow(w, b + nt, nt, scores);
      const c = rows[wr + 2 * nv + r1] as number;
      if (c >= 0) addRow(w, c + nt, nt, scores);
      const best = argmax(scores, nt);
      out[i] = best;
      t2 = t1;
      t1 = best;
    }
  }
}

/** Adds row `off..off+nt` of `w` into `into[0..nt)`. */
function addRow(w: Int16Array, off: number, nt: number, into: Int32Array): void {
  for (let t = 0; t < nt; t++) into[t] = ((into[t] as number) + (w[off + t] as number)) | 0;
}

/** Index of the first highest score. */
function argmax(scores: Int32Array, nt: number): number {
  let best = 0;
  let top = scores[0] as number;
  for (let t = 1; t < nt; t++) {
    const v = scores[t] as number;
    if (v > top) {
      top = v;
      best = t;
    }
  }
  return best;
}
