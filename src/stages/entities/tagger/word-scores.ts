/**
 * Fast emission scores for tagging (not training): most features depend on one
 * word and its offset from the token being tagged (the word itself, or it as the
 * neighbour two to the left …), so their summed label scores are computed once
 * per distinct word and role and then added as 17-float vectors; only features
 * that join two words or the sentence are hashed and looked up per token. The
 * result equals the sum over the full feature lists of `emission` in tagger.ts.
 *
 * The blocks live in a slab of fixed-size chunks, one block per slot of the word cache (word-cache.ts): a
 * slot's block belongs to the word whose serial it is marked with, and is refilled when another word takes
 * the slot. A word that has lost its slot (dropped while a long document still holds it) gets a block of
 * its own for the sentence.
 */

import { addEmission, type LinearWeights } from './decode.js';
import type { DocContext } from './document-casing.js';
import { FeatureBuffer } from './feature-buffer.js';
import { type FeatureExtractor, NEIGHBOUR_OFFSETS, type SentenceFacts } from './features.js';
import { N_LABELS } from './labels.js';
import { NO_SLOT } from './word-cache.js';
import type { WordInfo } from './word-info.js';

/** Score blocks per word: its own features, then as the neighbour at each of `NEIGHBOUR_OFFSETS`. */
const ROLES = 1 + NEIGHBOUR_OFFSETS.length;
/** The neighbour offsets, role 1…4 in order: `emission` sums exactly four neighbour blocks. */
const [D0, D1, D2, D3] = NEIGHBOUR_OFFSETS;
if (NEIGHBOUR_OFFSETS.length !== 4)
  throw new Error('word-scores.ts sums four neighbour roles; update emission');
/** Distinct gazetteer codes per offset (category·4 + position + 1 < 64 for up to 15 categories). */
const GAZ_CODES = 64;
/** Floats of one word's block. */
const BLOCK = ROLES * N_LABELS;
/**
 * Slots per slab chunk, as a power of two: 4,096 blocks (1.4 MB) are allocated at once, so the slab grows
 * without copying and its last chunk wastes at most that much (the 29k words of 840 PolNeAR articles fill 8).
 */
const CHUNK_BITS = 12;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

export class WordScores {
  /** Chunks of the slab: slot `s`'s block is `chunks[s >> CHUNK_BITS]` at `(s & CHUNK_MASK) · BLOCK`. */
  private readonly chunks: Float32Array[] = [];
  /** Per chunk, the serial of the word whose block each slot holds (0: none yet). */
  private readonly owners: Float64Array[] = [];
  /** Per token of the sentence being scored: the array holding its block, and the block's offset there. */
  private blockArrays: Float32Array[] = [];
  private blockOffsets = new Int32Array(64);
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
    this.pad = new Float32Array(BLOCK);
    for (let r = 1; r < ROLES; r++)
      this.fill(this.pad, r * N_LABELS, (out) =>
        extractor.neighbourFeatures(undefined, NEIGHBOUR_OFFSETS[r - 1] as number, out),
      );
  }

  private fill(target: Float32Array, at: number, features: (out: FeatureBuffer) => void): void {
    const buf = this.buf;
    buf.length = 0;
    features(buf);
    addEmission(this.weights, buf.keys, 0, buf.length, target, at);
  }

  /** Sums `x`'s block into `target[at…at+BLOCK)`, which must be zero. */
  private sum(x: WordInfo, target: Float32Array, at: number): void {
    const local = this.extractor.localFeatures(x);
    addEmission(this.weights, local, 0, local.length, target, at);
    for (let r = 1; r < ROLES; r++)
      this.fill(target, at + r * N_LABELS, (out) =>
        this.extractor.neighbourFeatures(x, NEIGHBOUR_OFFSETS[r - 1] as number, out),
      );
  }

  /** Points token `i` of the sentence at `x`'s block, summing it if its slot does not hold it yet. */
  private block(x: WordInfo, i: number): void {
    if (x.slot === NO_SLOT) {
      const own = new Float32Array(BLOCK);
      this.sum(x, own, 0);
      this.blockArrays[i] = own;
      this.blockOffsets[i] = 0;
      return;
    }
    const c = x.slot >> CHUNK_BITS;
    while (this.chunks.length <= c) {
      this.chunks.push(new Float32Array((CHUNK_MASK + 1) * BLOCK));
      this.owners.push(new Float64Array(CHUNK_MASK + 1));
    }
    const chunk = this.chunks[c] as Float32Array;
    const owners = this.owners[c] as Float64Array;
    const k = x.slot & CHUNK_MASK;
    const at = k * BLOCK;
    if (owners[k] !== x.serial) {
      chunk.fill(0, at, at + BLOCK);
      this.sum(x, chunk, at);
      owners[k] = x.serial;
    }
    this.blockArrays[i] = chunk;
    this.blockOffsets[i] = at;
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
    if (this.blockOffsets.length < n) this.blockOffsets = new Int32Array(2 * n);
    this.blockArrays.length = n;
    for (let i = 0; i < n; i++) this.block(infos[i] as WordInfo, i);
    const arrays = this.blockArrays;
    const offsets = this.blockOffsets;
    const buf = this.buf;
    const pad = this.pad;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      const own = arrays[i] as Float32Array;
      const oo = offsets[i] as number;
      const ia = i + D0;
      const ib = i + D1;
      const ic = i + D2;
      const id = i + D3;
      const inA = ia >= 0 && ia < n;
      const inB = ib >= 0 && ib < n;
      const inC = ic >= 0 && ic < n;
      const inD = id >= 0 && id < n;
      const na = inA ? (arrays[ia] as Float32Array) : pad;
      const nb = inB ? (arrays[ib] as Float32Array) : pad;
      const nc = inC ? (arrays[ic] as Float32Array) : pad;
      const nd = inD ? (arrays[id] as Float32Array) : pad;
      const aOff = (inA ? (offsets[ia] as number) : 0) + L;
      const bOff = (inB ? (offsets[ib] as number) : 0) + 2 * L;
      const cOff = (inC ? (offsets[ic] as number) : 0) + 3 * L;
      const dOff = (inD ? (offsets[id] as number) : 0) + 4 * L;
      // Summed in a local, rounded to float32 after every addition exactly as a Float32Array store would.
      for (let l = 0; l < L; l++) {
        let v = own[oo + l] as number;
        v = Math.fround(v + (na[aOff + l] as number));
        v = Math.fround(v + (nb[bOff + l] as number));
        v = Math.fround(v + (nc[cOff + l] as number));
        em[o + l] = Math.fround(v + (nd[dOff + l] as number));
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
