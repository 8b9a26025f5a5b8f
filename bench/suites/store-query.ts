/**
 * Queries on a 100,000-article SQLite store: search p95 (target ≤ 50 ms) and
 * statements by speaker p95 (≤ 20 ms), and the size per article.
 *
 * The store is generated, not re-analysed: the corpus is ingested once, then
 * its rows are copied with new ids, dates (shifted by the copy number) and
 * outlets until there are 100,000 articles, and the full-text indexes are
 * rebuilt. Copies keep their source's text and stored analysis. The result is
 * cached in bench/results/ (keyed by schema version and corpus), since making
 * it takes minutes.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LATEST_SCHEMA_VERSION } from '../../src/store/core/schema.js';
import { openDriver, openStore } from '../../src/store/index.js';
import { AnalysisPool } from '../../src/store/worker/analysis-pool.js';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';
import { ingestTexts } from './store-ingest.js';

const TARGET_ARTICLES = Number(process.env['VERBATIM_BENCH_STORE_ARTICLES'] ?? 100_000);
/** Repetitions of each query: p95 over queries × repetitions. */
const REPEATS = 5;
const QUERIES = 20;
/** Copies get outlet names from a pool this large. */
const OUTLETS = 50;

const RECORD_TABLES: Record<string, string> = {
  blocks: 'record_id, kind, start_offset, end_offset',
  actors:
    'record_id, name_id, type, country, aliases, roles, mention_count, statement_count, corpus_actor_id',
  mentions: 'record_id, actor_record_id, kind, start_offset, end_offset, text',
  timexes: 'record_id, type, value, mod, anchor, start_offset, end_offset, text',
  acts: 'record_id, code, actor_record_id, target_record_id, date_day, record',
  act_participants: 'act_record_id, role, name_id, actor_record_id',
};

async function generate(file: string, corpus: BenchCorpus): Promise<void> {
  const tmp = `${file}.part`;
  rmSync(tmp, { force: true });
  const store = await openStore(tmp);
  const runner = new AnalysisPool();
  await ingestTexts(store, runner, corpus.texts).finally(() => runner.close());
  await store.close();
  const db = await openDriver(tmp);
  const base = Number((await db.get<{ n: number }>('SELECT max(id) AS n FROM articles'))!.n);
  const stride = 10 ** Math.ceil(Math.log10(base + 1));
  const copies = Math.ceil(TARGET_ARTICLES / base);
  await db.exec('PRAGMA synchronous = OFF');
  for (let k = 1; k < copies; k++) {
    const shift = `'+${k} days'`;
    const outlet = `'outlet-${k % OUTLETS}.example'`;
    const limit = Math.min(base, TARGET_ARTICLES - k * base);
    if (limit <= 0) break;
    await db.transaction(async (tx) => {
      await tx.exec(`INSERT INTO sources (id, identity, latest_version)
        SELECT id + ${k * stride}, identity || '#${k}', latest_version FROM sources WHERE id <= ${limit}`);
      await tx.exec(`INSERT INTO articles (id, source_id, version, latest, statement_count, actor_count, doc_id,
          text_hash, published_day, published_at, ingested_at, site, input, url, title, analysis_encoding, meta, text,
          analysis, analysis_extra)
        SELECT id + ${k * stride}, source_id + ${k * stride}, version, latest, statement_count, actor_count,
          doc_id || '-${k}', text_hash || '-${k}', date(published_day, ${shift}), date(published_day, ${shift}),
          ingested_at, ${outlet}, input || '#${k}', 'https://' || ${outlet} || '/' || id, title, analysis_encoding,
          meta, text, analysis, analysis_extra
        FROM articles WHERE id <= ${limit}`);
      for (const [table, cols] of Object.entries(RECORD_TABLES)) {
        await tx.exec(`INSERT INTO ${table} (article_id, ${cols})
          SELECT article_id + ${k * stride}, ${cols} FROM ${table} WHERE article_id <= ${limit}`);
      }
      await tx.exec(`INSERT INTO statements (article_id, record_id, kind, speaker_name_id, speaker_actor_id, source_type,
          content, content_spans, cue_start, cue_end, cue_text, source_start, source_end, source_text, sentence_id,
          date_value, date_basis, date_day, timex_record_id)
        SELECT article_id + ${k * stride}, record_id, kind, speaker_name_id, speaker_actor_id, source_type, content,
          content_spans, cue_start, cue_end, cue_text, source_start, source_end, source_text, sentence_id, date_value,
          date_basis, date(date_day, ${shift}), timex_record_id
        FROM statements WHERE article_id <= ${limit}`);
    });
  }
  await db.exec(`INSERT INTO article_fts (article_fts) VALUES ('rebuild')`);
  await db.exec(`INSERT INTO statement_fts (statement_fts) VALUES ('rebuild')`);
  await db.exec('ANALYZE');
  await db.close();
  renameSync(tmp, file);
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
    const t0 = performance.now();
    if (!existsSync(file)) await generate(file, corpus);
    const buildS = (performance.now() - t0) / 1000;
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
        name: '100k store build (ingest + copies + FTS rebuild)',
        value: buildS,
        unit: 's',
        note: buildS < 1 ? 'cached' : '',
      },
    ];
  },
};
