/**
 * Learns the quotes stage's statement yield (models/quote-cue-yield.json): for every
 * cue form and construction (cue-yield.ts `statementShape`), how many statements the
 * patterns make on PolNeAR train and how many of them match a gold attribution
 * (≥ 30 % coverage, one to one, the issue #6 metric). Then chooses the least yield a
 * statement needs (`threshold`) on PolNeAR dev, by F1 at 30 % (ties: F1 at 80 %).
 * Run after scripts/train-quote-cues.ts (the lexicon decides which statements exist).
 *
 *     npx tsx scripts/train-quote-yield.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Analyzer } from '../src/analyzer.js';
import type { GoldAttribution } from '../src/eval/quotes/gold-reader.js';
import { goldAttributions, readPolnear } from '../src/eval/quotes/gold-reader.js';
import { type DocumentPairs, matchPairs, score } from '../src/eval/quotes/score.js';
import { type ModelInfo, modelMeta, modelMetaJson } from '../src/learn/model-info.js';
import type { Document } from '../src/model/document.js';
import { CueYield, type YieldCounts } from '../src/stages/quotes/cue-yield.js';
import { CueLexicon, DEFAULT_CUE_SETTINGS, loadCueEntries } from '../src/stages/quotes/lexicon.js';
import { matchStatements, yieldKey } from '../src/stages/quotes/quotes.js';

/** Keys seen fewer times than this are left to their back-off estimates (keeps the model small). */
const MIN_MADE = 2;

/** Core thresholds tried on dev. */
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i * 0.025);

/** Thresholds tried on dev for forms below the core precision. */
const RARE_THRESHOLDS = [0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.VERBATIM_DATA ?? join(root, '..', 'shared', 'data');
/** Lexicon settings: the stage's defaults, overridable for experiments (QUOTES_LEXICON='{"minPrecision":0.1}'). */
const LEXICON_SETTINGS = {
  ...DEFAULT_CUE_SETTINGS,
  ...(JSON.parse(process.env.QUOTES_LEXICON ?? '{}') as Partial<typeof DEFAULT_CUE_SETTINGS>),
  minYield: 0,
};
const lexicon = new CueLexicon(loadCueEntries(), LEXICON_SETTINGS);
const analyzer = await Analyzer.create({ stages: ['sentences'] });

interface Prepared {
  readonly doc: Document;
  readonly gold: GoldAttribution[];
}

function prepare(split: string): Prepared[] {
  return readPolnear(join(dataDir, 'quotes', 'polnear', split)).map((a) => ({
    doc: analyzer.run({ text: a.text }).document,
    gold: goldAttributions(a),
  }));
}

const train = prepare('train');
const counts = new Map<string, { made: number; right: number }>();
const bump = (key: string, right: boolean) => {
  const c = counts.get(key) ?? { made: 0, right: 0 };
  c.made++;
  if (right) c.right++;
  counts.set(key, c);
};
for (const { doc, gold } of train) {
  const statements = matchStatements(doc, lexicon);
  const matched = new Set(
    matchPairs({ gold, predicted: statements.map((x) => ({ content: x.content })) }, 0.3).values(),
  );
  statements.forEach((s, i) => {
    const { form, shape } = yieldKey(doc.text, s);
    const right = matched.has(i);
    for (const key of [`${form}|${shape}`, `${form}|*`, `*|${shape}`, '*|*']) bump(key, right);
  });
}
const kept: Record<string, [number, number]> = {};
for (const [k, c] of [...counts].sort((a, b) => b[1].made - a[1].made)) {
  if (c.made >= MIN_MADE || k.startsWith('*')) kept[k] = [c.made, c.right];
}
const model = new CueYield(
  new Map<string, YieldCounts>(Object.entries(kept).map(([k, [made, right]]) => [k, { made, right }])),
);

const dev = prepare('dev');
let best = { core: 0, rare: 0, f30: -1, f80: -1 };
const sweep: { core: number; rare: number; f30: number; f80: number; p30: number; r30: number }[] = [];
for (const rare of RARE_THRESHOLDS) {
  for (const t of THRESHOLDS) {
    const min = { core: Number(t.toFixed(3)), rare };
    const docs: DocumentPairs[] = dev.map(({ doc, gold }) => ({
      gold,
      predicted: matchStatements(doc, lexicon, model, min).map((x) => ({ content: x.content })),
    }));
    const s30 = score(docs, 0.3);
    const s80 = score(docs, 0.8);
    const row = { ...min, f30: s30.f1, f80: s80.f1, p30: s30.precision, r30: s30.recall };
    sweep.push(row);
    if (s30.f1 > best.f30 + 1e-9 || (Math.abs(s30.f1 - best.f30) <= 1e-9 && s80.f1 > best.f80)) {
      best = { ...min, f30: s30.f1, f80: s80.f1 };
    }
  }
}

const bytes = new TextEncoder().encode(
  `${JSON.stringify({ version: 1, thresholds: { core: best.core, rare: best.rare }, counts: kept })}\n`,
);
writeFileSync(join(root, 'models', 'quote-cue-yield.json'), bytes);
const info: ModelInfo = {
  name: 'quote-cue-yield',
  version: new Date().toISOString().slice(0, 10),
  task: 'statement yield per cue form and shape, with thresholds a statement must reach',
  builtBy: 'npx tsx scripts/train-quote-yield.ts',
  data: {
    counts: 'PolNeAR train split (quotes/polnear/train, first annotator file by name)',
    threshold: 'PolNeAR dev split (quotes/polnear/dev), best F1 at 30 % coverage',
    articles: { train: train.length, dev: dev.length },
    fields: {
      counts: '`form|shape`, `form|*`, `*|shape`, `*|*` → [statements made, statements matching gold]',
      thresholds:
        'least smoothed yield a statement needs: core for forms with lexicon precision >= corePrecision, rare (at least core) below it',
    },
  },
  settings: { MIN_MADE, lexicon: LEXICON_SETTINGS, match: 'coverage >= 30 %' },
  scores: {
    on: 'quotes/polnear/dev (threshold sweep; F1 at 30 % and 80 % coverage)',
    devSweep: sweep.map((r) => ({
      core: r.core,
      rare: r.rare,
      f1At30: Number(r.f30.toFixed(4)),
      f1At80: Number(r.f80.toFixed(4)),
      precisionAt30: Number(r.p30.toFixed(4)),
      recallAt30: Number(r.r30.toFixed(4)),
    })),
  },
};
writeFileSync(
  join(root, 'models', 'quote-cue-yield.meta.json'),
  modelMetaJson(modelMeta(info, 'quote-cue-yield.json', bytes)),
);
console.log(
  `thresholds core ${best.core} rare ${best.rare} (dev F1@30 ${best.f30.toFixed(4)}, F1@80 ${best.f80.toFixed(4)}); ${Object.keys(kept).length} keys`,
);
