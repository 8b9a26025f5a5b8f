/**
 * `npm run bench -- --suite workers`: queue throughput on a real PostgreSQL
 * (started here, as in the tests). The same articles are analysed and stored
 * by 1 worker process and by 2, in `WORKERS_REPS` (default 3) repetitions with
 * the order alternating (1, 2, 2, 1, 1, 2 …), each run on a fresh database
 * with warmed-up workers (workers-drain.ts); every run is printed, and the
 * ratio is the median 2-worker rate over the median 1-worker rate. Then the
 * database's own write rate: stored analyses written by 4 concurrent writers,
 * no analysis. Beside the rates: the CPU per article of the workers and of
 * PostgreSQL (medians), and the bound they set on this machine's 2 cores
 * (docs/scale.md). On a loaded machine the figures are noisy; compare ratios
 * within one run.
 */

import pg from 'pg';
import { toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { STORE_INCLUDE } from '../../src/store/core/rows.js';
import { openStore } from '../../src/store/index.js';
import { type PgServer, startPostgres } from '../../test/store/pg-server.js';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';
import { type DrainResult, drain, warmUpTexts } from './workers-drain.js';

/** The daily target of issue #22. */
const DAILY_TARGET = 1_000_000;
/** Concurrent writers in the write-rate measure: a few connections, as a few busy workers would hold. */
const WRITERS = 4;
/** Analyses written per writer in the write-rate measure (each text again under a new identity). */
const WRITES_PER_WRITER = 50;
const SECONDS_PER_DAY = 86_400;
/** Cores of this machine that the workers and PostgreSQL share (the bound below). */
const CORES = 2;
/** Warm-up articles per worker before the measured ones (the JIT's warm-up; see drain); `WORKERS_WARM_UP=N` to change. */
const WARM_UP_PER_WORKER = Number(process.env['WORKERS_WARM_UP'] ?? 100);
/** Most workers in one run: every run gets the same warm-up articles, so its database starts equal. */
const MAX_WORKERS = 2;
/** Repetitions of each configuration (the median is reported; every run is printed); `WORKERS_REPS=N` to change. */
const REPS = Math.max(1, Number(process.env['WORKERS_REPS'] ?? 3));
/**
 * Unmeasured runs before the measured ones (`WORKERS_SERVER_WARM_UP=N`): the first run on a new cluster costs
 * the server more CPU per article than the later ones (docs/scale.md, "Measuring fairly"), whatever it measures.
 */
const SERVER_WARM_UPS = Math.max(0, Number(process.env['WORKERS_SERVER_WARM_UP'] ?? 1));

function median(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}

/**
 * Milliseconds of CPU per article of one run: workers (all threads, main threads), PostgreSQL over the measure,
 * and apart the `VACUUM ANALYZE` after it (the upkeep autovacuum would have done: every table analysed whole,
 * more than a large table's steady state costs per article, so it is printed, not added to the bound).
 */
function perArticle(
  run: DrainResult,
  n: number,
): { worker: number; main: number; db: number; vacuum: number } {
  return {
    worker: (1000 * run.cpuSeconds) / n,
    main: (1000 * run.mainCpuSeconds) / n,
    db: (1000 * run.dbCpuSeconds) / n,
    vacuum: (1000 * run.vacuumCpuSeconds) / n,
  };
}

/** One line per run: rate, CPU per article, and how busy the workers' main threads were (analysis included). */
function describeRun(run: DrainResult, n: number): string {
  const c = perArticle(run, n);
  const busy = run.mainCpuSeconds / (run.seconds * run.workers);
  const ms = (s: number): string => ((1000 * s) / n).toFixed(1);
  const split = run.db
    ? ` (store ${ms(run.db.store)}, queue ${ms(run.db.queue)}, autovacuum ${ms(run.db.autovacuum)}, background ${ms(run.db.background)}, other ${ms(run.db.other)}; bench probe ${ms(run.db.probe)} apart)`
    : '';
  return `${run.workers} worker${run.workers > 1 ? 's' : ''}: ${run.rate.toFixed(2)}/s (${run.seconds.toFixed(1)} s); worker CPU ${c.worker.toFixed(1)} ms (main ${c.main.toFixed(1)}), PostgreSQL ${c.db.toFixed(1)} ms${split} per article, then ${c.vacuum.toFixed(1)} ms to vacuum and analyse after the run; main threads busy ${(100 * busy).toFixed(0)} %`;
}

/**
 * The bench server's settings, each taking a difference between runs away:
 * - `jit = off`: PostgreSQL compiles a plan's expressions with LLVM once its estimated cost passes
 *   `jit_above_cost`, anew at every execution (tens of milliseconds); the store's and the queue's statements are
 *   short and never need it, but an estimate made without statistics (a fresh database) can cross the threshold
 *   in one run and not in the next. Off, the runs cannot differ by it (an OLTP server's usual setting too).
 * - `autovacuum = off`: its visits to a database come at most once a minute (`autovacuum_naptime`), so they
 *   fell inside one run's measure and not another's (store alone: 18 and 31 tables vacuumed or analysed inside
 *   one round of five, 3–6 ms more server CPU per article in it); every run instead vacuums and analyses
 *   after its warm-up and after its measure, and the latter's CPU is printed.
 * - `min_wal_size`: a new cluster has one WAL segment; every 16 MB of WAL then costs a new file, zero-filled by
 *   the backend that needs it (`wal_init_zero`; about 45 ms of system CPU here), until the checkpoints have
 *   enough old segments to recycle. A run writes about 200 KiB of WAL per article; kept, the segments the
 *   server warm-up created are recycled in every measured run, as on a server that has run for a while.
 */
const SERVER_SETTINGS: Readonly<Record<string, string>> = {
  jit: 'off',
  autovacuum: 'off',
  min_wal_size: '512MB',
};

async function configure(server: PgServer): Promise<void> {
  const c = new pg.Client({ connectionString: await server.newDatabase() });
  await c.connect();
  try {
    for (const [name, value] of Object.entries(SERVER_SETTINGS))
      await c.query(`ALTER SYSTEM SET ${name} = ${pg.escapeLiteral(value)}`);
    await c.query('SELECT pg_reload_conf()');
  } finally {
    await c.end();
  }
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
      await configure(server);
      const n = corpus.texts.length;
      const warm = warmUpTexts(corpus, WARM_UP_PER_WORKER * MAX_WORKERS);
      for (let i = 0; i < SERVER_WARM_UPS; i++) {
        const run = await drain(server, corpus, warm, MAX_WORKERS, MAX_WORKERS);
        console.log(`workers: server warm-up ${i + 1} (not counted), ${describeRun(run, n)}`);
      }
      const ones: DrainResult[] = [];
      const twos: DrainResult[] = [];
      for (let rep = 0; rep < REPS; rep++) {
        // Alternating order (1, 2, then 2, 1 …): a drift of the machine over the suite, or an effect of the
        // order itself, falls on both configurations alike.
        const order = rep % 2 ? [MAX_WORKERS, 1] : [1, MAX_WORKERS];
        for (const workers of order) {
          const run = await drain(server, corpus, warm, workers, MAX_WORKERS);
          (workers === 1 ? ones : twos).push(run);
          console.log(`workers: run ${rep + 1}, ${describeRun(run, n)}`);
        }
      }
      const one = median(ones.map((r) => r.rate));
      const two = median(twos.map((r) => r.rate));
      const cpuOne = ones.map((r) => perArticle(r, n));
      const cpuTwo = twos.map((r) => perArticle(r, n));
      // Articles per CPU-second of a worker: its rate on a core of its own, whatever the machine's load.
      const workerMs = median(cpuOne.map((c) => c.worker));
      const perCore = 1000 / workerMs;
      // CPU per article of the workers and of PostgreSQL (medians of the 1-worker runs): what 2 cores can do at best.
      const dbMs = median(cpuOne.map((c) => c.db));
      const dbMsTwo = median(cpuTwo.map((c) => c.db));
      const workerMsTwo = median(cpuTwo.map((c) => c.worker));
      const mainMs = median(cpuOne.map((c) => c.main));
      const mainMsTwo = median(cpuTwo.map((c) => c.main));
      const bound = (CORES * 1000) / (workerMs + dbMs);
      // The same bound from the 2-worker run's own CPU per article: processes sharing the cores (and their
      // caches) cost more CPU each, which the 1-worker figures do not show.
      const boundTwo = (CORES * 1000) / (workerMsTwo + dbMsTwo);
      const { rate: writes, clientCpu } = await writeRate(await server.newDatabase(), corpus);
      const perDay = two * SECONDS_PER_DAY;
      const rows: BenchRow[] = [
        {
          section: 'workers',
          name: '1 worker',
          value: one,
          unit: 'articles/s',
          note: `${n} articles; median of runs ${ones.map((r) => r.rate.toFixed(2)).join(', ')}`,
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
          note: `all threads, warmed up (median of the 1-worker runs; main thread ${mainMs.toFixed(1)}); ${workerMsTwo.toFixed(1)} ms with 2 workers (main ${mainMsTwo.toFixed(1)})`,
        },
        {
          section: 'workers',
          name: 'PostgreSQL CPU per article',
          value: dbMs,
          unit: 'ms',
          note: `all server processes, 1-worker runs (vacuum and analyze after the run ${median(cpuOne.map((c) => c.vacuum)).toFixed(1)} ms, not included); ${dbMsTwo.toFixed(1)} ms with 2 workers`,
        },
        {
          section: 'workers',
          name: `bound on ${CORES} cores`,
          value: bound,
          unit: 'articles/s',
          note: `${CORES} cores / (worker + PostgreSQL CPU per article) = ${(bound / one).toFixed(2)}× the 1-worker rate; from the 2-worker run's CPU ${boundTwo.toFixed(1)}/s = ${(boundTwo / one).toFixed(2)}×`,
        },
        {
          section: 'workers',
          name: '2 workers',
          value: two,
          unit: 'articles/s',
          note: `${n} articles; median of runs ${twos.map((r) => r.rate.toFixed(2)).join(', ')}`,
        },
        {
          section: 'workers',
          name: '2 workers / 1 worker',
          value: two / one,
          unit: '×',
          note: `target ≥ 1.8; ratio of the medians; run by run ${twos.map((t, i) => (t.rate / ones[i]!.rate).toFixed(2)).join(', ')}`,
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
