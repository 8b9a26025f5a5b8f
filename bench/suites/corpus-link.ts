/**
 * Linking cost (issue #18: ≤ 10 % of ingest time): the share of ingest spent linking actors to
 * corpus actors and assigning stories, measured inside the ingest transaction, in the same run as
 * the analysis and the store's own writes. Ingest is repeated on a store pre-grown with synthetic
 * corpus actors (SYNTHETIC_ACTORS, about what 100,000 articles leave), so the figure reflects a
 * large corpus, not an empty one. Times are CPU-independent wall clock, compared within this run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Analysis, toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { clearLinkMemo, linkArticle } from '../../src/corpus/link.js';
import { assignStory } from '../../src/corpus/stories.js';
import { actorCodeBooks } from '../../src/kb/extra.js';
import { ftsFor } from '../../src/store/core/dialect-sql.js';
import type { Driver } from '../../src/store/core/driver.js';
import { migrate } from '../../src/store/core/migrate.js';
import { insertMany } from '../../src/store/core/sql.js';
import { ingestArticle, prepareArticle } from '../../src/store/core/write.js';
import { openDriver } from '../../src/store/index.js';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';
import { publishedOf } from './store-ingest.js';

/**
 * Distinct corpus actors a 100,000-article news corpus holds (measured: ~1 new actor per 2–3
 * articles on PolNeAR, rounded up); `VERBATIM_BENCH_CORPUS_ACTORS` sets another count (100000).
 */
const SYNTHETIC_ACTORS = Number(process.env.VERBATIM_BENCH_CORPUS_ACTORS) || 50_000;
/** Keys per synthetic actor (full name, first-last, surname). */
const SYNTHETIC_KEYS = 3;

interface Timed {
  linkMs: number;
  storeMs: number;
}

async function ingestAll(db: Driver, analyses: readonly Analysis[], ids: readonly string[]): Promise<Timed> {
  const fts = ftsFor(db.dialect);
  const books = actorCodeBooks();
  const t: Timed = { linkMs: 0, storeMs: 0 };
  for (let i = 0; i < analyses.length; i++) {
    const t0 = performance.now();
    let link = 0;
    const prepared = prepareArticle(analyses[i]!, { input: ids[i]!, identity: ids[i]! });
    await ingestArticle(db, prepared, {
      link: async (tx, id) => {
        const l0 = performance.now();
        const links = await linkArticle(tx, id, analyses[i]!, { dialect: db.dialect, books });
        link += performance.now() - l0;
        return links;
      },
      after: async (tx, id) => {
        await fts.index(tx, id);
        const l0 = performance.now();
        await assignStory(tx, id);
        link += performance.now() - l0;
      },
    });
    t.linkMs += link;
    t.storeMs += performance.now() - t0 - link;
  }
  return t;
}

async function grow(db: Driver): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = Array.from({ length: SYNTHETIC_ACTORS }, (_, i) => [
      `Synthetic Person ${i}`,
      'person',
      '[]',
    ]);
    await insertMany(tx, 'corpus_actors', ['name', 'type', 'titles'], rows);
    const keys: string[][] = [];
    for (let i = 1; i <= SYNTHETIC_ACTORS; i++) {
      keys.push([`n:given${i % 997} family${i}`, String(i)], [`n:given${i % 997} family${i} x`, String(i)]);
      if (SYNTHETIC_KEYS > 2) keys.push([`s:family${i % 5000}`, String(i)]);
    }
    await insertMany(tx, 'corpus_actor_keys', ['key', 'corpus_actor_id'], keys);
  });
}

export const corpusLinkSuite: BenchSuite = {
  name: 'corpus-link',
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const analyzer = await Analyzer.create();
    const t0 = performance.now();
    const analyses = corpus.texts.map((t) => {
      const published = publishedOf(t.id);
      const { document, timings } = analyzer.run({ text: t.text, ...(published ? { published } : {}) });
      return toAnalysis(document, timings, { include: ['mentions'] });
    });
    const analysisMs = performance.now() - t0;
    const ids = corpus.texts.map((t) => t.id);
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-link-'));
    const rows: BenchRow[] = [];
    try {
      for (const grown of [false, true]) {
        const db = await openDriver(join(dir, `${grown ? 'grown' : 'empty'}.db`));
        try {
          await migrate(db);
          if (grown) await grow(db);
          clearLinkMemo();
          const t = await ingestAll(db, analyses, ids);
          const share = t.linkMs / (analysisMs + t.storeMs + t.linkMs);
          const what = grown
            ? `a store with ${SYNTHETIC_ACTORS.toLocaleString('en')} corpus actors`
            : 'an empty store';
          rows.push(
            {
              section: 'corpus',
              name: `linking share of ingest, ${what}`,
              value: share * 100,
              unit: '%',
              note: 'target ≤ 10 %',
            },
            {
              section: 'corpus',
              name: `linking per article, ${what}`,
              value: t.linkMs / analyses.length,
              unit: 'ms',
            },
          );
        } finally {
          await db.close();
        }
      }
      rows.push({
        section: 'corpus',
        name: 'analysis per article (same run)',
        value: analysisMs / analyses.length,
        unit: 'ms',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
