/**
 * Ingest throughput against `analyze` alone, on the same articles: SQLite (the
 * target: ≥ 0.9×) and PostgreSQL beside it (a real server started here, as in
 * the tests). "analyze alone" is the work of `verbatim analyze --format jsonl`:
 * analysis, the Analysis records and their JSON. Ingest is the loop of
 * `verbatim ingest` (IngestPipeline: analysis on a worker thread, writes on this
 * one). Blocks of analyze-alone and ingest alternate, so drift in a shared
 * machine's load hits both alike. Besides wall time, CPU time (all threads) is
 * compared: what storage costs on top of analysis, whatever the overlap. Both
 * sides are warmed first, the analysis and the writer (warmWriter);
 * `VERBATIM_BENCH_COLD_WRITER=1` leaves the writer cold (a first ingest's case).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { clearLinkMemo } from '../../src/corpus/link.js';
import type { Store } from '../../src/store/core/types.js';
import { openStore } from '../../src/store/index.js';
import { AnalysisPool, type AnalysisRunner } from '../../src/store/worker/analysis-pool.js';
import { IngestPipeline } from '../../src/store/worker/ingest-pipeline.js';
import { startPostgres } from '../../test/store/pg-server.js';
import type { BenchCorpus, BenchRow, BenchSuite, BenchText } from '../types.js';
import { addTimes, NO_THREAD_TIME, type PoolClock, type ThreadTimes, threadClock } from './thread-time.js';

/** Texts per alternating block (analyze alone, then ingest of the same texts). */
const BLOCK = 40;
/** Texts analysed untimed first, so the JIT has compiled the hot paths. */
const WARMUP = 40;

/** Publication date from a PolNeAR file name (`breitbart_2015-11-11_…`), so statements get dates. */
export function publishedOf(id: string): string | undefined {
  return /_(\d{4}-\d{2}-\d{2})_/.exec(id)?.[1];
}

interface Cost {
  readonly ms: number;
  /** CPU milliseconds of the whole process (every thread). */
  readonly cpuMs: number;
}

/** An ingest's cost with each thread's share (thread-time.ts). */
interface IngestCost extends Cost {
  readonly threads: ThreadTimes;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

function analyzeAlone(analyzer: Analyzer, texts: readonly BenchText[]): Cost {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let bytes = 0;
  for (const t of texts) {
    const published = publishedOf(t.id);
    const { document, timings } = analyzer.run({ text: t.text, ...(published ? { published } : {}) });
    bytes += JSON.stringify(toAnalysis(document, timings)).length;
  }
  if (bytes === 0) throw new Error('nothing analysed');
  return { ms: performance.now() - t0, cpuMs: cpuMs(c0) };
}

/** The ingest command's loop: skip what is stored, analyse on the runner, write in input order. */
export async function ingestTexts(
  store: Store,
  runner: AnalysisRunner,
  texts: readonly BenchText[],
): Promise<IngestCost> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const threads = threadClock('threadTime' in runner ? (runner as AnalysisRunner & PoolClock) : undefined);
  const pipeline = new IngestPipeline(store, runner, {
    onStored: () => undefined,
    onFailed: (error) => {
      throw error;
    },
  });
  for (const t of texts) {
    if ((await store.storedId(t.id, t.text)) !== undefined) continue;
    const published = publishedOf(t.id);
    await pipeline.add(
      { text: t.text, ...(published ? { published } : {}) },
      { input: t.id, identity: t.id },
    );
  }
  await pipeline.finish();
  return { ms: performance.now() - t0, cpuMs: cpuMs(c0), threads: threads() };
}

interface Measured {
  readonly alone: Cost;
  readonly ingest: Cost;
  readonly threads: ThreadTimes;
}

async function measure(
  analyzer: Analyzer,
  runner: AnalysisRunner,
  corpus: BenchCorpus,
  store: Store,
): Promise<Measured> {
  const alone = { ms: 0, cpuMs: 0 };
  const ingest = { ms: 0, cpuMs: 0 };
  let threads = NO_THREAD_TIME;
  for (let i = 0; i < corpus.texts.length; i += BLOCK) {
    const block = corpus.texts.slice(i, i + BLOCK);
    const a = analyzeAlone(analyzer, block);
    const g = await ingestTexts(store, runner, block);
    alone.ms += a.ms;
    alone.cpuMs += a.cpuMs;
    ingest.ms += g.ms;
    ingest.cpuMs += g.cpuMs;
    threads = addTimes(threads, g.threads);
  }
  return { alone, ingest, threads };
}

/** Per-article milliseconds of the ingest and of each of its threads (which one bounds the wall time). */
function threadRows(db: string, m: Measured, articles: number): BenchRow[] {
  const per = (ms: number): number => ms / articles;
  return [
    { section: 'store', name: `ingest ${db}, wall per article`, value: per(m.ingest.ms), unit: 'ms' },
    {
      section: 'store',
      name: `ingest ${db}, analysing thread in tasks per article`,
      value: per(m.threads.analysisTaskMs),
      unit: 'ms',
      note: 'wall time the pool thread(s) spent analysing and preparing',
    },
    {
      section: 'store',
      name: `ingest ${db}, analysing thread CPU per article`,
      value: per(m.threads.analysisCpuMs),
      unit: 'ms',
    },
    {
      section: 'store',
      name: `ingest ${db}, writer thread busy per article`,
      value: per(m.threads.writerBusyMs),
      unit: 'ms',
      note: 'event-loop active time of the main thread: writes, linking, the loop',
    },
    {
      section: 'store',
      name: `ingest ${db}, writer thread CPU per article`,
      value: per(m.threads.writerCpuMs),
      unit: 'ms',
    },
    {
      section: 'store',
      name: `ingest ${db}, CPU per article (all threads)`,
      value: per(m.ingest.cpuMs),
      unit: 'ms',
      note: `analyze alone: ${per(m.alone.cpuMs).toFixed(1)} ms CPU, ${per(m.alone.ms).toFixed(1)} ms wall`,
    },
  ];
}

/** Warms the worker thread: its models load and its JIT compiles the hot paths. */
async function warmRunner(runner: AnalysisRunner, texts: readonly BenchText[]): Promise<void> {
  for (const t of texts) await runner.prepare({ text: t.text }, { input: t.id });
}

/**
 * Warms the writing thread as the analysis is warmed (both sides of the ratio): the same texts ingested into a
 * throwaway SQLite store, so V8 has compiled the write, linking and claim paths before the timed blocks. Cold,
 * the writer optimises ~170 functions in its first 100 articles and ~95 in the next 200 (`--trace-opt`, the
 * writer alone over 840 PolNeAR), on V8's helper threads, whose CPU the ingest rows count. Linking's memo is
 * emptied afterwards, so the timed ingest codes every name again.
 */
async function warmWriter(runner: AnalysisRunner, texts: readonly BenchText[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-warm-'));
  try {
    const store = await openStore(join(dir, 'warm.db'));
    try {
      await ingestTexts(store, runner, texts);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    clearLinkMemo();
  }
}

export const storeIngestSuite: BenchSuite = {
  name: 'store-ingest',
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const analyzer = await Analyzer.create();
    analyzeAlone(analyzer, corpus.texts.slice(0, WARMUP));
    const runner = new AnalysisPool();
    await warmRunner(runner, corpus.texts.slice(0, WARMUP));
    if (!process.env.VERBATIM_BENCH_COLD_WRITER) await warmWriter(runner, corpus.texts.slice(0, WARMUP));
    try {
      return await storeRows(analyzer, runner, corpus);
    } finally {
      await runner.close();
    }
  },
};

async function storeRows(
  analyzer: Analyzer,
  runner: AnalysisRunner,
  corpus: BenchCorpus,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-store-'));
  const file = join(dir, 'ingest.db');
  const sqlite = await openStore(file);
  const s = await measure(analyzer, runner, corpus, sqlite);
  const articles = (await sqlite.stats()).articles;
  await sqlite.close();
  const words = corpus.words;
  rows.push(
    {
      section: 'store',
      name: 'analyze alone (run + records + JSON)',
      value: words / (s.alone.ms / 1000),
      unit: 'words/s',
    },
    { section: 'store', name: 'ingest into SQLite', value: words / (s.ingest.ms / 1000), unit: 'words/s' },
    {
      section: 'store',
      name: 'ingest SQLite / analyze alone',
      value: s.alone.ms / s.ingest.ms,
      unit: '×',
      note: 'target ≥ 0.9 (wall time; analysis on a worker thread overlaps the writes)',
    },
    {
      section: 'store',
      name: 'ingest SQLite / analyze alone, CPU time',
      value: s.alone.cpuMs / s.ingest.cpuMs,
      unit: '×',
      note: 'all threads: 1 / (1 + what storage costs on top of analysis)',
    },
    {
      section: 'store',
      name: 'SQLite size per article',
      value: statSync(file).size / 1024 / articles,
      unit: 'KiB',
      note: `${articles} articles, full analysis kept (Brotli)`,
    },
    ...threadRows('SQLite', s, corpus.texts.length),
  );
  rmSync(dir, { recursive: true, force: true });

  const server = await startPostgres();
  if (typeof server === 'string') {
    rows.push({
      section: 'store',
      name: 'ingest into PostgreSQL',
      value: Number.NaN,
      unit: 'words/s',
      note: `SKIPPED: ${server}`,
    });
    return rows;
  }
  try {
    const pg = await openStore(await server.newDatabase());
    const p = await measure(analyzer, runner, corpus, pg);
    await pg.close();
    rows.push(
      {
        section: 'store',
        name: 'ingest into PostgreSQL',
        value: words / (p.ingest.ms / 1000),
        unit: 'words/s',
      },
      {
        section: 'store',
        name: 'ingest PostgreSQL / analyze alone',
        value: p.alone.ms / p.ingest.ms,
        unit: '×',
      },
      {
        section: 'store',
        name: 'ingest PostgreSQL / analyze alone, CPU time',
        value: p.alone.cpuMs / p.ingest.cpuMs,
        unit: '×',
        note: "this process only: the server's CPU is not counted",
      },
      ...threadRows('PostgreSQL', p, corpus.texts.length),
    );
  } finally {
    await server.stop();
  }
  return rows;
}
