/**
 * Queries on a 100,000-article SQLite store: search p95 (target ≤ 50 ms) and
 * statements by speaker p95 (≤ 20 ms), and the size per article.
 *
 * The store is generated, not re-analysed (store-copies.ts): the corpus is
 * ingested once, then its rows are copied inside the database with new ids,
 * dates and outlets until there are 100,000 articles, and the full-text indexes
 * are rebuilt. The result is cached in bench/results/ (keyed by schema version
 * and corpus), since making it takes minutes.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LATEST_SCHEMA_VERSION } from '../../src/store/core/schema.js';
import { openDriver, openStore } from '../../src/store/index.js';
import { AnalysisPool } from '../../src/store/worker/analysis-pool.js';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';
import { copyCorpus } from './store-copies.js';
import { ingestTexts } from './store-ingest.js';

const TARGET_ARTICLES = Number(process.env['VERBATIM_BENCH_STORE_ARTICLES'] ?? 100_000);
/** Repetitions of each query: p95 over queries × repetitions. */
const REPEATS = 5;
const QUERIES = 20;
/** SQLite page cache while copying (KiB): index pages of the growing tables stay in memory. */
const COPY_CACHE_KIB = 262_144;

const log = (s: string): void => console.error(`store-query: ${s}`);

interface Built {
  readonly ingestS: number;
  readonly copyS: number;
}

async function generate(file: string, corpus: BenchCorpus): Promise<Built> {
  const tmp = `${file}.part`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const t0 = performance.now();
  const store = await openStore(tmp);
  const runner = new AnalysisPool();
  log(`ingesting ${corpus.texts.length} articles…`);
  await ingestTexts(store, runner, corpus.texts).finally(() => runner.close());
  await store.close();
  const t1 = performance.now();
  const db = await openDriver(tmp);
  // A scratch file until it is renamed: no journal and no syncs while copying (a crash leaves a .part).
  await db.exec(
    `PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -${COPY_CACHE_KIB}`,
  );
  await copyCorpus(db, TARGET_ARTICLES, log);
  await db.close();
  renameSync(tmp, file);
  return { ingestS: (t1 - t0) / 1000, copyS: (performance.now() - t1) / 1000 };
}

function p95(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

export const storeQuerySuite: BenchSuite = {
  name: 'store-query',
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const dir = join(import.meta.dirname, '..', 'results', 'store-cache');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `store-v${LATEST_SCHEMA_VERSION}-${corpus.texts.length}-${TARGET_ARTICLES}.db`);
    const built = existsSync(file) ? undefined : await generate(file, corpus);
    const store = await openStore(file, { readonly: true });
    const stats = await store.stats();
    const db = await openDriver(file, { readonly: true });
    // Queries people would type: the most mentioned actors' names and words from the headlines.
    const names = (
      await db.all<{ name: string }>(
        `SELECT n.name FROM actors a JOIN names n ON n.id = a.name_id WHERE a.article_id < 1000
         GROUP BY n.name ORDER BY sum(a.mention_count) DESC LIMIT ${QUERIES / 2}`,
      )
    ).map((r) => r.name);
    const titles = await db.all<{ title: string }>(
      'SELECT title FROM articles WHERE id < 1000 AND title IS NOT NULL',
    );
    const words = [
      ...new Set(titles.flatMap((t) => t.title.toLowerCase().match(/\p{L}{7,}/gu) ?? [])),
    ].sort();
    const step = Math.max(1, Math.floor(words.length / (QUERIES / 2)));
    const searches = [...names, ...words.filter((_, i) => i % step === 0).slice(0, QUERIES / 2)];
    const speakers = (
      await db.all<{ name: string }>(
        `SELECT n.name FROM statements s JOIN names n ON n.id = s.speaker_name_id WHERE s.article_id < 1000
         GROUP BY n.name ORDER BY count(*) DESC LIMIT ${QUERIES}`,
      )
    ).map((r) => r.name);
    await db.close();
    const time = async (fn: () => Promise<unknown>): Promise<number> => {
      const t = performance.now();
      await fn();
      return performance.now() - t;
    };
    const searchMs: number[] = [];
    const speakerMs: number[] = [];
    for (let r = 0; r < REPEATS; r++) {
      for (const q of searches) searchMs.push(await time(() => store.search({ q, limit: 20 })));
      for (const s of speakers) speakerMs.push(await time(() => store.statements({ speaker: s, limit: 50 })));
    }
    await store.close();
    const note = `${stats.articles.toLocaleString('en')} articles, ${stats.statements.toLocaleString('en')} statements`;
    return [
      {
        section: 'store',
        name: 'search p95 (20 per page)',
        value: p95(searchMs),
        unit: 'ms',
        note: `target ≤ 50; ${note}; queries: ${searches.join(' | ')}`,
      },
      {
        section: 'store',
        name: 'statements by speaker p95 (50 per page)',
        value: p95(speakerMs),
        unit: 'ms',
        note: `target ≤ 20; top ${speakers.length} speakers`,
      },
      {
        section: 'store',
        name: '100k store size per article',
        value: statSync(file).size / 1024 / stats.articles,
        unit: 'KiB',
        note,
      },
      {
        section: 'store',
        name: '100k store build: ingest of the corpus + copies and FTS rebuild',
        value: built ? built.ingestS + built.copyS : Number.NaN,
        unit: 's',
        note: built
          ? `ingest ${built.ingestS.toFixed(0)} s + copies ${built.copyS.toFixed(0)} s`
          : 'cached (delete the file in bench/results/store-cache to rebuild)',
      },
    ];
  },
};
