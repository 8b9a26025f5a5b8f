/**
 * The labelled NER sets the training and generalisation scripts read: CoNLL-2003 train and valid (testa),
 * a time split of train (documents by dateline: train and testa are from August 1996, CoNLL test from
 * December, so the later days of train stand in for unseen later news), and WikiGold (out of domain).
 */
import { readFileSync } from 'node:fs';
import { withoutIndexColumn } from '../../src/eval/ner/index-column.js';
import { groupConll, parseConllLines, tagsToEntities } from '../../src/formats/conll.js';
import { entitiesToLabels } from '../../src/stages/entities/tagger/labels.js';
import type { TrainDocument } from '../../src/stages/entities/tagger/train.js';

export const TRAIN = 'ner/conll2003/train.txt';
export const VALID = 'ner/conll2003/valid.txt';
export const WIKIGOLD = 'ner/wikigold/wikigold.conllu';
/** First day of the time split's held-out slice: train runs 22–29 August 1996; 28–29 August is ~30 % of it. */
export const TIME_SPLIT_FROM = '1996-08-28';

export function loadDocs(dataDir: string, rel: string): TrainDocument[] {
  const lines = withoutIndexColumn(parseConllLines(readFileSync(`${dataDir}/${rel}`, 'utf8')));
  return groupConll(lines).map((d) => ({
    sentences: d.sentences.map((s) => s.tokens),
    labels: d.sentences.map((s) => entitiesToLabels(tagsToEntities(s.tags), s.tokens.length)),
  }));
}

/** A document's dateline date (`1996-08-27`), or undefined (its date is then the previous document's). */
function dateOf(doc: TrainDocument): string | undefined {
  for (const s of doc.sentences.slice(0, 3)) {
    const d = s.find((t) => /^1996-\d\d-\d\d$/.test(t));
    if (d) return d;
  }
  return undefined;
}

/** Train documents before `from` (earlier) and from `from` on (later), in file order. */
export function timeSplit(
  docs: readonly TrainDocument[],
  from = TIME_SPLIT_FROM,
): { earlier: TrainDocument[]; later: TrainDocument[] } {
  const earlier: TrainDocument[] = [];
  const later: TrainDocument[] = [];
  let date = '';
  for (const d of docs) {
    date = dateOf(d) ?? date;
    (date >= from ? later : earlier).push(d);
  }
  return { earlier, later };
}
