/**
 * CPU time of the actor rules alone, measured in one process so that a loaded machine does not
 * skew a comparison: runs the registered stages before `actors` once over PolNeAR train texts,
 * then times `findActors` with `process.cpuUsage()` over several passes. With `--base DIR` (a
 * copy of an older `src/stages/actors` placed beside it, e.g. `src/stages/actors-base`) it
 * alternates passes of both versions and checks that their layers are identical. With
 * `--interleaved` each pass re-runs the upstream stages before each document's actors, as the
 * pipeline does, so garbage collection and cache misses caused by the actor rules count too.
 *
 *   npx tsx scripts/actors-cpu.ts [--limit 200] [--passes 6] [--base actors-base] [--interleaved]
 */

import { loadCorpus } from '../bench/corpus.js';
import { Analyzer } from '../src/analyzer.js';
import type { Document } from '../src/model/document.js';
import { findActors } from '../src/stages/actors/actors.js';
import { loadDictionary } from '../src/stages/actors/dictionary.js';
import { STAGE_REGISTRY } from '../src/stages/registry.js';

type FindActors = typeof findActors;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const limit = Number(arg('--limit') ?? 200);
const passes = Number(arg('--passes') ?? 6);
const base = arg('--base');
const interleaved = process.argv.includes('--interleaved');
const corpus = loadCorpus(undefined, limit);
const upstream = STAGE_REGISTRY.filter((s) => !['actors', 'time', 'quotes'].includes(s.name));
const analyzer = await Analyzer.create({ stages: upstream.map((s) => s.name), registry: STAGE_REGISTRY });
const dict = await loadDictionary();
let upstreamMs = 0;
const docs: Document[] = corpus.texts.map((t) => {
  const c0 = process.cpuUsage();
  const { document } = analyzer.run({ text: t.text });
  const c = process.cpuUsage(c0);
  upstreamMs += (c.user + c.system) / 1000;
  return document;
});

const versions: { name: string; find: FindActors }[] = [{ name: 'current', find: findActors }];
if (base) {
  const mod = (await import(`../src/stages/${base}/actors.js`)) as { findActors: FindActors };
  const baseDict = (await import(`../src/stages/${base}/dictionary.js`)) as {
    loadDictionary: typeof loadDictionary;
  };
  const bd = await baseDict.loadDictionary();
  versions.push({ name: base, find: (d) => mod.findActors(d, bd) });
  let diffs = 0;
  for (const d of docs) {
    if (JSON.stringify(findActors(d, dict)) !== JSON.stringify(mod.findActors(d, bd))) diffs++;
  }
  console.log(`layers differing from ${base}: ${diffs} of ${docs.length}`);
}

const cpuMs = (c0: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const times = new Map<string, number[]>(versions.map((v) => [v.name, []]));
for (let p = 0; p < passes; p++) {
  for (const v of p % 2 === 0 ? versions : [...versions].reverse()) {
    let ms = 0;
    if (interleaved) {
      // As in the pipeline: each document's upstream stages, then its actors, so the actor rules
      // pay for the garbage collection and cache misses they cause among the other stages' data.
      for (const t of corpus.texts) {
        const { document } = analyzer.run({ text: t.text });
        const c0 = process.cpuUsage();
        v.find(document, dict);
        ms += cpuMs(c0);
      }
    } else {
      const c0 = process.cpuUsage();
      for (const d of docs) v.find(d, dict);
      ms = cpuMs(c0);
    }
    times.get(v.name)!.push(ms);
  }
}
console.log(`${corpus.name}, ${corpus.words} words; upstream stages ${upstreamMs.toFixed(0)} ms CPU`);
for (const [name, ms] of times) {
  const best = Math.min(...ms.slice(1));
  console.log(
    `${name}: CPU ms per pass ${ms.map((m) => m.toFixed(0)).join(', ')}; best (after warm-up) ${best.toFixed(0)} ms = ${((100 * best) / (best + upstreamMs)).toFixed(1)} % of the pipeline up to actors`,
  );
}
