/**
 * The part-of-speech tagger at run time: a two-pass averaged perceptron over
 * hashed features. Pass 1 tags left to right from words and the tags already
 * chosen; pass 2 tags again, also seeing pass 1's tags on the right.
 *
 * Speed: features of one word alone, or of one neighbouring word in a given
 * role, sum to a fixed vector per word type; those sums are cached per word
 * (news vocabulary repeats), as are the weight rows of the word's tag-history
 * features for every previous / next tag. Features over tags only are summed
 * into small dense tables at load (tag-tables.ts). A token then costs a few
 * vector additions (integer sums of Int16 rows) and no hashing once its word
 * is cached.
 */
import {
  bucket,
  CONTEXT_HASHES,
  fixedKey,
  LEFT_COUNT,
  PAIR_COUNT,
  pairFeatures,
  RIGHT_COUNT,
  ROLE_NEXT,
  ROLE_NEXT2,
  ROLE_PATH_COUNT,
  ROLE_PATH_FROM,
  ROLE_PREV,
  ROLE_PREV2,
  roleFeatures,
  SELF_COUNT,
  SELF_PATH_COUNT,
  SELF_PATH_FROM,
  SELF_WRITTEN,
  SentenceHashes,
  STATIC_COUNT,
  selfFeatures,
  T_LEFT1_SUF3,
  T_LEFT1_WORD,
  T_RIGHT1_WORD,
} from './features.js';
import { mix } from './hashing.js';
import { PATH_NEXT, PATH_PREV, PATH_SELF, PathSums, pathKey } from './path-sums.js';
import { buildTagTables, type TagTables, tagValue } from './tag-tables.js';
import type { CompactWeights } from './weights.js';
import { MAX_CHUNK, WordCache } from './word-cache.js';

export const PASS1_COUNT = STATIC_COUNT + LEFT_COUNT;
export const PASS2_COUNT = STATIC_COUNT + LEFT_COUNT + RIGHT_COUNT;

/** Vectors per word and pass: itself, and as previous, next, second previous, second next word. */
const ROLES = 5;
const SELF = 0;

export class PerceptronTagger {
  readonly tags: readonly string[];
  /** Both passes' rows interleaved (`row × [pass 1 tags, pass 2 tags]`): one fetch serves both passes. */
  private readonly w: Int16Array;
  private readonly rowOf: Int32Array;
  private readonly lexicon: ReadonlyMap<number, number>;
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
  private readonly fixed: ReadonlyMap<string, number>;
  /** Slots of the pseudo-words outside a sentence: positions -2, -1, n, n+1. */
  private readonly cache: WordCache;
  private readonly padSlots: number[];
  private slots = new Int32Array(64);
  private bases = new Int32Array(64 + 4);
  /** Per position and pass, the sum of its static features. */
  private static1 = new Int32Array(64 * 17);
  private static2 = new Int32Array(64 * 17);
  private pass1 = new Uint8Array(64);
  private pass2 = new Uint8Array(64);
  private readonly feats = new Int32Array(SELF_COUNT + 4);
  /** Both passes' rows (`[pass 1 | pass 2]`) of the word-alone features that are the same for every word. */
  private readonly selfConst: Int32Array;
  /** Sums of the features that read only a word's cluster path, per path (path-sums.ts). */
  private readonly paths: PathSums;
  /** `mix(template, tag value)` of the word × tag templates (T_LEFT1_WORD, T_LEFT1_SUF3, T_RIGHT1_WORD) per tag value. */
  private readonly tagMix: Int32Array;

  constructor(weights: CompactWeights) {
    this.tags = weights.tags;
    const nt = weights.tags.length;
    const rows = weights.pass1.length / nt;
    this.w = new Int16Array(rows * 2 * nt);
    for (let r = 0; r < rows; r++) {
      for (let t = 0; t < nt; t++) {
        this.w[r * 2 * nt + t] = weights.pass1[r * nt + t] as number;
        this.w[(r * 2 + 1) * nt + t] = weights.pass2[r * nt + t] as number;
      }
    }
    this.rowOf = weights.rowOf;
    this.lexicon = weights.lexicon;
    this.fixed = weights.fixed ?? new Map();
    if (weights.profiles) this.hashes.profiles = weights.profiles;
    if (weights.clusters) this.hashes.clusters = weights.clusters;
    this.nt = nt;
    this.nv = nt + 1;
    this.mask = (1 << weights.bits) - 1;
    this.tables = buildTagTables(this.w, this.rowOf, nt, this.mask);
    this.scores = new Int32Array(nt);
    this.passStride = ROLES * nt;
    this.slotStride = 2 * this.passStride;
    this.wordRowStride = 3 * this.nv;
    this.paths = new PathSums(this.w, this.rowOf, nt);
    this.tagMix = new Int32Array(3 * this.nv);
    for (let k = 0; k < this.nv; k++) {
      const v = tagValue(k, nt);
      this.tagMix[k] = mix(T_LEFT1_WORD, v);
      this.tagMix[this.nv + k] = mix(T_LEFT1_SUF3, v);
      this.tagMix[2 * this.nv + k] = mix(T_RIGHT1_WORD, v);
    }
    // Place 0 is the bias (template 1, no values); the unwritten last place holds bucket feats[SELF_WRITTEN] = 0.
    this.selfConst = new Int32Array(2 * nt);
    for (const b of [bucket(1, 0, 0, this.mask), (this.feats[SELF_WRITTEN] as number) & this.mask]) {
      const r = this.rowOf[b] as number;
      if (r < 0) continue;
      for (let t = 0; t < 2 * nt; t++)
        this.selfConst[t] = (this.selfConst[t] as number) + (this.w[r * 2 * nt + t] as number);
    }
    this.static1 = new Int32Array(64 * nt);
    this.static2 = new Int32Array(64 * nt);
    // The cache's arrays grow on demand, so loading stays fast.
    this.cache = new WordCache(this.slotStride, this.wordRowStride);
    // Pseudo-words live in the first four slots, never evicted.
    const pad = new SentenceHashes();
    if (weights.profiles) pad.profiles = weights.profiles;
    if (weights.clusters) pad.clusters = weights.clusters;
    pad.load([], this.lexicon);
    this.padSlots = [-2, -1, 0, 1].map((p, k) => {
      const slot = k;
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
    for (let i = 0; i < n; i++) this.slots[i] = this.slotOf(words[i] as string, s, i);
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

  /**
   * The cache slot of `word` at position `i`: on a hit, restores the word's context
   * hashes into `s`; on a miss, hashes the word and fills the slot.
   */
  private slotOf(word: string, s: SentenceHashes, i: number): number {
    const cache = this.cache;
    let slot = cache.lookup(word);
    if (slot !== undefined) {
      s.restoreContext(i, cache.context, slot * CONTEXT_HASHES);
      return slot;
    }
    slot = cache.add(word);
    s.loadWord(i, word, this.lexicon);
    s.saveContext(i, cache.context, slot * CONTEXT_HASHES);
    const known = this.fixed.get(fixedKey(word)) ?? -1;
    cache.fixed[slot] = known;
    // A word with a fixed tag is never scored: only its features as a neighbour are needed.
    this.fillRoles(s, i, slot, known < 0);
    if (known < 0) this.fillWordRows(s, i, slot);
    return slot;
  }

  /**
   * Sums, for both passes, the features of each neighbour role of position `p` and,
   * unless `self` is false (a word never scored), its word-alone features.
   */
  private fillRoles(s: SentenceHashes, p: number, slot: number, self = true): void {
    const nt = this.nt;
    const base = slot * this.slotStride;
    this.cache.pool.fill(0, base, base + this.slotStride);
    const feats = this.feats;
    const inside = p >= 0 && p < s.n;
    // Outside the sentence the path tables are not used (pseudo-words have pad values, not paths).
    const path = inside ? pathKey(s.clus[p] as number) : -1;
    if (self && inside) {
      selfFeatures(s, p, this.mask, feats, 0);
      this.addVector(this.selfConst, 0, base + SELF * nt);
      for (let f = 1; f < SELF_PATH_FROM; f++) this.addBucket(feats[f] as number, base + SELF * nt);
      for (let f = SELF_PATH_FROM + SELF_PATH_COUNT; f < SELF_WRITTEN; f++)
        this.addBucket(feats[f] as number, base + SELF * nt);
      this.addPath(PATH_SELF, path, SELF_PATH_FROM, SELF_PATH_COUNT, base + SELF * nt);
    }
    for (let role = ROLE_PREV; role <= ROLE_NEXT2; role++) {
      const at = base + (1 + role) * nt;
      const count = roleFeatures(s, p, role, this.mask, feats, 0);
      if (!inside || (role !== ROLE_PREV && role !== ROLE_NEXT)) {
        for (let f = 0; f < count; f++) this.addBucket(feats[f] as number, at);
        continue;
      }
      for (let f = 0; f < count; f++)
        if (f < ROLE_PATH_FROM || f >= ROLE_PATH_FROM + ROLE_PATH_COUNT)
          this.addBucket(feats[f] as number, at);
      this.addPath(role === ROLE_PREV ? PATH_PREV : PATH_NEXT, path, ROLE_PATH_FROM, ROLE_PATH_COUNT, at);
    }
  }

  /** Adds path table `table`'s sum for `path`, summed from `feats[from..from+count)` on first use, at `at`. */
  private addPath(table: number, path: number, from: number, count: number, at: number): void {
    this.addVector(this.paths.sums, this.paths.offset(table, path, this.feats, from, count), at);
  }

  /** Adds `[pass 1 | pass 2]` vector `v[vo..vo+2nt)` into the pool at `at` (pass 1) and `at + passStride` (pass 2). */
  private addVector(v: Int32Array, vo: number, at: number): void {
    const pool = this.cache.pool;
    const nt = this.nt;
    const at2 = at + this.passStride;
    for (let t = 0; t < nt; t++) {
      pool[at + t] = (pool[at + t] as number) + (v[vo + t] as number);
      pool[at2 + t] = (pool[at2 + t] as number) + (v[vo + nt + t] as number);
    }
  }

  /** Weight offsets (pass 1; pass 2 is `+ nt`) of the word's features paired with each previous / next tag. */
  private fillWordRows(s: SentenceHashes, i: number, slot: number): void {
    const nv = this.nv;
    const at = slot * this.wordRowStride;
    const f0 = s.folded[i] as number;
    const suf3 = s.sufAt(i, 3);
    // bucket(tpl, v, x) = mix(mix(tpl, v), x) & mask, the inner mix taken from tagMix.
    const m = this.mask;
    const tm = this.tagMix;
    const rows = this.cache.wordRows;
    for (let k = 0; k < nv; k++) {
      rows[at + k] = this.offsetOf((mix(tm[k] as number, f0) >>> 0) & m);
      rows[at + nv + k] = this.offsetOf((mix(tm[nv + k] as number, suf3) >>> 0) & m);
      rows[at + 2 * nv + k] = this.offsetOf((mix(tm[2 * nv + k] as number, f0) >>> 0) & m);
    }
  }

  private offsetOf(bucket: number): number {
    const r = this.rowOf[bucket] as number;
    return r < 0 ? -1 : r * 2 * this.nt;
  }

  /** Adds both passes' weights of `bucket` into the pool at `at` (pass 1) and `at + passStride` (pass 2). */
  private addBucket(bucket: number, at: number): void {
    const r = this.rowOf[bucket] as number;
    if (r < 0) return;
    const w = this.w;
    const pool = this.cache.pool;
    const nt = this.nt;
    const off = r * 2 * nt;
    const at2 = at + this.passStride;
    for (let t = 0; t < nt; t++) {
      pool[at + t] = (pool[at + t] as number) + (w[off + t] as number);
      pool[at2 + t] = (pool[at2 + t] as number) + (w[off + nt + t] as number);
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
