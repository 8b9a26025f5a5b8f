/**
 * The act-type classifier of the experiment in scripts/train-acts.ts: an averaged perceptron over
 * hashed sentence features (words, word pairs, and what the dictionary coder proposed: trigger
 * lemmas, CAMEO codes, types). Measured by cross-validation it loses to the dictionary coder on the
 * PLOVER gold records (docs/acts.md), so the stage does not use it.
 *
 * Kept tiny and local (a hundred lines) because the shared learning toolkit (src/learn/) was not
 * on main yet; a later model should be built on it.
 */

import { rng } from '../../learn/random.js';
import { PLOVER_TYPES, type PloverType } from './types.js';

/** Hash buckets (2^15): enough for the ~20k-word vocabulary of the training data at few collisions. */
export const FEATURE_BITS = 15;
const MASK = (1 << FEATURE_BITS) - 1;
const N_TYPES = PLOVER_TYPES.length;

/** 32-bit FNV-1a: cheap and stable, the same in Node and browsers. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** What the dictionary coder saw in a sentence, as classifier input. */
export interface DictionaryHint {
  readonly type: PloverType;
  readonly lemma: string;
  readonly cameo: string;
}

/** Words of a text for the bag-of-words features: lower case, letters only. */
export function featureWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+/g) ?? [];
}

export function features(words: readonly string[], hints: readonly DictionaryHint[]): number[] {
  const out: number[] = [fnv1a('bias') & MASK];
  for (let i = 0; i < words.length; i++) {
    out.push(fnv1a(`w=${words[i]}`) & MASK);
    if (i + 1 < words.length) out.push(fnv1a(`b=${words[i]} ${words[i + 1]}`) & MASK);
  }
  hints.forEach((h, k) => {
    const rank = k === 0 ? 'first' : 'other';
    out.push(fnv1a(`${rank}.type=${h.type}`) & MASK);
    out.push(fnv1a(`${rank}.lemma=${h.lemma}`) & MASK);
    out.push(fnv1a(`${rank}.cameo2=${h.cameo.slice(0, 2)}`) & MASK);
    out.push(fnv1a(`${rank}.cameo3=${h.cameo.slice(0, 3)}`) & MASK);
  });
  if (!hints.length) out.push(fnv1a('no-dictionary-act') & MASK);
  return out;
}

export interface Example {
  readonly features: readonly number[];
  readonly type: PloverType;
  /** Times the example is presented per epoch (gold sentences count more than noisy stories). */
  readonly weight: number;
}

export class ActTypeClassifier {
  /** `weights[f * N_TYPES + t]`. */
  constructor(readonly weights: Float32Array) {}

  static empty(): ActTypeClassifier {
    return new ActTypeClassifier(new Float32Array((MASK + 1) * N_TYPES));
  }

  scores(feats: readonly number[]): Float64Array {
    const s = new Float64Array(N_TYPES);
    for (const f of feats) {
      const base = f * N_TYPES;
      for (let t = 0; t < N_TYPES; t++) s[t] = (s[t] ?? 0) + (this.weights[base + t] ?? 0);
    }
    return s;
  }

  /** Best type and its margin over the second best. */
  predict(feats: readonly number[]): { type: PloverType; margin: number } {
    const s = this.scores(feats);
    let best = 0;
    let second = -Infinity;
    for (let t = 1; t < N_TYPES; t++) if ((s[t] ?? 0) > (s[best] ?? 0)) best = t;
    for (let t = 0; t < N_TYPES; t++) if (t !== best && (s[t] ?? 0) > second) second = s[t] ?? 0;
    return { type: PLOVER_TYPES[best] ?? 'AGREE', margin: (s[best] ?? 0) - second };
  }
}

/** Averaged perceptron (Collins 2002), `epochs` passes in a seeded shuffled order. */
export function train(examples: readonly Example[], epochs: number, seed = 19): ActTypeClassifier {
  const size = (MASK + 1) * N_TYPES;
  const w = new Float32Array(size);
  const total = new Float64Array(size);
  const stamp = new Float64Array(size);
  const model = new ActTypeClassifier(w);
  const order = examples.flatMap((e, i) => Array.from({ length: e.weight }, () => i));
  const rand = rng(seed);
  let clock = 0;
  const update = (i: number, delta: number): void => {
    total[i] = (total[i] ?? 0) + (clock - (stamp[i] ?? 0)) * (w[i] ?? 0);
    stamp[i] = clock;
    w[i] = (w[i] ?? 0) + delta;
  };
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const k of order) {
      clock++;
      const ex = examples[k];
      if (!ex) continue;
      const guess = model.predict(ex.features).type;
      if (guess === ex.type) continue;
      const g = PLOVER_TYPES.indexOf(guess);
      const t = PLOVER_TYPES.indexOf(ex.type);
      for (const f of ex.features) {
        update(f * N_TYPES + t, 1);
        update(f * N_TYPES + g, -1);
      }
    }
  }
  const avg = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    const sum = (total[i] ?? 0) + (clock - (stamp[i] ?? 0)) * (w[i] ?? 0);
    avg[i] = clock ? sum / clock : 0;
  }
  return new ActTypeClassifier(avg);
}
