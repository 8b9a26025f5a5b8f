/**
 * Development harness: trains on CoNLL train.txt and scores valid.txt per epoch.
 *   npx tsx scripts/ner/experiment.ts [--epochs N] [--off family,family] [--no-lex] [--no-gaz] [--no-augment]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { formatNerScore, prf } from '../../src/eval/ner/score.js';
import { scoreTagger } from '../../src/eval/ner/score-docs.js';
import { readConll, tagsToEntities } from '../../src/formats/conll.js';
import { FeatureExtractor, type FeatureFamily } from '../../src/stages/entities/tagger/features.js';
import { Gazetteer } from '../../src/stages/entities/tagger/gazetteer.js';
import { entitiesToLabels } from '../../src/stages/entities/tagger/labels.js';
import { Lexicon } from '../../src/stages/entities/tagger/lexicon.js';
import { EntityTagger } from '../../src/stages/entities/tagger/tagger.js';
import { type TrainDocument, trainPerceptron } from '../../src/stages/entities/tagger/train.js';
import { AUGMENT_OPTIONS, augment } from './augment.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = process.env.VERBATIM_DATA ?? `${ROOT}../shared/data`;
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const epochs = Number(arg('--epochs') ?? 10);
const off = (arg('--off') ?? '').split(',').filter(Boolean) as FeatureFamily[];
const lexPath = arg('--lex') ?? '/tmp/ner-res/lexicon.tsv.gz';
const gazPath = arg('--gaz') ?? '/tmp/ner-res/gazetteer.tsv.gz';
const readGz = (p: string): string[] => gunzipSync(readFileSync(p)).toString('utf8').split('\n');

export function loadDocs(path: string): TrainDocument[] {
  return readConll(readFileSync(path, 'utf8')).map((d) => ({
    sentences: d.sentences.map((s) => s.tokens),
    labels: d.sentences.map((s) => entitiesToLabels(tagsToEntities(s.tags), s.tokens.length)),
  }));
}

const train = loadDocs(`${DATA}/ner/conll2003/train.txt`);
const dev = loadDocs(`${DATA}/ner/conll2003/valid.txt`);
const lexicon =
  !process.argv.includes('--no-lex') && existsSync(lexPath) ? Lexicon.fromLines(readGz(lexPath)) : undefined;
const gaz =
  !process.argv.includes('--no-gaz') && existsSync(gazPath)
    ? Gazetteer.fromLines(readGz(gazPath))
    : undefined;
console.log(
  `train ${train.length} docs, dev ${dev.length}; lexicon ${lexicon?.size ?? 0}, gazetteer ${gaz?.size ?? 0}; off: ${off.join(',') || '-'}`,
);
const extractor = new FeatureExtractor(lexicon, gaz, off);
const t0 = Date.now();
let best = 0;
const extra = gaz && !process.argv.includes('--no-augment') ? augment(train, gaz, AUGMENT_OPTIONS) : [];
console.log(`augmented sentences: ${extra.length}`);
trainPerceptron(extractor, [...train, ...extra], {
  epochs,
  seed: 1,
  onEpoch: (epoch, weights, mistakes) => {
    const tagger = new EntityTagger(weights, extractor);
    const r = scoreTagger(tagger, dev);
    const f = prf(r.overall).f1;
    best = Math.max(best, f);
    console.log(
      `epoch ${epoch} mistakes ${mistakes} rows ${weights.table.size} dev F1 ${(100 * f).toFixed(2)} (${((Date.now() - t0) / 1000).toFixed(0)}s)`,
    );
    if (epoch === epochs) console.log(formatNerScore(r).join('\n'));
  },
});
console.log(`best ${(100 * best).toFixed(2)}`);
