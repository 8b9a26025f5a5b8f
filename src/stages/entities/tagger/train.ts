/**
 * Averaged structured perceptron (Collins 2002; weights and loop from src/learn/perceptron.ts) over the
 * tagger's features, decoded with constrained Viterbi.
 * Document memory is filled with the model's own predictions while training, as
 * at inference (Ratinov & Roth's "extended prediction history"); with two passes,
 * each document is first tagged without updates and the second pass, which sees
 * the first pass's labels of the other sentences, is the one that learns.
 */

import { FeatureTable } from '../../../learn/feature-table.js';
import { AveragedWeights, trainEpochs } from '../../../learn/perceptron.js';
import { type LinearWeights, viterbi } from './decode.js';
import type { FeatureExtractor } from './features.js';
import { N_LABELS } from './labels.js';
import { DocumentState, emission, type PreparedSentence } from './tagger.js';

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

/** Emission rows (one per hashed feature, added as features appear) and transitions, both averaged. */
class Trainer {
  readonly table: FeatureTable;
  readonly emission: AveragedWeights;
  readonly transitions = new AveragedWeights(N_LABELS, N_LABELS);
  private readonly rows: number[] = [];

  constructor(capacity: number) {
    this.table = new FeatureTable(capacity);
    this.emission = new AveragedWeights(N_LABELS, capacity);
  }

  /** Adds `delta` to `label` for the features `feats[from…to)`, adding rows for new ones. */
  bump(feats: ArrayLike<number>, from: number, to: number, label: number, delta: number): void {
    this.rows.length = 0;
    for (let f = from; f < to; f++) this.rows.push(this.table.add(feats[f] as number));
    this.emission.reserve(this.table.size);
    this.emission.add(this.rows, 0, this.rows.length, label, delta);
  }

  bumpTrans(p: number, n: number, delta: number): void {
    this.transitions.add([p], 0, 1, n, delta);
  }

  tick(): void {
    this.emission.step++;
    this.transitions.step++;
  }

  live(): LinearWeights {
    return { table: this.table, w: this.emission.w, trans: this.transitions.w };
  }

  averaged(): LinearWeights {
    return {
      table: this.table,
      w: this.emission.averaged(this.table.size),
      trans: this.transitions.averaged(),
    };
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
  const docFeats: number[][] = [];
  let result = t.averaged();
  let mistakes = 0;
  const visit = (di: number): void => {
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
        viterbi(em, out.length, t.live().trans, out);
        first.remember(s, out);
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
      viterbi(em, n, t.live().trans, pred);
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
      state.remember(s, pred);
      t.tick();
    }
  };
  trainEpochs(docs.length, options, visit, (epoch) => {
    result = t.averaged();
    options.onEpoch?.(epoch, result, mistakes);
    mistakes = 0;
  });
  return result;
}
