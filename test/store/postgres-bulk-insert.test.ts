import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { STORE_INCLUDE } from '../../src/store/core/rows.js';
import { storeOver } from '../../src/store/core/store.js';
import { openPostgres } from '../../src/store/postgres/driver.js';
import { analyseDevArticles } from './dev-analyses.js';
import { startPostgres } from './pg-server.js';

/** Articles written both ways: enough for multi-row inserts of every size class and corpus links between them. */
const ARTICLES = 4;
/** Columns that differ by design between two writes: when an article was stored, when a migration ran. */
const VOLATILE = new Set(['ingested_at', 'applied_at']);

const server = await startPostgres();
if (typeof server === 'string') {
  const why = `SKIPPED: the PostgreSQL bulk-insert test did not run: ${server}`;
  console.warn(`\n${'!'.repeat(100)}\n${why}\n${'!'.repeat(100)}\n`);
  describe.skip('PostgreSQL bulk insert', () => {
    it(why, () => undefined);
  });
} else {
  afterAll(() => server.stop(), 240_000);

  async function tableDump(url: string): Promise<Record<string, unknown[]>> {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const tables = (
        await c.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
        )
      ).rows.map((r) => String(r.table_name));
      const dump: Record<string, unknown[]> = {};
      for (const t of tables) {
        const rows = (await c.query(`SELECT * FROM ${t} ORDER BY 1, 2`)).rows as Record<string, unknown>[];
        dump[t] = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !VOLATILE.has(k))));
      }
      return dump;
    } finally {
      await c.end();
    }
  }

  describe('PostgreSQL bulk insert', () => {
    it('stores the same rows as multi-row VALUES inserts', async () => {
      const analyses = await analyseDevArticles(ARTICLES, STORE_INCLUDE);
      const dumps: Record<string, unknown[]>[] = [];
      for (const bulkInsert of [true, false]) {
        const url = await server.newDatabase();
        const store = await storeOver(await openPostgres(url, { bulkInsert }));
        for (const { f, analysis } of analyses)
          await store.ingest(analysis, { input: f, identity: `t:${f}` });
        await store.close();
        dumps.push(await tableDump(url));
      }
      const [bulk, values] = dumps;
      expect(bulk!['act_participants']!.length).toBeGreaterThan(ARTICLES);
      expect(bulk!['statements']!.length).toBeGreaterThan(ARTICLES);
      expect(bulk).toEqual(values);
    }, 600_000);

    it('round-trips the values an array literal must escape, beside NULL and bytea', async () => {
      const driver = await openPostgres(await server.newDatabase());
      try {
        await driver.exec('CREATE TABLE odd (id integer, t text, b bytea, x double precision)');
        const rows = [
          [1, 'quote " backslash \\ braces {a,b} comma, "NULL"', Buffer.from([0, 92, 34, 255]), 0.1],
          [2, 'NULL', null, -1e-7],
          [3, '', Buffer.alloc(0), null],
          [4, 'tab\tnew\nline  spaces ', null, 2 ** 40],
          [5, null, null, 0],
        ];
        expect(await driver.insertRows!('odd', ['id', 't', 'b', 'x'], rows)).toBe(true);
        const back = await driver.all<{ id: number; t: string | null; b: Buffer | null; x: number | null }>(
          'SELECT id, t, b, x FROM odd ORDER BY id',
        );
        expect(back.map((r) => [r.id, r.t, r.b, r.x])).toEqual(rows);
      } finally {
        await driver.close();
      }
    }, 60_000);

    it('leaves a table with an array-typed column to multi-row VALUES (unnest would flatten it)', async () => {
      const driver = await openPostgres(await server.newDatabase());
      try {
        await driver.exec('CREATE TABLE tagged (id integer, tags text[])');
        expect(await driver.insertRows!('tagged', ['id', 'tags'], [[1, '{a,b}']])).toBe(false);
      } finally {
        await driver.close();
      }
    }, 60_000);
  });
}
