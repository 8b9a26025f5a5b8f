/**
 * Per-cluster-path weight sums for the tagger's word cache: the features that
 * read only a word's cluster path (word-clusters.ts) — its own path at five
 * granularities, its path as previous / next word at two — are the same for every
 * word of that path, so their rows are summed once per path and a newly cached
 * word adds one row per table instead of five or two. Integer sums, so the
 * result is bit-for-bit the feature-by-feature one.
 */

/** Key of a word without a cluster; other keys are the 12-bit paths. */
const PATH_NONE = 4096;
const PATH_KEYS = PATH_NONE + 1;
/** Tables: the word's own path features, and its path features as previous / next word. */
export const PATH_SELF = 0;
export const PATH_PREV = 1;
export const PATH_NEXT = 2;
const TABLES = 3;

/** The key of a packed cluster value: its 12-bit path, PATH_NONE when the word has none. */
export function pathKey(c: number): number {
  return c === 0 ? PATH_NONE : c & (PATH_NONE - 1);
}

export class PathSums {
  /** Per table and key, both passes' sums `[pass 1 | pass 2]` (`2 × nt` values). */
  readonly sums: Int32Array;
  private readonly filled = new Uint8Array(TABLES * PATH_KEYS);
  private readonly width: number;

  /** `w` holds both passes' rows interleaved (`row × [pass 1 tags, pass 2 tags]`), found through `rowOf`. */
  constructor(
    private readonly w: Int16Array,
    private readonly rowOf: Int32Array,
    nt: number,
  ) {
    this.width = 2 * nt;
    this.sums = new Int32Array(TABLES * PATH_KEYS * this.width);
  }

  /**
   * Offset in `sums` of `table`'s sum for path key `key`; on first use it is summed from the
   * buckets `feats[from..from+count)`, which must read nothing but the path.
   */
  offset(table: number, key: number, feats: Int32Array, from: number, count: number): number {
    const k = table * PATH_KEYS + key;
    const at = k * this.width;
    if (this.filled[k] === 1) return at;
    this.filled[k] = 1;
    const sums = this.sums;
    const width = this.width;
    for (let f = from; f < from + count; f++) {
      const r = this.rowOf[feats[f] as number] as number;
      if (r < 0) continue;
      const off = r * width;
      for (let t = 0; t < width; t++) sums[at + t] = (sums[at + t] as number) + (this.w[off + t] as number);
    }
    return at;
  }
}
