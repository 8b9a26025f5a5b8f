/**
 * Measures the acts type classifier (src/stages/acts/classifier.ts) trained on the PLOVER gold records
 * (events/plover/gsr-dev.json) and the NGEC synthetic stories (events/ngec-synthetic/stories.csv.gz,
 * vocabulary only: their labels are noisy), and measures, by 5-fold cross-validation over the gold
 * records, the dictionary coder alone, the classifier alone (words only) and both (the classifier
 * reading the dictionary's proposals). Also reports the rules on the half of the records never
 * inspected while writing them (odd positions), each learned configuration on that half, and a
 * classifier trained on the NGEC stories alone (no gold record), alone and as a fallback. No model is written: the classifier loses to the
 * dictionary (docs/acts.md), so the stage ships without it. Run: npx tsx scripts/train-acts.ts
 */
import { fileURLToPath } from 'node:url';
import { readGsr } from '../src/eval/acts/gsr.js';
import { readStories } from '../src/eval/acts/ngec.js';
import { byConfidence, createActsRunner } from '../src/eval/acts/run-acts.js';
import { type PredictedFirst, scoreActs } from '../src/eval/acts/score.js';
import { defaultActorCodeBook } from '../src/kb/load.js';
import {
  type ActTypeClassifier,
  type Example,
  features,
  featureWords,
  train,
} from '../src/stages/acts/classifier.js';
import { defaultVerbLexicon } from '../src/stages/acts/lexicon.js';
import { ActsCoder } from '../src/stages/acts/stage.js';
import type { Act } from '../src/stages/acts/types.js';

const DATA = process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const FOLDS = 5;
const EPOCHS = Number(process.env.ACTS_EPOCHS ?? 5);
/** Gold sentences are presented this many times per epoch, stories once (they are noisy). */
const GOLD_WEIGHT = Number(process.env.ACTS_GOLD_WEIGHT ?? 30);

const gold = readGsr(`${DATA}/events/plover/gsr-dev.json`);
const stories = readStories(`${DATA}/events/ngec-synthetic/stories.csv.gz`);
const lexicon = defaultVerbLexicon();
const book = defaultActorCodeBook();
const dictionaryCoder = new ActsCoder(lexicon, book);
const runner = await createActsRunner(dictionaryCoder);
const docs = gold.map((g) => runner.document(g.text, g.date));
const dictActs: Act[][] = docs.map((d) => byConfidence(dictionaryCoder.code(d)));

const storyExamples = (withHints: boolean): Example[] =>
  stories.map((s) => ({
    features: features(featureWords(s.text), withHints ? [] : []),
    type: s.type,
    weight: 1,
  }));
const goldExample = (i: number, withHints: boolean): Example => {
  const g = gold[i];
  const hints = withHints
    ? (dictActs[i] ?? []).map((a) => ({ type: a.type, lemma: lemmaOf(a), cameo: a.cameo ?? '' }))
    : [];
  return {
    features: features(featureWords(g?.text ?? ''), hints),
    type: g?.type ?? 'AGREE',
    weight: GOLD_WEIGHT,
  };
};
function lemmaOf(a: Act): string {
  return lexicon.lemma(a.trigger.text.split(/\s+/)[0]?.toLowerCase() ?? '') ?? a.trigger.text.toLowerCase();
}

const first = (a: Act | undefined): PredictedFirst =>
  a ? { type: a.type, actors: a.actors, recipients: a.recipients } : { actors: [], recipients: [] };

/** The classifier's type, with the participants of the dictionary act of that type (or of the first act). */
function withType(acts: readonly Act[], type: Act['type'], requireAct: boolean): PredictedFirst {
  const same = acts.find((a) => a.type === type) ?? acts[0];
  if (!same && requireAct) return { actors: [], recipients: [] };
  return { type, actors: same?.actors ?? [], recipients: same?.recipients ?? [] };
}

const fold = (i: number): number => i % FOLDS;
const predDict: PredictedFirst[] = dictActs.map((a) => first(a[0]));
const predWords: PredictedFirst[] = [];
const predBoth: PredictedFirst[] = [];
const predFallback: PredictedFirst[] = [];
for (let f = 0; f < FOLDS; f++) {
  const trainIdx = gold.map((_, i) => i).filter((i) => fold(i) !== f);
  const words = train([...storyExamples(false), ...trainIdx.map((i) => goldExample(i, false))], EPOCHS);
  const both = train([...storyExamples(true), ...trainIdx.map((i) => goldExample(i, true))], EPOCHS);
  gold.forEach((_, i) => {
    if (fold(i) !== f) return;
    const acts = dictActs[i] ?? [];
    predWords[i] = withType(acts, words.predict(goldExample(i, false).features).type, false);
    predBoth[i] = combine(both, i, acts);
    // The dictionary's act where it codes one, else the word classifier's type (no participants).
    predFallback[i] = acts[0] ? first(acts[0]) : withType(acts, predWords[i]?.type ?? 'AGREE', false);
  });
}

// Trained on the NGEC stories only (no gold record): the held-out half is then untouched by training.
const ngecOnly = train(storyExamples(false), EPOCHS);
const predNgec: PredictedFirst[] = [];
const predNgecFallback: PredictedFirst[] = [];
gold.forEach((_, i) => {
  const acts = dictActs[i] ?? [];
  predNgec[i] = withType(acts, ngecOnly.predict(goldExample(i, false).features).type, false);
  predNgecFallback[i] = acts[0] ? first(acts[0]) : (predNgec[i] as PredictedFirst);
});

/** Both: the classifier picks the type of sentences the dictionary coded (never creates acts). */
function combine(model: ActTypeClassifier, i: number, acts: readonly Act[]): PredictedFirst {
  if (!acts[0]) return { actors: [], recipients: [] };
  return withType(acts, model.predict(goldExample(i, true).features).type, true);
}

const report = (name: string, pred: readonly PredictedFirst[], idx?: (i: number) => boolean) => {
  const keep = gold.map((_, i) => i).filter((i) => (idx ? idx(i) : true));
  const s = scoreActs(
    keep.map((i) => gold[i]!),
    keep.map((i) => pred[i]!),
  );
  const line = `${name.padEnd(44)} n=${String(s.records).padStart(3)}  type ${s.typeAccuracy.toFixed(3)}  macro-F1 ${s.macroF1.toFixed(3)}  actor ${s.actorAccuracy.toFixed(3)}  recipient ${s.recipientAccuracy.toFixed(3)}`;
  console.log(line);
  return {
    name,
    records: s.records,
    type: s.typeAccuracy,
    macroF1: s.macroF1,
    actor: s.actorAccuracy,
    recipient: s.recipientAccuracy,
    perType: s.perType.map((t) => [t.type, Number(t.f1.toFixed(3))]),
  };
};
const results = [
  report('dictionary + rules, all records', predDict),
  report('dictionary + rules, tuning half (even)', predDict, (i) => i % 2 === 0),
  report('dictionary + rules, held-out half (odd)', predDict, (i) => i % 2 === 1),
  report(`classifier alone (words), ${FOLDS}-fold CV`, predWords),
  report(`dictionary + classifier, ${FOLDS}-fold CV`, predBoth),
  report(`dictionary, classifier where it codes nothing, ${FOLDS}-fold CV`, predFallback),
  report(`classifier alone (words), ${FOLDS}-fold CV, held-out half`, predWords, (i) => i % 2 === 1),
  report(`dictionary + classifier, ${FOLDS}-fold CV, held-out half`, predBoth, (i) => i % 2 === 1),
  report(`dictionary, classifier fallback, CV, held-out half`, predFallback, (i) => i % 2 === 1),
  report('classifier on NGEC only, held-out half', predNgec, (i) => i % 2 === 1),
  report('dictionary, NGEC classifier fallback, held-out', predNgecFallback, (i) => i % 2 === 1),
];

console.log(`${results.length} configurations measured`);
