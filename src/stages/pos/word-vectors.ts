/**
 * The part-of-speech tagger's per-word vectors: features of one word alone, or of one neighbouring word in a
 * given role, sum to a fixed vector per word type; those sums (both passes) are cached per word in a WordCache,
 * as are the weight offsets of the word's tag-history features for every previous / next tag.
 */
import { mix } from '../../learn/hashing.js';
import {
  bucket,
  CONTEXT_HASHES,
  fixedKey,
  ROLE_NEXT,
  ROLE_NEXT2,
  ROLE_PATH_COUNT,
  ROLE_PATH_FROM,
  ROLE_PREV,
  roleFeatures,
  SELF_COUNT,
  SELF_PATH_COUNT,
  SELF_PATH_FROM,
  SELF_WRITTEN,
  type SentenceHashes,
  selfFeatures,
  T_LEFT1_SUF3,
  T_LEFT1_WORD,
  T_RIGHT1_WORD,
} from './features.js';
import { PATH_NEXT, PATH_PREV, PATH_SELF, PathSums, pathKey } from './path-sums.js';
import { tagValue } from './tag-tables.js';
import type { CompactWeights } from './weights.js';
import { WordCache } from './word-cache.js';

/** Vectors per word and pass: itself, and as previous, next, second previous, second next word. */
const ROLES = 5;
const SELF = 0;

export class WordVectors {
  /** Both passes' rows interleaved (`row × [pass 1 tags, pass 2 tags]`): one fetch serves both passes. */
  readonly w: Int16Array;
  readonly rowOf: Int32Array;
  readonly lexicon: ReadonlyMap<number, number>;
  readonly nt: number;
  /** Tag values including the pad outside the sentence (nt + 1). */
  readonly nv: number;
  readonly mask: number;
  /** Offset of one pass's block inside a cache slot. */
  readonly passStride: number;
  readonly slotStride: number;
  /** Per slot: the word's T_LEFT1_WORD, T_LEFT1_SUF3 and T_RIGHT1_WORD weight offsets for each tag value (-1: none). */
  readonly wordRowStride: number;
  readonly cache: WordCache;
  private readonly fixed: ReadonlyMap<string, number>;
  private readonly feats = new Int32Array(SELF_COUNT + 4);
  /** Both passes' rows (`[pass 1 | pass 2]`) of the word-alone features that are the same for every word. */
  private readonly selfConst: Int32Array;
  /** Sums of the features that read only a word's cluster path, per path (path-sums.ts). */
  private readonly paths: PathSums;
  /** `mix(template, tag value)` of the word × tag templates (T_LEFT1_WORD, T_LEFT1_SUF3, T_RIGHT1_WORD) per tag value. */
  private readonly tagMix: Int32Array;

  constructor(weights: CompactWeights) {
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
    this.nt = nt;
    this.nv = nt + 1;
    this.mask = (1 << weights.bits) - 1;
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
    // The cache's arrays grow on demand, so loading stays fast.
    this.cache = new WordCache(this.slotStride, this.wordRowStride);
  }

  /**
   * The cache slot of `word` at position `i`: on a hit, restores the word's context
   * hashes into `s`; on a miss, hashes the word and fills the slot.
   */
  slotOf(word: string, s: SentenceHashes, i: number): number {
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
  fillRoles(s: SentenceHashes, p: number, slot: number, self = true): void {
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
