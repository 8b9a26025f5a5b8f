/**
 * Rebuilds models/ner.bin.gz (and models/ner.meta.json) from ../shared/data.
 *
 *   npx tsx scripts/train-ner.ts [--with-valid] [--seeds 1,2,3] [--epochs N] [--off family,…] [--no-augment]
 *                                [--checks FILE] [--out models/ner.bin.gz]
 *
 * Trains the averaged perceptron (recipe: scripts/ner/build-model.ts) on CoNLL-2003 train.txt (plus valid.txt
 * with --with-valid), once per seed, and ships the average of the seeds' weights. Without --with-valid it
 * reports dev F1 on valid.txt. --checks names a JSON-lines file of generalisation figures from
 * scripts/ner/generalise.ts (train-only runs of the same recipe) to record in the meta as the model's scores.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prf } from '../src/eval/ner/score.js';
import { scoreTagger } from '../src/eval/ner/score-docs.js';
import { type ModelInfo, modelMeta, modelMetaJson } from '../src/learn/model-info.js';
import type { FeatureFamily } from '../src/stages/entities/tagger/features.js';
import { AUGMENT_OPTIONS } from './ner/augment.js';
import {
  averageWeights,
  DEFAULT_OFF,
  EPOCHS,
  LEXICON_OPTIONS,
  NerResources,
  nerModelBytes,
  shippedTagger,
  trainNerWeights,
} from './ner/build-model.js';
import { loadDocs, TRAIN, VALID, WIKIGOLD } from './ner/data.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DATA = process.env.VERBATIM_DATA ?? `${ROOT}../shared/data`;
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const epochs = Number(arg('--epochs') ?? EPOCHS);
const seeds = (arg('--seeds') ?? '1').split(',').map(Number);
const withValid = process.argv.includes('--with-valid');
const off = (arg('--off') ?? DEFAULT_OFF).split(',').filter(Boolean) as FeatureFamily[];
const out = arg('--out') ?? `${ROOT}models/ner.bin.gz`;
const augmentOn = !process.argv.includes('--no-augment');
const checksFile = arg('--checks');

const t0 = Date.now();
const train = loadDocs(DATA, TRAIN);
const dev = loadDocs(DATA, VALID);
const wiki = loadDocs(DATA, WIKIGOLD);
const labelled = withValid ? [...train, ...dev] : train;
const resources = NerResources.build(DATA, train);
console.log(
  `resources: gazetteer ${resources.gazetteer.size}, lexicon ${resources.lexicon.size} (${Date.now() - t0} ms)`,
);
let augmented = 0;
const runs = seeds.map((seed) => {
  const run = trainNerWeights(resources, labelled, {
    seed,
    off,
    epochs,
    augment: augmentOn,
    onEpoch: (e, mistakes) =>
      console.log(`seed ${seed} epoch ${e}: ${mistakes} sentences wrong (${Date.now() - t0} ms)`),
  });
  augmented = run.augmented;
  return run.weights;
});
const weights = runs.length === 1 ? (runs[0] as (typeof runs)[0]) : averageWeights(runs);
const scores: Record<string, unknown> = {};
// WikiGold is never trained on: each seed's weights and their average scored there show the seed spread.
const wikiF1 = (w: typeof weights): number =>
  +(
    100 *
    prf(scoreTagger(shippedTagger(nerModelBytes(resources, w, off, placeholderInfo())), wiki).overall).f1
  ).toFixed(2);
scores.wikigold = {
  on: `${WIKIGOLD} (out of domain, entity F1)`,
  perSeed: Object.fromEntries(runs.map((w, i) => [String(seeds[i]), wikiF1(w)])),
  averaged: runs.length === 1 ? undefined : wikiF1(weights),
};
console.log(`WikiGold F1 ${JSON.stringify(scores.wikigold)}`);
if (!withValid) {
  const probe = shippedTagger(nerModelBytes(resources, weights, off, placeholderInfo()));
  scores.devF1 = prf(scoreTagger(probe, dev).overall).f1;
  scores.on = `${VALID} (testa, entity F1)`;
  console.log(`dev F1 (shipped, quantised) ${(100 * (scores.devF1 as number)).toFixed(2)}`);
}
if (checksFile) {
  scores.trainOnly = readFileSync(checksFile, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  scores.trainOnlyNote =
    'train-only runs of this recipe: scripts/ner/generalise.ts (testa, time split, WikiGold)';
  scores.seedSpread = seedSpread(scores.trainOnly as { check: string; f1: number }[]);
}
const info: ModelInfo = {
  name: 'ner',
  version: new Date().toISOString().slice(0, 10),
  task: 'named entities (PER, ORG, LOC, MISC): averaged structured perceptron, BILOU, constrained Viterbi',
  builtBy: `npx tsx scripts/train-ner.ts${withValid ? ' --with-valid' : ''} --seeds ${seeds.join(',')}`,
  data: {
    trainedOn: withValid ? [TRAIN, VALID] : [TRAIN],
    augmentation: augmentOn
      ? { ...AUGMENT_OPTIONS, sentences: augmented, script: 'scripts/ner/augment.ts' }
      : null,
    gazetteer: {
      sources: [
        'events/countryinfo/CountryInfo.120116.txt (CC BY-SA 3.0)',
        'events/petrarch2/Phoenix.{Countries,International,MilNonState}.actors.txt (MIT)',
      ],
      phrases: resources.gazetteer.size,
    },
    lexicon: {
      sources: [
        TRAIN,
        'quotes/polnear/{train,dev}/text',
        'pos/ud-english-ewt/train.conllu',
        'extract/wcxb-dev/ground-truth (main_content)',
      ],
      options: LEXICON_OPTIONS,
      words: resources.lexicon.size,
    },
    embeddings: resources.embeddingSource ?? null,
  },
  settings: { epochs, seeds, seedAveraging: 'mean of the seeds’ averaged weights', disabledFamilies: off },
  scores,
  trainSeconds: Math.round((Date.now() - t0) / 1000),
};
const bytes = nerModelBytes(resources, weights, off, info);
writeFileSync(out, bytes);
const meta = modelMeta(info, out.slice(out.lastIndexOf('/') + 1), bytes);
writeFileSync(out.replace(/\.bin\.gz$/, '.meta.json'), modelMetaJson(meta));
console.log(JSON.stringify({ ...meta, data: undefined }));

/** Header of the probe model that scores dev before the real header (which records that score) exists. */
function placeholderInfo(): ModelInfo {
  return {
    name: 'ner',
    version: '0',
    task: 'probe',
    builtBy: 'scripts/train-ner.ts',
    data: {},
    settings: {},
    scores: {},
  };
}

/** Per check, the lowest, highest and mean F1 over the seeds that ran it. */
function seedSpread(
  lines: readonly { check: string; f1: number }[],
): Record<string, { seeds: number; min: number; max: number; mean: number }> {
  const by = new Map<string, number[]>();
  for (const l of lines) by.set(l.check, [...(by.get(l.check) ?? []), l.f1]);
  const out: Record<string, { seeds: number; min: number; max: number; mean: number }> = {};
  for (const [check, f1s] of by) {
    const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
    out[check] = { seeds: f1s.length, min: Math.min(...f1s), max: Math.max(...f1s), mean: +mean.toFixed(2) };
  }
  return out;
}
