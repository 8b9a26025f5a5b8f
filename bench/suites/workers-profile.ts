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
import { statementStatsClient } from './pg-statement-stats.js';
import { postmasterOf, processCpuSeconds, serverCpuSeconds, threadCpuSeconds } from './workers-cpu.js';

const N = Number(process.env.N ?? 60);
const MODES = (process.env.MODES ?? '1,2').split(',').map(Number);
const ENTRY = join(import.meta.dirname, '..', 'cli-entry.ts');
const server = await startPostgres();
if (typeof server === 'string') throw new Error(server);
try {
  const admin = await server.newDatabase();
  const statsClient = await statementStatsClient(server, admin, true);
  const corpus = loadCorpus(undefined, N);
  for (const workers of MODES) {
    const db = await server.newDatabase();
    const c = new pg.Client({ connectionString: db });
    await c.connect();
    const probePid = Number((await c.query('SELECT pg_backend_pid() AS p')).rows[0].p);
    const postmaster = postmasterOf(probePid)!;
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
    while (!procs.every((w) => w.out.includes('worker started')))
      await new Promise((r) => setTimeout(r, 200));
    const cpuOf = (w: { out: string }, ev: string) =>
      Number(JSON.parse(w.out.split('\n').find((l) => l.includes(`"${ev}"`))!).cpuSeconds);
    await statsClient.query('SELECT pg_stat_statements_reset()');
    const db0 = serverCpuSeconds(postmaster);
    const me0 = process.cpuUsage();
    const threads0 = procs.map((w) => threadCpuSeconds(w.p.pid!));
    const t0 = performance.now();
    await queue.sendMany(
      'analyse',
      corpus.texts.map((t) => ({ source: t.id, identity: `b:${t.id}`, input: { text: t.text } })),
    );
    const waits = new Map<string, number>();
    // CPU of every server process by what it is (client backends by application: pg-boss names itself), from /proc,
    // sampled with the wait events: an exited backend keeps its last sample.
    const procs0 = new Map<number, { kind: string; cpu0: number; cpu: number }>();
    const sampleCpu = async (): Promise<void> => {
      const rows = (
        await c.query(
          `SELECT pid, backend_type || ':' || coalesce(nullif(application_name,''),'store') AS kind FROM pg_stat_activity WHERE pid<>pg_backend_pid()`,
        )
      ).rows as { pid: number; kind: string }[];
      for (const r of rows) {
        const cpu = processCpuSeconds(r.pid);
        if (cpu === undefined) continue;
        const seen = procs0.get(r.pid);
        if (seen) seen.cpu = cpu;
        else procs0.set(r.pid, { kind: r.kind, cpu0: cpu, cpu });
      }
    };
    await sampleCpu();
    const probe0 = processCpuSeconds(probePid) ?? 0;
    let samples = 0;
    for (;;) {
      await sampleCpu();
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
    await sampleCpu();
    const probeCpu = (processCpuSeconds(probePid) ?? 0) - probe0;
    const wall = (performance.now() - t0) / 1000;
    const dbs = serverCpuSeconds(postmaster) - db0;
    const me = process.cpuUsage(me0);
    const threads1 = procs.map((w) => threadCpuSeconds(w.p.pid!));
    for (const w of procs) w.p.kill('SIGTERM');
    await Promise.all(procs.map((w) => new Promise((r) => w.p.once('exit', r))));
    const wcpu = procs.reduce((a, w) => a + cpuOf(w, 'worker stopped') - cpuOf(w, 'worker started'), 0);
    console.log(
      `\n=== ${workers} worker(s), ${N} articles: wall ${wall.toFixed(1)} s, ${(N / wall).toFixed(2)}/s; worker CPU ${((wcpu / N) * 1000).toFixed(0)} ms/article; DB CPU ${((dbs / N) * 1000).toFixed(0)} ms/article; profiler ${(((me.user + me.system) / 1e6 / N) * 1000).toFixed(0)} ms/article; load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
    );
    // The workers' CPU by thread (main thread, V8's GC and compiler helpers, libuv's pool), summed over workers.
    const byThread = new Map<string, number>();
    threads1.forEach((t1, i) => {
      for (const [name, cpu] of t1)
        byThread.set(name, (byThread.get(name) ?? 0) + cpu - (threads0[i]!.get(name) ?? 0));
    });
    console.log('worker CPU per article by thread:');
    for (const [k, v] of [...byThread].sort((a, b) => b[1] - a[1]))
      if (v > 0) console.log(`  ${((v / N) * 1000).toFixed(1).padStart(6)} ms  ${k}`);
    const byKind = new Map<string, { ms: number; n: number }>();
    for (const p of procs0.values()) {
      const k = byKind.get(p.kind) ?? { ms: 0, n: 0 };
      k.ms += ((p.cpu - p.cpu0) / N) * 1000;
      k.n++;
      byKind.set(p.kind, k);
    }
    const seen = [...byKind.values()].reduce((a, v) => a + v.ms, 0);
    console.log(
      `server CPU per article by process kind (processes seen); this profiler's session ${((probeCpu / N) * 1000).toFixed(1)} ms, unattributed ${((dbs / N) * 1000 - seen - (probeCpu / N) * 1000).toFixed(1)} ms:`,
    );
    for (const [k, v] of [...byKind].sort((a, b) => b[1].ms - a[1].ms))
      console.log(`  ${v.ms.toFixed(1).padStart(6)} ms  ${k} (${v.n})`);
    console.log(`wait samples (${samples}):`);
    for (const [k, v] of [...waits].sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.log(`  ${(v / samples).toFixed(2)}  ${k}`);
    const st = (
      await statsClient.query(
        `SELECT calls, round(total_exec_time::numeric,1) AS ms, round(total_plan_time::numeric,1) AS pms, rows, left(regexp_replace(query,'\\s+',' ','g'),110) AS q FROM pg_stat_statements WHERE dbid=(SELECT oid FROM pg_database WHERE datname='${db.split('/').pop()}') ORDER BY total_exec_time DESC`,
      )
    ).rows;
    const totCalls = st.reduce((a, r) => a + Number(r.calls), 0);
    const totMs = st.reduce((a, r) => a + Number(r.ms), 0);
    const totPlan = st.reduce((a, r) => a + Number(r.pms), 0);
    console.log(
      `statements: ${totCalls} calls (${(totCalls / N).toFixed(1)}/article), exec ${(totMs / N).toFixed(1)} ms/article, planning ${(totPlan / N).toFixed(1)} ms/article`,
    );
    for (const r of st.slice(0, 30))
      console.log(
        `  ${String(r.calls).padStart(6)} ${String(r.ms).padStart(9)}ms ${String(r.pms).padStart(7)}ms ${r.q}`,
      );
    await queue.close();
    await c.end();
  }
  // Ended before the server stops: a client cut by the shutdown raises an unhandled 'error'.
  await statsClient.end();
} finally {
  await server.stop();
}
