/**
 * Feature hashing for every learned model (src/learn): a feature is a template id mixed with one or two 32-bit
 * values (hashes of words, affixes, shapes, labels), so extraction builds no strings in the hot loop. Words are
 * hashed straight from their characters (FNV-1a), as written or folded (lower case, digits as `0`).
 *
 * Two mixers, one per weight layout (a model's features must keep the hashes its weights were trained with):
 * `mix` for bucketed weights (the part-of-speech tagger masks the hash to a bucket), `mixKey`/`feat`/`feat2`
 * for keys of a hash table (the entity tagger's FeatureTable), which need every bit avalanched.
 */

/** Multiplicative mixing step (golden-ratio constant, then an xor-shift). */
export function mix(h: number, x: number): number {
  const m = Math.imul(h ^ x, 0x9e3779b1);
  return m ^ (m >>> 15);
}

/**
 * Folds a UTF-16 code unit: ASCII upper case to lower, every ASCII digit to `0`,
 * curly quotes and apostrophes to straight ones (news writes `’s`, EWT mostly `'s`).
 */
export function foldCode(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c | 0x20;
  if (c >= 0x30 && c <= 0x39) return 0x30;
  if (c < 0x80) return c;
  if (c === 0x2019 || c === 0x2018) return 0x27;
  if (c === 0x201c || c === 0x201d) return 0x22;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hash of the folded word (lower case, digits as `0`). */
export function hashFolded(w: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ foldCode(w.charCodeAt(i)), FNV_PRIME);
  return h | 0;
}

/** Hash of the word exactly as written. */
export function hashRaw(w: string): number {
  let h = FNV_OFFSET ^ 0x5bd1e995;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/**
 * Hashes of the folded suffixes of length 1..`n` into `out[at..at+n)`; a word
 * shorter than a suffix repeats its whole-word hash, marked apart from suffixes.
 */
export function hashSuffixes(w: string, n: number, out: Int32Array, at: number): void {
  let h = FNV_OFFSET ^ 0x27d4eb2f;
  for (let k = 1; k <= n; k++) {
    if (k <= w.length) h = Math.imul(h ^ foldCode(w.charCodeAt(w.length - k)), FNV_PRIME);
    else if (k === w.length + 1) h = mix(h, 0x7fffffff);
    out[at + k - 1] = h | 0;
  }
}

/** Hashes of the folded prefixes of length 1..`n`, as hashSuffixes. */
export function hashPrefixes(w: string, n: number, out: Int32Array, at: number): void {
  let h = FNV_OFFSET ^ 0x165667b1;
  for (let k = 1; k <= n; k++) {
    if (k <= w.length) h = Math.imul(h ^ foldCode(w.charCodeAt(k - 1)), FNV_PRIME);
    else if (k === w.length + 1) h = mix(h, 0x7fffffff);
    out[at + k - 1] = h | 0;
  }
}

/**
 * Word shape with runs collapsed to two: `McDonald` → `XxXx`, `U.S.` → `X.X.`,
 * `2019` → `dd`, `$1,000` → `$d,dd`; returned as a hash.
 */
export function hashShape(w: string): number {
  let h = FNV_OFFSET ^ 0x3c6ef372;
  let prev = -1;
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let s: number;
    if (c >= 0x61 && c <= 0x7a) s = 0x78;
    else if (c >= 0x41 && c <= 0x5a) s = 0x58;
    else if (c >= 0x30 && c <= 0x39) s = 0x64;
    else if (c < 0x80) s = c;
    else if (c >= 0x2018 && c <= 0x201d) s = foldCode(c);
    else {
      const lower = String.fromCharCode(c).toLowerCase();
      const upper = String.fromCharCode(c).toUpperCase();
      s = lower !== upper ? (lower.charCodeAt(0) === c ? 0x78 : 0x58) : 0x80;
    }
    if (s === prev) {
      if (++run > 2) continue;
    } else {
      prev = s;
      run = 1;
    }
    h = Math.imul(h ^ s, FNV_PRIME);
  }
  return h | 0;
}

// ------------------------------------------------------------- table keys
// Keys for hash tables of features (the entity tagger's FeatureTable): unsigned, avalanched with the murmur3
// finaliser, so open addressing sees well-spread keys. The word hashes above feed bucketed weights, where the
// cheap `mix` is enough (the bucket index masks the low bits).

/** FNV-1a over the UTF-16 code units of `s`, seeded; unsigned. */
export function hashString(s: string, seed = FNV_OFFSET): number {
  return hashRange(s, 0, s.length, seed);
}

/** FNV-1a over `s.slice(start, end)` without slicing; unsigned. */
export function hashRange(s: string, start: number, end: number, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Mixes two 32-bit values (murmur3 finaliser over a combination); order matters; unsigned. */
export function mixKey(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Feature key of template `t` with value `v`. */
export function feat(t: number, v: number): number {
  return mixKey(t, v);
}

/** Feature key of template `t` over two values. */
export function feat2(t: number, a: number, b: number): number {
  return mixKey(mixKey(t, a), b);
}
