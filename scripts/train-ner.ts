/**
 * Rebuilds models/ner.bin.gz (and models/ner.meta.json) from ../shared/data.
 *
 *   npx tsx scripts/train-ner.ts [--with-valid] [--epochs N] [--off family,…] [--no-augment] [--out models/ner.bin.gz]
 *
 * Trains the averaged perceptron on CoNLL-2003 train.txt (plus valid.txt with
 * --with-valid), with the gazetteer (CountryInfo CC BY-SA 3.0, PETRARCH2 Phoenix MIT)
 * and the lexicon (clusters over PolNeAR, UD EWT and CoNLL train text). Without
 * --with-valid it reports dev F1 on valid.txt. Training sentences are augmented with
 * Title Case and group-code copies (scripts/ner/augment.ts) unless --no-augment.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prf } from '../src/eval/ner/score.js';
import { scoreTagger } from '../src/eval/ner/score-docs.js';
import { readConll, tagsToEntities } from '../src/formats/conll.js';
import { FeatureExtractor, type FeatureFamily } from '../src/stages/entities/tagger/features.js';
import { entitiesToLabels, LABELS } from '../src/stages/entities/tagger/labels.js';
import { decodeModel, encodeModel, taggerFromParts } from '../src/stages/entities/tagger/model-io.js';
import { type TrainDocument, trainPerceptron } from '../src/stages/entities/tagger/train.js';
import { AUGMENT_OPTIONS, augment } from './ner/augment.js';
import { buildGazetteer, buildLexicon, unlabeledSentences } from './ner/resources.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DATA = process.env.VERBATIM_DATA ?? `${ROOT}../shared/data`;
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
/** Epochs: dev F1 levels off after about ten passes. */
const EPOCHS = Number(arg('--epochs') ?? 12);
const SEED = 1;
const LEXICON_OPTIONS = { minCount: 3, contextWords: 1000, dims: 96, ks: [32, 8, 8], iterations: 12 };
const withValid = process.argv.includes('--with-valid');
/** Families left out by default: the two-pass `global` family gains nothing on dev (docs/ner.md) and halves speed. */
const DEFAULT_OFF = 'global';
const off = (arg('--off') ?? DEFAULT_OFF).split(',').filter(Boolean) as FeatureFamily[];
const out = arg('--out') ?? `${ROOT}models/ner.bin.gz`;
const TRAIN = 'ner/conll2003/train.txt';
const VALID = 'ner/conll2003/valid.txt';

function loadDocs(rel: string): TrainDocument[] {
  return readConll(readFileSync(`${DATA}/${rel}`, 'utf8')).map((d) => ({
    sentences: d.sentences.map((s) => s.tokens),
    labels: d.sentences.map((s) => entitiesToLabels(tagsToEntities(s.tags), s.tokens.length)),
  }));
}

const t0 = Date.now();
const train = loadDocs(TRAIN);
const dev = loadDocs(VALID);
const gazetteer = buildGazetteer(DATA);
const labelled = withValid ? [...train, ...dev] : train;
const augmentOn = !process.argv.includes('--no-augment');
const extra = augmentOn ? augment(labelled, gazetteer, AUGMENT_OPTIONS) : [];
const trainDocs = [...labelled, ...extra];
const unlabeled = unlabeledSentences(
  DATA,
  train.flatMap((d) => d.sentences),
);
const lexicon = buildLexicon(unlabeled, LEXICON_OPTIONS);
console.log(`resources: gazetteer ${gazetteer.size}, lexicon ${lexicon.size} (${Date.now() - t0} ms)`);
const extractor = new FeatureExtractor(lexicon, gazetteer, off);
const weights = trainPerceptron(extractor, trainDocs, {
  epochs: EPOCHS,
  seed: SEED,
  onEpoch: (e, _w, mistakes) =>
    console.log(`epoch ${e}: ${mistakes} sentences wrong (${Date.now() - t0} ms)`),
});
const bytes = encodeModel({
  header: { disabled: off, labels: LABELS },
  lexicon,
  gazetteer,
  weights,
});
writeFileSync(out, bytes);
let devF1: number | undefined;
if (!withValid) {
  const tagger = taggerFromParts(decodeModel(bytes));
  devF1 = prf(scoreTagger(tagger, dev).overall).f1;
  console.log(`dev F1 (shipped, quantised) ${(100 * devF1).toFixed(2)}`);
}
const meta = {
  model: 'averaged structured perceptron, BILOU, constrained Viterbi',
  trainedOn: withValid ? [TRAIN, VALID] : [TRAIN],
  epochs: EPOCHS,
  seed: SEED,
  disabledFamilies: off,
  augmentation: augmentOn
    ? { ...AUGMENT_OPTIONS, sentences: extra.length, script: 'scripts/ner/augment.ts' }
    : null,
  gazetteer: {
    sources: [
      'events/countryinfo/CountryInfo.120116.txt (CC BY-SA 3.0)',
      'events/petrarch2/Phoenix.{Countries,International,MilNonState}.actors.txt (MIT)',
    ],
    phrases: gazetteer.size,
  },
  lexicon: {
    sources: [
      TRAIN,
      'quotes/polnear/{train,dev}/text',
      'pos/ud-english-ewt/train.conllu',
      'extract/wcxb-dev/ground-truth (main_content)',
    ],
    options: LEXICON_OPTIONS,
    words: lexicon.size,
  },
  rows: weights.table.size,
  bytes: bytes.length,
  ...(devF1 !== undefined ? { devF1 } : {}),
  seconds: Math.round((Date.now() - t0) / 1000),
};
writeFileSync(out.replace(/\.bin\.gz$/, '.meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
console.log(JSON.stringify(meta));
