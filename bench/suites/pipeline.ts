/**
 * Verbatim's own pipeline: words/second per stage (from the pipeline's own
 * per-stage timings) and end to end (ingestion included), over the corpus.
 * `BENCH_SKIP_STAGES=acts,claims` leaves stages out (bench only: to compare end to end against code
 * that had no such stages); a stage another one needs cannot be left out.
 */
import { Analyzer } from '../../src/analyzer.js';
import { STAGE_REGISTRY } from '../../src/stages/registry.js';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';

/** One untimed pass first, so the JIT has compiled the hot paths before we measure. */
const WARMUP_PASSES = 1;
const TIMED_PASSES = 3;

export const pipelineSuite: BenchSuite = {
  name: 'pipeline',
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const skip = (process.env.BENCH_SKIP_STAGES ?? '').split(',').filter(Boolean);
    const stages = STAGE_REGISTRY.map((d) => d.name).filter((name) => !skip.includes(name));
    const analyzer = await Analyzer.create(skip.length ? { stages, skipOptional: true } : {});
    const ran = analyzer.pipeline.stages.map((s) => s.descriptor.name);
    const kept = skip.filter((name) => ran.includes(name));
    if (kept.length) throw new Error(`BENCH_SKIP_STAGES: ${kept.join(', ')} needed by other stages`);
    for (let i = 0; i < WARMUP_PASSES; i++) for (const t of corpus.texts) analyzer.run({ text: t.text });
    const stageMs = new Map<string, number>();
    let totalMs = 0;
    const cpu0 = process.cpuUsage();
    for (let pass = 0; pass < TIMED_PASSES; pass++) {
      for (const t of corpus.texts) {
        const t0 = performance.now();
        const { timings } = analyzer.run({ text: t.text });
        totalMs += performance.now() - t0;
        for (const s of timings) stageMs.set(s.stage, (stageMs.get(s.stage) ?? 0) + s.ms);
      }
    }
    const cpu = process.cpuUsage(cpu0);
    const words = corpus.words * TIMED_PASSES;
    const rows: BenchRow[] = [];
    const stagesTotal = [...stageMs.values()].reduce((a, b) => a + b, 0);
    const ingestMs = totalMs - stagesTotal;
    rows.push({
      section: 'pipeline',
      name: 'ingest (structure)',
      value: words / (ingestMs / 1000),
      unit: 'words/s',
    });
    for (const [stage, ms] of stageMs) {
      rows.push({
        section: 'pipeline',
        name: `stage ${stage}`,
        value: words / (ms / 1000),
        unit: 'words/s',
        note: `${((100 * ms) / totalMs).toFixed(1)} % of end-to-end time`,
      });
    }
    rows.push({
      section: 'pipeline',
      name: 'end to end',
      value: words / (totalMs / 1000),
      unit: 'words/s',
      ...(skip.length ? { note: `stages left out: ${skip.join(', ')}` } : {}),
    });
    // CPU time (user + sys of the process, GC threads included) moves less than wall time on a shared machine.
    rows.push({
      section: 'pipeline',
      name: 'end to end, CPU time',
      value: words / ((cpu.user + cpu.system) / 1e6),
      unit: 'words/CPU-s',
    });
    return rows;
  },
};
