/**
 * The learned sentence-boundary classifier: a logistic regression over the
 * hashed features of features.ts, trained on UD English EWT by
 * scripts/train-sentences.ts. It scores the gaps the rules leave open (no final
 * punctuation, a lower-case word after a period…) in a few array reads per gap:
 * the weights of each token type's own features are summed once per type and
 * cached, and the class-combination features are dense tables built at load.
 *
 * File: gzip of JSON `{ format, keys, values, scale, add, veto }` where `keys`
 * are the sorted feature hashes delta-encoded and `values` the weights × scale.
 */

import { VerbatimError } from '../../model/errors.js';
import { modelFilePath, readModelFileSync } from '../../runtime/model-file.js';
import { nodeZlib } from '../../runtime/node-builtins.js';
import type { Token } from '../tokens/types.js';
import {
  BIAS,
  CLASS_COUNT,
  CLS_EDGE,
  CLS_EMOTICON,
  classFeature,
  classTriple,
  classTripleRight,
  EDGE_TEXT,
  endsEmoticon,
  LEFT_BUCKETS,
  l1WordR1Class,
  leftBucket,
  leftFeature,
  ROLE_L1,
  ROLE_L2,
  ROLE_R1,
  ROLE_R2,
  RULE_COUNT,
  r1WordL1Class,
  ruleFeature,
  SINCE_BUCKETS,
  sinceBucket,
  sinceFeature,
  tokenClass,
  unaryFeatures,
  wordFeature,
} from './features.js';

export const MODEL_FORMAT = 'verbatim-sentences/1';
export const MODEL_URL = new URL('../../../models/sentences.json.gz', import.meta.url);

/** Weights by feature hash, and the decision thresholds chosen on dev. */
export interface BoundaryWeights {
  readonly weights: ReadonlyMap<number, number>;
  /** A gap the rules leave open becomes a boundary when its score exceeds this. */
  readonly add: number;
  /** A weak rule boundary is dropped when its score is below this. */
  readonly veto: number;
}

/** What the scorer keeps per token type: its class and the summed weights of its own features per role. */
interface TypeEntry {
  readonly cls: number;
  readonly role: Float32Array;
  /** As L1, by the class of R1. */
  readonly asL1: Float32Array;
  /** As R1, by the class of L1. */
  readonly asR1: Float32Array;
}

/** Token types per cache generation (two generations bound memory on endless streams of new words). */
const CACHE_LIMIT = 32_768;
/** Pair weights of a word without any. */
const NO_PAIRS = new Float32Array(CLASS_COUNT);
const C = CLASS_COUNT;
/** Slots of the memo of recent tokens (a power of two, at least the 4 tokens around a gap). */
const MEMO = 8;

export class BoundaryModel {
  readonly add: number;
  readonly veto: number;
  private readonly w: ReadonlyMap<number, number>;
  private readonly bias: number;
  private readonly classes = new Float32Array(4 * C);
  private readonly triple = new Float32Array(C * C * C);
  private readonly tripleRight = new Float32Array(C * C * C);
  private readonly rule = new Float32Array(RULE_COUNT * C);
  private readonly since = new Float32Array(SINCE_BUCKETS * C);
  private readonly left = new Float32Array(LEFT_BUCKETS * C);
  private cache = new Map<string, TypeEntry>();
  private old = new Map<string, TypeEntry>();
  private readonly edge: TypeEntry;
  /** Entries of the last few tokens scored (gaps come left to right, so each token is looked up once). */
  private memoTokens: readonly Token[] | undefined;
  private readonly memoIndex = new Int32Array(MEMO).fill(-1);
  private readonly memoEntry: TypeEntry[] = [];

  constructor(m: BoundaryWeights) {
    this.w = m.weights;
    this.add = m.add;
    this.veto = m.veto;
    const get = (h: number): number => m.weights.get(h) ?? 0;
    this.bias = get(BIAS);
    for (let r = 0; r < 4; r++) for (let c = 0; c < C; c++) this.classes[r * C + c] = get(classFeature(c, r));
    for (let a = 0; a < C; a++)
      for (let b = 0; b < C; b++)
        for (let c = 0; c < C; c++) {
          this.triple[(a * C + b) * C + c] = get(classTriple(a, b, c));
          this.tripleRight[(a * C + b) * C + c] = get(classTripleRight(a, b, c));
        }
    for (let c = 0; c < C; c++) {
      for (let r = 0; r < RULE_COUNT; r++) this.rule[r * C + c] = get(ruleFeature(r, c));
      for (let b = 0; b < SINCE_BUCKETS; b++) this.since[b * C + c] = get(sinceFeature(b, c));
      for (let b = 0; b < LEFT_BUCKETS; b++) this.left[b * C + c] = get(leftFeature(b, c));
    }
    this.edge = this.build(EDGE_TEXT, CLS_EDGE);
  }

  private build(t: string, cls: number): TypeEntry {
    const get = (h: number): number => this.w.get(h) ?? 0;
    const role = new Float32Array(4);
    for (const r of [ROLE_L2, ROLE_L1, ROLE_R1, ROLE_R2]) {
      let s = 0;
      for (const h of unaryFeatures(t, r)) s += get(h);
      role[r] = s;
    }
    // A word's pair features are counted with its own word feature in the same role, so a word without
    // that feature (unseen in training) has none: most types skip the 2 × 21 look-ups.
    const lower = t.toLowerCase();
    let asL1 = NO_PAIRS;
    let asR1 = NO_PAIRS;
    if (this.w.has(wordFeature(lower, ROLE_L1))) {
      asL1 = new Float32Array(C);
      for (let c = 0; c < C; c++) asL1[c] = get(l1WordR1Class(lower, c));
    }
    if (this.w.has(wordFeature(lower, ROLE_R1))) {
      asR1 = new Float32Array(C);
      for (let c = 0; c < C; c++) asR1[c] = get(r1WordL1Class(lower, c));
    }
    return { cls, role, asL1, asR1 };
  }

  /** Two generations: when the young one fills up it becomes the old one, whose entries in use move back. */
  private entry(t: string): TypeEntry {
    let e = this.cache.get(t);
    if (e !== undefined) return e;
    e = this.old.get(t) ?? this.build(t, tokenClass(t));
    if (this.cache.size >= CACHE_LIMIT) {
      this.old = this.cache;
      this.cache = new Map();
    }
    this.cache.set(t, e);
    return e;
  }

  /** The entry of `tokens[i]`, through the memo of recent tokens. */
  private at(tokens: readonly Token[], i: number): TypeEntry {
    const slot = i & (MEMO - 1);
    if (this.memoTokens === tokens && this.memoIndex[slot] === i) return this.memoEntry[slot] as TypeEntry;
    if (this.memoTokens !== tokens) {
      this.memoTokens = tokens;
      this.memoIndex.fill(-1);
    }
    const e = this.entry((tokens[i] as Token).text);
    this.memoIndex[slot] = i;
    this.memoEntry[slot] = e;
    return e;
  }

  /**
   * Score (log-odds of a boundary) of the gap after `tokens[i]` in the block `[from, to)`;
   * `since` counts the tokens from the sentence start through `tokens[i]`.
   */
  score(tokens: readonly Token[], from: number, to: number, i: number, rule: number, since: number): number {
    const e2 = i - 1 >= from ? this.at(tokens, i - 1) : this.edge;
    const e1 = this.at(tokens, i);
    const f1 = this.at(tokens, i + 1);
    const f2 = i + 2 < to ? this.at(tokens, i + 2) : this.edge;
    const c1 = endsEmoticon(tokens, from, i) ? CLS_EMOTICON : e1.cls;
    const d1 = f1.cls;
    const cl = this.classes;
    return (
      this.bias +
      (e2.role[ROLE_L2] as number) +
      (e1.role[ROLE_L1] as number) +
      (f1.role[ROLE_R1] as number) +
      (f2.role[ROLE_R2] as number) +
      (cl[e2.cls] as number) +
      (cl[C + c1] as number) +
      (cl[2 * C + d1] as number) +
      (cl[3 * C + f2.cls] as number) +
      (e1.asL1[d1] as number) +
      (f1.asR1[c1] as number) +
      (this.triple[(e2.cls * C + c1) * C + d1] as number) +
      (this.tripleRight[(c1 * C + d1) * C + f2.cls] as number) +
      (this.rule[rule * C + d1] as number) +
      (this.since[sinceBucket(since) * C + d1] as number) +
      (this.left[leftBucket(to - i - 1) * C + c1] as number)
    );
  }
}

export function encodeBoundaryModel(m: BoundaryWeights, scale: number): Uint8Array {
  const entries = [...m.weights]
    .map(([h, v]) => [h, Math.round(v * scale)] as const)
    .filter(([, v]) => v !== 0)
    .sort((a, b) => a[0] - b[0]);
  const keys: number[] = [];
  let prev = 0;
  for (const [h] of entries) {
    keys.push(h - prev);
    prev = h;
  }
  const json = {
    format: MODEL_FORMAT,
    scale,
    add: m.add,
    veto: m.veto,
    keys,
    values: entries.map((e) => e[1]),
  };
  return nodeZlib().gzipSync(JSON.stringify(json), { level: 9 });
}

/** Decodes the model file's bytes (gzip; Node only, as it gunzips synchronously). */
export function decodeBoundaryModel(bytes: Uint8Array, file: string): BoundaryWeights {
  let text: string;
  try {
    text = nodeZlib().gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw notGzippedJson(file, error);
  }
  return parseBoundaryModel(text, file);
}

function notGzippedJson(file: string, cause: unknown): VerbatimError {
  return new VerbatimError('E_MODEL_INVALID', `sentence model ${file} is not gzipped JSON`, { file, cause });
}

/** Parses the model file's contents, already gunzipped (what a `ModelSource` returns). */
export function parseBoundaryModel(text: string, file: string): BoundaryWeights {
  let json: { format?: string; scale: number; add: number; veto: number; keys: number[]; values: number[] };
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw notGzippedJson(file, error);
  }
  if (json.format !== MODEL_FORMAT || json.keys.length !== json.values.length)
    throw new VerbatimError('E_MODEL_INVALID', `sentence model ${file} has format ${json.format}`, { file });
  const weights = new Map<number, number>();
  let h = 0;
  for (let k = 0; k < json.keys.length; k++) {
    h += json.keys[k] as number;
    weights.set(h, (json.values[k] as number) / json.scale);
  }
  return { weights, add: json.add, veto: json.veto };
}

let shared: BoundaryModel | undefined;

/** The shipped boundary model (UD English EWT), loaded on first use. */
export function defaultBoundaryModel(): BoundaryModel {
  if (shared) return shared;
  const json = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    readModelFileSync(MODEL_URL, 'sentence model'),
  );
  shared = new BoundaryModel(parseBoundaryModel(json, modelFilePath(MODEL_URL)));
  return shared;
}
