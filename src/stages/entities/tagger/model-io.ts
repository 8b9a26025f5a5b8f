/**
 * The entity model file: a model container (src/learn/container.ts) with payload format `verbatim-ner/2`, so a
 * single read loads everything. Parameters: disabled feature families, label names, the weights' Int16 scale.
 * Sections: lexicon and gazetteer (UTF-8 text, one entry a line), embedding clusters (`[folded-word hash,
 * packed path]` Int32 pairs, absent in models without them), feature hashes (`u32 × rows`), weights
 * (`i16 × rows × labels`), transitions (`f32 × labels²`).
 */
import {
  decodeModelFile,
  encodeModelFile,
  pairsSection,
  type ReadModel,
  readContainer,
  sectionPairs,
} from '../../../learn/container.js';
import { FeatureTable } from '../../../learn/feature-table.js';
import type { ModelInfo } from '../../../learn/model-info.js';
import { dequantise } from '../../../learn/weights.js';
import type { LinearWeights } from './decode.js';
import { FEATURE_FAMILIES, FeatureExtractor, type FeatureFamily } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { N_LABELS } from './labels.js';
import { Lexicon } from './lexicon.js';
import { EntityTagger } from './tagger.js';

export const MODEL_FORMAT = 'verbatim-ner/2';
/** The families of models that do not list theirs (trained before `params.families` was recorded). */
const FIRST_FAMILIES = FEATURE_FAMILIES.slice(0, 9);
/** Rows whose largest absolute weight is below this share of the global maximum (under one Int16 step) are dropped. */
const PRUNE_SHARE = 1 / 32767;
/** Largest Int16 step (src/learn/weights.ts quantises the same way; rows are pruned here first). */
const QUANT_MAX = 32767;

export interface NerModelHeader {
  readonly disabled: readonly FeatureFamily[];
  readonly labels: readonly string[];
}

export interface NerModelParts {
  readonly header: NerModelHeader;
  readonly lexicon?: Lexicon;
  readonly gazetteer?: Gazetteer;
  /** Folded-word hash → packed cluster path from pre-trained word vectors. */
  readonly embeddings?: ReadonlyMap<number, number>;
  readonly weights: LinearWeights;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export function encodeModel(parts: NerModelParts, info: ModelInfo): Uint8Array {
  const { table, trans } = parts.weights;
  const w = weightValues(parts.weights);
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i] as number));
  const scale = max > 0 ? max / QUANT_MAX : 1;
  const keep: [number, number][] = [];
  for (const [h, r] of table.entries()) {
    let m = 0;
    for (let l = 0; l < N_LABELS; l++) m = Math.max(m, Math.abs(w[r * N_LABELS + l] as number));
    if (m >= max * PRUNE_SHARE) keep.push([h, r]);
  }
  keep.sort((a, b) => a[0] - b[0]);
  const hashes = new Uint32Array(keep.length);
  const q = new Int16Array(keep.length * N_LABELS);
  keep.forEach(([h, r], k) => {
    hashes[k] = h;
    for (let l = 0; l < N_LABELS; l++)
      q[k * N_LABELS + l] = Math.round((w[r * N_LABELS + l] as number) / scale);
  });
  return encodeModelFile({
    info,
    format: MODEL_FORMAT,
    params: {
      disabled: parts.header.disabled,
      families: FEATURE_FAMILIES,
      labels: parts.header.labels,
      scale,
    },
    sections: {
      lexicon: utf8(parts.lexicon ? [...parts.lexicon.lines()].join('\n') : ''),
      gazetteer: utf8(parts.gazetteer ? [...parts.gazetteer.lines()].join('\n') : ''),
      ...(parts.embeddings ? { embeddings: pairsSection(parts.embeddings) } : {}),
      hashes,
      weights: q,
      transitions: Float32Array.from(trans),
    },
  });
}

/** The emission weights as numbers (Int16 steps scaled back, as `addEmission` reads them). */
function weightValues({ w, scale }: LinearWeights): Float32Array {
  return scale === undefined ? (w as Float32Array) : dequantise(w as Int16Array, scale);
}

/** Decodes the model file's bytes (gzip; Node only, as it gunzips synchronously). */
export function decodeModel(gz: Uint8Array, file = 'entity model'): NerModelParts {
  return fromContainer(decodeModelFile(gz, file, MODEL_FORMAT));
}

/** Decodes the model file's contents, already gunzipped (what a `ModelSource` returns). */
export function decodeModelContents(contents: Uint8Array, file = 'entity model'): NerModelParts {
  return fromContainer(readContainer(contents, file, MODEL_FORMAT));
}

/** Keeps a leading U+FEFF, as Buffer#toString did: the text is data, not a file with a byte-order mark. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

function fromContainer(model: ReadModel): NerModelParts {
  const params = model.header.params as {
    disabled: FeatureFamily[];
    families?: FeatureFamily[];
    labels: string[];
    scale: number;
  };
  // Families added after the model was trained are off: its weights never saw their features.
  const known: readonly string[] = params.families ?? FIRST_FAMILIES;
  const disabled = [...params.disabled, ...FEATURE_FAMILIES.filter((f) => !known.includes(f))];
  const lexText = UTF8.decode(model.section('lexicon', 'u8'));
  const gazText = UTF8.decode(model.section('gazetteer', 'u8'));
  const hashes = model.section('hashes', 'u32');
  const table = new FeatureTable(hashes.length);
  for (let k = 0; k < hashes.length; k++) table.add(hashes[k] as number);
  return {
    header: { disabled, labels: params.labels },
    ...(lexText ? { lexicon: Lexicon.fromLines(lexText.split('\n')) } : {}),
    ...(gazText ? { gazetteer: Gazetteer.fromLines(gazText.split('\n')) } : {}),
    ...(model.has('embeddings') ? { embeddings: sectionPairs(model.section('embeddings', 'i32')) } : {}),
    weights: {
      table,
      // A copy: a view would keep the whole decompressed file alive.
      w: model.section('weights', 'i16').slice(),
      scale: params.scale,
      trans: Float32Array.from(model.section('transitions', 'f32')),
    },
  };
}

export function taggerFromParts(parts: NerModelParts): EntityTagger {
  return new EntityTagger(
    parts.weights,
    new FeatureExtractor(parts.lexicon, parts.gazetteer, parts.header.disabled, parts.embeddings),
  );
}
