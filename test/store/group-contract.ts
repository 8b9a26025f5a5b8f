/**
 * Write groups (`store.ingestGroup`, group commit) on both adapters: an article that fails mid-group is rolled
 * back alone (none of its rows stays, not even its source) while the others commit; an article repeated in its
 * own group is skipped, a changed text becomes a new version and a republished copy a near-duplicate, as across
 * transactions (reads in the group see its earlier articles); a group that fails as a whole stores nothing.
 * The mid-group failure comes from a trigger on `signatures`, late in the article's writes, so most of its rows
 * (source, article, records, corpus actors, names) are written before it fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { INGEST_ROW_FOREIGN_KEYS } from '../../src/store/core/schema.js';
import type { IngestOutcome, PreparedArticle } from '../../src/store/core/types.js';
import { prepareArticle } from '../../src/store/core/write.js';
import { type Driver, openDriver, openStore } from '../../src/store/index.js';
import type { NewLocation } from './contract.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'examples', 'putin-trump-ukraine.txt'), 'utf8');
const POLNEAR_DEV = join(ROOT, '..', 'shared', 'data', 'quotes', 'polnear', 'dev', 'text');
/** The input the test's trigger refuses. */
const REFUSED = 'refused.txt';

/** A trigger that fails the signature insert of the article whose input is REFUSED. */
async function refuse(db: Driver): Promise<void> {
  const check = `(SELECT input FROM articles WHERE id = NEW.article_id) = '${REFUSED}'`;
  if (db.dialect === 'sqlite') {
    await db.exec(
      `CREATE TRIGGER refuse_test BEFORE INSERT ON signatures WHEN ${check}
       BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
    );
    return;
  }
  await db.exec(
    `CREATE FUNCTION refuse_test() RETURNS trigger AS $$ BEGIN
       IF ${check} THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
     CREATE TRIGGER refuse_test BEFORE INSERT ON signatures FOR EACH ROW EXECUTE FUNCTION refuse_test()`,
  );
}

async function unrefuse(db: Driver): Promise<void> {
  await db.exec(
    db.dialect === 'sqlite'
      ? 'DROP TRIGGER refuse_test'
      : 'DROP TRIGGER refuse_test ON signatures; DROP FUNCTION refuse_test()',
  );
}

/** Rows that point at an article that is not stored (what a half-rolled-back article would leave). */
async function orphans(db: Driver): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [table, column] of INGEST_ROW_FOREIGN_KEYS) {
    if (column !== 'article_id') continue;
    const exists = await db.get<{ n: number }>(
      db.dialect === 'sqlite'
        ? `SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?`
        : `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ?`,
      [table],
    );
    if (Number(exists!.n) === 0) continue;
    const n = await db.get<{ n: number }>(
      `SELECT count(*) AS n FROM ${table} r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id)`,
    );
    if (Number(n!.n) > 0) out[table] = Number(n!.n);
  }
  return out;
}

export function groupContract(name: string, newLocation: NewLocation): void {
  describe(`store write groups: ${name}`, () => {
    let texts: string[];
    let prepare: (text: string, input: string, identity?: string) => PreparedArticle;
    beforeAll(async () => {
      const analyzer = await Analyzer.create();
      texts = readdirSync(POLNEAR_DEV)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .slice(0, 3)
        .map((f) => readFileSync(join(POLNEAR_DEV, f), 'utf8'));
      prepare = (text, input, identity) => {
        const { document, timings } = analyzer.run({ text });
        return prepareArticle(toAnalysis(document, timings, { include: ['mentions'] }), {
          input,
          identity: identity ?? input,
        });
      };
    }, 120_000);

    it('an article failing mid-group is rolled back alone; the others commit; its rerun stores it', async () => {
      const url = await newLocation();
      const store = await openStore(url);
      const db = await openDriver(url);
      try {
        await refuse(db);
        const [a, bad, c] = [
          prepare(texts[0]!, 'a.txt'),
          prepare(texts[1]!, REFUSED),
          prepare(texts[2]!, 'c.txt'),
        ];
        const outcomes: (IngestOutcome | string)[] = [];
        await store.ingestGroup(async (write) => {
          for (const p of [a, bad, c]) {
            outcomes.push(await write(p).catch((e: Error) => e.message));
          }
        });
        expect(outcomes[0]).toMatchObject({ status: 'stored' });
        expect(outcomes[1]).toMatch(/refused by the test/);
        expect(outcomes[2]).toMatchObject({ status: 'stored' });
        expect((await store.articles()).items.map((x) => x.source).sort()).toEqual(['a.txt', 'c.txt']);
        expect(await store.storedId(REFUSED, texts[1]!)).toBeUndefined();
        const sources = await db.all<{ identity: string }>('SELECT identity FROM sources ORDER BY identity');
        expect(sources.map((s) => s.identity)).toEqual(['a.txt', 'c.txt']);
        expect(await orphans(db)).toEqual({});
        // Stories count only stored articles.
        const stray = await db.get<{ n: number }>(
          'SELECT count(*) AS n FROM stories s WHERE s.article_count <> (SELECT count(*) FROM articles a WHERE a.story_id = s.id)',
        );
        expect(Number(stray!.n)).toBe(0);
        await unrefuse(db);
        expect(await store.ingestPrepared(bad)).toMatchObject({ status: 'stored', version: 1 });
      } finally {
        await db.close();
        await store.close();
      }
    }, 300_000);

    it('inside one group: a repeat is skipped, a changed text is a new version, a copy is a near-duplicate', async () => {
      const url = await newLocation();
      const store = await openStore(url);
      try {
        const original = prepare(SAMPLE, 'wire.txt');
        const repeat = prepare(SAMPLE, 'wire.txt');
        const changed = prepare(SAMPLE.replace('Kremlin Reaffirms', 'Kremlin Restates'), 'wire.txt');
        const copy = prepare(SAMPLE.replace('Kremlin Reaffirms', 'Moscow Restates'), 'outlet.txt');
        const outcomes = await store.ingestGroup(async (write) => {
          const out: IngestOutcome[] = [];
          for (const p of [original, repeat, changed, copy]) out.push(await write(p));
          return out;
        });
        const [first, again, second, dup] = outcomes;
        expect(first).toMatchObject({ status: 'stored', version: 1 });
        expect(again).toEqual({ status: 'skipped', articleId: first!.articleId, version: 1 });
        expect(second).toMatchObject({ status: 'new-version', version: 2 });
        expect(dup).toMatchObject({ status: 'stored', duplicateOf: { articleId: first!.articleId } });
        const all = await store.articles({ includeDuplicates: true });
        expect(all.items.map((x) => [x.id, x.version, x.latest]).sort()).toEqual(
          [
            [first!.articleId, 1, false],
            [second!.articleId, 2, true],
            [dup!.articleId, 1, true],
          ].sort(),
        );
      } finally {
        await store.close();
      }
    }, 300_000);

    it('a group that fails as a whole stores none of its articles', async () => {
      const url = await newLocation();
      const store = await openStore(url);
      try {
        let written = 0;
        await expect(
          store.ingestGroup(async (write) => {
            await write(prepare(texts[0]!, 'a.txt'));
            await write(prepare(texts[1]!, 'b.txt'));
            written = 2;
            throw new Error('the group gives up');
          }),
        ).rejects.toThrow('the group gives up');
        expect(written).toBe(2);
        expect((await store.stats()).articles).toBe(0);
        expect(await store.storedId('a.txt', texts[0]!)).toBeUndefined();
      } finally {
        await store.close();
      }
    }, 300_000);
  });
}
