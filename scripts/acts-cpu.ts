/**
 * CPU time of the acts coder alone, in one process so that a loaded machine does not skew a
 * comparison: runs the stages before `acts` once over bench corpus texts (PolNeAR), then times
 * `ActsCoder.code` with `process.cpuUsage()` over several passes. With `--base DIR` (a copy of an
 * older `src/stages/acts` placed beside it, e.g. `src/stages/acts-base`, never committed) it
 * alternates passes of both versions and prints the CPU ratio and the act counts of each.
 *
 *   npx tsx scripts/acts-cpu.ts [--limit 120] [--passes 6] [--base acts-base]
 */
import { loadCorpus } from '../bench/corpus.js';
import { Analyzer } from '../src/analyzer.js';
import { defaultActorCodeBook } from '../src/kb/load.js';
import type { Document } from '../src/model/document.js';
import { defaultVerbLexicon } from '../src/stages/acts/lexicon.js';
import { ActsCoder } from '../src/stages/acts/stage.js';
import { defaultVerbModel } from '../src/stages/acts/verb-model.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const limit = Number(arg('--limit') ?? 120);
const passes = Number(arg('--passes') ?? 6);
const base = arg('--base');
const corpus = loadCorpus(undefined, limit);
const analyzer = await Analyzer.create({ stages: ['quotes', 'time', 'actors', 'entities', 'pos'] });
const docs: Document[] = corpus.texts.map((t) => analyzer.run({ text: t.text }).document);
const words = docs.reduce((n, d) => n + (d.layers.tokens?.length ?? 0), 0);

interface Coder {
  code(doc: Document): readonly unknown[];
}
const versions: { name: string; coder: Coder }[] = [
  { name: 'current', coder: new ActsCoder(defaultVerbLexicon(), defaultActorCodeBook(), defaultVerbModel()) },
];
if (base) {
  const stage = await import(`../src/stages/${base}/stage.js`);
  const lexicon = await import(`../src/stages/${base}/lexicon.js`);
  const model = await import(`../src/stages/${base}/verb-model.js`);
  versions.push({
    name: base,
    coder: new stage.ActsCoder(
      lexicon.defaultVerbLexicon(),
      defaultActorCodeBook(),
      model.defaultVerbModel(),
    ),
  });
}
const cpu = new Map<string, number>(versions.map((v) => [v.name, 0]));
const counts = new Map<string, number>();
for (let p = 0; p < passes; p++) {
  const order = p % 2 === 0 ? versions : [...versions].reverse();
  for (const v of order) {
    let n = 0;
    const c0 = process.cpuUsage();
    for (const d of docs) n += v.coder.code(d).length;
    const c = process.cpuUsage(c0);
    // the first pass of each version warms caches (actor codes, JIT): not counted
    if (p > 1) cpu.set(v.name, (cpu.get(v.name) ?? 0) + (c.user + c.system) / 1000);
    counts.set(v.name, n);
  }
}
for (const v of versions) {
  const ms = cpu.get(v.name) ?? 0;
  const rate = (words * (passes - 2)) / (ms / 1000);
  console.log(
    `${v.name}: ${ms.toFixed(0)} ms CPU over ${passes - 2} passes, ${Math.round(rate)} words/s, ${counts.get(v.name)} acts`,
  );
}
if (base)
  console.log(
    `CPU ratio current / ${base}: ${((cpu.get('current') ?? 0) / (cpu.get(base) ?? 1)).toFixed(3)}`,
  );
console.log(`${docs.length} documents, ${words} tokens`);
