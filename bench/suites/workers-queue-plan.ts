/**
 * The queue's own server CPU per job, with and without generic plans on its connections (src/queue/boss.ts):
 * `JOBS=300 ROUNDS=3 npx tsx bench/suites/workers-queue-plan.ts`. Per round and variant, interleaved: a fresh
 * database, pg-boss opened as a worker opens it, JOBS `analyse` jobs sent one by one, then fetched and
 * completed one by one, each fetch followed by one idle poll of an empty queue (a worker polls its other
 * queues meanwhile). Server CPU from /proc (all its processes): load-independent, unlike wall time.
 */
import { openQueue } from '../../src/queue/boss.js';
import { startPostgres } from '../../test/store/pg-server.js';
import { postmasterOf, serverCpuSeconds } from './workers-cpu.js';

const JOBS = Number(process.env['JOBS'] ?? 300);
const ROUNDS = Number(process.env['ROUNDS'] ?? 3);
const VARIANTS = [
  { name: 'generic plans', genericPlans: true },
  { name: 'custom plans', genericPlans: false },
] as const;

const server = await startPostgres();
if (typeof server === 'string') throw new Error(server);
try {
  const results = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? [...VARIANTS].reverse() : VARIANTS;
    for (const variant of order) {
      const db = await server.newDatabase();
      const queue = await openQueue(db, { genericPlans: variant.genericPlans, poolSize: 4 });
      const pid = Number(
        (
          (await queue.boss.getDb().executeSql('SELECT pg_backend_pid() AS p', [])) as {
            rows: { p: number }[];
          }
        ).rows[0]!.p,
      );
      const postmaster = postmasterOf(pid)!;
      const cpu0 = serverCpuSeconds(postmaster);
      for (let i = 0; i < JOBS; i++)
        await queue.send('analyse', { source: `s${i}`, identity: `q:${i}`, input: { text: 'x' } });
      for (let i = 0; i < JOBS; i++) {
        const [job] = await queue.boss.fetch('analyse');
        await queue.boss.fetch('fetch-url');
        if (job) await queue.boss.complete('analyse', job.id);
      }
      const ms = ((serverCpuSeconds(postmaster) - cpu0) * 1000) / JOBS;
      await queue.close();
      results.set(variant.name, [...(results.get(variant.name) ?? []), ms]);
      console.log(
        `round ${round + 1} ${variant.name}: server CPU ${ms.toFixed(2)} ms per job (send, fetch, idle poll, complete)`,
      );
    }
  }
  for (const [name, ms] of results)
    console.log(`${name}: ${ms.map((m) => m.toFixed(2)).join(' / ')} ms per job`);
} finally {
  await server.stop();
}
