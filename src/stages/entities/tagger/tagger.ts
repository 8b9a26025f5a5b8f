/**
 * The entity tagger: features per sentence, document memory carried from one
 * sentence to the next (a name keeps the type it had earlier in the article),
 * emission scores from the linear model and constrained Viterbi over BILOU.
 */
import { type DocContext, documentCasing, type FeatureExtractor } from './features.js';
import { LABEL_TYPE, N_LABELS } from './labels.js';
import { addEmission, type LinearWeights, viterbi } from './weights.js';

export type WordInfos = ReturnType<FeatureExtractor['sentence']>['infos'];

/** What the tagger remembers while reading one document. */
export class DocumentState implements DocContext {
  readonly memory = new Map<string, Int32Array>();
  readonly lastLabel = new Map<string, number>();
  readonly seenLower: ReadonlySet<string>;
  readonly seenCapMid: ReadonlySet<string>;
  readonly aggregate: ReadonlyMap<string, readonly number[]>;

  constructor(extractor: FeatureExtractor, sentences: readonly (readonly string[])[]) {
    const c = documentCasing(extractor, sentences);
    this.seenLower = c.seenLower;
    this.seenCapMid = c.seenCapMid;
    this.aggregate = c.aggregate;
  }

  /** Records the labels given to a sentence's capitalised words. */
  remember(infos: WordInfos, labels: ArrayLike<number>): void {
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

export interface PreparedSentence {
  readonly feats: Uint32Array;
  readonly offs: Int32Array;
  readonly infos: WordInfos;
}

/** Emission scores for a sentence, static features plus document-memory features. */
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

export class EntityTagger {
  constructor(
    readonly weights: LinearWeights,
    readonly extractor: FeatureExtractor,
  ) {}

  /** BILOU label indices for every sentence of one document. */
  tagDocument(sentences: readonly (readonly string[])[]): Uint8Array[] {
    const doc = new DocumentState(this.extractor, sentences);
    const docFeats: number[][] = [];
    return sentences.map((tokens) => {
      const s = this.extractor.sentence(tokens);
      const em = emission(this.weights, this.extractor, s, doc, docFeats);
      const labels = new Uint8Array(tokens.length);
      viterbi(em, tokens.length, this.weights.trans, labels);
      doc.remember(s.infos, labels);
      return labels;
    });
  }
}
