/**
 * Rebuilds models/sentences.json.gz, the sentence-boundary classifier, from UD
 * English EWT train (../shared/data/pos/ud-english-ewt/train.conllu, or
 * $VERBATIM_DATA/pos/...): text rebuilt from `# text =` lines exactly as
 * `verbatim eval pos` does (src/eval/pos/reconstruct.ts), our tokens, and one
 * example per gap the rules leave open (src/stages/sentences/segment.ts),
 * labelled by whether a gold sentence ends there. Logistic regression
 * (AdaGrad, L2); the thresholds are chosen on dev.conllu by sentence-boundary F1.
 * Settings and numbers go to models/sentences.meta.json.
 *
 *   npx tsx scripts/train-sentences.ts [--epochs 5] [--rate 0.2] [--l2 1e-2] [--prune 0] [--min-count 2]
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type GoldDocument, reconstructDocuments } from '../src/eval/pos/reconstruct.js';
import { parseConllu } from '../src/formats/conllu.js';
import { type ModelInfo, modelMeta, modelMetaJson } from '../src/learn/model-info.js';
import { contentBlocks, setLayer } from '../src/model/document.js';
import {
  BoundaryModel,
  type BoundaryWeights,
  decodeBoundaryModel,
  encodeBoundaryModel,
} from '../src/stages/sentences/boundary-model.js';
import { gapContext, gapFeatures } from '../src/stages/sentences/features.js';
import { type GapJudge, modelJudge } from '../src/stages/sentences/segment.js';
import { sentencesOf } from '../src/stages/sentences/stage.js';
import { tokenizeDocument } from '../src/stages/tokens/stage.js';
import type { Token } from '../src/stages/tokens/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = process.env.VERBATIM_DATA ?? `${ROOT}../shared/data`;
const TRAIN = `${DATA}/pos/ud-english-ewt/train.conllu`;
const DEV = `${DATA}/pos/ud-english-ewt/dev.conllu`;
const MODEL = `${ROOT}models/sentences.json.gz`;
const META = `${ROOT}models/sentences.meta.json`;
/** Weights are stored as integers: weight × SCALE. */
const SCALE = 1000;

function option(name: string, fallback: number): number {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? Number(process.argv[k + 1]) : fallback;
}

const settings = {
  epochs: option('epochs', 5),
  rate: option('rate', 0.2),
  l2: option('l2', 1e-2),
  // 0: a word's pair features must not outlive its word feature (boundary-model.ts skips them then).
  prune: option('prune', 0),
  minCount: option('min-count', 2),
  seed: option('seed', 1),
};

interface Example {
  readonly features: Int32Array;
  readonly label: number;
}

function load(file: string): GoldDocument[] {
  const docs = reconstructDocuments(parseConllu(readFileSync(file, 'utf8'), file));
  for (const g of docs) setLayer(g.doc, 'tokens', tokenizeDocument(g.doc));
  return docs;
}

/** One example per open gap (feature hashes), walking each block with the gold boundaries as the sentence starts. */
function examples(docs: readonly GoldDocument[]): { hashes: Uint32Array; label: number }[] {
  const out: { hashes: Uint32Array; label: number }[] = [];
  for (const g of docs) {
    const gold = new Set(g.sentences.map((s) => s.end));
    const judge: GapJudge = (toks, from, to, i, rule, sentStart) => {
      const label = gold.has((toks[i] as Token).end) ? 1 : 0;
      const hashes = gapFeatures(gapContext(toks, from, to, i), rule, i + 1 - sentStart, to - i - 1);
      out.push({ hashes: Uint32Array.from(hashes), label });
      return label === 1;
    };
    // sentencesOf walks every block exactly as at run time; the judge sees each open gap once.
    sentencesOf(g.doc, judge);
  }
  return out;
}

/** Features seen in at least `settings.minCount` examples get an index; the others are dropped. */
function indexFeatures(raw: readonly { hashes: Uint32Array; label: number }[]): {
  index: Map<number, number>;
  data: Example[];
} {
  const counts = new Map<number, number>();
  for (const ex of raw) for (const h of ex.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [h, c] of counts) if (c >= settings.minCount) index.set(h, index.size);
  const data = raw.map((ex) => {
    const ids: number[] = [];
    for (const h of ex.hashes) {
      const id = index.get(h);
      if (id !== undefined) ids.push(id);
    }
    return { features: Int32Array.from(ids), label: ex.label };
  });
  return { index, data };
}

/** Deterministic shuffle (xorshift). */
function shuffle<T>(items: T[], seed: number): void {
  let s = seed >>> 0 || 1;
  for (let i = items.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}

function trainLogistic(data: Example[], n: number): Float64Array {
  const w = new Float64Array(n);
  const g2 = new Float64Array(n).fill(1e-8);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffle(data, settings.seed + epoch);
    let loss = 0;
    for (const ex of data) {
      let z = 0;
      for (const f of ex.features) z += w[f] as number;
      const p = 1 / (1 + Math.exp(-z));
      loss -= Math.log(ex.label ? Math.max(p, 1e-12) : Math.max(1 - p, 1e-12));
      const grad = p - ex.label;
      for (const f of ex.features) {
        const g = grad + settings.l2 * (w[f] as number);
        g2[f] = (g2[f] as number) + g * g;
        w[f] = (w[f] as number) - (settings.rate * g) / Math.sqrt(g2[f] as number);
      }
    }
    console.log(`epoch ${epoch + 1}: mean log loss ${(loss / data.length).toFixed(4)}`);
  }
  return w;
}

interface Score {
  p: number;
  r: number;
  f1: number;
  innerF1: number;
}

function evaluate(docs: readonly GoldDocument[], judge: GapJudge | null): Score {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  let itp = 0;
  let ipred = 0;
  let igold = 0;
  for (const g of docs) {
    const found = sentencesOf(g.doc, judge);
    const ends = new Set(g.sentences.map((s) => s.end));
    const blockEnds = new Set(contentBlocks(g.doc).map((b) => b.end));
    for (const s of found) {
      const hit = ends.has(s.end) ? 1 : 0;
      tp += hit;
      if (!blockEnds.has(s.end)) {
        itp += hit;
        ipred++;
      }
    }
    pred += found.length;
    gold += g.sentences.length;
    igold += g.sentences.filter((s) => !blockEnds.has(s.end)).length;
  }
  const f = (a: number, b: number, c: number): number => (a ? (2 * a) / (b + c) : 0);
  return { p: tp / pred, r: tp / gold, f1: f(tp, pred, gold), innerF1: f(itp, ipred, igold) };
}

const fmt = (s: Score): string =>
  `P ${s.p.toFixed(4)} R ${s.r.toFixed(4)} F1 ${s.f1.toFixed(4)} (inside paragraphs ${s.innerF1.toFixed(4)})`;

const t0 = performance.now();
const train = load(TRAIN);
const dev = load(DEV);
const { index, data: trainExamples } = indexFeatures(examples(train));
const positives = trainExamples.filter((e) => e.label === 1).length;
console.log(`train: ${trainExamples.length} open gaps (${positives} boundaries), ${index.size} features`);
const w = trainLogistic(trainExamples, index.size);
const weights = new Map<number, number>();
for (const [h, id] of index) {
  const v = w[id] as number;
  if (Math.abs(v) >= settings.prune) weights.set(h, v);
}
console.log(`rules alone on dev: ${fmt(evaluate(dev, null))}`);

// Thresholds: over a grid, the most conservative pair (highest `add`, then lowest `veto`) whose dev F1 is within
// TOLERANCE of the best: the rules were built for news, so the model should change as little as it must.
const TOLERANCE = 0.001;
const grid: { add: number; veto: number; score: Score }[] = [];
for (let add = 3; add >= -1; add -= 0.25)
  for (const veto of [-6, -4, -3, -2, -1, 0]) {
    const model = new BoundaryModel({ weights, add, veto });
    grid.push({ add, veto, score: evaluate(dev, modelJudge(model)) });
  }
const top = Math.max(...grid.map((g) => g.score.f1));
const best = grid.find((g) => g.score.f1 >= top - TOLERANCE) as (typeof grid)[number];
console.log(`best dev F1 on the grid ${top.toFixed(4)}`);
console.log(`chosen add ${best.add} veto ${best.veto}: dev ${fmt(best.score)}`);

const bytes = encodeBoundaryModel({ weights, add: best.add, veto: best.veto }, SCALE);
writeFileSync(MODEL, bytes);
// Check the written file decodes to the same decisions.
const reread: BoundaryWeights = decodeBoundaryModel(readFileSync(MODEL), MODEL);
const check = evaluate(dev, modelJudge(new BoundaryModel(reread)));
console.log(`written model on dev: ${fmt(check)}`);
const info: ModelInfo = {
  name: 'sentences',
  version: new Date().toISOString().slice(0, 10),
  task: 'sentence boundaries in gaps the rules leave open; logistic regression over hashed gap features',
  builtBy: 'npx tsx scripts/train-sentences.ts',
  data: {
    train: 'pos/ud-english-ewt/train.conllu',
    trainBytes: statSync(TRAIN).size,
    dev: 'pos/ud-english-ewt/dev.conllu (thresholds only)',
    text: 'rebuilt from # text = lines: paragraphs as blocks, sentences of a paragraph joined by one space',
    examples: trainExamples.length,
    positives,
    features: reread.weights.size,
  },
  settings: { ...settings, scale: SCALE, tolerance: TOLERANCE, add: best.add, veto: best.veto },
  scores: {
    on: 'pos/ud-english-ewt/dev.conllu (boundaries)',
    precision: round(check.p),
    recall: round(check.r),
    f1: round(check.f1),
    f1InsideParagraphs: round(check.innerF1),
  },
  trainSeconds: Math.round((performance.now() - t0) / 1000),
};
const meta = modelMeta(info, 'sentences.json.gz', bytes);
writeFileSync(META, modelMetaJson(meta));
console.log(JSON.stringify(meta, null, 2));

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
