/**
 * Generalisation checks for the entity tagger (issue 21): F1 overall and per type on
 *  - testa (CoNLL valid) with train-only weights,
 *  - a time split of CoNLL train (trained on the earlier days, scored on the later ones: data/ner time split),
 *  - WikiGold (out of domain, with train-only weights).
 *
 *   npx tsx scripts/ner/generalise.ts [--model models/ner.bin.gz] [--checks heldout,time] [--seeds 1,2,3] [--off f,…]
 *
 * With --model, scores that (train-only) model on testa and WikiGold without training. Otherwise trains
 * (scripts/ner/build-model.ts, the same recipe as scripts/train-ner.ts) once per check and seed (resources are
 * built once). Prints one JSON line per check and seed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NerScore } from '../../src/eval/ner/score.js';
import { prf } from '../../src/eval/ner/score.js';
import { scoreTagger } from '../../src/eval/ner/score-docs.js';
import type { FeatureFamily } from '../../src/stages/entities/tagger/features.js';
import { decodeModel, taggerFromParts } from '../../src/stages/entities/tagger/model-io.js';
import type { EntityTagger } from '../../src/stages/entities/tagger/tagger.js';
import type { TrainDocument } from '../../src/stages/entities/tagger/train.js';
import { DEFAULT_OFF, NerResources, nerModelBytes, shippedTagger, trainNerWeights } from './build-model.js';
import { loadDocs, TRAIN, timeSplit, VALID, WIKIGOLD } from './data.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = process.env.VERBATIM_DATA ?? `${ROOT}../shared/data`;
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function summary(check: string, score: NerScore): Record<string, unknown> {
  const out: Record<string, unknown> = { check, f1: +(100 * prf(score.overall).f1).toFixed(2) };
  for (const [type, c] of [...score.byType].sort()) out[type] = +(100 * prf(c).f1).toFixed(2);
  return out;
}

function report(check: string, tagger: EntityTagger, docs: readonly TrainDocument[], extra = {}): void {
  console.log(JSON.stringify({ ...summary(check, scoreTagger(tagger, docs)), ...extra }));
}

const train = loadDocs(DATA, TRAIN);
const valid = loadDocs(DATA, VALID);
const wiki = loadDocs(DATA, WIKIGOLD);
const modelPath = arg('--model');
if (modelPath) {
  const tagger = taggerFromParts(decodeModel(readFileSync(modelPath)));
  report('testa', tagger, valid, { model: modelPath });
  report('wikigold', tagger, wiki, { model: modelPath });
} else {
  const checks = (arg('--checks') ?? 'heldout,time').split(',');
  const seeds = (arg('--seeds') ?? arg('--seed') ?? '1').split(',').map(Number);
  const off = (arg('--off') ?? DEFAULT_OFF).split(',').filter(Boolean) as FeatureFamily[];
  const resources = NerResources.build(DATA, train, !process.argv.includes('--no-embeddings'));
  for (const seed of seeds) {
    const t0 = Date.now();
    /** Header of the throw-away models these checks train. */
    const info = {
      name: 'ner-check',
      version: '0',
      task: 'generalisation check',
      builtBy: 'npx tsx scripts/ner/generalise.ts',
      data: {},
      settings: { seed, off },
      scores: {},
    };
    const trained = (docs: readonly TrainDocument[]): EntityTagger =>
      shippedTagger(
        nerModelBytes(resources, trainNerWeights(resources, docs, { seed, off }).weights, off, info),
      );
    if (checks.includes('time')) {
      const { earlier, later } = timeSplit(train);
      const tagger = trained(earlier);
      report('time-split', tagger, later, {
        seed,
        trainDocs: earlier.length,
        testDocs: later.length,
        seconds: Math.round((Date.now() - t0) / 1000),
      });
    }
    if (checks.includes('heldout')) {
      const tagger = trained(train);
      const extra = { seed, seconds: Math.round((Date.now() - t0) / 1000) };
      report('testa', tagger, valid, extra);
      report('wikigold', tagger, wiki, extra);
    }
  }
}
