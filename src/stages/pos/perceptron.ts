/**
 * Training the two-pass averaged perceptron (src/learn/perceptron.ts) behind the tagger.
 * Used by scripts/train-pos.ts only; the run-time tagger never imports it.
 *
 * Pass 2 learns from pass-1 tags predicted by jackknifed pass-1 models (each
 * fold tagged by a model that never saw it), so its right-context features see
 * tags as noisy as they are at run time.
 */

import { hashFolded } from '../../learn/hashing.js';
import { AveragedWeights, bestLabel, trainEpochs } from '../../learn/perceptron.js';
import {
  fixedKey,
  LEFT_COUNT,
  leftFeatures,
  rightFeatures,
  SentenceHashes,
  STATIC_COUNT,
  staticFeatures,
} from './features.js';
import { PASS1_COUNT, PASS2_COUNT } from './tagger.js';

export interface TrainSentence {
  readonly words: readonly string[];
  readonly tags: Uint8Array;
}

export interface TrainOptions {
  readonly bits: number;
  readonly epochs: number;
  readonly folds: number;
  /** A word enters the tag dictionary after this many occurrences. */
  readonly lexiconMinCount: number;
  /** …with the tags that make up at least this share of them. */
  readonly lexiconMinShare: number;
  /** A word is tagged without scoring after this many occurrences… */
  readonly fixedMinCount: number;
  /** …when one tag makes up at least this share of them. */
  readonly fixedMinShare: number;
  readonly seed: number;
  /** Word profiles from unlabelled text (word-profiles.ts); none when absent. */
  readonly profiles?: ReadonlyMap<number, number>;
  /** Word clusters from pre-trained word vectors (word-clusters.ts); none when absent. */
  readonly clusters?: ReadonlyMap<number, number>;
  readonly log?: (line: string) => void;
}

/** Folded-word hash → mask of its frequent tags. */
export function buildLexicon(
  data: readonly TrainSentence[],
  nt: number,
  opts: TrainOptions,
): Map<number, number> {
  const counts = new Map<number, Int32Array>();
  for (const s of data) {
    s.words.forEach((w, i) => {
      const h = hashFolded(w);
      let c = counts.get(h);
      if (!c) {
        c = new Int32Array(nt);
        counts.set(h, c);
      }
      c[s.tags[i] as number] = (c[s.tags[i] as number] as number) + 1;
    });
  }
  const lexicon = new Map<number, number>();
  for (const [h, c] of counts) {
    const total = c.reduce((a, b) => a + b, 0);
    if (total < opts.lexiconMinCount) continue;
    let m = 0;
    for (let t = 0; t < nt; t++) if ((c[t] as number) >= opts.lexiconMinShare * total) m |= 1 << t;
    lexicon.set(h, m | (1 << 30));
  }
  return lexicon;
}

/**
 * Words tagged without scoring: frequent in training, (almost) always one tag.
 * Keys are fixedKey(word); on EWT dev this changes no accuracy and skips scoring for ~45 % of tokens.
 */
export function buildFixed(
  data: readonly TrainSentence[],
  nt: number,
  opts: TrainOptions,
): Map<string, number> {
  const counts = new Map<string, Int32Array>();
  for (const s of data) {
    s.words.forEach((w, i) => {
      const key = fixedKey(w);
      let c = counts.get(key);
      if (!c) {
        c = new Int32Array(nt);
        counts.set(key, c);
      }
      c[s.tags[i] as number] = (c[s.tags[i] as number] as number) + 1;
    });
  }
  const fixed = new Map<string, number>();
  for (const [key, c] of counts) {
    const total = c.reduce((a, b) => a + b, 0);
    let best = 0;
    for (let t = 1; t < nt; t++) if ((c[t] as number) > (c[best] as number)) best = t;
    if (total >= opts.fixedMinCount && (c[best] as number) >= opts.fixedMinShare * total)
      fixed.set(key, best);
  }
  return fixed;
}

/** Static features of every training token, computed once. */
function precompute(
  data: readonly TrainSentence[],
  lexicon: Map<number, number>,
  mask: number,
  profiles: ReadonlyMap<number, number> | undefined,
  clusters: ReadonlyMap<number, number> | undefined,
): Int32Array[] {
  const hashes = new SentenceHashes();
  if (profiles) hashes.profiles = profiles;
  if (clusters) hashes.clusters = clusters;
  return data.map((s) => {
    hashes.load(s.words, lexicon);
    const out = new Int32Array(s.words.length * STATIC_COUNT);
    for (let i = 0; i < s.words.length; i++) staticFeatures(hashes, i, mask, out, i * STATIC_COUNT);
    return out;
  });
}

interface PassInput {
  readonly data: readonly TrainSentence[];
  readonly statics: readonly Int32Array[];
  readonly hashes: readonly SentenceHashes[] | undefined;
  readonly lexicon: Map<number, number>;
  /** Pass-1 tags per sentence, for pass 2; absent for pass 1. */
  readonly right?: readonly Uint8Array[];
}

/** Trains one pass over `indices` of the data; returns averaged weights. */
function trainPass(
  input: PassInput,
  indices: readonly number[],
  nt: number,
  opts: TrainOptions,
): Float32Array {
  const mask = (1 << opts.bits) - 1;
  const count = input.right ? PASS2_COUNT : PASS1_COUNT;
  const model = new AveragedWeights(nt, mask + 1);
  const feats = new Int32Array(PASS2_COUNT);
  const scores = new Float64Array(nt);
  const hashes = new SentenceHashes();
  let errors = 0;
  let total = 0;
  const visit = (o: number): void => {
    const k = indices[o] as number;
    const s = input.data[k] as TrainSentence;
    const st = input.statics[k] as Int32Array;
    hashes.load(s.words, input.lexicon);
    const tags = new Uint8Array(s.words.length);
    for (let i = 0; i < s.words.length; i++) {
      feats.set(st.subarray(i * STATIC_COUNT, (i + 1) * STATIC_COUNT), 0);
      leftFeatures(hashes, i, tags, mask, feats, STATIC_COUNT);
      if (input.right)
        rightFeatures(hashes, i, tags, input.right[k] as Uint8Array, mask, feats, STATIC_COUNT + LEFT_COUNT);
      const pred = bestLabel(model.w, feats, count, nt, scores);
      const gold = s.tags[i] as number;
      if (pred !== gold) {
        model.add(feats, 0, count, gold, 1);
        model.add(feats, 0, count, pred, -1);
        errors++;
      }
      tags[i] = pred;
      total++;
      model.step++;
    }
  };
  trainEpochs(indices.length, opts, visit, (epoch) => {
    opts.log?.(`  epoch ${epoch}: train error ${((100 * errors) / total).toFixed(2)} %`);
    errors = 0;
    total = 0;
  });
  return model.averaged();
}

/** Pass-1 tags for sentence `k` from weights `w`. */
function tagPass1(input: PassInput, k: number, w: Float32Array, nt: number, bits: number): Uint8Array {
  const mask = (1 << bits) - 1;
  const s = input.data[k] as TrainSentence;
  const st = input.statics[k] as Int32Array;
  const hashes = new SentenceHashes();
  hashes.load(s.words, input.lexicon);
  const feats = new Int32Array(PASS1_COUNT);
  const scores = new Float64Array(nt);
  const tags = new Uint8Array(s.words.length);
  for (let i = 0; i < s.words.length; i++) {
    feats.set(st.subarray(i * STATIC_COUNT, (i + 1) * STATIC_COUNT), 0);
    leftFeatures(hashes, i, tags, mask, feats, STATIC_COUNT);
    tags[i] = bestLabel(w, feats, PASS1_COUNT, nt, scores);
  }
  return tags;
}

export interface TrainedTagger {
  readonly lexicon: Map<number, number>;
  readonly fixed: Map<string, number>;
  readonly profiles?: ReadonlyMap<number, number>;
  readonly clusters?: ReadonlyMap<number, number>;
  readonly pass1: Float32Array;
  readonly pass2: Float32Array;
}

export function trainTagger(data: readonly TrainSentence[], nt: number, opts: TrainOptions): TrainedTagger {
  const mask = (1 << opts.bits) - 1;
  const lexicon = buildLexicon(data, nt, opts);
  const statics = precompute(data, lexicon, mask, opts.profiles, opts.clusters);
  const input: PassInput = { data, statics, hashes: undefined, lexicon };
  const all = data.map((_, i) => i);
  opts.log?.('pass 1');
  const pass1 = trainPass(input, all, nt, opts);
  const right: Uint8Array[] = new Array(data.length);
  if (opts.folds > 1) {
    for (let f = 0; f < opts.folds; f++) {
      opts.log?.(`jackknife fold ${f + 1}/${opts.folds}`);
      const w = trainPass(
        input,
        all.filter((i) => i % opts.folds !== f),
        nt,
        { ...opts, log: undefined },
      );
      for (let i = f; i < data.length; i += opts.folds) right[i] = tagPass1(input, i, w, nt, opts.bits);
    }
  } else {
    for (const i of all) right[i] = tagPass1(input, i, pass1, nt, opts.bits);
  }
  opts.log?.('pass 2');
  const pass2 = trainPass({ ...input, right }, all, nt, opts);
  return {
    lexicon,
    fixed: buildFixed(data, nt, opts),
    ...(opts.profiles ? { profiles: opts.profiles } : {}),
    ...(opts.clusters ? { clusters: opts.clusters } : {}),
    pass1,
    pass2,
  };
}
