/**
 * What warms PostgreSQL up from one run of the workers bench to the next, for `docs/scale.md`:
 * `W=100 N=100 ROUNDS=3 VARIANTS='["cold","analyze"]' npx tsx bench/suites/workers-db-warm.ts`.
 * Analyses W + N PolNeAR articles once; then, round by round (variants interleaved), stores the W warm-up
 * articles into a fresh database through the store alone (as a worker does), runs the variant's preparation,
 * `CHECKPOINT`, and measures the N others: the server's CPU per article (client backends apart from the rest:
 * autovacuum, checkpointer, WAL writer, reaped processes), WAL bytes and WAL segment files, autovacuum and
 * auto-analyze runs, and JIT compilations (pg_stat_statements). Variants: `cold` (nothing), `analyze`
 * (`VACUUM ANALYZE` of the warm-up), `jit-off` (`ALTER DATABASE … SET jit = off` before the round). CPU time
 * survives a loaded machine; compare rounds within one run.
 */
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { startPostgres } from '../../test/store/pg-server.js';
import { statementStatsClient } from './pg-statement-stats.js';
import { preparedArticles } from './prepared-articles.js';
import { postmasterOf, processCpuSeconds, serverCpuSeconds } from './workers-cpu.js';

const W = Number(process.env['W'] ?? 100);
const N = Number(process.env['N'] ?? 100);
const ROUNDS = Number(process.env['ROUNDS'] ?? 3);
const VARIANTS = JSON.parse(process.env['VARIANTS'] ?? '["cold","analyze"]') as string[];

interface Snapshot {
  readonly server: number;
  readonly clients: number;
  readonly wal: bigint;
  readonly walFiles: number;
  readonly auto: number;
  readonly jit: number;
  readonly jitMs: number;
}

const server = await startPostgres();
if (typeof server === 'string') throw new Error(server);
try {
  const admin = await server.newDatabase();
  const stats = await statementStatsClient(server, admin, true);
  const prepared = await preparedArticles(W + N);
  const postmaster = postmasterOf(Number((await stats.query('SELECT pg_backend_pid() AS p')).rows[0].p))!;
  for (let round = 0; round < ROUNDS * VARIANTS.length; round++) {
    const variant = VARIANTS[round % VARIANTS.length]!;
    const db = await server.newDatabase();
    const name = db.split('/').pop()!;
    if (variant === 'jit-off') await stats.query(`ALTER DATABASE ${name} SET jit = off`);
    const probe = new pg.Client({ connectionString: db });
    await probe.connect();
    const store = await openStore(db);
    for (const p of prepared.slice(0, W)) await store.ingestPrepared(p);
    if (variant === 'analyze') await probe.query('VACUUM ANALYZE');
    await probe.query('CHECKPOINT');
    await stats.query('SELECT pg_stat_statements_reset()');
    const clientPids = async (): Promise<number[]> =>
      (
        await stats.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> $2`,
          [name, Number((await probe.query('SELECT pg_backend_pid() AS p')).rows[0].p)],
        )
      ).rows.map((r: { pid: number }) => r.pid);
    const snapshot = async (pids: readonly number[]): Promise<Snapshot> => {
      const r = (
        await probe.query(
          `SELECT pg_current_wal_lsn() - '0/0' AS wal,
                  (SELECT count(*) FROM pg_ls_waldir()) AS files,
                  (SELECT coalesce(sum(autovacuum_count + autoanalyze_count), 0) FROM pg_stat_user_tables) AS auto`,
        )
      ).rows[0];
      const j = (
        await stats.query(
          `SELECT coalesce(sum(jit_functions), 0) AS f,
                  coalesce(sum(jit_generation_time + jit_inlining_time + jit_optimization_time + jit_emission_time), 0) AS ms
           FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)`,
          [name],
        )
      ).rows[0];
      return {
        server: serverCpuSeconds(postmaster),
        clients: pids.reduce((a, p) => a + (processCpuSeconds(p) ?? 0), 0),
        wal: BigInt(r.wal),
        walFiles: Number(r.files),
        auto: Number(r.auto),
        jit: Number(j.f),
        jitMs: Number(j.ms),
      };
    };
    const pids = await clientPids();
    const s0 = await snapshot(pids);
    for (const p of prepared.slice(W)) await store.ingestPrepared(p);
    const s1 = await snapshot(pids);
    const per = (x: number): string => ((1000 * x) / N).toFixed(1);
    console.log(
      `round ${round + 1} ${variant}: server CPU ${per(s1.server - s0.server)} ms/article (store backends ${per(s1.clients - s0.clients)}); WAL ${(Number(s1.wal - s0.wal) / N / 1024).toFixed(0)} KiB/article, WAL files ${s0.walFiles} → ${s1.walFiles}; autovacuum/analyze runs ${s1.auto - s0.auto}; JIT functions ${s1.jit - s0.jit} (${(s1.jitMs - s0.jitMs).toFixed(0)} ms)`,
    );
    await store.close();
    await probe.end();
    await stats.query(`DROP DATABASE ${name} WITH (FORCE)`);
  }
  await stats.end();
} finally {
  await server.stop();
}
