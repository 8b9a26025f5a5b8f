/**
 * Averaged structured perceptron (Collins 2002) over the tagger's features.
 * Hand-written because no JavaScript library trains sequence models; the
 * averaging uses the standard trick of keeping `u = Σ c·Δw` so each update is O(1).
 * Document memory is filled with the model's own predictions while training, as
 * at inference (Ratinov & Roth's "extended prediction history"); with two passes,
 * each document is first tagged without updates and the second pass, which sees
 * the first pass's labels of the other sentences, is the one that learns.
 */
import type { FeatureExtractor } from './features.js';
import { N_LABELS } from './labels.js';
import { DocumentState, emission, type PreparedSentence } from './tagger.js';
import { FeatureTable, type LinearWeights, viterbi } from './weights.js';

export interface TrainDocument {
  readonly sentences: readonly (readonly string[])[];
  readonly labels: readonly Uint8Array[];
}

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Called after each epoch with the averaged weights (e.g. to score dev). */
  readonly onEpoch?: (epoch: number, weights: LinearWeights, mistakes: number) => void;
}

/** Deterministic PRNG (mulberry32) so training runs are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Trainer {
  readonly table: FeatureTable;
  w: Float32Array;
  u: Float64Array;
  readonly trans = new Float32Array(N_LABELS * N_LABELS);
  readonly transU = new Float64Array(N_LABELS * N_LABELS);
  c = 1;

  constructor(capacity: number) {
    this.table = new FeatureTable(capacity);
    this.w = new Float32Array(capacity * N_LABELS);
    this.u = new Float64Array(capacity * N_LABELS);
  }

  row(h: number): number {
    const r = this.table.add(h);
    if ((r + 1) * N_LABELS > this.w.length) {
      const w = new Float32Array(this.w.length * 2);
      w.set(this.w);
      this.w = w;
      const u = new Float64Array(this.u.length * 2);
      u.set(this.u);
      this.u = u;
    }
    return r;
  }

  bump(feats: ArrayLike<number>, from: number, to: number, label: number, delta: number): void {
    const cd = this.c * delta;
    for (let f = from; f < to; f++) {
      const o = this.row(feats[f] as number) * N_LABELS + label;
      this.w[o] = (this.w[o] as number) + delta;
      this.u[o] = (this.u[o] as number) + cd;
    }
  }

  bumpTrans(p: number, n: number, delta: number): void {
    const o = p * N_LABELS + n;
    this.trans[o] = (this.trans[o] as number) + delta;
    this.transU[o] = (this.transU[o] as number) + this.c * delta;
  }

  live(): LinearWeights {
    return { table: this.table, w: this.w, trans: this.trans };
  }

  averaged(): LinearWeights {
    const rows = this.table.size;
    const w = new Float32Array(rows * N_LABELS);
    for (let i = 0; i < w.length; i++) w[i] = (this.w[i] as number) - (this.u[i] as number) / this.c;
    const trans = new Float32Array(this.trans.length);
    for (let i = 0; i < trans.length; i++)
      trans[i] = (this.trans[i] as number) - (this.transU[i] as number) / this.c;
    return { table: this.table, w, trans };
  }
}

export function trainPerceptron(
  extractor: FeatureExtractor,
  docs: readonly TrainDocument[],
  options: TrainOptions,
): LinearWeights {
  const prepared: PreparedSentence[][] = docs.map((d) => d.sentences.map((s) => extractor.sentence(s)));
  let capacity = 0;
  for (const d of prepared) for (const s of d) capacity += s.feats.length;
  const t = new Trainer(Math.max(1024, Math.ceil(capacity / 4)));
  const random = rng(options.seed);
  const order = docs.map((_, i) => i);
  const docFeats: number[][] = [];
  let result = t.averaged();
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let mistakes = 0;
    for (const di of order) {
      const doc = docs[di] as TrainDocument;
      const preps = prepared[di] as PreparedSentence[];
      const state = new DocumentState(extractor, doc.sentences);
      if (extractor.twoPass) {
        // first pass without updates, as at inference, then learn on the second
        const first = new DocumentState(extractor, doc.sentences);
        const labels = preps.map((s, k) => {
          first.current = k;
          const em = emission(t.live(), extractor, s, first, docFeats);
          const out = new Uint8Array(s.infos.length);
          viterbi(em, out.length, t.trans, out);
          first.remember(s.infos, out);
          return out;
        });
        state.setFirstPass(
          preps.map((s) => s.infos),
          labels,
        );
      }
      for (let si = 0; si < preps.length; si++) {
        state.current = si;
        const s = preps[si] as PreparedSentence;
        const gold = doc.labels[si] as Uint8Array;
        const n = gold.length;
        const em = emission(t.live(), extractor, s, state, docFeats);
        const pred = new Uint8Array(n);
        viterbi(em, n, t.trans, pred);
        let wrong = false;
        for (let i = 0; i < n; i++) {
          if (pred[i] === gold[i]) continue;
          wrong = true;
          const g = gold[i] as number;
          const p = pred[i] as number;
          const extra = docFeats[i] as number[];
          t.bump(s.feats, s.offs[i] as number, s.offs[i + 1] as number, g, 1);
          t.bump(s.feats, s.offs[i] as number, s.offs[i + 1] as number, p, -1);
          t.bump(extra, 0, extra.length, g, 1);
          t.bump(extra, 0, extra.length, p, -1);
        }
        if (wrong) {
          mistakes++;
          for (let i = 1; i < n; i++) {
            const gp = gold[i - 1] as number;
            const gi = gold[i] as number;
            const pp = pred[i - 1] as number;
            const pi = pred[i] as number;
            if (gp !== pp || gi !== pi) {
              t.bumpTrans(gp, gi, 1);
              t.bumpTrans(pp, pi, -1);
            }
          }
        }
        state.remember(s.infos, pred);
        t.c++;
      }
    }
    result = t.averaged();
    options.onEpoch?.(epoch, result, mistakes);
  }
  return result;
}
