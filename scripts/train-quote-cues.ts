/**
 * Learns the quotes stage's cue lexicon from PolNeAR train
 * (`../shared/data/quotes/polnear/train`, or `$VERBATIM_DATA/quotes/polnear/train`).
 *
 * For every word form (lower-cased) it counts how often the form occurs in the
 * training texts and how often it lies inside a gold Cue span, plus, for cue
 * occurrences, whether the Content lies after the cue and whether the Source lies
 * before it. Writes models/quote-cues.json (entries with count ≥ MIN_CUE_COUNT)
 * and models/quote-cues.meta.json (data files and settings).
 *
 *     npx tsx scripts/train-quote-cues.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Analyzer } from '../src/analyzer.js';
import { goldAttributions, readPolnear } from '../src/eval/quotes/gold-reader.js';
import { type ModelInfo, modelMeta, modelMetaJson } from '../src/learn/model-info.js';
import { docView } from '../src/pipeline/doc-view.js';
import { wordsOf } from '../src/stages/quotes/words.js';

/** Forms seen fewer times as a cue than this carry no usable statistics. */
const MIN_CUE_COUNT = 3;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.VERBATIM_DATA ?? join(root, '..', 'shared', 'data');
const trainDir = join(dataDir, 'quotes', 'polnear', 'train');

interface Stat {
  total: number;
  cue: number;
  contentAfter: number;
  sourceBefore: number;
  sourceAfter: number;
  /** Cue occurrences whose cue span is this word alone (as opposed to a phrase). */
  head: number;
}

const stats = new Map<string, Stat>();
const stat = (w: string): Stat => {
  let s = stats.get(w);
  if (!s) {
    s = { total: 0, cue: 0, contentAfter: 0, sourceBefore: 0, sourceAfter: 0, head: 0 };
    stats.set(w, s);
  }
  return s;
};

const articles = readPolnear(trainDir);
// The words the quotes stage reads: production tokens and sentences, through the document view.
const analyzer = await Analyzer.create({ stages: ['sentences'] });
let attributions = 0;
for (const a of articles) {
  const view = docView(analyzer.run({ text: a.text }).document);
  const words = wordsOf(view, 0, a.text.length);
  const gold = goldAttributions(a);
  attributions += gold.length;
  const cueOf = new Map<number, (typeof gold)[number]>();
  for (const g of gold) for (const r of g.cue ?? []) for (let i = r.start; i < r.end; i++) cueOf.set(i, g);
  for (const w of words) {
    const s = stat(w.lower);
    s.total++;
    const g = cueOf.get(w.start);
    if (!g?.cue) continue;
    s.cue++;
    const contentStart = g.content[0]?.start ?? 0;
    if (contentStart > w.start) s.contentAfter++;
    if (g.source && g.source.end <= w.start) s.sourceBefore++;
    if (g.source && g.source.start >= w.end) s.sourceAfter++;
    const cueWords = (g.cue ?? []).reduce((n, r) => n + wordsOf(view, r.start, r.end).length, 0);
    if (cueWords === 1) s.head++;
  }
}

const entries = [...stats]
  .filter(([, s]) => s.cue >= MIN_CUE_COUNT)
  .sort((a, b) => b[1].cue - a[1].cue)
  .map(([form, s]) => ({
    form,
    cue: s.cue,
    total: s.total,
    precision: Number((s.cue / s.total).toFixed(4)),
    contentAfter: Number((s.contentAfter / s.cue).toFixed(3)),
    sourceBefore: Number((s.sourceBefore / s.cue).toFixed(3)),
    sourceAfter: Number((s.sourceAfter / s.cue).toFixed(3)),
    alone: Number((s.head / s.cue).toFixed(3)),
  }));

const out = join(root, 'models', 'quote-cues.json');
const bytes = new TextEncoder().encode(`${JSON.stringify({ version: 1, entries })}\n`);
writeFileSync(out, bytes);
const info: ModelInfo = {
  name: 'quote-cues',
  version: new Date().toISOString().slice(0, 10),
  task: 'quote cue lexicon: per word form, how often it is a gold attribution cue and where source and content sit',
  builtBy: 'npx tsx scripts/train-quote-cues.ts',
  data: {
    train:
      'PolNeAR train split (quotes/polnear/train: text/*.txt, attributions/*.ann, first annotator file by name)',
    articles: articles.length,
    attributions,
    fields: {
      cue: 'occurrences inside a gold Cue span',
      total: 'occurrences in the training texts',
      precision: 'cue / total',
      contentAfter: 'share of cue occurrences whose Content starts after the word',
      sourceBefore: 'share whose Source ends before the word',
      sourceAfter: 'share whose Source starts after the word',
      alone: 'share whose Cue span is this word alone',
    },
  },
  settings: { MIN_CUE_COUNT, tokenizer: 'src/stages/quotes/words.ts' },
  scores: {},
};
writeFileSync(
  join(root, 'models', 'quote-cues.meta.json'),
  modelMetaJson(modelMeta(info, 'quote-cues.json', bytes)),
);
console.log(
  `${entries.length} cue forms from ${articles.length} articles, ${attributions} attributions → ${out}`,
);
