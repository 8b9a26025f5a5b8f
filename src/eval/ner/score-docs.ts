/** Scores an entity tagger on labelled documents (BILOU gold labels), for training scripts and dev gates. */
import { labelsToEntities } from '../../stages/entities/tagger/labels.js';
import type { EntityTagger } from '../../stages/entities/tagger/tagger.js';
import type { TrainDocument } from '../../stages/entities/tagger/train.js';
import { type NerScore, NerScorer } from './score.js';

export function scoreTagger(tagger: EntityTagger, docs: readonly TrainDocument[]): NerScore {
  const scorer = new NerScorer();
  for (const d of docs) {
    const pred = tagger.tagDocument(d.sentences);
    for (let i = 0; i < d.labels.length; i++) {
      scorer.addEntities(
        labelsToEntities(d.labels[i] as Uint8Array),
        labelsToEntities(pred[i] as Uint8Array),
      );
    }
  }
  return scorer.result();
}
