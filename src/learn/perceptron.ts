/**
 * Training averaged perceptrons (Collins 2002), for every learned tagger and classifier: weights as rows of
 * per-label scores (one row per feature bucket or per hashed feature), updated by ±1 on mistakes, and averaged
 * over all steps with the usual trick of keeping `u = Σ step·Δw` beside `w`, so each update is O(1) and the
 * average is `w - u / step`. Hand-written: no JavaScript library trains perceptrons over hashed features.
 * Training code only; run-time taggers read quantised weights from the model file (container.ts).
 */
import { shuffledOrder } from './random.js';

export class AveragedWeights {
  /** Current weights, `rows × labels`. */
  w: Float32Array;
  /** Σ step·Δw per weight. */
  private u: Float64Array;
  /** Steps so far, from 1 (a step is one example: a token, or a sentence). */
  step = 1;

  constructor(
    readonly labels: number,
    rows: number,
  ) {
    this.w = new Float32Array(rows * labels);
    this.u = new Float64Array(rows * labels);
  }

  /** Makes room for rows `0…rows-1` (doubling), for models that add a row per new feature. */
  reserve(rows: number): void {
    if (rows * this.labels <= this.w.length) return;
    let size = this.w.length || this.labels;
    while (size < rows * this.labels) size *= 2;
    const w = new Float32Array(size);
    w.set(this.w);
    this.w = w;
    const u = new Float64Array(size);
    u.set(this.u);
    this.u = u;
  }

  /** Adds `delta` to the weight of `label` in each of `rows[from…to)`. */
  add(rows: ArrayLike<number>, from: number, to: number, label: number, delta: number): void {
    const cd = this.step * delta;
    for (let f = from; f < to; f++) {
      const o = (rows[f] as number) * this.labels + label;
      this.w[o] = (this.w[o] as number) + delta;
      this.u[o] = (this.u[o] as number) + cd;
    }
  }

  /** The averaged weights of the first `rows` rows. */
  averaged(rows = this.w.length / this.labels): Float32Array {
    const out = new Float32Array(rows * this.labels);
    for (let k = 0; k < out.length; k++) out[k] = (this.w[k] as number) - (this.u[k] as number) / this.step;
    return out;
  }
}

/** The label whose rows `rows[0…count)` of `w` sum highest (first on ties); `scores` is scratch of `labels`. */
export function bestLabel(
  w: Float32Array,
  rows: ArrayLike<number>,
  count: number,
  labels: number,
  scores: Float64Array,
): number {
  scores.fill(0);
  for (let f = 0; f < count; f++) {
    const off = (rows[f] as number) * labels;
    for (let t = 0; t < labels; t++) scores[t] = (scores[t] as number) + (w[off + t] as number);
  }
  let best = 0;
  for (let t = 1; t < labels; t++) if ((scores[t] as number) > (scores[best] as number)) best = t;
  return best;
}

export interface EpochOptions {
  readonly epochs: number;
  /** Epoch `e` (from 0) visits the examples in the order `shuffledOrder(count, seed + e)`. */
  readonly seed: number;
}

/** The training loop: `epochs` passes over examples `0…count-1`, each in a fresh seeded order. */
export function trainEpochs(
  count: number,
  opts: EpochOptions,
  visit: (index: number) => void,
  afterEpoch?: (epoch: number) => void,
): void {
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const i of shuffledOrder(count, opts.seed + epoch)) visit(i);
    afterEpoch?.(epoch + 1);
  }
}
