/**
 * PostgreSQL's CPU per stored article, two checkouts' stores against each other in one process:
 * `N=80 ROUNDS=4 npx tsx bench/suites/workers-db-ab.ts a=/work/main b=/work/wt-store`. The first N PolNeAR
 * articles are analysed once (this checkout's analyser) and stored by each side's own store (its schema and
 * writes) into a fresh database per round, the sides' order alternating round by round, so the machine's load
 * drift hits both alike; the server's CPU (all its processes, /proc) is read around each round. The store-alone
 * figure the 2-worker bound depends on (docs/scale.md), without workers or queue.
 */
import pg from 'pg';
import type { Store } from '../../src/store/core/types.js';
import { startPostgres } from '../../test/store/pg-server.js';
import { preparedArticles } from './prepared-articles.js';
import { postmasterOf, serverCpuSeconds } from './workers-cpu.js';

const N = Number(process.env.N ?? 80);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

interface Side {
  readonly name: string;
  readonly openStore: (url: string) => Promise<Store>;
  readonly ms: number[];
}

const sides: Side[] = [];
for (const arg of process.argv.slice(2)) {
  const [name, dir] = arg.split('=');
  if (!name || !dir) throw new Error(`workers-db-ab: '${arg}' is not name=/path/to/checkout`);
  const mod = (await import(`${dir}/src/store/index.ts`)) as { openStore: Side['openStore'] };
  sides.push({ name, openStore: mod.openStore, ms: [] });
}
if (sides.length !== 2) throw new Error('workers-db-ab: give two sides, a=/path b=/path');

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await startPostgres();
if (typeof server === 'string') throw new Error(server);
try {
  const admin = new pg.Client({ connectionString: await server.newDatabase() });
  await admin.connect();
  const postmaster = postmasterOf(Number((await admin.query('SELECT pg_backend_pid() AS p')).rows[0].p))!;
  const prepared = await preparedArticles(N);
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
      const store = await side.openStore(await server.newDatabase());
      const cpu0 = serverCpuSeconds(postmaster);
      for (const p of prepared) await store.ingestPrepared(p);
      const ms = ((serverCpuSeconds(postmaster) - cpu0) * 1000) / N;
      await store.close();
      side.ms.push(ms);
      console.log(`round ${round + 1} ${side.name}: server CPU ${ms.toFixed(2)} ms/article`);
    }
  }
  for (const side of sides)
    console.log(
      `${side.name}: ${side.ms.map((x) => x.toFixed(2)).join(' / ')} ms/article, median ${median(side.ms).toFixed(2)}`,
    );
  await admin.end();
} finally {
  await server.stop();
}
