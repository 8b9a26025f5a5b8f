/**
 * Corpus linking writes the same corpus on both adapters: PostgreSQL's one-statement writes (JSON parameters,
 * src/corpus/link-writes.ts and key-reads.ts) against SQLite's chunks and per-row statements, over the same
 * PolNeAR articles in the same order: the same corpus actors, keys and article actors' links.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDriver, openStore } from '../../src/store/index.js';
import { analyseDevArticles, type DevAnalysis } from './dev-analyses.js';
import { startPostgres } from './pg-server.js';

/** Articles linked: enough for corpus actors that grow (titles, fuller names) across articles. */
const ARTICLES = 12;

/** The corpus tables, in a dialect-free order and form. */
async function corpusDump(url: string): Promise<Record<string, unknown[]>> {
  const db = await openDriver(url);
  try {
    const rows = async (sql: string): Promise<unknown[]> =>
      (await db.all<Record<string, unknown>>(sql)).map((r) =>
        Object.values(r).map((v) => (typeof v === 'bigint' ? Number(v) : v)),
      );
    return {
      corpusActors: await rows(
        'SELECT id, name, type, country, sector, sector_day, kb_name, titles, name_locked, merged_into FROM corpus_actors ORDER BY id',
      ),
      keys: (await rows('SELECT key, corpus_actor_id FROM corpus_actor_keys')).sort((a, b) =>
        JSON.stringify(a) < JSON.stringify(b) ? -1 : 1,
      ),
      links: await rows(
        'SELECT article_id, record_id, corpus_actor_id, link_score, link_evidence, code_country, code_sector FROM actors ORDER BY article_id, record_id',
      ),
    };
  } finally {
    await db.close();
  }
}

async function ingestAll(url: string, analyses: readonly DevAnalysis[]): Promise<void> {
  const store = await openStore(url);
  try {
    for (const { f, analysis } of analyses) await store.ingest(analysis, { input: f });
  } finally {
    await store.close();
  }
}

const server = await startPostgres();
if (typeof server === 'string') {
  const why = `SKIPPED: the corpus dialects test did not run: ${server}`;
  console.warn(`\n${'!'.repeat(100)}\n${why}\n${'!'.repeat(100)}\n`);
  describe.skip('corpus linking, SQLite against PostgreSQL', () => {
    it(why, () => undefined);
  });
} else {
  afterAll(() => server.stop(), 240_000);
  describe('corpus linking, SQLite against PostgreSQL', () => {
    it('writes the same corpus actors, keys and links', async () => {
      const analyses = await analyseDevArticles(ARTICLES, ['mentions']);
      const dir = mkdtempSync(join(tmpdir(), 'verbatim-corpus-dialects-'));
      try {
        const file = join(dir, 'c.db');
        await ingestAll(file, analyses);
        const url = await server.newDatabase();
        await ingestAll(url, analyses);
        const [sqlite, postgres] = [await corpusDump(file), await corpusDump(url)];
        expect(sqlite.corpusActors!.length).toBeGreaterThan(ARTICLES);
        // Corpus actors linked from more than one article: the grown rows this compares.
        const linked = new Map<unknown, Set<unknown>>();
        for (const l of sqlite.links as unknown[][])
          linked.set(l[2], (linked.get(l[2]) ?? new Set()).add(l[0]));
        expect([...linked.values()].filter((s) => s.size > 1).length).toBeGreaterThan(3);
        expect(postgres).toEqual(sqlite);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 600_000);
  });
}
