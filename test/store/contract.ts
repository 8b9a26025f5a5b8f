/**
 * The store contract: ONE suite every adapter must pass (after drizzle-orm's
 * shared sqlite-common suite). sqlite.test.ts and postgres.test.ts run it
 * against a fresh SQLite file and a fresh database on a real PostgreSQL server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Analysis, toAnalysis } from '../../src/analysis/records.js';
import { RecordResolver } from '../../src/analysis/resolve.js';
import { Analyzer } from '../../src/analyzer.js';
import { VerbatimError } from '../../src/model/errors.js';
import { ftsFor } from '../../src/store/core/dialect-sql.js';
import { migrate } from '../../src/store/core/migrate.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/store/core/schema.js';
import { openDriver, openStore, type Store } from '../../src/store/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'examples', 'putin-trump-ukraine.txt'), 'utf8');
const POLNEAR_DEV = join(ROOT, '..', 'shared', 'data', 'quotes', 'polnear', 'dev', 'text');

/** A fresh, empty store location (file path or database URL) per call. */
export type NewLocation = () => Promise<string>;

interface Fixtures {
  readonly sample: Analysis;
  readonly dated: Analysis;
  readonly others: readonly Analysis[];
  readonly edited: Analysis;
  readonly analyzer: Analyzer;
}

async function fixtures(): Promise<Fixtures> {
  const analyzer = await Analyzer.create();
  const run = (text: string, published?: string): Analysis => {
    const { document, timings } = analyzer.run({ text, ...(published ? { published } : {}) });
    return toAnalysis(document, timings, { include: ['mentions', 'tokens', 'sentences', 'entities'] });
  };
  const dev = readdirSync(POLNEAR_DEV)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 3)
    .map((f) => readFileSync(join(POLNEAR_DEV, f), 'utf8'));
  // Wire copy republished: another outlet's headline and one sentence cut.
  const edited = SAMPLE.replace('Kremlin Reaffirms', 'Moscow Restates').replace(
    /The Kremlin recently denied[^.]*\./,
    '',
  );
  return {
    sample: run(SAMPLE),
    dated: run(SAMPLE.replace('Kremlin Reaffirms', 'Kremlin Restates'), '2024-11-08'),
    others: dev.map((t, i) => run(t, `2016-0${i + 1}-15`)),
    edited: run(edited),
    analyzer,
  };
}

export function storeContract(name: string, newLocation: NewLocation): void {
  describe(`store contract: ${name}`, () => {
    let f: Fixtures;
    beforeAll(async () => {
      f = await fixtures();
    }, 120_000);

    const withStore = async (fn: (store: Store, url: string) => Promise<void>): Promise<void> => {
      const url = await newLocation();
      const store = await openStore(url);
      try {
        await fn(store, url);
      } finally {
        await store.close();
      }
    };

    it('stores an article once, skips the same text, keeps old versions of a changed one', async () => {
      await withStore(async (store) => {
        const first = await store.ingest(f.sample, { input: 'a.txt', identity: 'https://example.org/a' });
        expect(first).toMatchObject({ status: 'stored', version: 1 });
        expect(
          await store.ingest(f.sample, { input: 'a.txt', identity: 'https://example.org/a' }),
        ).toMatchObject({
          status: 'skipped',
          articleId: first.articleId,
        });
        expect(await store.storedId('https://example.org/a', f.sample.text)).toBe(first.articleId);
        const second = await store.ingest(f.dated, { input: 'a.txt', identity: 'https://example.org/a' });
        expect(second).toMatchObject({ status: 'new-version', version: 2 });
        const all = await store.articles({ includeDuplicates: true });
        expect(all.items.map((a) => [a.version, a.latest])).toEqual([
          [2, true],
          [1, false],
        ]);
        expect((await store.articles()).items.map((a) => a.id)).toEqual([second.articleId]);
        const old = await store.article(first.articleId);
        expect(old?.analysis.text).toBe(f.sample.text);
        expect(old?.analysis.statements).toEqual(f.sample.statements);
      });
    });

    it('finds an article by its id, document id, URL or input path, the latest version first', async () => {
      await withStore(async (store) => {
        const withDoc = (a: typeof f.sample, id: string, url: string) => ({
          ...a,
          document: { ...a.document, id, url },
        });
        const a = await store.ingest(withDoc(f.sample, 'doc-a', 'https://example.org/a'), {
          input: 'in/a.txt',
        });
        const b = await store.ingest(withDoc(f.dated, 'doc-b', 'https://example.org/b'), {
          input: 'in/b.txt',
        });
        for (const [ref, id] of [
          [String(a.articleId), a.articleId],
          ['doc-a', a.articleId],
          ['https://example.org/b', b.articleId],
          ['in/a.txt', a.articleId],
          ['in/b.txt', b.articleId],
        ] as const)
          expect((await store.article(ref))?.id, ref).toBe(id);
        expect(await store.article('in/none.txt')).toBeUndefined();
      });
    });

    it("lists a speaker's statements with spans that hold in the stored text", async () => {
      await withStore(async (store) => {
        const { articleId } = await store.ingest(f.sample, { input: 'sample.txt' });
        for (const a of f.others) await store.ingest(a, { input: a.document.id });
        const page = await store.statements({ speaker: 'Peskov', limit: 100 });
        const resolver = new RecordResolver(f.sample);
        const expected = (f.sample.statements ?? []).filter((s) =>
          resolver.speakerName(s)?.includes('Peskov'),
        );
        expect(page.items).toHaveLength(expected.length);
        expect(expected.length).toBeGreaterThan(0);
        const text = (await store.article(articleId))!.analysis.text;
        for (const s of page.items) {
          expect(s.speaker?.name).toBe('Dmitry Peskov');
          for (const c of s.content) expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
        }
        const direct = await store.statements({ speaker: 'peskov', kind: 'direct' });
        expect(direct.items.length).toBeGreaterThan(0);
        expect(direct.items.every((s) => s.kind === 'direct')).toBe(true);
        const about = await store.statements({ speaker: 'Peskov', about: 'military operation' });
        expect(about.items.length).toBeGreaterThan(0);
        expect(
          about.items.every((s) => /military operation/i.test(s.content.map((c) => c.text).join(' '))),
        ).toBe(true);
      });
    });

    it('filters statements by cue class, the timeline and its chart alike', async () => {
      await withStore(async (store) => {
        await store.ingest(f.sample, { input: 'sample.txt' });
        for (const a of f.others) await store.ingest(a, { input: a.document.id });
        const all = (await store.statements({ limit: 1000 })).items;
        const recorded = new Map(
          [f.sample, ...f.others].flatMap((a) => (a.statements ?? []).map((s) => [s.id, s.cueClass])),
        );
        for (const s of all) expect(s.cueClass).toBe(recorded.get(s.id));
        const speech = (await store.statements({ cue: 'speech', limit: 1000 })).items;
        const other = (await store.statements({ cue: 'other', limit: 1000 })).items;
        expect(speech.length).toBeGreaterThan(0);
        expect(other.length).toBeGreaterThan(0);
        expect(speech.every((s) => s.cueClass === 'speech')).toBe(true);
        expect(speech.length).toBe(all.filter((s) => s.cueClass === 'speech').length);
        const line = (await store.timeline({ cue: 'speech', limit: 1000 })).items;
        const months = await store.timelineMonths({ cue: 'speech' });
        expect(months.reduce((n, m) => n + m.count, 0)).toBe(line.length);
        expect(line.length).toBeLessThan((await store.timeline({ limit: 1000 })).items.length);
      });
    });

    it('fills the cue class of statements stored before schema v8 when it upgrades', async () => {
      const url = await newLocation();
      const store = await openStore(url);
      await store.ingest(f.sample, { input: 'sample.txt' });
      await store.close();
      // Back to v7: the column did not exist then (nor v9's index).
      const driver = await openDriver(url);
      await driver.exec('ALTER TABLE statements DROP COLUMN cue_class');
      await driver.exec('DROP INDEX claim_links_response_article');
      await driver.run('DELETE FROM verbatim_schema WHERE version >= ?', [8]);
      await driver.close();
      const upgraded = await openStore(url);
      const rows = (await upgraded.statements({ limit: 1000 })).items;
      const recorded = new Map((f.sample.statements ?? []).map((s) => [s.id, s.cueClass]));
      expect(rows.length).toBe(recorded.size);
      for (const s of rows) expect(s.cueClass).toBe(recorded.get(s.id));
      await upgraded.close();
    });

    it('adds the claim-links index of schema v9 when a v8 store upgrades, keeping what is stored', async () => {
      const url = await newLocation();
      const store = await openStore(url);
      await store.ingest(f.dated, { input: 'dated.txt' });
      const before = (await store.statements({ limit: 1000 })).items;
      await store.close();
      // Back to v8: the index did not exist then.
      const driver = await openDriver(url);
      await driver.exec('DROP INDEX claim_links_response_article');
      await driver.run('DELETE FROM verbatim_schema WHERE version >= ?', [9]);
      await driver.close();
      const indexed = async (): Promise<boolean> => {
        const d = await openDriver(url);
        const catalog =
          d.dialect === 'sqlite'
            ? "SELECT name FROM sqlite_master WHERE type = 'index' AND name = ?"
            : 'SELECT indexname AS name FROM pg_indexes WHERE indexname = ?';
        const row = await d.get(catalog, ['claim_links_response_article']);
        await d.close();
        return row !== undefined;
      };
      expect(await indexed()).toBe(false);
      const upgraded = await openStore(url);
      expect((await upgraded.stats()).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect((await upgraded.statements({ limit: 1000 })).items).toEqual(before);
      await upgraded.ingest(f.sample, { input: 'sample.txt' });
      expect((await upgraded.stats()).articles).toBe(2);
      await upgraded.close();
      expect(await indexed()).toBe(true);
    });

    it('filters statements by date and pages with cursors without repeats or gaps', async () => {
      await withStore(async (store) => {
        for (const a of f.others) await store.ingest(a, { input: a.document.id });
        const all = await store.statements({ limit: 1000 });
        const ids: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.statements({ limit: 7, ...(cursor ? { cursor } : {}) });
          ids.push(...page.items.map((s) => `${s.articleId}/${s.id}`));
          cursor = page.nextCursor;
        } while (cursor);
        expect(ids).toEqual(all.items.map((s) => `${s.articleId}/${s.id}`));
        expect(new Set(ids).size).toBe(ids.length);
        const feb = await store.statements({ since: '2016-02-01', until: '2016-02-28', limit: 1000 });
        expect(feb.items.length).toBeGreaterThan(0);
        for (const s of feb.items)
          expect(s.publishedAt?.slice(0, 7) ?? s.date?.slice(0, 7)).toMatch(/2016-0[12]/);
        expect(feb.items.length).toBeLessThan(all.items.length);
        const line = await store.timeline({ limit: 1000 });
        const days = line.items.map((r) => r.date);
        expect(days).toEqual([...days].sort());
        // The chart's month counts are the whole timeline's, whatever page is shown.
        const byMonth = new Map<string, number>();
        for (const d of days) byMonth.set(d.slice(0, 7), (byMonth.get(d.slice(0, 7)) ?? 0) + 1);
        expect(await store.timelineMonths()).toEqual(
          [...byMonth].sort((a, b) => a[0].localeCompare(b[0])).map(([month, count]) => ({ month, count })),
        );
        const febMonths = await store.timelineMonths({ since: '2016-02-01', until: '2016-02-28' });
        expect(febMonths.reduce((n, m) => n + m.count, 0)).toBeLessThan(days.length);
      });
    });

    it('searches articles and statements with ranked, highlighted snippets', async () => {
      await withStore(async (store) => {
        await store.ingest(f.sample, { input: 'sample.txt' });
        for (const a of f.others) await store.ingest(a, { input: a.document.id });
        const hits = await store.search({ q: 'Kremlin', in: 'articles' });
        expect(hits.items.map((h) => h.type)).toEqual(['article']);
        expect(hits.items[0]!.snippet).toMatch(/\[Kremlin\]/);
        const st = await store.search({ q: 'special military operation', in: 'statements' });
        expect(st.items.length).toBeGreaterThan(0);
        expect(st.items[0]).toMatchObject({ type: 'statement', speaker: 'Dmitry Peskov' });
        const scores = (await store.search({ q: 'Trump' })).items.map((h) => h.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect((await store.search({ q: 'zzzyqx' })).items).toEqual([]);
        // FTS syntax in user input is taken as words, not as an error.
        await expect(store.search({ q: 'NOT "unbalanced AND (' })).resolves.toBeDefined();
      });
    });

    it('ranks the newest matches only when there are more than the candidates asked for', async () => {
      await withStore(async (store, url) => {
        await store.ingest(f.sample, { input: 'sample.txt' });
        for (const a of f.others) await store.ingest(a, { input: a.document.id });
        const db = await openDriver(url);
        try {
          const fts = ftsFor(store.dialect);
          const ids = async (q: { sql: string; params: string[] }): Promise<number[]> =>
            (await db.all<{ id: number }>(q.sql, q.params)).map((r) => Number(r.id)).sort((x, y) => y - x);
          const matching = await ids(fts.articleSearch('said', '1 = 1', 10));
          expect(matching.length).toBeGreaterThanOrEqual(3);
          expect(await ids(fts.articleSearch('said', '1 = 1', 2))).toEqual(matching.slice(0, 2));
        } finally {
          await db.close();
        }
      });
    });

    it('counts actors by type and country', async () => {
      await withStore(async (store) => {
        await store.ingest(f.sample, { input: 'sample.txt' });
        const page = await store.actors({ type: 'person', country: 'RUS' });
        const peskov = page.items.find((a) => a.name === 'Dmitry Peskov');
        expect(peskov).toMatchObject({ type: 'person', country: 'RUS', articles: 1 });
        expect(peskov!.statements).toBe((await store.statements({ speaker: 'Dmitry Peskov' })).items.length);
        expect(page.items.every((a) => a.type === 'person' && a.country === 'RUS')).toBe(true);
      });
    });

    it('links a near-duplicate to its original and leaves it out of default queries', async () => {
      await withStore(async (store) => {
        const original = await store.ingest(f.sample, { input: 'reuters.txt' });
        const copy = await store.ingest(f.edited, { input: 'other-outlet.txt' });
        expect(copy.duplicateOf?.articleId).toBe(original.articleId);
        expect(copy.duplicateOf!.similarity).toBeGreaterThan(0.5);
        for (const a of f.others)
          expect((await store.ingest(a, { input: a.document.id })).duplicateOf).toBeUndefined();
        const n = (await store.statements({ speaker: 'Peskov', limit: 1000 })).items.length;
        const withDups = (await store.statements({ speaker: 'Peskov', limit: 1000, includeDuplicates: true }))
          .items;
        expect(withDups.length).toBeGreaterThan(n);
        expect((await store.stats()).duplicates).toBe(1);
      });
    });

    it('streams every record of every type, and records ingest errors', async () => {
      await withStore(async (store) => {
        for (const a of [f.sample, ...f.others]) await store.ingest(a, { input: a.document.id });
        await store.recordError('bad.bin', { code: 'E_INPUT_BINARY', message: 'file looks binary' });
        const stats = await store.stats();
        let statements = 0;
        for await (const r of store.exportRecords('statements')) {
          expect(r).toHaveProperty('article_id');
          statements++;
        }
        expect(statements).toBe(stats.statements);
        let analyses = 0;
        for await (const a of store.exportAnalyses()) analyses += a.analysis.text.length > 0 ? 1 : 0;
        expect(analyses).toBe(stats.articles);
        expect((await store.errors()).items).toEqual([
          expect.objectContaining({ input: 'bad.bin', code: 'E_INPUT_BINARY' }),
        ]);
      });
    });

    it('gives the stored analysis back whole, and the shown records alone as stored bytes', async () => {
      await withStore(async (store) => {
        const { articleId } = await store.ingest(f.sample, { input: 'sample.txt' });
        const stored = (await store.article(articleId))!.analysis;
        expect(JSON.stringify(stored)).toBe(JSON.stringify(f.sample)); // same records, same field order
        const shown = JSON.parse((await store.articleJson(articleId))!.analysisJson.toString('utf8'));
        expect(shown.tokens).toBeUndefined();
        expect(shown.mentions).toBeUndefined(); // actors carry their own mentions
        expect(shown.actors).toEqual(JSON.parse(JSON.stringify(f.sample.actors)));
        expect(shown.statements).toEqual(f.sample.statements);
        const all = JSON.parse((await store.articleJson(articleId, true))!.analysisJson.toString('utf8'));
        expect(all).toEqual(JSON.parse(JSON.stringify(f.sample)));
      });
    });

    it('keeps acts with every participant: found by actor and role, with co-occurring actors', async () => {
      await withStore(async (store) => {
        const resolver = new RecordResolver(f.sample);
        const acts = (f.sample.acts ?? []).map((a) => resolver.act(a));
        expect(acts.length).toBeGreaterThan(0);
        const { articleId } = await store.ingest(f.sample, { input: 'sample.txt' });
        for (const a of f.others) await store.ingest(a, { input: a.document.id });
        const all = await store.acts({ articleId, limit: 1000 });
        expect(all.items.map((a) => a.id).sort()).toEqual(acts.map((a) => a.id).sort());
        const text = f.sample.text;
        for (const a of all.items) {
          expect(text.slice(a.trigger.start, a.trigger.end)).toBe(a.trigger.text);
          expect(a.articleId).toBe(articleId);
        }
        const withRecipient = acts.find((a) => a.recipients.length > 0) ?? acts[0]!;
        const recipient = (withRecipient.recipients[0] ?? withRecipient.actors[0])!.name;
        const asRecipient = await store.acts({ participant: recipient, role: 'recipient', limit: 1000 });
        const expected = acts.filter((a) => a.recipients.some((p) => p.name === recipient)).map((a) => a.id);
        for (const id of expected) expect(asRecipient.items.map((a) => a.id)).toContain(id);
        for (const a of asRecipient.items) {
          expect(a.recipients.some((p) => p.name.toLowerCase().includes(recipient.toLowerCase()))).toBe(true);
        }
        const type = acts[0]!.type;
        const byType = await store.acts({ type, limit: 1000 });
        expect(byType.items.length).toBeGreaterThan(0);
        expect(byType.items.every((a) => a.type === type)).toBe(true);
        const peers = await store.coActors('Dmitry Peskov');
        const sampleNames = new Set((f.sample.actors ?? []).map((a) => a.name));
        expect(peers.length).toBeGreaterThan(0);
        expect(peers.map((p) => p.name)).not.toContain('Dmitry Peskov');
        for (const p of peers) expect(sampleNames.has(p.name)).toBe(true);
      });
    });

    it('migrates a database made by every earlier schema version, keeping its data', async () => {
      for (const m of MIGRATIONS.slice(0, -1)) {
        const url = await newLocation();
        const driver = await openDriver(url);
        expect(await migrate(driver, m.version)).toBe(m.version);
        // A source row written under the old schema must survive the upgrade.
        await driver.run('INSERT INTO sources (identity, latest_version) VALUES (?, ?)', ['old://row', 0]);
        await driver.close();
        const store = await openStore(url);
        expect((await store.stats()).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
        const r = await store.ingest(f.sample, { input: 'after-upgrade.txt' });
        expect(r.status).toBe('stored');
        expect((await store.statements({ speaker: 'Peskov' })).items.length).toBeGreaterThan(0);
        await store.close();
        const again = await openDriver(url);
        expect(
          await again.get('SELECT identity FROM sources WHERE identity = ?', ['old://row']),
        ).toBeDefined();
        await again.close();
      }
    });

    it('refuses a newer schema and a database that is not a Verbatim store, naming it and the fix', async () => {
      const url = await newLocation();
      const driver = await openDriver(url);
      await migrate(driver);
      await driver.run(
        "INSERT INTO verbatim_schema (version, name, applied_at) VALUES (?, 'future', '2099-01-01')",
        [LATEST_SCHEMA_VERSION + 1],
      );
      await driver.close();
      const newer = await openStore(url).catch((e: unknown) => e);
      expect(newer).toBeInstanceOf(VerbatimError);
      expect((newer as VerbatimError).code).toBe('E_STORE_NEWER');
      expect((newer as VerbatimError).toLine()).toMatch(/schema version \d+.*fix: upgrade Verbatim/);

      const foreignUrl = await newLocation();
      const foreign = await openDriver(foreignUrl);
      await foreign.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)');
      await foreign.close();
      const e = await openStore(foreignUrl).catch((x: unknown) => x);
      expect((e as VerbatimError).code).toBe('E_STORE_FOREIGN');
      expect((e as VerbatimError).file).toBeTruthy();
    });
  });
}
