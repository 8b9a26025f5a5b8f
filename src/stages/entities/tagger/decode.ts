/**
 * The linear sequence model at run time: one row of per-label scores per hashed feature (a FeatureTable from
 * src/learn), label transition scores, and Viterbi decoding constrained to valid BILOU sequences.
 */
import type { FeatureTable } from '../../../learn/feature-table.js';
import { ALLOWED, CAN_END, CAN_START, N_LABELS } from './labels.js';

export interface LinearWeights {
  readonly table: FeatureTable;
  /**
   * `rows × N_LABELS` emission weights: as trained (Float32), or as a model file stores them (Int16 steps of
   * `scale`), which halves the loaded model's largest array (7.4 → 3.7 MB).
   */
  readonly w: Float32Array | Int16Array;
  /** With Int16 `w`, the weight of one step: weight `k` is `fround(w[k] · scale)`. Absent: `w` holds the weights. */
  readonly scale?: number;
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
  const scale = weights.scale;
  for (let f = from; f < to; f++) {
    const r = table.get(feats[f] as number);
    if (r < 0) continue;
    const o = r * N_LABELS;
    if (scale === undefined)
      for (let l = 0; l < N_LABELS; l++) out[base + l] = (out[base + l] as number) + (w[o + l] as number);
    // The Float32 that dequantising would have stored, so scores are the same to the bit.
    else
      for (let l = 0; l < N_LABELS; l++)
        out[base + l] = (out[base + l] as number) + Math.fround((w[o + l] as number) * scale);
  }
}

/**
 * The labels allowed before each label (so Viterbi skips forbidden transitions), flat: label `l`'s
 * predecessors are `PRED_LIST[PRED_FROM[l]…PRED_FROM[l + 1])`.
 */
const PRED_FROM = new Int32Array(N_LABELS + 1);
const PRED_LIST: Int32Array = (() => {
  const ps: number[] = [];
  for (let l = 0; l < N_LABELS; l++) {
    PRED_FROM[l] = ps.length;
    for (let p = 0; p < N_LABELS; p++) if (ALLOWED[p * N_LABELS + l]) ps.push(p);
  }
  PRED_FROM[N_LABELS] = ps.length;
  return Int32Array.from(ps);
})();

/** Scratch buffers reused across calls (decoding is synchronous). */
let scoreBuf = new Float64Array(64 * N_LABELS);
let backBuf = new Int8Array(64 * N_LABELS);
/** `trans[p * N_LABELS + l]` for each allowed pair, in `PRED_LIST` order (filled per call: training changes `trans`). */
const predTrans = new Float64Array(PRED_LIST.length);

/** Best valid BILOU label sequence for `n` tokens given emission scores `em[i*N_LABELS + l]`. */
export function viterbi(em: Float32Array, n: number, trans: Float32Array, out: Uint8Array): void {
  if (n === 0) return;
  const L = N_LABELS;
  if (scoreBuf.length < n * L) {
    scoreBuf = new Float64Array(n * L * 2);
    backBuf = new Int8Array(n * L * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let l = 0; l < L; l++)
    for (let k = PRED_FROM[l] as number; k < (PRED_FROM[l + 1] as number); k++)
      predTrans[k] = trans[(PRED_LIST[k] as number) * L + l] as number;
  for (let l = 0; l < L; l++) score[l] = CAN_START[l] ? (em[l] as number) : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const at = i * L;
    for (let l = 0; l < L; l++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      const to = PRED_FROM[l + 1] as number;
      for (let k = PRED_FROM[l] as number; k < to; k++) {
        const p = PRED_LIST[k] as number;
        const s = (score[prev + p] as number) + (predTrans[k] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[at + l] = best + (em[at + l] as number);
      back[at + l] = arg;
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
