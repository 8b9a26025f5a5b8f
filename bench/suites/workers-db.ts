/**
 * PostgreSQL's CPU per stored article, without workers or queue, for `docs/scale.md`:
 * `N=60 ROUNDS=2 npx tsx bench/suites/workers-db.ts`. Analyses N PolNeAR articles once, then stores them
 * one by one through the store (as a worker does), into a fresh database per round, and reads the server's
 * CPU (all its processes, /proc) before and after: the figure the 2-worker bound depends on. CPU time
 * survives a loaded machine; wall time does not. With pg_stat_statements it also prints where the server's
 * time went (planning and execution per statement).
 */
import pg from 'pg';
import { storeOver } from '../../src/store/core/store.js';
import { openStore } from '../../src/store/index.js';
import { openPostgres, type PostgresOptions } from '../../src/store/postgres/driver.js';
import { startPostgres } from '../../test/store/pg-server.js';
import { statementStatsClient } from './pg-statement-stats.js';
import { preparedArticles } from './prepared-articles.js';
import { postmasterOf, serverCpuSeconds } from './workers-cpu.js';

const N = Number(process.env.N ?? 60);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const TOP = Number(process.env.TOP ?? 0);
/**
 * Experiments, interleaved round by round: `VARIANTS='["", "unprepared", "ALTER TABLE …"]'`: SQL run on each
 * fresh store before its round; `unprepared` stores without prepared statements (the driver's `prepare: false`), `values` with multi-row
 * `VALUES` inserts instead of one array-parameter INSERT per table (`bulkInsert: false`), `undeferred` with each
 * table's insert sent on its own instead of a transaction's inserts held and sent as one statement
 * (`deferInserts: false`).
 */
const VARIANTS = JSON.parse(process.env.VARIANTS ?? '[""]') as string[];
const UNPREPARED = 'unprepared';
/** Stores with chunked multi-row `VALUES` inserts instead of one array-parameter INSERT per table. */
const VALUES = 'values';
/** Stores with every multi-row insert sent on its own (src/store/postgres/deferred-inserts.ts). */
const UNDEFERRED = 'undeferred';
/** The driver options of the variants that are not SQL. */
const DRIVER_VARIANTS: Readonly<Record<string, PostgresOptions>> = {
  [UNPREPARED]: { prepare: false },
  [VALUES]: { bulkInsert: false },
  [UNDEFERRED]: { deferInserts: false },
};
/** Characters of a statement that name its kind in the TOP table (verb and table). */
const HEAD_CHARS = 40;

const server = await startPostgres();
if (typeof server === 'string') throw new Error(server);
try {
  const admin = await server.newDatabase();
  const stats = await statementStatsClient(server, admin, Boolean(TOP));
  const prepared = await preparedArticles(N);
  const postmaster = postmasterOf(Number((await stats.query('SELECT pg_backend_pid() AS p')).rows[0].p))!;
  for (let round = 0; round < ROUNDS * VARIANTS.length; round++) {
    const variant = VARIANTS[round % VARIANTS.length]!;
    const db = await server.newDatabase();
    const options = DRIVER_VARIANTS[variant];
    const store = options ? await storeOver(await openPostgres(db, options)) : await openStore(db);
    if (variant && !options) {
      const c = new pg.Client({ connectionString: db });
      await c.connect();
      await c.query(variant);
      await c.end();
    }
    if (TOP) await stats.query('SELECT pg_stat_statements_reset()');
    const db0 = serverCpuSeconds(postmaster);
    const me0 = process.cpuUsage();
    const t0 = performance.now();
    for (const p of prepared) await store.ingestPrepared(p);
    const wall = performance.now() - t0;
    const me = process.cpuUsage(me0);
    const dbMs = ((serverCpuSeconds(postmaster) - db0) * 1000) / N;
    console.log(
      `round ${round + 1} ${variant.slice(0, 60) || 'as is'}: server CPU ${dbMs.toFixed(1)} ms/article; client CPU ${((me.user + me.system) / 1000 / N).toFixed(1)} ms/article; wall ${(wall / N).toFixed(1)} ms/article`,
    );
    if (TOP) {
      const name = db.split('/').pop();
      const st = (
        await stats.query(
          `SELECT calls, total_exec_time AS ms, total_plan_time AS pms, left(regexp_replace(query,'\\s+',' ','g'),100) AS q
           FROM pg_stat_statements WHERE dbid=(SELECT oid FROM pg_database WHERE datname=$1) ORDER BY total_exec_time + total_plan_time DESC`,
          [name],
        )
      ).rows as { calls: number; ms: number; pms: number; q: string }[];
      const sum = (f: (r: (typeof st)[number]) => number): string =>
        (st.reduce((a, r) => a + Number(f(r)), 0) / N).toFixed(1);
      console.log(
        `  statements ${sum((r) => r.calls)}/article, exec ${sum((r) => r.ms)} ms, planning ${sum((r) => r.pms)} ms per article`,
      );
      // Statements of one kind (multi-row inserts come in a few sizes) summed by their first words.
      const byHead = new Map<string, { calls: number; ms: number; pms: number }>();
      for (const r of st) {
        const head = r.q.slice(0, HEAD_CHARS);
        const h = byHead.get(head) ?? { calls: 0, ms: 0, pms: 0 };
        h.calls += Number(r.calls);
        h.ms += Number(r.ms);
        h.pms += Number(r.pms);
        byHead.set(head, h);
      }
      for (const [head, h] of [...byHead]
        .sort((a, b) => b[1].ms + b[1].pms - a[1].ms - a[1].pms)
        .slice(0, TOP))
        console.log(
          `  ${(h.calls / N).toFixed(1).padStart(5)}/art ${(h.ms / N).toFixed(2).padStart(6)} ${(h.pms / N).toFixed(2).padStart(6)} ms/art  ${head}`,
        );
    }
    await store.close();
  }
  await stats.end();
} finally {
  await server.stop();
}
