/**
 * The tag-history features that read tags only (previous tag, previous two
 * tags, pass-1 tags on the right) take few values: at load, their weights are
 * summed into small dense tables indexed by tag values, so tagging adds one
 * table row per table instead of hashing and fetching one weight row per feature.
 */
import { bucket, PAD_TAG, T_LEFT1, T_LEFT1_RIGHT1, T_LEFT12, T_RIGHT1, T_RIGHT12 } from './features.js';

/** Index of tag value `v` (a tag id, or PAD_TAG outside the sentence) in the tables: tags 0…nt-1, pad nt. */
export function tagIndex(v: number, nt: number): number {
  return v === PAD_TAG ? nt : v;
}

/** The tag value at table index `k`. */
export function tagValue(k: number, nt: number): number {
  return k === nt ? PAD_TAG : k;
}

/** Tables over pairs of tag indices `(a, b)`, row `(a * (nt + 1) + b) * nt`. */
export interface TagTables {
  /** Pass 1, `(t1, t2)`: T_LEFT1 + T_LEFT12. */
  readonly left1: Int32Array;
  /** Pass 2, `(t1, t2)`: T_LEFT1 + T_LEFT12. */
  readonly left2: Int32Array;
  /** Pass 2, `(r1, r2)`: T_RIGHT1 + T_RIGHT12. */
  readonly right2: Int32Array;
  /** Pass 2, `(t1, r1)`: T_LEFT1_RIGHT1. */
  readonly leftRight2: Int32Array;
}

/**
 * Builds the tables from interleaved weights `w` (`row × [pass 1 tags, pass 2 tags]`)
 * and the bucket → row map.
 */
export function buildTagTables(w: Int16Array, rowOf: Int32Array, nt: number, mask: number): TagTables {
  const nv = nt + 1;
  const table = (): Int32Array => new Int32Array(nv * nv * nt);
  const tables = { left1: table(), left2: table(), right2: table(), leftRight2: table() };
  const add = (into: Int32Array, at: number, b: number, pass: number): void => {
    const r = rowOf[b] as number;
    if (r < 0) return;
    const off = (r * 2 + pass) * nt;
    for (let t = 0; t < nt; t++) into[at + t] = (into[at + t] as number) + (w[off + t] as number);
  };
  for (let a = 0; a < nv; a++) {
    const va = tagValue(a, nt);
    for (let b = 0; b < nv; b++) {
      const vb = tagValue(b, nt);
      const at = (a * nv + b) * nt;
      for (let pass = 0; pass < 2; pass++) {
        const into = pass === 0 ? tables.left1 : tables.left2;
        add(into, at, bucket(T_LEFT1, va, 0, mask), pass);
        add(into, at, bucket(T_LEFT12, va, vb, mask), pass);
      }
      add(tables.right2, at, bucket(T_RIGHT1, va, 0, mask), 1);
      add(tables.right2, at, bucket(T_RIGHT12, va, vb, mask), 1);
      add(tables.leftRight2, at, bucket(T_LEFT1_RIGHT1, va, vb, mask), 1);
    }
  }
  return tables;
}
