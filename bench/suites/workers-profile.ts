/**
 * Where a queued article's time goes, for `docs/scale.md`: `N=60 MODES=1,2 npx tsx bench/suites/workers-profile.ts`.
 * Starts PostgreSQL with pg_stat_statements, runs N articles through 1 (then 2) worker processes and prints the
 * workers' and the server's CPU per article, the statements per article with their execution time, and what
 * the server's sessions were doing (pg_stat_activity wait events, sampled every 50 ms). CPU per article is the
 * figure that survives a loaded machine; wall times do not.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openQueue } from '../../src/queue/boss.js';
import { startPostgres } from '../../test/store/pg-server.js';
import { loadCorpus } from '../corpus.js';
import { postmasterOf, serverCpuSeconds } from './workers-cpu.js';

const N = Number(process.env.N ?? 60);
const MODES = (process.env.MODES ?? '1,2').split(',').map(Number);
const ENTRY = join(import.meta.dirname, '..', 'cli-entry.ts');
const server = await startPostgres();
if (typeof server === 'string') throw new Error(server);
const admin = await server.newDatabase();
{
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await c.end();
  await server.restart();
}
const statsClient = new pg.Client({ connectionString: admin });
await statsClient.connect();
await statsClient.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
const corpus = loadCorpus(undefined, N);
for (const workers of MODES) {
  const db = await server.newDatabase();
  const c = new pg.Client({ connectionString: db });
  await c.connect();
  const postmaster = postmasterOf(Number((await c.query('SELECT pg_backend_pid() AS p')).rows[0].p))!;
  const queue = await openQueue(db);
  const procs: { p: ChildProcess; out: string }[] = [];
  for (let i = 0; i < workers; i++) {
    const p = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'worker', '--db', db], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const w = { p, out: '' };
    p.stdout!.on('data', (d: Buffer) => {
      w.out += d.toString();
    });
    procs.push(w);
  }
  while (!procs.every((w) => w.out.includes('worker started'))) await new Promise((r) => setTimeout(r, 200));
  const cpuOf = (w: { out: string }, ev: string) =>
    Number(JSON.parse(w.out.split('\n').find((l) => l.includes(`"${ev}"`))!).cpuSeconds);
  await statsClient.query('SELECT pg_stat_statements_reset()');
  const db0 = serverCpuSeconds(postmaster);
  const me0 = process.cpuUsage();
  const t0 = performance.now();
  await queue.sendMany(
    'analyse',
    corpus.texts.map((t) => ({ source: t.id, identity: `b:${t.id}`, input: { text: t.text } })),
  );
  const waits = new Map<string, number>();
  let samples = 0;
  for (;;) {
    const n = Number((await c.query('SELECT count(*) AS n FROM articles')).rows[0].n);
    if (n >= N) break;
    const rows = (
      await c.query(
        `SELECT coalesce(wait_event_type,'-')||':'||coalesce(wait_event,'-')||' '||state||' '||left(regexp_replace(query,'\\s+',' ','g'),60) AS k FROM pg_stat_activity WHERE datname=current_database() AND pid<>pg_backend_pid() AND state<>'idle'`,
      )
    ).rows;
    samples++;
    for (const r of rows) waits.set(r.k, (waits.get(r.k) ?? 0) + 1);
    await new Promise((r) => setTimeout(r, 50));
  }
  const wall = (performance.now() - t0) / 1000;
  const dbs = serverCpuSeconds(postmaster) - db0;
  const me = process.cpuUsage(me0);
  for (const w of procs) w.p.kill('SIGTERM');
  await Promise.all(procs.map((w) => new Promise((r) => w.p.once('exit', r))));
  const wcpu = procs.reduce((a, w) => a + cpuOf(w, 'worker stopped') - cpuOf(w, 'worker started'), 0);
  console.log(
    `\n=== ${workers} worker(s), ${N} articles: wall ${wall.toFixed(1)} s, ${(N / wall).toFixed(2)}/s; worker CPU ${((wcpu / N) * 1000).toFixed(0)} ms/article; DB CPU ${((dbs / N) * 1000).toFixed(0)} ms/article; profiler ${(((me.user + me.system) / 1e6 / N) * 1000).toFixed(0)} ms/article; load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
  );
  console.log(`wait samples (${samples}):`);
  for (const [k, v] of [...waits].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${(v / samples).toFixed(2)}  ${k}`);
  const st = (
    await statsClient.query(
      `SELECT calls, round(total_exec_time::numeric,1) AS ms, rows, left(regexp_replace(query,'\\s+',' ','g'),110) AS q FROM pg_stat_statements WHERE dbid=(SELECT oid FROM pg_database WHERE datname='${db.split('/').pop()}') ORDER BY total_exec_time DESC`,
    )
  ).rows;
  const totCalls = st.reduce((a, r) => a + Number(r.calls), 0);
  const totMs = st.reduce((a, r) => a + Number(r.ms), 0);
  console.log(
    `statements: ${totCalls} calls (${(totCalls / N).toFixed(1)}/article), exec ${(totMs / N).toFixed(1)} ms/article`,
  );
  for (const r of st.slice(0, 30))
    console.log(`  ${String(r.calls).padStart(6)} ${String(r.ms).padStart(9)}ms ${r.q}`);
  await queue.close();
  await c.end();
}
await server.stop();
