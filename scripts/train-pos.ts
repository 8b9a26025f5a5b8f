/**
 * Rebuilds models/pos-ewt.bin.gz, the UPOS tagger, from UD English EWT train
 * (../shared/data/pos/ud-english-ewt/train.conllu, or $VERBATIM_DATA/pos/...),
 * reports accuracy on dev.conllu when present, and writes the settings and
 * numbers to models/pos-ewt.meta.json.
 *
 *   npx tsx scripts/train-pos.ts [--bits 18] [--epochs 8] [--folds 5]
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConllu } from '../src/formats/conllu.js';
import { decodeModel, encodeModel } from '../src/stages/pos/model-io.js';
import { type TrainSentence, trainTagger } from '../src/stages/pos/perceptron.js';
import { PerceptronTagger } from '../src/stages/pos/tagger.js';
import { UPOS_TAGS } from '../src/stages/pos/types.js';
import { ProfileBuilder } from '../src/stages/pos/word-profiles.js';
import { addUnlabelled } from './pos/unlabelled.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = process.env.VERBATIM_DATA ?? `${ROOT}../shared/data`;
const TRAIN = `${DATA}/pos/ud-english-ewt/train.conllu`;
const DEV = `${DATA}/pos/ud-english-ewt/dev.conllu`;
const MODEL = process.env.POS_MODEL_OUT ?? `${ROOT}models/pos-ewt.bin.gz`;
const META = MODEL.replace(/\.bin\.gz$/, '.meta.json');

function option(name: string, fallback: number): number {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? Number(process.argv[k + 1]) : fallback;
}

const TAG_INDEX = new Map<string, number>(UPOS_TAGS.map((t, i) => [t, i]));

function load(file: string): TrainSentence[] {
  return parseConllu(readFileSync(file, 'utf8'), file).map((s) => ({
    words: s.words.map((w) => w.form),
    tags: Uint8Array.from(s.words.map((w) => TAG_INDEX.get(w.upos) ?? TAG_INDEX.get('X')!)),
  }));
}

function accuracy(tagger: PerceptronTagger, data: readonly TrainSentence[]): number {
  let right = 0;
  let total = 0;
  for (const s of data) {
    const ids = tagger.tagIds(s.words);
    for (let i = 0; i < ids.length; i++) if (ids[i] === s.tags[i]) right++;
    total += ids.length;
  }
  return right / total;
}

const settings = {
  bits: option('bits', 18),
  epochs: option('epochs', 8),
  folds: option('folds', 5),
  lexiconMinCount: option('lexicon-min-count', 2),
  lexiconMinShare: option('lexicon-min-share', 0.1),
  fixedMinCount: option('fixed-min-count', 10),
  fixedMinShare: option('fixed-min-share', 0.99),
  seed: option('seed', 1),
};
const t0 = performance.now();
const train = load(TRAIN);
console.log(`train: ${train.length} sentences from ${TRAIN}`);
// Word profiles from unlabelled text (and EWT train's word forms, without their tags).
const useProfiles = !process.argv.includes('--no-profiles');
const builder = new ProfileBuilder();
const unlabelled = useProfiles ? addUnlabelled(builder, DATA) : [];
if (useProfiles) for (const s of train) builder.addLine(s.words);
const profiles = useProfiles ? builder.build() : undefined;
if (profiles) console.log(`word profiles: ${profiles.size} words from ${builder.tokens} tokens`);
const trained = trainTagger(train, UPOS_TAGS.length, {
  ...settings,
  ...(profiles ? { profiles } : {}),
  log: (l) => console.log(l),
});
const bytes = encodeModel({ tags: UPOS_TAGS, bits: settings.bits, ...trained });
writeFileSync(MODEL, bytes);
const tagger = new PerceptronTagger(decodeModel(bytes, MODEL));
const dev = existsSync(DEV) ? accuracy(tagger, load(DEV)) : undefined;
const meta = {
  model: 'models/pos-ewt.bin.gz',
  task: 'UPOS tagging, two-pass averaged perceptron over hashed features',
  data: {
    train: 'pos/ud-english-ewt/train.conllu',
    trainBytes: statSync(TRAIN).size,
    sentences: train.length,
    unlabelled: useProfiles
      ? [
          ...unlabelled,
          {
            source: 'pos/ud-english-ewt/train.conllu (forms)',
            tokens: train.reduce((n, s) => n + s.words.length, 0),
          },
        ]
      : [],
    profiles: profiles?.size ?? 0,
  },
  settings,
  devAccuracy: dev === undefined ? null : Number(dev.toFixed(5)),
  bytes: bytes.length,
  trainSeconds: Math.round((performance.now() - t0) / 1000),
};
writeFileSync(META, `${JSON.stringify(meta, null, 2)}\n`);
console.log(`wrote ${MODEL} (${(bytes.length / 1e6).toFixed(2)} MB); dev UPOS accuracy ${dev ?? 'n/a'}`);
