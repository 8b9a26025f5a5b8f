/**
 * Weights of the linear sequence model: one row of per-label scores per hashed
 * feature (in an open-addressing table, so lookups allocate nothing), label
 * transition scores, and Viterbi decoding constrained to valid BILOU sequences.
 */
import { ALLOWED, CAN_END, CAN_START, N_LABELS } from './labels.js';

export class FeatureTable {
  private keys: Uint32Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity: number) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Row of `h`, or -1. */
  get(h: number): number {
    const k = h === 0 ? 1 : h;
    let i = k & this.mask;
    for (;;) {
      const key = this.keys[i] as number;
      if (key === k) return this.vals[i] as number;
      if (key === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Row of `h`, adding it as the next row when absent. */
  add(h: number): number {
    const k = h === 0 ? 1 : h;
    let i = k & this.mask;
    for (;;) {
      const key = this.keys[i] as number;
      if (key === k) return this.vals[i] as number;
      if (key === 0) {
        if ((this.size + 1) * 2 > this.keys.length) {
          this.grow();
          return this.add(h);
        }
        this.keys[i] = k;
        this.vals[i] = this.size;
        return this.size++;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    this.keys = new Uint32Array(oldK.length * 2);
    this.vals = new Int32Array(oldK.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < oldK.length; j++) {
      const k = oldK[j] as number;
      if (k === 0) continue;
      let i = k & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = k;
      this.vals[i] = oldV[j] as number;
    }
  }

  /** `[hash, row]` pairs. */
  *entries(): Iterable<[number, number]> {
    for (let j = 0; j < this.keys.length; j++)
      if (this.keys[j] !== 0) yield [this.keys[j] as number, this.vals[j] as number];
  }
}

export interface LinearWeights {
  readonly table: FeatureTable;
  /** `rows × N_LABELS` emission weights. */
  readonly w: Float32Array;
  /** `N_LABELS × N_LABELS` transition weights (prev × next). */
  readonly trans: Float32Array;
}

/** Adds the emission scores of features `feats[from…to)` into `out[base…base+N_LABELS)`. */
export function addEmission(
  weights: LinearWeights,
  feats: ArrayLike<number>,
  from: number,
  to: number,
  out: Float32Array,
  base: number,
): void {
  const { table, w } = weights;
  for (let f = from; f < to; f++) {
    const r = table.get(feats[f] as number);
    if (r < 0) continue;
    const o = r * N_LABELS;
    for (let l = 0; l < N_LABELS; l++) out[base + l] = (out[base + l] as number) + (w[o + l] as number);
  }
}

/** Best valid BILOU label sequence for `n` tokens given emission scores `em[i*N_LABELS + l]`. */
export function viterbi(em: Float32Array, n: number, trans: Float32Array, out: Uint8Array): void {
  if (n === 0) return;
  const L = N_LABELS;
  const score = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let l = 0; l < L; l++) score[l] = CAN_START[l] ? (em[l] as number) : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < L; l++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + l]) continue;
        const s = (score[(i - 1) * L + p] as number) + (trans[p * L + l] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + l] = best + (em[i * L + l] as number);
      back[i * L + l] = arg;
    }
  }
  let best = Number.NEGATIVE_INFINITY;
  let arg = 0;
  for (let l = 0; l < L; l++) {
    const s = score[(n - 1) * L + l] as number;
    if (CAN_END[l] && s > best) {
      best = s;
      arg = l;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg] as number;
  }
}
