/**
 * The part-of-speech tagger at run time: a two-pass averaged perceptron over
 * hashed features. Pass 1 tags left to right from words and the tags already
 * chosen; pass 2 tags again, also seeing pass 1's tags on the right.
 *
 * Speed: features of one word alone, or of one neighbouring word in a given
 * role, sum to a fixed vector per word type; those sums are cached per word
 * (news vocabulary repeats), so a token costs a few cached vector additions plus
 * the lookups of its pair and tag features in the Float32 weight table.
 */
import {
  LEFT_COUNT,
  leftFeatures,
  PAIR_COUNT,
  pairFeatures,
  RIGHT_COUNT,
  ROLE_NEXT,
  ROLE_NEXT2,
  ROLE_PREV,
  ROLE_PREV2,
  rightFeatures,
  roleFeatures,
  SELF_COUNT,
  SentenceHashes,
  STATIC_COUNT,
  selfFeatures,
} from './features.js';

/** Weights as training produces them: dense tables, `buckets × tags`. */
export interface TaggerWeights {
  /** Tag names, in weight-row order. */
  readonly tags: readonly string[];
  /** log2 of the number of feature buckets. */
  readonly bits: number;
  /** Folded-word hash → bit mask of the tags the word takes in training data. */
  readonly lexicon: ReadonlyMap<number, number>;
  readonly pass1: Float32Array;
  readonly pass2: Float32Array;
}

/**
 * Weights as the tagger holds them: only buckets with a non-zero weight keep a
 * row (about a third at 2^18 buckets), found through `rowOf`; empty buckets cost
 * one lookup and no additions, and the tables stay small enough for the CPU caches.
 */
export interface CompactWeights {
  readonly tags: readonly string[];
  readonly bits: number;
  readonly lexicon: ReadonlyMap<number, number>;
  /** Bucket → row index into pass tables, or -1 when every weight of the bucket is zero. */
  readonly rowOf: Int32Array;
  /** Rows × tags, in row order. */
  readonly pass1: Float32Array;
  readonly pass2: Float32Array;
}

/** Keeps only the buckets where either pass has a non-zero weight. */
export function compactWeights(w: TaggerWeights): CompactWeights {
  const nt = w.tags.length;
  const buckets = 1 << w.bits;
  const rowOf = new Int32Array(buckets).fill(-1);
  let rows = 0;
  for (let b = 0; b < buckets; b++) {
    for (let t = 0; t < nt; t++) {
      if (w.pass1[b * nt + t] !== 0 || w.pass2[b * nt + t] !== 0) {
        rowOf[b] = rows++;
        break;
      }
    }
  }
  const pass1 = new Float32Array(rows * nt);
  const pass2 = new Float32Array(rows * nt);
  for (let b = 0; b < buckets; b++) {
    const r = rowOf[b] as number;
    if (r < 0) continue;
    pass1.set(w.pass1.subarray(b * nt, (b + 1) * nt), r * nt);
    pass2.set(w.pass2.subarray(b * nt, (b + 1) * nt), r * nt);
  }
  return { tags: w.tags, bits: w.bits, lexicon: w.lexicon, rowOf, pass1, pass2 };
}

export const PASS1_COUNT = STATIC_COUNT + LEFT_COUNT;
export const PASS2_COUNT = STATIC_COUNT + LEFT_COUNT + RIGHT_COUNT;

/** Word types whose feature sums are cached; the cache is emptied when full (bounded memory). */
const CACHE_WORDS = 1 << 14;
/** Vectors per word and pass: itself, and as previous, next, second previous, second next word. */
const ROLES = 5;
const SELF = 0;

export class PerceptronTagger {
  readonly tags: readonly string[];
  private readonly w1: Float32Array;
  private readonly w2: Float32Array;
  private readonly rowOf: Int32Array;
  private readonly lexicon: ReadonlyMap<number, number>;
  private readonly nt: number;
  private readonly mask: number;
  /** Offset of one pass's block inside a cache slot. */
  private readonly passStride: number;
  private readonly slotStride: number;
  private readonly hashes = new SentenceHashes();
  private readonly scores: Float64Array;
  private readonly cache = new Map<string, number>();
  private readonly pool: Float32Array;
  /** Slots of the pseudo-words outside a sentence: positions -2, -1, n, n+1. */
  private readonly padSlots: number[];
  private nextSlot = 0;
  private slots = new Int32Array(64);
  private pairs = new Int32Array(64 * PAIR_COUNT);
  private pass1 = new Uint8Array(64);
  private pass2 = new Uint8Array(64);
  private readonly feats = new Int32Array(SELF_COUNT + 4);

  constructor(weights: CompactWeights) {
    this.tags = weights.tags;
    this.w1 = weights.pass1;
    this.w2 = weights.pass2;
    this.rowOf = weights.rowOf;
    this.lexicon = weights.lexicon;
    this.nt = weights.tags.length;
    this.mask = (1 << weights.bits) - 1;
    this.scores = new Float64Array(this.nt);
    this.passStride = ROLES * this.nt;
    this.slotStride = 2 * this.passStride;
    this.pool = new Float32Array((CACHE_WORDS + 4) * this.slotStride);
    // Pseudo-words live in the last four slots, never evicted.
    const pad = new SentenceHashes();
    pad.load([], this.lexicon);
    this.padSlots = [-2, -1, 0, 1].map((p, k) => {
      const slot = CACHE_WORDS + k;
      this.fillRoles(pad, p, slot);
      return slot;
    });
  }

  /** Tag ids (indices into `tags`) for one sentence's words; the array is reused by the next call. */
  tagIds(words: readonly string[]): Uint8Array {
    const n = words.length;
    this.ensure(n);
    const s = this.hashes;
    s.load(words, this.lexicon);
    for (let i = 0; i < n; i++) {
      this.slots[i] = this.slotOf(words[i] as string, s, i);
      pairFeatures(s, i, this.mask, this.pairs, i * PAIR_COUNT);
    }
    this.runPass(n, this.w1, 0, this.pass1, undefined);
    this.runPass(n, this.w2, this.passStride, this.pass2, this.pass1);
    return this.pass2.subarray(0, n);
  }

  /** Tag names for one sentence's words. */
  tag(words: readonly string[]): string[] {
    const ids = this.tagIds(words);
    const out = new Array<string>(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.tags[ids[i] as number] as string;
    return out;
  }

  private ensure(n: number): void {
    if (n <= this.slots.length) return;
    const size = n * 2;
    this.slots = new Int32Array(size);
    this.pairs = new Int32Array(size * PAIR_COUNT);
    this.pass1 = new Uint8Array(size);
    this.pass2 = new Uint8Array(size);
  }

  private slotAt(i: number, n: number): number {
    if (i < 0) return this.padSlots[i + 2] as number;
    if (i >= n) return this.padSlots[i - n + 2] as number;
    return this.slots[i] as number;
  }

  private runPass(
    n: number,
    w: Float32Array,
    passOff: number,
    out: Uint8Array,
    right: Uint8Array | undefined,
  ): void {
    const nt = this.nt;
    const scores = this.scores;
    const pool = this.pool;
    const feats = this.feats;
    const s = this.hashes;
    const rowOf = this.rowOf;
    for (let i = 0; i < n; i++) {
      const a = this.slotAt(i, n) * this.slotStride + passOff;
      const b = this.slotAt(i - 1, n) * this.slotStride + passOff + (1 + ROLE_PREV) * nt;
      const c = this.slotAt(i + 1, n) * this.slotStride + passOff + (1 + ROLE_NEXT) * nt;
      const d = this.slotAt(i - 2, n) * this.slotStride + passOff + (1 + ROLE_PREV2) * nt;
      const e = this.slotAt(i + 2, n) * this.slotStride + passOff + (1 + ROLE_NEXT2) * nt;
      for (let t = 0; t < nt; t++) {
        scores[t] =
          (pool[a + t] as number) +
          (pool[b + t] as number) +
          (pool[c + t] as number) +
          (pool[d + t] as number) +
          (pool[e + t] as number);
      }
      const pairs = this.pairs;
      for (let f = i * PAIR_COUNT, end = f + PAIR_COUNT; f < end; f++) {
        const r = rowOf[pairs[f] as number] as number;
        if (r >= 0) addRow(w, r * nt, nt, scores);
      }
      leftFeatures(s, i, out, this.mask, feats, 0);
      let count = LEFT_COUNT;
      if (right) {
        rightFeatures(s, i, out, right, this.mask, feats, LEFT_COUNT);
        count += RIGHT_COUNT;
      }
      for (let f = 0; f < count; f++) {
        const r = rowOf[feats[f] as number] as number;
        if (r >= 0) addRow(w, r * nt, nt, scores);
      }
      let best = 0;
      for (let t = 1; t < nt; t++) if ((scores[t] as number) > (scores[best] as number)) best = t;
      out[i] = best;
    }
  }

  /** The cache slot of `word` (at position `i` of the loaded sentence), filling it on a miss. */
  private slotOf(word: string, s: SentenceHashes, i: number): number {
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    if (this.nextSlot === CACHE_WORDS) {
      this.cache.clear();
      this.nextSlot = 0;
    }
    const slot = this.nextSlot++;
    this.cache.set(word, slot);
    this.fillRoles(s, i, slot);
    return slot;
  }

  /** Sums, for both passes, the word-alone features and the features of each neighbour role of position `p`. */
  private fillRoles(s: SentenceHashes, p: number, slot: number): void {
    const nt = this.nt;
    const base = slot * this.slotStride;
    this.pool.fill(0, base, base + this.slotStride);
    const feats = this.feats;
    const inside = p >= 0 && p < s.n;
    for (let pass = 0; pass < 2; pass++) {
      const w = pass === 0 ? this.w1 : this.w2;
      const off = base + pass * this.passStride;
      if (inside) {
        selfFeatures(s, p, this.mask, feats, 0);
        for (let f = 0; f < SELF_COUNT; f++)
          this.addBucket(w, feats[f] as number, this.pool, off + SELF * nt);
      }
      for (const role of [ROLE_PREV, ROLE_NEXT, ROLE_PREV2, ROLE_NEXT2]) {
        const count = roleFeatures(s, p, role, this.mask, feats, 0);
        for (let f = 0; f < count; f++)
          this.addBucket(w, feats[f] as number, this.pool, off + (1 + role) * nt);
      }
    }
  }

  private addBucket(w: Float32Array, bucket: number, into: Float32Array, at: number): void {
    const r = this.rowOf[bucket] as number;
    if (r >= 0) addRow(w, r * this.nt, this.nt, into, at);
  }
}

/** Adds row `off..off+nt` of `w` into `into[at..]`. */
function addRow(w: Float32Array, off: number, nt: number, into: Float64Array | Float32Array, at = 0): void {
  for (let t = 0; t < nt; t++) into[at + t] = (into[at + t] as number) + (w[off + t] as number);
}
