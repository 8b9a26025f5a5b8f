/**
 * The server's instructions per stored article, counted by callgrind: a figure of PostgreSQL's work that no load
 * on the machine can move, for A/Bs of the store's writes too small for CPU time to show (a loaded 2-core
 * machine blurs server CPU per article by ±1 ms, a tenth of it; two runs of this agree to 0.1 %).
 *   N=10 WARM=20 npx tsx bench/suites/pg-instructions.ts main=/work/main mine=/work/wt-x
 *   VARIANTS='["", "DROP INDEX articles_story"]' npx tsx bench/suites/pg-instructions.ts this=.
 * Each side is a checkout whose store (schema and writes) stores the first WARM + N PolNeAR articles (analysed
 * once, by this checkout); each variant is SQL run on the fresh store before it. PostgreSQL runs under
 * `valgrind --tool=callgrind`, which writes each server process's instruction total when it exits. A measure
 * is two phases, each on a fresh database with a store opened and closed around it: WARM articles, then
 * WARM + N; the difference of the totals of the store's connections over N is the cost of one article stored
 * into a store of WARM articles (opening, migrations and connections cancel out). Under valgrind the server
 * runs about 50 times slower: 10 articles take a minute or two per side and variant.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { Store } from '../../src/store/core/types.js';
import { startPostgres } from '../../test/store/pg-server.js';
import { preparedArticles } from './prepared-articles.js';

const N = Number(process.env.N ?? 10);
const WARM = Number(process.env.WARM ?? 20);
/** SQL run on each fresh store before its measure (`""`: none), every side with every variant. */
const VARIANTS = JSON.parse(process.env.VARIANTS ?? '[""]') as string[];
/** Milliseconds for callgrind to write the totals of the connections a closed store ended. */
const DUMP_WAIT_MS = 3000;
/** The server's settings, as the workers bench has them (bench/suites/workers.ts): no JIT, no autovacuum. */
const SETTINGS = ['jit = off', 'autovacuum = off'];
/** callgrind's output per process, in the server's own directory (writable by the user it runs as). */
const OUT_PREFIX = 'callgrind.';

type OpenStore = (url: string) => Promise<Store>;

const sides: { name: string; open: OpenStore }[] = [];
for (const arg of process.argv.slice(2).length ? process.argv.slice(2) : ['this=.']) {
  const [name, dir] = arg.split('=');
  if (!name || !dir) throw new Error(`pg-instructions: '${arg}' is not name=/path/to/checkout`);
  const mod = (await import(join(resolve(dir), 'src', 'store', 'index.ts'))) as { openStore: OpenStore };
  sides.push({ name, open: mod.openStore });
}

const server = await startPostgres({
  wrap: (dir) => ['valgrind', '--tool=callgrind', `--callgrind-out-file=${join(dir, OUT_PREFIX)}%p`],
});
if (typeof server === 'string') throw new Error(server);
try {
  const admin = new pg.Client({ connectionString: await server.newDatabase() });
  await admin.connect();
  for (const s of SETTINGS) await admin.query(`ALTER SYSTEM SET ${s}`);
  await admin.query('SELECT pg_reload_conf()');
  const prepared = await preparedArticles(WARM + N);
  const counted = new Set<string>();
  /** Instructions of the server processes that ended since the last call (their files hold totals). */
  const ended = async (): Promise<number> => {
    await new Promise((r) => setTimeout(r, DUMP_WAIT_MS));
    let sum = 0;
    for (const f of readdirSync(server.dir).filter((f) => f.startsWith(OUT_PREFIX))) {
      if (counted.has(f)) continue;
      const total = /^(?:summary|totals): (\d+)/m.exec(readFileSync(join(server.dir, f), 'utf8'));
      if (!total) continue;
      counted.add(f);
      sum += Number(total[1]);
    }
    return sum;
  };
  const phase = async (open: OpenStore, variant: string, articles: number): Promise<number> => {
    const db = await server.newDatabase();
    await (await open(db)).close();
    if (variant) {
      const c = new pg.Client({ connectionString: db });
      await c.connect();
      await c.query(variant);
      await c.end();
    }
    await ended();
    const store = await open(db);
    for (const p of prepared.slice(0, articles)) await store.ingestPrepared(p);
    await store.close();
    return ended();
  };
  for (const side of sides)
    for (const variant of VARIANTS) {
      const before = await phase(side.open, variant, WARM);
      const after = await phase(side.open, variant, WARM + N);
      console.log(
        `${side.name} ${variant.slice(0, 70) || 'as is'}: ${((after - before) / N / 1e6).toFixed(2)} M server instructions per article (articles ${WARM + 1}–${WARM + N})`,
      );
    }
  await admin.end();
} finally {
  await server.stop();
}
