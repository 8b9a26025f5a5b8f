/**
 * A worker's CPU per article by thread, cold and warm, for `docs/scale.md`:
 * `WARM=10 N=50 npx tsx bench/suites/workers-jit.ts` (and `WARM=200`; add node flags such as
 * `--no-concurrent-recompilation` with `node --import tsx …`). Analyses WARM articles, then measures N others
 * (analysis and `prepareArticle`, what a worker does besides the database): CPU of the main thread and of the
 * others (V8's compiler and GC threads), from `/proc/self/task`, and the GC pauses. CPU time survives a loaded
 * machine; compare runs of one sitting.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { STORE_INCLUDE } from '../../src/store/core/rows.js';
import { prepareArticle } from '../../src/store/core/write.js';
import { loadCorpus } from '../corpus.js';
import { threadCpuSeconds } from './workers-cpu.js';

const N = Number(process.env.N ?? 50);
const WARM = Number(process.env.WARM ?? 10);

const corpus = loadCorpus(undefined, N + WARM);
const analyzer = await Analyzer.create();
const run = (t: { id: string; text: string }): void => {
  const { document, timings } = analyzer.run({ text: t.text });
  prepareArticle(toAnalysis(document, timings, { include: STORE_INCLUDE }), { input: t.id, identity: t.id });
};
for (const t of corpus.texts.slice(N)) run(t);
let gcMs = 0;
const gc = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
});
gc.observe({ entryTypes: ['gc'] });
const before = threadCpuSeconds(process.pid);
for (const t of corpus.texts.slice(0, N)) run(t);
const after = threadCpuSeconds(process.pid);
await new Promise((r) => setTimeout(r, 50));
gc.disconnect();
const per = (seconds: number): string => ((seconds * 1000) / N).toFixed(1);
let main = 0;
let others = 0;
for (const [name, cpu] of after) {
  const spent = cpu - (before.get(name) ?? 0);
  if (name.startsWith('main:')) main += spent;
  else others += spent;
}
console.log(
  `${process.execArgv.filter((a) => a.startsWith('--') && a !== '--import').join(' ') || 'default flags'}, ${WARM} warm-up articles, ${N} measured: CPU per article ${per(main + others)} ms (main thread ${per(main)}, other threads ${per(others)}); GC pauses ${per(gcMs / 1000)} ms`,
);
