/**
 * The part-of-speech tagger at run time: a two-pass averaged perceptron over
 * hashed features. Pass 1 tags left to right from words and the tags already
 * chosen; pass 2 tags again, also seeing pass 1's tags on the right.
 *
 * Speed: features of one word alone, or of one neighbouring word in a given
 * role, sum to a fixed vector per word type; those sums are cached per word
 * (news vocabulary repeats), so a token costs a few cached vector additions plus
 * the lookups of its pair and tag features in the Int16 weight rows (integer sums).
 */
import {
  CONTEXT_HASHES,
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
  /** Rows × tags, in row order, quantised to 16 bits (argmax needs no scale back). */
  readonly pass1: Int16Array;
  readonly pass2: Int16Array;
  /** Weight of one Int16 step in each pass. */
  readonly scales: readonly [number, number];
}

/** Rounds weights to Int16 steps of `max |w| / 32767`. */
export function quantise(w: Float32Array): { q: Int16Array; scale: number } {
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k] as number));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let k = 0; k < w.length; k++) q[k] = Math.round((w[k] as number) / scale);
  return { q, scale };
}

/** Quantises, then keeps only the buckets where either pass has a non-zero weight. */
export function compactWeights(dense: TaggerWeights): CompactWeights {
  const q1 = quantise(dense.pass1);
  const q2 = quantise(dense.pass2);
  const w = { ...dense, pass1: q1.q, pass2: q2.q };
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
  const pass1 = new Int16Array(rows * nt);
  const pass2 = new Int16Array(rows * nt);
  for (let b = 0; b < buckets; b++) {
    const r = rowOf[b] as number;
    if (r < 0) continue;
    pass1.set(w.pass1.subarray(b * nt, (b + 1) * nt), r * nt);
    pass2.set(w.pass2.subarray(b * nt, (b + 1) * nt), r * nt);
  }
  return {
    tags: w.tags,
    bits: w.bits,
    lexicon: w.lexicon,
    rowOf,
    pass1,
    pass2,
    scales: [q1.scale, q2.scale],
  };
}

export const PASS1_COUNT = STATIC_COUNT + LEFT_COUNT;
export const PASS2_COUNT = STATIC_COUNT + LEFT_COUNT + RIGHT_COUNT;

/**
 * Word types whose feature sums are cached, in two generations: when the young
 * one fills, it becomes the old one and the previous old one is dropped; words
 * found in the old generation move back to the young one. Frequent words stay,
 * memory stays bounded.
 */
const GENERATION_WORDS = 1 << 13;
/** Longest run of words tagged at once; longer sentences are cut (bounds the cache's slots in use). */
const MAX_CHUNK = 512;
/** Slots: two generations, the dropped one until the next call, one chunk of new words. */
const CACHE_SLOTS = 3 * GENERATION_WORDS + MAX_CHUNK;
/** Vectors per word and pass: itself, and as previous, next, second previous, second next word. */
const ROLES = 5;
const SELF = 0;

export class PerceptronTagger {
  readonly tags: readonly string[];
  private readonly w1: Int16Array;
  private readonly w2: Int16Array;
  private readonly rowOf: Int32Array;
  private readonly lexicon: ReadonlyMap<number, number>;
  private readonly nt: number;
  private readonly mask: number;
  /** Offset of one pass's block inside a cache slot. */
  private readonly passStride: number;
  private readonly slotStride: number;
  private readonly hashes = new SentenceHashes();
  private readonly scores: Int32Array;
  private young = new Map<string, number>();
  private old = new Map<string, number>();
  /** Slots free for reuse (those of a dropped generation), then never-used ones from `nextSlot`. */
  private free: number[] = [];
  /** Slots of the generation dropped during this call, free from the next call on. */
  private pendingFree: number[] = [];
  private readonly pool: Int32Array;
  /** Per slot, the word's CONTEXT_HASHES hashes. */
  private readonly context: Int32Array;
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
    this.scores = new Int32Array(this.nt);
    this.passStride = ROLES * this.nt;
    this.slotStride = 2 * this.passStride;
    this.pool = new Int32Array((CACHE_SLOTS + 4) * this.slotStride);
    this.context = new Int32Array((CACHE_SLOTS + 4) * CONTEXT_HASHES);
    // Pseudo-words live in the last four slots, never evicted.
    const pad = new SentenceHashes();
    pad.load([], this.lexicon);
    this.padSlots = [-2, -1, 0, 1].map((p, k) => {
      const slot = CACHE_SLOTS + k;
      this.fillRoles(pad, p, slot);
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

  private tagChunk(words: readonly string[]): Uint8Array {
    const n = words.length;
    this.ensure(n);
    if (this.pendingFree.length > 0) {
      for (const slot of this.pendingFree) this.free.push(slot);
      this.pendingFree = [];
    }
    const s = this.hashes;
    s.resize(n);
    for (let i = 0; i < n; i++) this.slots[i] = this.slotOf(words[i] as string, s, i);
    for (let i = 0; i < n; i++) pairFeatures(s, i, this.mask, this.pairs, i * PAIR_COUNT);
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
    w: Int16Array,
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

  /**
   * The cache slot of `word` at position `i`: on a hit, restores the word's context
   * hashes into `s`; on a miss, hashes the word and fills the slot.
   */
  private slotOf(word: string, s: SentenceHashes, i: number): number {
    let slot = this.young.get(word);
    if (slot === undefined) {
      slot = this.old.get(word);
      if (slot !== undefined) {
        this.old.delete(word);
        this.remember(word, slot);
      }
    }
    if (slot !== undefined) {
      s.restoreContext(i, this.context, slot * CONTEXT_HASHES);
      return slot;
    }
    slot = this.free.length > 0 ? (this.free.pop() as number) : this.nextSlot++;
    s.loadWord(i, word, this.lexicon);
    s.saveContext(i, this.context, slot * CONTEXT_HASHES);
    this.fillRoles(s, i, slot);
    this.remember(word, slot);
    return slot;
  }

  private remember(word: string, slot: number): void {
    this.young.set(word, slot);
    if (this.young.size < GENERATION_WORDS) return;
    // The dropped generation's slots are reused from the next call on: none of them is used by
    // this chunk (a word used here has moved to the young generation).
    for (const slot of this.old.values()) this.pendingFree.push(slot);
    this.old = this.young;
    this.young = new Map();
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

  private addBucket(w: Int16Array, bucket: number, into: Int32Array, at: number): void {
    const r = this.rowOf[bucket] as number;
    if (r < 0) return;
    const off = r * this.nt;
    for (let t = 0; t < this.nt; t++) into[at + t] = (into[at + t] as number) + (w[off + t] as number);
  }
}

/** Adds row `off..off+nt` of `w` into `into[at..]`. */
function addRow(w: Int16Array, off: number, nt: number, into: Int32Array): void {
  for (let t = 0; t < nt; t++) into[t] = ((into[t] as number) + (w[off + t] as number)) | 0;
}
