/**
 * One measured run of the workers bench: a fresh database, N warmed-up worker processes, the measured
 * articles sent at once, the time until all are stored, and the CPU the workers and PostgreSQL spent on
 * them. Every run starts equal: its own fresh database (dropped afterwards, so the cluster does not grow
 * over the runs), the same warm-up articles shared by the same number of worker processes (so every measured
 * worker is equally warm and the store equally full), the queue idle and a checkpoint before the clock starts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { openQueue, QUEUE_SCHEMA, type Queue } from '../../src/queue/boss.js';
import type { AnalyseJob } from '../../src/queue/jobs.js';
import type { PgServer } from '../../test/store/pg-server.js';
import { loadCorpus, POLNEAR_DEV_TEXT } from '../corpus.js';
import type { BenchCorpus, BenchText } from '../types.js';
import { postmasterOf, processCpuSeconds, threadCpuSeconds } from './workers-cpu.js';
import { type ServerCpu, ServerCpuSampler } from './workers-server-cpu.js';

const ENTRY = join(import.meta.dirname, '..', 'cli-entry.ts');
/** Milliseconds between two counts of the stored articles while a run drains. */
const POLL_MS = 200;
/**
 * Node/V8 flags for the worker processes (`WORKERS_NODE_FLAGS='--single-threaded-gc'`), to measure an
 * operational setting such as one core per worker (docs/scale.md); none by default.
 */
const NODE_FLAGS = (process.env['WORKERS_NODE_FLAGS'] ?? '').split(/\s+/).filter(Boolean);

interface WorkerProcess {
  readonly proc: ChildProcess;
  readonly ready: Promise<void>;
  readonly exited: Promise<number | null>;
}

export interface DrainResult {
  readonly workers: number;
  readonly seconds: number;
  /** Articles stored per second. */
  readonly rate: number;
  /** CPU seconds the workers spent on the measured articles (after their warm-up). */
  readonly cpuSeconds: number;
  /** Of which their main threads (analysis, job handling, the client side of storing). */
  readonly mainCpuSeconds: number;
  /** CPU seconds PostgreSQL spent meanwhile (all its processes), NaN where /proc cannot tell. */
  readonly dbCpuSeconds: number;
  /** The same, split by kind of server process (store and queue connections, autovacuum …). */
  readonly db: ServerCpu | undefined;
  /** CPU seconds of the `VACUUM ANALYZE` after the run: the upkeep autovacuum would have spread over it. */
  readonly vacuumCpuSeconds: number;
}

function startWorker(db: string): WorkerProcess {
  const proc = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', ENTRY, 'worker', '--db', db], {
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
      // Only the start line matters; later lines are dropped so a long run does not hold its whole log.
      if (out !== 'started') out += d.toString();
      if (out.includes('"worker started"')) {
        out = 'started';
        resolve();
      }
    });
    void exited.then((c) => reject(new Error(`worker exited (${c}) before starting: ${err.slice(-1000)}`)));
  });
  return { proc, ready, exited };
}

/** Texts for the workers' warm-up: PolNeAR training articles outside the measured corpus, then dev articles. */
export function warmUpTexts(corpus: BenchCorpus, count: number): BenchText[] {
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
  onPoll?: () => Promise<void>,
): Promise<void> {
  const jobs: AnalyseJob[] = texts.map((t) => ({
    source: t.id,
    identity: `${prefix}:${t.id}`,
    input: { text: t.text },
  }));
  await queue.sendMany('analyse', jobs);
  const stored = async (): Promise<number> =>
    Number((await probe.query('SELECT count(*) AS n FROM articles')).rows[0].n);
  while ((await stored()) < total) {
    await onPoll?.();
    await new Promise((r) => setTimeout(r, POLL_MS));
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

/** Drops a run's database (from the server's admin database), so the cluster is the same size for every run. */
async function dropDatabase(db: string): Promise<void> {
  const url = new URL(db);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Seconds for `workers` warmed-up processes to analyse and store every text, and the CPU they and the server spent. */
export async function drain(
  server: PgServer,
  corpus: BenchCorpus,
  warm: readonly BenchText[],
  workers: number,
  warmWorkers: number,
): Promise<DrainResult> {
  const db = await server.newDatabase();
  const queue = await openQueue(db);
  // One connection polls a count: opening a store per poll (a new backend, migrations checked, six counts)
  // cost the server as much CPU as a slice of the work measured.
  const probe = new pg.Client({ connectionString: db });
  await probe.connect();
  // `warmWorkers` processes share the warm-up, whatever the run measures: every measured worker is then as warm
  // as in any other run (about warm.length / warmWorkers articles each), and the extra ones stop before the clock.
  const all = Array.from({ length: Math.max(workers, warmWorkers) }, () => startWorker(db));
  const procs = all.slice(0, workers);
  try {
    const postmaster = postmasterOf(
      Number((await probe.query('SELECT pg_backend_pid() AS pid')).rows[0].pid),
    );
    await Promise.all(all.map((p) => p.ready));
    // JIT warm-up: a fresh process spends its first ~100 articles compiling its hot code (V8's optimising
    // compiler, on background threads): 60-80 ms of CPU per article then, under 40 ms after. A worker runs for
    // days, so the sustained rate is the warm one; and cold, 2 workers pay the warm-up twice over the same
    // articles, which showed as 35 % more worker CPU per article than 1 worker (docs/scale.md).
    await sendAndWait(queue, probe, warm, 'warm', warm.length);
    await waitQueueIdle(probe);
    const extra = all.slice(workers);
    for (const p of extra) p.proc.kill('SIGTERM');
    await Promise.all(extra.map((p) => p.exited));
    // Autovacuum is off on the bench's server (workers.ts): its visits to a database come at most once a
    // minute and fell inside one run's measure and not another's. The warm-up's tables are vacuumed and
    // analysed here instead, so every run plans on the same statistics and starts with empty GIN pending lists;
    // the same upkeep after the run is measured apart (vacuumCpuSeconds) (docs/scale.md, "Measuring fairly").
    await probe.query('VACUUM ANALYZE');
    // The warm-up's dirty pages are written now, not by a checkpoint inside the measured run.
    await probe.query('CHECKPOINT');
    const sampler = postmaster ? await ServerCpuSampler.start(probe, postmaster) : undefined;
    const cpu0 = workersCpu(procs);
    const t0 = performance.now();
    await sendAndWait(queue, probe, corpus.texts, 'bench', warm.length + corpus.texts.length, () =>
      sampler ? sampler.sample() : Promise.resolve(),
    );
    const seconds = (performance.now() - t0) / 1000;
    const dbSplit = await sampler?.end();
    const dbCpuSeconds = dbSplit ? dbSplit.total : Number.NaN;
    const cpu1 = workersCpu(procs);
    for (const p of procs) p.proc.kill('SIGTERM');
    await Promise.all(procs.map((p) => p.exited));
    const probePid = Number((await probe.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
    const vacuum0 = processCpuSeconds(probePid) ?? Number.NaN;
    await probe.query('VACUUM ANALYZE');
    const vacuumCpuSeconds = (processCpuSeconds(probePid) ?? Number.NaN) - vacuum0;
    return {
      workers,
      seconds,
      rate: corpus.texts.length / seconds,
      cpuSeconds: cpu1.all - cpu0.all,
      mainCpuSeconds: cpu1.main - cpu0.main,
      dbCpuSeconds,
      db: dbSplit,
      vacuumCpuSeconds,
    };
  } finally {
    for (const p of all) if (p.proc.exitCode === null) p.proc.kill('SIGTERM');
    await probe.end();
    await queue.close();
    await dropDatabase(db);
  }
}
