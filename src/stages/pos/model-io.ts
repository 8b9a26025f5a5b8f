/**
 * The part-of-speech model file: a model container (src/learn/container.ts) with payload format
 * `verbatim-pos/3`. Parameters: tags, bucket bits, the two passes' Int16 scales, and the words tagged without
 * scoring. Sections: the tag dictionary, word profiles (word-profiles.ts) and word clusters (word-clusters.ts)
 * as `[hash, value]` Int32 pairs, the buckets that have weights, and both passes' rows (`Int16 × rows × tags`).
 */
import {
  decodeModelFile,
  encodeModelFile,
  pairsSection,
  type ReadModel,
  readContainer,
  sectionPairs,
} from '../../learn/container.js';
import type { ModelInfo } from '../../learn/model-info.js';
import { type CompactWeights, compactWeights, type TaggerWeights } from './weights.js';

export const MODEL_FORMAT = 'verbatim-pos/3';

interface Params {
  readonly tags: readonly string[];
  readonly bits: number;
  readonly scales: readonly [number, number];
  /** Words tagged without scoring → tag index (absent in models without such words). */
  readonly fixed?: Readonly<Record<string, number>>;
}

/** The model file for trained (dense) weights: quantised to Int16, buckets whose weights all round to zero dropped. */
export function encodeModel(dense: TaggerWeights, info: ModelInfo): Uint8Array {
  return encodeCompact(compactWeights(dense), info);
}

/** The model file for weights already in their compact form. */
export function encodeCompact(m: CompactWeights, info: ModelInfo): Uint8Array {
  const rows = m.pass1.length / m.tags.length;
  const used = new Int32Array(rows);
  for (let b = 0; b < m.rowOf.length; b++) if ((m.rowOf[b] as number) >= 0) used[m.rowOf[b] as number] = b;
  const params: Params = {
    tags: m.tags,
    bits: m.bits,
    scales: m.scales,
    ...(m.fixed ? { fixed: Object.fromEntries([...m.fixed].sort((a, b) => (a[0] < b[0] ? -1 : 1))) } : {}),
  };
  return encodeModelFile({
    info,
    format: MODEL_FORMAT,
    params: { ...params },
    sections: {
      lexicon: pairsSection(m.lexicon),
      ...(m.profiles ? { profiles: pairsSection(m.profiles) } : {}),
      ...(m.clusters ? { clusters: pairsSection(m.clusters) } : {}),
      used,
      pass1: m.pass1,
      pass2: m.pass2,
    },
  });
}

/** Decodes the model file's bytes (gzip; Node only, as it gunzips synchronously). */
export function decodeModel(gz: Uint8Array, file = 'pos model'): CompactWeights {
  return fromContainer(decodeModelFile(gz, file, MODEL_FORMAT));
}

/** Decodes the model file's contents, already gunzipped (what a `ModelSource` returns). */
export function decodeModelContents(contents: Uint8Array, file = 'pos model'): CompactWeights {
  return fromContainer(readContainer(contents, file, MODEL_FORMAT));
}

function fromContainer(model: ReadModel): CompactWeights {
  const params = model.header.params as unknown as Params;
  const used = model.section('used', 'i32');
  const rowOf = new Int32Array(1 << params.bits).fill(-1);
  for (let r = 0; r < used.length; r++) rowOf[used[r] as number] = r;
  const fixed = params.fixed ? new Map(Object.entries(params.fixed)) : undefined;
  return {
    tags: params.tags,
    bits: params.bits,
    lexicon: sectionPairs(model.section('lexicon', 'i32')),
    ...(fixed ? { fixed } : {}),
    ...(model.has('profiles') ? { profiles: sectionPairs(model.section('profiles', 'i32')) } : {}),
    ...(model.has('clusters') ? { clusters: sectionPairs(model.section('clusters', 'i32')) } : {}),
    rowOf,
    pass1: model.section('pass1', 'i16'),
    pass2: model.section('pass2', 'i16'),
    scales: params.scales,
  };
}
