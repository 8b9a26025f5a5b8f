/**
 * Blocks, mentions and timexes since schema v12: no tables, exports derive them from the stored analyses.
 * Exports give every record of the analyses with its article id, record id and offsets; a v11 store, whose
 * tables held the same rows, loses the tables when it upgrades and exports the same. Run on every adapter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Analysis, toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import type { Row } from '../../src/store/core/driver.js';
import { STORE_INCLUDE } from '../../src/store/core/rows.js';
import { DERIVED_RECORD_TABLES, LATEST_SCHEMA_VERSION } from '../../src/store/core/schema.js';
import type { RecordType, Store } from '../../src/store/core/types.js';
import { openDriver, openStore } from '../../src/store/index.js';
import type { NewLocation } from './contract.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'examples', 'putin-trump-ukraine.txt'), 'utf8');
/** Another story (not a near-duplicate of SAMPLE, which exports would leave out). */
const OTHER = readFileSync(join(ROOT, 'examples', 'claims', 'norland-confirms-meeting.html'), 'utf8');

/** The three tables as v1 made them (ids of the dialect), enough to stand for a v11 store's. */
const V11_TABLES = [
  `CREATE TABLE blocks (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, record_id TEXT NOT NULL,
     kind TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL)`,
  `CREATE TABLE mentions (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, record_id TEXT NOT NULL,
     actor_record_id TEXT, kind TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
     text TEXT NOT NULL)`,
  `CREATE TABLE timexes (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, record_id TEXT NOT NULL,
     type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, anchor TEXT, start_offset INTEGER NOT NULL,
     end_offset INTEGER NOT NULL, text TEXT NOT NULL)`,
];

async function exported(store: Store, type: RecordType): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const r of store.exportRecords(type)) rows.push(r);
  return rows;
}

export function derivedRecordsContract(name: string, newLocation: NewLocation): void {
  describe(`store contract, records derived from the analyses: ${name}`, () => {
    it('exports every block, mention and timex of the analyses, with article ids and offsets', async () => {
      const analyzer = await Analyzer.create();
      const run = (text: string, include: readonly string[]): Analysis => {
        const { document, timings } = analyzer.run({ text });
        return toAnalysis(document, timings, { include });
      };
      // The second without the opt-in records: its mentions are the actors' own, as ingest's rows were.
      const articles = [run(SAMPLE, STORE_INCLUDE), run(OTHER, [])];
      const url = await newLocation();
      const store = await openStore(url);
      try {
        const ids: number[] = [];
        for (const [i, a] of articles.entries())
          ids.push((await store.ingest(a, { input: `a${i}.txt` })).articleId);
        const texts = new Map(ids.map((id, i) => [id, articles[i]!.text]));
        const mentions = await exported(store, 'mentions');
        const blocks = await exported(store, 'blocks');
        const timexes = await exported(store, 'timexes');
        const first = articles[0]!;
        expect(mentions.filter((m) => m.article_id === ids[0]).map((m) => m.record_id)).toEqual(
          first.mentions!.map((m) => m.id),
        );
        const ownMentions = (articles[1]!.actors ?? []).reduce((n, a) => n + a.mentions.length, 0);
        expect(mentions.filter((m) => m.article_id === ids[1]).length).toBe(ownMentions);
        expect(blocks.length).toBe(articles.reduce((n, a) => n + a.blocks.length, 0));
        expect(timexes.length).toBe(articles.reduce((n, a) => n + (a.timexes ?? []).length, 0));
        expect(timexes.length).toBeGreaterThan(0);
        for (const rows of [mentions, blocks, timexes]) {
          expect(rows.map((r) => r.id)).toEqual(rows.map((_, i) => i + 1));
          for (const r of rows) expect(Number(r.end)).toBeGreaterThan(Number(r.start));
        }
        for (const r of [...mentions, ...timexes])
          expect(texts.get(Number(r.article_id))!.slice(Number(r.start), Number(r.end))).toBe(r.text);
        expect(Object.keys(mentions[0]!)).toEqual([
          'id',
          'article_id',
          'record_id',
          'actor_record_id',
          'kind',
          'start',
          'end',
          'text',
        ]);
      } finally {
        await store.close();
      }
    }, 120_000);

    it('drops the tables of a v11 store when it upgrades, and exports the same records', async () => {
      const analyzer = await Analyzer.create();
      const { document, timings } = analyzer.run({ text: SAMPLE });
      const url = await newLocation();
      const store = await openStore(url);
      await store.ingest(toAnalysis(document, timings, { include: STORE_INCLUDE }), { input: 's.txt' });
      const before = await exported(store, 'mentions');
      await store.close();

      // Back to v11: the tables are there again, with a row.
      const driver = await openDriver(url);
      for (const sql of V11_TABLES) await driver.exec(sql);
      await driver.run(
        `INSERT INTO mentions (id, article_id, record_id, kind, start_offset, end_offset, text)
         VALUES (1, 1, 'm', 'name', 0, 1, 'x')`,
      );
      await driver.run('DELETE FROM verbatim_schema WHERE version >= ?', [12]);
      await driver.close();

      const upgraded = await openStore(url);
      try {
        expect((await upgraded.stats()).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
        expect(await exported(upgraded, 'mentions')).toEqual(before);
      } finally {
        await upgraded.close();
      }
      const check = await openDriver(url);
      try {
        for (const table of DERIVED_RECORD_TABLES) {
          const catalog =
            check.dialect === 'sqlite'
              ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?"
              : 'SELECT table_name AS name FROM information_schema.tables WHERE table_name = ?';
          expect(await check.get(catalog, [table])).toBeUndefined();
        }
      } finally {
        await check.close();
      }
    }, 120_000);
  });
}
