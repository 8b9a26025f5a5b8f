/**
 * The entity tagger: features per sentence, document memory carried from one
 * sentence to the next (a name keeps the type it had earlier in the article),
 * emission scores from the linear model and constrained Viterbi over BILOU.
 */

import { anchorShape } from '../../../pipeline/shape-anchor.js';
import { addEmission, type LinearWeights, viterbi } from './decode.js';
import { type DocContext, type DocumentCasing, documentCasing } from './document-casing.js';
import type { FeatureExtractor, PreparedSentence, SentenceFacts } from './features.js';
import { LABEL_TYPE, N_LABELS } from './labels.js';
import { LINE_RUNNING } from './line-kind.js';
import type { WordInfo } from './word-info.js';
import { WordScores } from './word-scores.js';

export type WordInfos = SentenceFacts['infos'];

/** What the tagger remembers while reading one document. */
export class DocumentState implements DocContext {
  readonly memory = new Map<string, Int32Array>();
  readonly lastLabel = new Map<string, number>();
  readonly seenLower: ReadonlySet<string>;
  readonly seenCapMid: ReadonlySet<string>;
  readonly companyWords: ReadonlySet<string>;
  readonly personWords: ReadonlySet<string>;
  readonly aggregate: ReadonlyMap<string, readonly number[]>;
  /**
   * Summed scores of each word's aggregate features, filled by the tagger's `WordScores`; both passes over
   * one document share them, as they share `casing`.
   */
  readonly aggregateScores: Map<string, Float32Array>;
  /** First-pass counts per word over the whole document, and per sentence (to leave the current one out). */
  private global: Map<string, Int32Array> | undefined;
  private perSentence: Map<string, Int32Array>[] = [];
  /** Index of the sentence being tagged. */
  current = 0;
  private readonly scratch = new Int32Array(5);
  /** Whether memory keeps only labels from running text (headline and table lines are tagged less reliably). */
  private readonly confidentOnly: boolean;

  constructor(
    extractor: FeatureExtractor,
    sentences: readonly (readonly string[])[],
    raw?: readonly (readonly WordInfo[])[],
    /** The document's label-free facts when an earlier pass over it computed them already. */
    c: DocumentCasing = documentCasing(extractor, sentences, raw),
    aggregateScores = new Map<string, Float32Array>(),
  ) {
    this.aggregateScores = aggregateScores;
    this.seenLower = c.seenLower;
    this.seenCapMid = c.seenCapMid;
    this.companyWords = c.companyWords;
    this.personWords = c.personWords;
    this.confidentOnly = extractor.has('confident');
    this.aggregate = c.aggregate;
  }

  /** Sets the first-pass labels of every sentence, enabling `globalCounts`. */
  setFirstPass(infos: readonly WordInfos[], labels: readonly ArrayLike<number>[]): void {
    this.global = new Map();
    this.perSentence = infos.map((si, k) => {
      const own = new Map<string, Int32Array>();
      const ls = labels[k] as ArrayLike<number>;
      for (let i = 0; i < si.length; i++) {
        const x = si[i];
        if (!x?.isCap) continue;
        const t = LABEL_TYPE[ls[i] as number] as number;
        const slot = t < 0 ? 4 : t;
        for (const m of [own, this.global as Map<string, Int32Array>]) {
          let c = m.get(x.lower);
          if (!c) {
            c = new Int32Array(5);
            m.set(x.lower, c);
          }
          c[slot] = (c[slot] as number) + 1;
        }
      }
      return own;
    });
  }

  globalCounts(lower: string): Int32Array | undefined {
    const g = this.global?.get(lower);
    if (!g) return undefined;
    const own = this.perSentence[this.current]?.get(lower);
    if (!own) return g;
    for (let t = 0; t < 5; t++) this.scratch[t] = (g[t] as number) - (own[t] as number);
    return this.scratch;
  }

  /** Records the labels given to a sentence's capitalised words. */
  remember(s: Pick<SentenceFacts, 'infos' | 'lineKind'>, labels: ArrayLike<number>): void {
    const infos = s.infos;
    if (this.confidentOnly && s.lineKind !== LINE_RUNNING) return;
    for (let i = 0; i < infos.length; i++) {
      const x = infos[i];
      const l = labels[i] as number;
      if (!x?.isCap) continue;
      this.lastLabel.set(x.lower, l);
      const t = LABEL_TYPE[l] as number;
      if (t < 0) continue;
      let c = this.memory.get(x.lower);
      if (!c) {
        c = new Int32Array(4);
        this.memory.set(x.lower, c);
      }
      c[t] = (c[t] as number) + 1;
    }
  }
}

export type { PreparedSentence } from './features.js';

/** Emission scores for a sentence from its full feature lists (training; the tagger uses `WordScores`). */
export function emission(
  weights: LinearWeights,
  extractor: FeatureExtractor,
  s: PreparedSentence,
  doc: DocContext,
  docFeats: number[][],
): Float32Array {
  const n = s.infos.length;
  const em = new Float32Array(n * N_LABELS);
  for (let i = 0; i < n; i++) {
    addEmission(weights, s.feats, s.offs[i] as number, s.offs[i + 1] as number, em, i * N_LABELS);
    const extra = docFeats[i] ?? [];
    extra.length = 0;
    docFeats[i] = extra;
    extractor.documentFeatures(s.infos, i, doc, extra);
    addEmission(weights, extra, 0, extra.length, em, i * N_LABELS);
  }
  docFeats.length = n;
  return em;
}

/** Whether a `DocumentState` is anchored yet: one per process, however many taggers are made. */
let stateShapeKept = false;

export class EntityTagger {
  private readonly scores: WordScores;

  constructor(
    readonly weights: LinearWeights,
    readonly extractor: FeatureExtractor,
  ) {
    this.scores = new WordScores(weights, extractor);
    // An empty document's state keeps the per-document state's shape alive (shape-anchor.ts), once.
    if (!stateShapeKept) {
      anchorShape(new DocumentState(extractor, []));
      stateShapeKept = true;
    }
  }

  /** BILOU label indices for every sentence of one document. */
  tagDocument(sentences: readonly (readonly string[])[]): Uint8Array[] {
    const prepared = sentences.map((tokens) => this.extractor.prepare(tokens));
    const raw = prepared.map((s) => s.raw);
    // What needs no labels is computed once and read by both passes: casing facts, aggregate scores and
    // each sentence's scores of its own features (the second pass adds to them in place: their last use).
    const casing = documentCasing(this.extractor, sentences, raw);
    const aggregateScores = new Map<string, Float32Array>();
    const own = prepared.map((s) => this.scores.sentenceScores(s));
    const twoPass = this.extractor.twoPass;
    const first = this.pass(
      new DocumentState(this.extractor, sentences, raw, casing, aggregateScores),
      prepared,
      undefined,
      own,
      !twoPass,
    );
    if (!twoPass) return first;
    return this.pass(
      new DocumentState(this.extractor, sentences, raw, casing, aggregateScores),
      prepared,
      first,
      own,
      true,
    );
  }

  private pass(
    doc: DocumentState,
    prepared: readonly SentenceFacts[],
    firstPass: readonly Uint8Array[] | undefined,
    own: readonly Float32Array[],
    last: boolean,
  ): Uint8Array[] {
    if (firstPass)
      doc.setFirstPass(
        prepared.map((s) => s.infos),
        firstPass,
      );
    return prepared.map((s, k) => {
      doc.current = k;
      const n = s.infos.length;
      const base = own[k] as Float32Array;
      const em = last ? base : base.slice();
      this.scores.addDocumentScores(s, doc, em);
      const labels = new Uint8Array(n);
      viterbi(em, n, this.weights.trans, labels);
      doc.remember(s, labels);
      return labels;
    });
  }
}
