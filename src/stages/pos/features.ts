/**
 * Feature extraction for the averaged-perceptron tagger, shared by training and
 * tagging. A sentence's word-level hashes are computed once; each feature is then
 * a hashed bucket index into the weight table (feature hashing), so nothing
 * allocates per feature. Static features look at words ±2, affixes, shapes and
 * the tag dictionary, word profiles (word-profiles.ts) and word clusters
 * (word-clusters.ts); dynamic ones at tags already chosen on the left and, in
 * the second pass, tags predicted by the first pass on the right.
 */
import { hashFolded, hashPrefixes, hashRaw, hashShape, hashSuffixes, mix } from '../../learn/hashing.js';
import { clusterPrefix, neighbourTags, neighbourTop } from './word-clusters.js';
import { capBin, freqBin, leftContext, rightContext } from './word-profiles.js';

export const SUFFIXES = 5;
export const PREFIXES = 3;
/** Dynamic features from left tags (pass 1 and 2). */
export const LEFT_COUNT = 4;
/** Dynamic features from right tags (pass 2 only). */
export const RIGHT_COUNT = 4;

/** Hashes a word's context features read (folded form, shape, dictionary entry, suffixes of 2 and 3). */
export const CONTEXT_HASHES = 5;

const NO_PROFILES: ReadonlyMap<number, number> = new Map();

/** Hash of a position outside the sentence. */
const PAD = 0x1f2e3d4c;
export const PAD_TAG = 31;

/** Templates of the tag-history features; the tagger precomputes their weights per tag value. */
export const T_LEFT1 = 40;
export const T_LEFT12 = 41;
export const T_LEFT1_WORD = 42;
export const T_LEFT1_SUF3 = 43;
export const T_RIGHT1 = 50;
export const T_RIGHT12 = 51;
export const T_LEFT1_RIGHT1 = 52;
export const T_RIGHT1_WORD = 53;

/** Word-level hashes of one sentence; buffers grow and are reused across sentences. */
export class SentenceHashes {
  n = 0;
  folded = new Int32Array(64);
  raw = new Int32Array(64);
  shape = new Int32Array(64);
  amb = new Int32Array(64);
  flags = new Int32Array(64);
  suf = new Int32Array(64 * SUFFIXES);
  pre = new Int32Array(64 * PREFIXES);
  prof = new Int32Array(64);
  clus = new Int32Array(64);
  /** Folded-word hash → packed cluster path from pre-trained word vectors (word-clusters.ts). */
  clusters: ReadonlyMap<number, number> = NO_PROFILES;
  /** Folded-word hash → packed profile from unlabelled text (word-profiles.ts). */
  profiles: ReadonlyMap<number, number> = NO_PROFILES;

  /** Fills the hashes for `words`; `lexicon` maps folded-word hashes to tag-set masks. */
  load(words: readonly string[], lexicon: ReadonlyMap<number, number>): void {
    this.resize(words.length);
    for (let i = 0; i < words.length; i++) this.loadWord(i, words[i] as string, lexicon);
  }

  /** Sets the sentence length to `n`, keeping room; positions are then filled one by one. */
  resize(n: number): void {
    if (n > this.folded.length) this.grow(n);
    this.n = n;
  }

  /** Fills every hash of position `i` from word `w`. */
  loadWord(i: number, w: string, lexicon: ReadonlyMap<number, number>): void {
    const f = hashFolded(w);
    this.folded[i] = f;
    this.raw[i] = hashRaw(w);
    this.shape[i] = hashShape(w);
    this.amb[i] = lexicon.get(f) ?? 0;
    this.flags[i] = wordFlags(w);
    this.prof[i] = this.profiles.get(f) ?? 0;
    this.clus[i] = this.clusters.get(f) ?? 0;
    hashSuffixes(w, SUFFIXES, this.suf, i * SUFFIXES);
    hashPrefixes(w, PREFIXES, this.pre, i * PREFIXES);
  }

  /** Saves what the context features of position `i` read (CONTEXT_HASHES values) into `out[at..]`. */
  saveContext(i: number, out: Int32Array, at: number): void {
    out[at] = this.folded[i] as number;
    out[at + 1] = this.shape[i] as number;
    out[at + 2] = this.amb[i] as number;
    out[at + 3] = this.suf[i * SUFFIXES + 1] as number;
    out[at + 4] = this.suf[i * SUFFIXES + 2] as number;
  }

  /** Restores position `i` from saveContext's values: enough for pair, role and tag features, not self ones. */
  restoreContext(i: number, from: Int32Array, at: number): void {
    this.folded[i] = from[at] as number;
    this.shape[i] = from[at + 1] as number;
    this.amb[i] = from[at + 2] as number;
    this.suf[i * SUFFIXES + 1] = from[at + 3] as number;
    this.suf[i * SUFFIXES + 2] = from[at + 4] as number;
  }

  private grow(n: number): void {
    const size = Math.max(n, this.folded.length * 2);
    this.folded = new Int32Array(size);
    this.raw = new Int32Array(size);
    this.shape = new Int32Array(size);
    this.amb = new Int32Array(size);
    this.flags = new Int32Array(size);
    this.suf = new Int32Array(size * SUFFIXES);
    this.pre = new Int32Array(size * PREFIXES);
    this.prof = new Int32Array(size);
    this.clus = new Int32Array(size);
  }

  /** Outside the sentence, positions -2, -1, n, n+1 read as four fixed pseudo-words. */
  private pad(i: number): number {
    return PAD ^ (i < 0 ? i : 100 + i - this.n);
  }
  foldedAt(i: number): number {
    return i >= 0 && i < this.n ? (this.folded[i] as number) : this.pad(i);
  }
  shapeAt(i: number): number {
    return i >= 0 && i < this.n ? (this.shape[i] as number) : this.pad(i);
  }
  ambAt(i: number): number {
    return i >= 0 && i < this.n ? (this.amb[i] as number) : -1;
  }
  profAt(i: number): number {
    return i >= 0 && i < this.n ? (this.prof[i] as number) : this.pad(i);
  }
  /** Top neighbour tag of position `i` (word-clusters.ts); pseudo-words outside the sentence: their pad value. */
  nearAt(i: number): number {
    return i >= 0 && i < this.n ? neighbourTop(this.clus[i] as number) : this.pad(i);
  }
  /** Cluster of position `i` at `bits` bits (pseudo-words outside the sentence: their pad value). */
  clusAt(i: number, bits: number): number {
    return i >= 0 && i < this.n ? clusterPrefix(this.clus[i] as number, bits) : this.pad(i);
  }
  sufAt(i: number, k: number): number {
    return i >= 0 && i < this.n ? (this.suf[i * SUFFIXES + k - 1] as number) : this.pad(i) ^ k;
  }
}

/** A word's key in the dictionary of words tagged without scoring: as written, curly quotes made straight. */
export function fixedKey(w: string): string {
  return w.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** Orthographic flags: capitalisation, digits, hyphen. */
function wordFlags(w: string): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let hyphen = 0;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x61 && c <= 0x7a) lower++;
    else if (c >= 0x30 && c <= 0x39) digit++;
    else if (c === 0x2d) hyphen = 1;
  }
  const init = w.length > 0 && w.charCodeAt(0) >= 0x41 && w.charCodeAt(0) <= 0x5a ? 1 : 0;
  return (
    init |
    ((upper > 1 && lower === 0 ? 1 : 0) << 1) |
    ((digit > 0 ? 1 : 0) << 2) |
    (hyphen << 3) |
    ((upper > 0 && lower > 0 && !init ? 1 : 0) << 5)
  );
}

/** The bucket of feature template `tpl` with values `a`, `b`. */
export function bucket(tpl: number, a: number, b: number, mask: number): number {
  return (mix(mix(tpl, a), b) >>> 0) & mask;
}

/** Features of word `i` alone (its form, affixes, shape, flags, dictionary entry). */
export const SELF_COUNT = 31;
/** Features of a neighbouring word, by its role (`i-1`, `i+1`: 7 each; `i-2`, `i+2`: 2 each). */
export const NEIGHBOUR_COUNT = 18;
/** Features pairing two positions. */
export const PAIR_COUNT = 4;
/** Number of static features per token. */
export const STATIC_COUNT = SELF_COUNT + NEIGHBOUR_COUNT + PAIR_COUNT;

/**
 * Places in selfFeatures' output of the features that read only the word's cluster path (templates
 * 70–74), and in roleFeatures' output for ROLE_PREV / ROLE_NEXT (templates 80–83): the tagger sums
 * their weights once per path. Keep in step with the functions below.
 */
export const SELF_PATH_FROM = 21;
export const SELF_PATH_COUNT = 5;
export const ROLE_PATH_FROM = 4;
export const ROLE_PATH_COUNT = 2;
/** selfFeatures writes SELF_COUNT - 1 places; the last keeps what the buffer held (0 in training and tagging). */
export const SELF_WRITTEN = SELF_COUNT - 1;

/** Writes the features of word `i` alone into `out[at..at+SELF_COUNT)`. */
export function selfFeatures(s: SentenceHashes, i: number, mask: number, out: Int32Array, at: number): void {
  const f0 = s.folded[i] as number;
  const base = i * SUFFIXES;
  const amb = s.amb[i] as number;
  const suf3 = s.suf[base + 2] as number;
  let k = at;
  out[k++] = bucket(1, 0, 0, mask);
  out[k++] = bucket(2, f0, 0, mask);
  out[k++] = bucket(3, s.raw[i] as number, 0, mask);
  for (let j = 0; j < SUFFIXES; j++) out[k++] = bucket(4 + j, s.suf[base + j] as number, 0, mask);
  for (let j = 0; j < PREFIXES; j++) out[k++] = bucket(10 + j, s.pre[i * PREFIXES + j] as number, 0, mask);
  out[k++] = bucket(14, s.shape[i] as number, 0, mask);
  out[k++] = bucket(24, s.flags[i] as number, s.shape[i] as number, mask);
  out[k++] = bucket(25, amb, 0, mask);
  out[k++] = bucket(30, s.flags[i] as number, suf3, mask);
  out[k++] = bucket(33, amb, suf3, mask);
  const prof = s.prof[i] as number;
  out[k++] = bucket(60, capBin(prof), (s.flags[i] as number) & 1, mask);
  out[k++] = bucket(61, leftContext(prof), rightContext(prof), mask);
  out[k++] = bucket(62, freqBin(prof), capBin(prof), mask);
  out[k++] = bucket(63, leftContext(prof), 0, mask);
  out[k++] = bucket(64, rightContext(prof), 0, mask);
  // Clusters at 16 … 4096; the coarse one with the suffix and with the initial capital (PROPN vs NOUN).
  const c = s.clus[i] as number;
  out[k++] = bucket(70, clusterPrefix(c, 4), 0, mask);
  out[k++] = bucket(71, clusterPrefix(c, 6), 0, mask);
  out[k++] = bucket(72, clusterPrefix(c, 8), 0, mask);
  out[k++] = bucket(73, clusterPrefix(c, 10), 0, mask);
  out[k++] = bucket(74, clusterPrefix(c, 12), 0, mask);
  out[k++] = bucket(75, clusterPrefix(c, 6), suf3, mask);
  out[k++] = bucket(76, clusterPrefix(c, 8), (s.flags[i] as number) & 3, mask);
  // Tags of the word's nearest train words in the vector space (what an unseen word most likely is).
  out[k++] = bucket(77, neighbourTags(c), 0, mask);
  out[k] = bucket(78, neighbourTop(c), (s.flags[i] as number) & 3, mask);
}

/** Roles a neighbouring word plays, and how many features each role has. */
export const ROLE_PREV = 0;
export const ROLE_NEXT = 1;
export const ROLE_PREV2 = 2;
export const ROLE_NEXT2 = 3;
export const ROLE_SIZES = [7, 7, 2, 2] as const;

/** Writes the features of the word at `p` (possibly outside the sentence) in `role`; returns how many. */
export function roleFeatures(
  s: SentenceHashes,
  p: number,
  role: number,
  mask: number,
  out: Int32Array,
  at: number,
): number {
  if (role === ROLE_PREV) {
    out[at] = bucket(15, s.foldedAt(p), 0, mask);
    out[at + 1] = bucket(19, s.sufAt(p, 3), 0, mask);
    out[at + 2] = bucket(29, s.ambAt(p), 0, mask);
    const prof = s.profAt(p);
    out[at + 3] = bucket(65, capBin(prof), rightContext(prof), mask);
    out[at + 4] = bucket(80, s.clusAt(p, 6), 0, mask);
    out[at + 5] = bucket(81, s.clusAt(p, 10), 0, mask);
    out[at + 6] = bucket(86, s.nearAt(p), 0, mask);
    return 7;
  }
  if (role === ROLE_NEXT) {
    out[at] = bucket(16, s.foldedAt(p), 0, mask);
    out[at + 1] = bucket(20, s.sufAt(p, 3), 0, mask);
    out[at + 2] = bucket(28, s.ambAt(p), 0, mask);
    const prof = s.profAt(p);
    out[at + 3] = bucket(66, capBin(prof), leftContext(prof), mask);
    out[at + 4] = bucket(82, s.clusAt(p, 6), 0, mask);
    out[at + 5] = bucket(83, s.clusAt(p, 10), 0, mask);
    out[at + 6] = bucket(87, s.nearAt(p), 0, mask);
    return 7;
  }
  out[at] = bucket(role === ROLE_PREV2 ? 17 : 18, s.foldedAt(p), 0, mask);
  out[at + 1] = bucket(role === ROLE_PREV2 ? 84 : 85, s.clusAt(p, 6), 0, mask);
  return 2;
}

/** Writes the features pairing word `i` with its neighbours into `out[at..at+PAIR_COUNT)`. */
export function pairFeatures(s: SentenceHashes, i: number, mask: number, out: Int32Array, at: number): void {
  const f0 = s.folded[i] as number;
  out[at] = bucket(21, s.shapeAt(i - 1), s.shapeAt(i + 1), mask);
  out[at + 1] = bucket(22, s.foldedAt(i - 1), f0, mask);
  out[at + 2] = bucket(23, f0, s.foldedAt(i + 1), mask);
  out[at + 3] = bucket(34, i === 0 ? 1 : 0, s.shape[i] as number, mask);
}

/** Writes all static feature buckets of token `i` into `out[at..at+STATIC_COUNT)`. */
export function staticFeatures(
  s: SentenceHashes,
  i: number,
  mask: number,
  out: Int32Array,
  at: number,
): void {
  selfFeatures(s, i, mask, out, at);
  let k = at + SELF_COUNT;
  k += roleFeatures(s, i - 1, ROLE_PREV, mask, out, k);
  k += roleFeatures(s, i + 1, ROLE_NEXT, mask, out, k);
  k += roleFeatures(s, i - 2, ROLE_PREV2, mask, out, k);
  k += roleFeatures(s, i + 2, ROLE_NEXT2, mask, out, k);
  pairFeatures(s, i, mask, out, k);
}

/** Writes the left-tag feature buckets (tags[i-1], tags[i-2] already chosen). */
export function leftFeatures(
  s: SentenceHashes,
  i: number,
  tags: Uint8Array,
  mask: number,
  out: Int32Array,
  at: number,
): void {
  const t1 = i > 0 ? (tags[i - 1] as number) : PAD_TAG;
  const t2 = i > 1 ? (tags[i - 2] as number) : PAD_TAG;
  const f0 = s.folded[i] as number;
  out[at] = bucket(T_LEFT1, t1, 0, mask);
  out[at + 1] = bucket(T_LEFT12, t1, t2, mask);
  out[at + 2] = bucket(T_LEFT1_WORD, t1, f0, mask);
  out[at + 3] = bucket(T_LEFT1_SUF3, t1, s.sufAt(i, 3), mask);
}

/** Writes the right-tag feature buckets from first-pass tags `right` (pass 2). */
export function rightFeatures(
  s: SentenceHashes,
  i: number,
  tags: Uint8Array,
  right: Uint8Array,
  mask: number,
  out: Int32Array,
  at: number,
): void {
  const n = s.n;
  const r1 = i + 1 < n ? (right[i + 1] as number) : PAD_TAG;
  const r2 = i + 2 < n ? (right[i + 2] as number) : PAD_TAG;
  const t1 = i > 0 ? (tags[i - 1] as number) : PAD_TAG;
  const f0 = s.folded[i] as number;
  out[at] = bucket(T_RIGHT1, r1, 0, mask);
  out[at + 1] = bucket(T_RIGHT12, r1, r2, mask);
  out[at + 2] = bucket(T_LEFT1_RIGHT1, t1, r1, mask);
  out[at + 3] = bucket(T_RIGHT1_WORD, r1, f0, mask);
}
