/**
 * WAL written per stored article, by kind of record: `N=80 WARM=40 npx tsx bench/suites/pg-wal.ts`. Stores WARM
 * PolNeAR articles through the store alone (no queue), takes a CHECKPOINT, then stores the next N and reads
 * `pg_walinspect`'s statistics over them: bytes per article by resource manager (heap, btree, GIN, …) and how
 * much of it is full-page images. WAL is work the server does per row and per index entry, and the figure
 * does not depend on the machine's load.
 */
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { startPostgres } from '../../test/store/pg-server.js';
import { preparedArticles } from './prepared-articles.js';
import { postmasterOf, serverCpuSeconds } from './workers-cpu.js';

const N = Number(process.env.N ?? 80);
const WARM = Number(process.env.WARM ?? 40);
/** SQL run on the fresh store before its round, one variant per round: `VARIANTS='["", "ALTER TABLE …"]'`. */
const VARIANTS = JSON.parse(process.env.VARIANTS ?? '[""]') as string[];
const ROUNDS = Number(process.env.ROUNDS ?? 1);
/** Resource managers printed (the rest are summed under "other"). */
const TOP = 10;

const server = await startPostgres();
if (typeof server === 'string') throw new Error(server);
try {
  const prepared = await preparedArticles(WARM + N);
  for (let round = 0; round < ROUNDS * VARIANTS.length; round++) {
    const variant = VARIANTS[round % VARIANTS.length]!;
    const db = await server.newDatabase();
    const store = await openStore(db);
    const c = new pg.Client({ connectionString: db });
    await c.connect();
    await c.query('CREATE EXTENSION IF NOT EXISTS pg_walinspect');
    if (variant) await c.query(variant);
    const postmaster = postmasterOf(Number((await c.query('SELECT pg_backend_pid() AS p')).rows[0].p))!;
    for (const p of prepared.slice(0, WARM)) await store.ingestPrepared(p);
    await c.query('CHECKPOINT');
    const start = (await c.query('SELECT pg_current_wal_insert_lsn() AS l')).rows[0].l as string;
    const cpu0 = serverCpuSeconds(postmaster);
    for (const p of prepared.slice(WARM)) await store.ingestPrepared(p);
    const cpu = ((serverCpuSeconds(postmaster) - cpu0) * 1000) / N;
    const end = (await c.query('SELECT pg_current_wal_insert_lsn() AS l')).rows[0].l as string;
    const rows = (
      await c.query(
        `SELECT "resource_manager/record_type" AS rm, count, record_size, fpi_size, combined_size
         FROM pg_get_wal_stats($1, $2, false) ORDER BY combined_size DESC`,
        [start, end],
      )
    ).rows as { rm: string; count: string; record_size: string; fpi_size: string; combined_size: string }[];
    const kib = (v: number): string => (v / N / 1024).toFixed(1);
    const total = rows.reduce((a, r) => a + Number(r.combined_size), 0);
    const fpi = rows.reduce((a, r) => a + Number(r.fpi_size), 0);
    console.log(
      `round ${round + 1} ${variant.slice(0, 60) || 'as is'}: WAL ${kib(total)} KiB/article (full-page images ${kib(fpi)}); server CPU ${cpu.toFixed(1)} ms/article`,
    );
    for (const r of rows.slice(0, TOP))
      console.log(
        `  ${r.rm.padEnd(12)} ${(Number(r.count) / N).toFixed(1).padStart(7)} records ${kib(Number(r.record_size)).padStart(7)} KiB ${kib(Number(r.fpi_size)).padStart(7)} KiB FPI per article`,
      );
    await c.end();
    await store.close();
  }
} finally {
  await server.stop();
}
