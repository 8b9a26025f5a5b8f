/**
 * Fast emission scores for tagging (not training): most features depend on one
 * word and its offset from the token being tagged (the word itself, or it as the
 * neighbour two to the left …), so their summed label scores are computed once
 * per distinct word and role and then added as 17-float vectors; only features
 * that join two words or the sentence are hashed and looked up per token. The
 * result equals the sum over the full feature lists of `emission` in tagger.ts.
 */

import { addEmission, type LinearWeights } from './decode.js';
import type { DocContext } from './document-casing.js';
import { FeatureBuffer } from './feature-buffer.js';
import { type FeatureExtractor, NEIGHBOUR_OFFSETS, type SentenceFacts } from './features.js';
import { N_LABELS } from './labels.js';
import type { WordInfo } from './word-info.js';

/** Score blocks per word: its own features, then as the neighbour at each of `NEIGHBOUR_OFFSETS`. */
const ROLES = 1 + NEIGHBOUR_OFFSETS.length;
/** The neighbour offsets, role 1…4 in order: `emission` sums exactly four neighbour blocks. */
const [D0, D1, D2, D3] = NEIGHBOUR_OFFSETS;
if (NEIGHBOUR_OFFSETS.length !== 4)
  throw new Error('word-scores.ts sums four neighbour roles; update emission');
/** Distinct gazetteer codes per offset (category·4 + position + 1 < 64 for up to 15 categories). */
const GAZ_CODES = 64;

export class WordScores {
  private readonly blocks = new WeakMap<WordInfo, Float32Array>();
  /** Scores of the padding beyond the sentence edge, per neighbour offset. */
  private readonly pad: Float32Array;
  /** Scores of each gazetteer feature, per offset −1, 0, 1 and code; `gazDone` marks the filled ones. */
  private readonly gaz = new Float32Array(3 * GAZ_CODES * N_LABELS);
  private readonly gazDone = new Uint8Array(3 * GAZ_CODES);
  private readonly buf = new FeatureBuffer();
  private readonly withDocument: boolean;
  private readonly withGazetteer: boolean;

  constructor(
    private readonly weights: LinearWeights,
    private readonly extractor: FeatureExtractor,
  ) {
    this.withDocument = extractor.has('document');
    this.withGazetteer = extractor.has('gazetteer');
    this.pad = new Float32Array(ROLES * N_LABELS);
    for (let r = 1; r < ROLES; r++)
      this.fill(this.pad, r, (out) =>
        extractor.neighbourFeatures(undefined, NEIGHBOUR_OFFSETS[r - 1] as number, out),
      );
  }

  private fill(target: Float32Array, role: number, features: (out: FeatureBuffer) => void): void {
    const buf = this.buf;
    buf.length = 0;
    features(buf);
    addEmission(this.weights, buf.keys, 0, buf.length, target, role * N_LABELS);
  }

  private block(x: WordInfo): Float32Array {
    let b = this.blocks.get(x);
    if (b) return b;
    b = new Float32Array(ROLES * N_LABELS);
    const local = this.extractor.localFeatures(x);
    addEmission(this.weights, local, 0, local.length, b, 0);
    for (let r = 1; r < ROLES; r++)
      this.fill(b, r, (out) => this.extractor.neighbourFeatures(x, NEIGHBOUR_OFFSETS[r - 1] as number, out));
    this.blocks.set(x, b);
    return b;
  }

  private gazetteer(d: number, code: number): Float32Array {
    const slot = (d + 1) * GAZ_CODES + code;
    if (!this.gazDone[slot]) {
      const f = [this.extractor.gazetteerFeature(d, code)];
      addEmission(this.weights, f, 0, 1, this.gaz, slot * N_LABELS);
      this.gazDone[slot] = 1;
    }
    return this.gaz;
  }

  /**
   * The part of a sentence's emission scores `em[i·N_LABELS + label]` that does not depend on the document
   * read so far (word, neighbour, gazetteer and pair features): the same in both passes, so computed once.
   * `addDocumentScores` completes it; the sum equals one sum over the full feature lists, in the same order.
   */
  sentenceScores(s: SentenceFacts): Float32Array {
    const { infos, gazAt } = s;
    const n = infos.length;
    const L = N_LABELS;
    const em = new Float32Array(n * L);
    const blocks: Float32Array[] = new Array(n);
    for (let i = 0; i < n; i++) blocks[i] = this.block(infos[i] as WordInfo);
    const buf = this.buf;
    const pad = this.pad;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      const own = blocks[i] as Float32Array;
      const a = i + D0 >= 0 && i + D0 < n ? (blocks[i + D0] as Float32Array) : pad;
      const b = i + D1 >= 0 && i + D1 < n ? (blocks[i + D1] as Float32Array) : pad;
      const c = i + D2 >= 0 && i + D2 < n ? (blocks[i + D2] as Float32Array) : pad;
      const d = i + D3 >= 0 && i + D3 < n ? (blocks[i + D3] as Float32Array) : pad;
      // Summed in a local, rounded to float32 after every addition exactly as a Float32Array store would.
      for (let l = 0; l < L; l++) {
        let v = own[l] as number;
        v = Math.fround(v + (a[L + l] as number));
        v = Math.fround(v + (b[2 * L + l] as number));
        v = Math.fround(v + (c[3 * L + l] as number));
        em[o + l] = Math.fround(v + (d[4 * L + l] as number));
      }
      if (this.withGazetteer) {
        for (let d = -1; d <= 1; d++) {
          const g = gazAt[i + d];
          if (!g) continue;
          for (const code of g) {
            const v = this.gazetteer(d, code);
            const so = ((d + 1) * GAZ_CODES + code) * L;
            for (let l = 0; l < L; l++) em[o + l] = (em[o + l] as number) + (v[so + l] as number);
          }
        }
      }
      buf.length = 0;
      this.extractor.pairFeatures(s, i, buf);
      addEmission(this.weights, buf.keys, 0, buf.length, em, o);
    }
    return em;
  }

  /** Adds to `em` (from `sentenceScores`) the scores of the document-memory features, given the document read so far. */
  addDocumentScores(
    s: SentenceFacts,
    doc: DocContext & { readonly aggregateScores: Map<string, Float32Array> },
    em: Float32Array,
  ): void {
    if (!this.withDocument) return;
    const { infos } = s;
    const n = infos.length;
    const L = N_LABELS;
    const buf = this.buf;
    for (let i = 0; i < n; i++) {
      const x = infos[i] as WordInfo;
      // Document features (and aggregates) are those of capitalised words only.
      if (!x.isCap) continue;
      const o = i * L;
      buf.length = 0;
      this.extractor.documentFeatures(infos, i, doc, buf, false);
      addEmission(this.weights, buf.keys, 0, buf.length, em, o);
      const agg = this.aggregate(x.lower, doc);
      if (agg) for (let l = 0; l < L; l++) em[o + l] = (em[o + l] as number) + (agg[l] as number);
    }
  }

  /** Summed scores of the context-aggregation features of a word, once per document. */
  private aggregate(
    lower: string,
    doc: DocContext & { readonly aggregateScores: Map<string, Float32Array> },
  ): Float32Array | undefined {
    let v = doc.aggregateScores.get(lower);
    if (v) return v;
    const feats = doc.aggregate.get(lower);
    if (!feats) return undefined;
    v = new Float32Array(N_LABELS);
    addEmission(this.weights, feats, 0, feats.length, v, 0);
    doc.aggregateScores.set(lower, v);
    return v;
  }
}
