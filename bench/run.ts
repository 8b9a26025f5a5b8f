/**
 * `npm run bench`: runs every suite over the PolNeAR training texts and prints
 * one table (and `bench/results/latest.json`). Options: `--limit N` texts,
 * `--suite NAME` (substring) to run some suites only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from './corpus.js';
import { SUITES } from './suites/index.js';
import type { BenchRow } from './types.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const limit = Number(arg('--limit') ?? Number.POSITIVE_INFINITY);
const only = arg('--suite');
const corpus = loadCorpus(undefined, limit);
console.log(`corpus: ${corpus.name}, ${corpus.words.toLocaleString('en')} words; node ${process.version}`);

const rows: BenchRow[] = [];
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
for (const suite of SUITES) {
  if (only ? !suite.name.includes(only) : suite.onlyWhenNamed) continue;
  (globalThis as { gc?: () => void }).gc?.();
  rows.push(...(await suite.run(corpus)));
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
clearInterval(sampler);
const ours = rows.find((r) => r.section === 'pipeline' && r.name === 'end to end');
for (const peer of rows.filter((r) => r.section === 'peer' && r.unit === 'words/s')) {
  if (ours)
    rows.push({
      section: 'ratio',
      name: `Verbatim end to end / ${peer.name}`,
      value: ours.value / peer.value,
      unit: '×',
    });
}
rows.push({ section: 'memory', name: 'peak RSS', value: peakRss / 1024 / 1024, unit: 'MiB' });

const fmt = (v: number): string => (v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(2));
console.log(`\n| section | measure | value | unit | note |\n|---|---|---:|---|---|`);
for (const r of rows)
  console.log(`| ${r.section} | ${r.name} | ${fmt(r.value)} | ${r.unit} | ${r.note ?? ''} |`);

const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ corpus: corpus.name, rows }, null, 2)}\n`);
