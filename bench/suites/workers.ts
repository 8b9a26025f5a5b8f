/**
 * `npm run bench -- --suite workers`: queue throughput on a real PostgreSQL
 * (started here, as in the tests). The same articles are analysed and stored
 * by 1 worker process, then by 2 (each in a fresh database; workers are up and
 * their models loaded before the jobs are sent, so the time is the work alone),
 * then 1 again: the ratio uses the mean of the two 1-worker runs, which evens
 * out load drifting during the run. Then the database's own write rate: stored
 * analyses written by 4 concurrent writers, no analysis. Beside the rates: the
 * CPU per article of the workers and of PostgreSQL, and the bound they set on
 * this machine's 2 cores (docs/scale.md). On a loaded machine the figures are
 * noisy; compare ratios within one run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { openQueue, QUEUE_SCHEMA, type Queue } from '../../src/queue/boss.js';
import type { AnalyseJob } from '../../src/queue/jobs.js';
import { STORE_INCLUDE } from '../../src/store/core/rows.js';
import { openStore } from '../../src/store/index.js';
import { startPostgres } from '../../test/store/pg-server.js';
import { loadCorpus, POLNEAR_DEV_TEXT } from '../corpus.js';
import type { BenchCorpus, BenchRow, BenchSuite, BenchText } from '../types.js';
import { postmasterOf, serverCpuSeconds, threadCpuSeconds } from './workers-cpu.js';

const ENTRY = join(import.meta.dirname, '..', 'cli-entry.ts');
/** The daily target of issue #22. */
const DAILY_TARGET = 1_000_000;
/** Concurrent writers in the write-rate measure: a few connections, as a few busy workers would hold. */
const WRITERS = 4;
/** Analyses written per writer in the write-rate measure (each text again under a new identity). */
const WRITES_PER_WRITER = 50;
const SECONDS_PER_DAY = 86_400;
/** Milliseconds between two counts of the stored articles while a run drains. */
const POLL_MS = 200;
/** Cores of this machine that the workers and PostgreSQL share (the bound below). */
const CORES = 2;
/** Warm-up articles per worker before the measured ones (the JIT's warm-up; see drain); `WORKERS_WARM_UP=N` to change. */
const WARM_UP_PER_WORKER = Number(process.env['WORKERS_WARM_UP'] ?? 100);
/** Most workers in one run: every run gets the same warm-up articles, so its database starts equal. */
const MAX_WORKERS = 2;

interface WorkerProcess {
  readonly proc: ChildProcess;
  readonly ready: Promise<void>;
  readonly exited: Promise<number | null>;
}

function startWorker(db: string): WorkerProcess {
  const proc = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'worker', '--db', db], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  let out = '';
  proc.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<number | null>((r) => proc.once('exit', r));
  const ready = new Promise<void>((resolve, reject) => {
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('"worker started"')) resolve();
    });
    void exited.then((c) => reject(new Error(`worker exited (${c}) before starting: ${err.slice(-1000)}`)));
  });
  return { proc, ready, exited };
}

interface DrainResult {
  readonly seconds: number;
  /** CPU seconds the workers spent on the measured articles (after their warm-up). */
  readonly cpuSeconds: number;
  /** Of which their main threads (analysis, job handling, the client side of storing). */
  readonly mainCpuSeconds: number;
  /** CPU seconds PostgreSQL spent meanwhile (all its processes), NaN where /proc cannot tell. */
  readonly dbCpuSeconds: number;
}

/** Texts for the workers' warm-up: PolNeAR training articles outside the measured corpus, then dev articles. */
function warmUpTexts(corpus: BenchCorpus, count: number): BenchText[] {
  const measured = new Set(corpus.texts.map((t) => t.id));
  const spare = [...loadCorpus().texts, ...loadCorpus(POLNEAR_DEV_TEXT).texts].filter(
    (t) => !measured.has(t.id),
  );
  return spare.slice(0, count);
}

/** CPU seconds of every thread of the workers, and of their main threads (/proc; NaN off Linux). */
function workersCpu(procs: readonly WorkerProcess[]): { all: number; main: number } {
  let all = 0;
  let main = 0;
  for (const p of procs) {
    for (const [name, cpu] of threadCpuSeconds(p.proc.pid ?? 0)) {
      all += cpu;
      if (name.startsWith('main:')) main += cpu;
    }
  }
  return procs.length && all === 0 ? { all: Number.NaN, main: Number.NaN } : { all, main };
}

async function sendAndWait(
  queue: Queue,
  probe: pg.Client,
  texts: readonly BenchText[],
  prefix: string,
  total: number,
): Promise<void> {
  const jobs: AnalyseJob[] = texts.map((t) => ({
    source: t.id,
    identity: `${prefix}:${t.id}`,
    input: { text: t.text },
  }));
  await queue.sendMany('analyse', jobs);
  const stored = async (): Promise<number> =>
    Number((await probe.query('SELECT count(*) AS n FROM articles')).rows[0].n);
  while ((await stored()) < total) await new Promise((r) => setTimeout(r, POLL_MS));
}

/** Seconds for `workers` warmed-up processes to analyse and store every text, and the CPU they and the server spent. */
async function drain(
  newDb: () => Promise<string>,
  corpus: BenchCorpus,
  warm: readonly BenchText[],
  workers: number,
): Promise<DrainResult> {
  const db = await newDb();
  const queue = await openQueue(db);
  // One connection polls a count: opening a store per poll (a new backend, migrations checked, six counts)
  // cost the server as much CPU as a slice of the work measured.
  const probe = new pg.Client({ connectionString: db });
  await probe.connect();
  const procs = Array.from({ length: workers }, () => startWorker(db));
  try {
    const postmaster = postmasterOf(
      Number((await probe.query('SELECT pg_backend_pid() AS pid')).rows[0].pid),
    );
    await Promise.all(procs.map((p) => p.ready));
    // JIT warm-up: a fresh process spends its first ~100 articles compiling its hot code (V8's optimising
    // compiler, on background threads): 60-80 ms of CPU per article then, under 40 ms after. A worker runs for
    // days, so the sustained rate is the warm one; and cold, 2 workers pay the warm-up twice over the same
    // articles, which showed as 35 % more worker CPU per article than 1 worker (docs/scale.md).
    await sendAndWait(queue, probe, warm, 'warm', warm.length);
    await waitQueueIdle(probe);
    const db0 = postmaster ? serverCpuSeconds(postmaster) : Number.NaN;
    const cpu0 = workersCpu(procs);
    const t0 = performance.now();
    await sendAndWait(queue, probe, corpus.texts, 'bench', warm.length + corpus.texts.length);
    const seconds = (performance.now() - t0) / 1000;
    const dbCpuSeconds = postmaster ? serverCpuSeconds(postmaster) - db0 : Number.NaN;
    const cpu1 = workersCpu(procs);
    for (const p of procs) p.proc.kill('SIGTERM');
    await Promise.all(procs.map((p) => p.exited));
    return { seconds, cpuSeconds: cpu1.all - cpu0.all, mainCpuSeconds: cpu1.main - cpu0.main, dbCpuSeconds };
  } finally {
    for (const p of procs) if (p.proc.exitCode === null) p.proc.kill('SIGTERM');
    await probe.end();
    await queue.close();
  }
}

/** Waits until no job is waiting or running (the warm-up's corpus-update jobs included). */
async function waitQueueIdle(probe: pg.Client): Promise<void> {
  const busy = async (): Promise<number> =>
    Number(
      (
        await probe.query(
          `SELECT count(*) AS n FROM ${QUEUE_SCHEMA}.job WHERE state IN ('created', 'retry', 'active')`,
        )
      ).rows[0].n,
    );
  while ((await busy()) > 0) await new Promise((r) => setTimeout(r, POLL_MS));
}

/**
 * Articles per second the database takes from `WRITERS` concurrent writers (analyses made beforehand), and the
 * share of one core this process spent meanwhile: near 1, the writers' own work (rows, compression, MinHash),
 * not PostgreSQL, set the pace, and the rate is a lower bound of the database's.
 */
async function writeRate(db: string, corpus: BenchCorpus): Promise<{ rate: number; clientCpu: number }> {
  const analyzer = await Analyzer.create();
  const analyses = corpus.texts.slice(0, WRITES_PER_WRITER).map((t) => {
    const { document, timings } = analyzer.run({ text: t.text });
    return toAnalysis(document, timings, { include: STORE_INCLUDE });
  });
  const stores = await Promise.all(Array.from({ length: WRITERS }, () => openStore(db)));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await Promise.all(
    stores.map(async (store, w) => {
      for (let i = 0; i < WRITES_PER_WRITER; i++) {
        await store.ingest(analyses[i % analyses.length]!, { input: `w${w}`, identity: `write:${w}:${i}` });
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await Promise.all(stores.map((s) => s.close()));
  return {
    rate: (WRITERS * WRITES_PER_WRITER) / seconds,
    clientCpu: (cpu.user + cpu.system) / 1e6 / seconds,
  };
}

export const workersSuite: BenchSuite = {
  name: 'workers',
  onlyWhenNamed: true,
  async run(corpus) {
    const server = await startPostgres();
    if (typeof server === 'string') {
      return [
        {
          section: 'workers',
          name: 'queue throughput',
          value: Number.NaN,
          unit: 'articles/s',
          note: `SKIPPED: ${server}`,
        },
      ];
    }
    try {
      const n = corpus.texts.length;
      const newDb = () => server.newDatabase();
      const warm = warmUpTexts(corpus, WARM_UP_PER_WORKER * MAX_WORKERS);
      const runA = await drain(newDb, corpus, warm, 1);
      const runTwo = await drain(newDb, corpus, warm, MAX_WORKERS);
      const runB = await drain(newDb, corpus, warm, 1);
      const oneA = n / runA.seconds;
      const oneB = n / runB.seconds;
      const one = (oneA + oneB) / 2;
      const two = n / runTwo.seconds;
      // Articles per CPU-second of a worker: its rate on a core of its own, whatever the machine's load.
      const perCore = (2 * n) / (runA.cpuSeconds + runB.cpuSeconds);
      // CPU per article of the workers and of PostgreSQL (1-worker runs): what 2 cores can do at best.
      const workerMs = (1000 * (runA.cpuSeconds + runB.cpuSeconds)) / (2 * n);
      const dbMs = (1000 * (runA.dbCpuSeconds + runB.dbCpuSeconds)) / (2 * n);
      const dbMsTwo = (1000 * runTwo.dbCpuSeconds) / n;
      const workerMsTwo = (1000 * runTwo.cpuSeconds) / n;
      const mainMs = (1000 * (runA.mainCpuSeconds + runB.mainCpuSeconds)) / (2 * n);
      const mainMsTwo = (1000 * runTwo.mainCpuSeconds) / n;
      const bound = (CORES * 1000) / (workerMs + dbMs);
      // The same bound from the 2-worker run's own CPU per article: processes sharing the cores (and their
      // caches) cost more CPU each, which the 1-worker figures do not show.
      const boundTwo = (CORES * 1000) / (workerMsTwo + dbMsTwo);
      const { rate: writes, clientCpu } = await writeRate(await newDb(), corpus);
      const perDay = two * SECONDS_PER_DAY;
      const rows: BenchRow[] = [
        {
          section: 'workers',
          name: '1 worker',
          value: one,
          unit: 'articles/s',
          note: `${n} articles; runs ${oneA.toFixed(2)} and ${oneB.toFixed(2)}`,
        },
        {
          section: 'workers',
          name: '1 worker per CPU-second',
          value: perCore,
          unit: 'articles/s',
          note: "its rate on a free core (worker's CPU time, load-independent)",
        },
        {
          section: 'workers',
          name: 'worker CPU per article',
          value: workerMs,
          unit: 'ms',
          note: `all threads, warmed up (1-worker runs; main thread ${mainMs.toFixed(1)}); ${workerMsTwo.toFixed(1)} ms with 2 workers (main ${mainMsTwo.toFixed(1)})`,
        },
        {
          section: 'workers',
          name: 'PostgreSQL CPU per article',
          value: dbMs,
          unit: 'ms',
          note: `all server processes, 1-worker runs; ${dbMsTwo.toFixed(1)} ms with 2 workers`,
        },
        {
          section: 'workers',
          name: `bound on ${CORES} cores`,
          value: bound,
          unit: 'articles/s',
          note: `${CORES} cores / (worker + PostgreSQL CPU per article) = ${(bound / one).toFixed(2)}× the 1-worker rate; from the 2-worker run's CPU ${boundTwo.toFixed(1)}/s = ${(boundTwo / one).toFixed(2)}×`,
        },
        { section: 'workers', name: '2 workers', value: two, unit: 'articles/s', note: `${n} articles` },
        {
          section: 'workers',
          name: '2 workers / 1 worker',
          value: two / one,
          unit: '×',
          note: 'target ≥ 1.8',
        },
        {
          section: 'workers',
          name: '2 workers sustained',
          value: perDay,
          unit: 'articles/day',
          note: `target ${DAILY_TARGET.toLocaleString('en')}/day`,
        },
        {
          section: 'workers',
          name: `PostgreSQL write rate (${WRITERS} writers)`,
          value: writes,
          unit: 'articles/s',
          note: `stored analyses, no analysis; the writers' process used ${clientCpu.toFixed(2)} of a core`,
        },
        {
          section: 'workers',
          name: 'workers for 1M/day',
          value: Math.ceil(DAILY_TARGET / SECONDS_PER_DAY / perCore),
          unit: 'processes',
          note: 'one core each, at the per-CPU-second rate',
        },
        {
          section: 'workers',
          name: 'workers for 10M/day',
          value: Math.ceil((10 * DAILY_TARGET) / SECONDS_PER_DAY / perCore),
          unit: 'processes',
          note: `database at ${(((10 * DAILY_TARGET) / SECONDS_PER_DAY / writes) * 100).toFixed(0)} % of its measured write rate`,
        },
      ];
      console.log(
        `\nworkers: 2 workers store ${Math.round(perDay).toLocaleString('en')} articles/day (target ${DAILY_TARGET.toLocaleString('en')}/day)`,
      );
      return rows;
    } finally {
      await server.stop();
    }
  },
};
