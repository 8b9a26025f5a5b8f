/**
 * Ingest throughput against `analyze` alone, on the same articles: SQLite (the
 * target: ≥ 0.9×) and PostgreSQL beside it (a real server started here, as in
 * the tests). "analyze alone" is the work of `verbatim analyze --format jsonl`:
 * analysis, the Analysis records and their JSON. Blocks of analyze-alone and
 * ingest alternate, so drift in a shared machine's load hits both alike.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import type { Store } from '../../src/store/core/types.js';
import { openStore } from '../../src/store/index.js';
import { startPostgres } from '../../test/store/pg-server.js';
import type { BenchCorpus, BenchRow, BenchSuite, BenchText } from '../types.js';

/** Texts per alternating block (analyze alone, then ingest of the same texts). */
const BLOCK = 40;
/** Texts analysed untimed first, so the JIT has compiled the hot paths. */
const WARMUP = 40;

/** Publication date from a PolNeAR file name (`breitbart_2015-11-11_…`), so statements get dates. */
export function publishedOf(id: string): string | undefined {
  return /_(\d{4}-\d{2}-\d{2})_/.exec(id)?.[1];
}

function analyzeAlone(analyzer: Analyzer, texts: readonly BenchText[]): number {
  const t0 = performance.now();
  let bytes = 0;
  for (const t of texts) {
    const published = publishedOf(t.id);
    const { document, timings } = analyzer.run({ text: t.text, ...(published ? { published } : {}) });
    bytes += JSON.stringify(toAnalysis(document, timings)).length;
  }
  if (bytes === 0) throw new Error('nothing analysed');
  return performance.now() - t0;
}

/** The ingest command's loop: skip what is stored, analyse, write with one write in flight. */
export async function ingestTexts(
  store: Store,
  analyzer: Analyzer,
  texts: readonly BenchText[],
): Promise<number> {
  const t0 = performance.now();
  let pending: Promise<unknown> = Promise.resolve();
  for (const t of texts) {
    if (await store.has(t.id, t.text)) continue;
    const published = publishedOf(t.id);
    const { document, timings } = analyzer.run({ text: t.text, ...(published ? { published } : {}) });
    await pending;
    pending = store.ingest(toAnalysis(document, timings), { input: t.id, identity: t.id });
  }
  await pending;
  return performance.now() - t0;
}

async function measure(
  analyzer: Analyzer,
  corpus: BenchCorpus,
  store: Store,
): Promise<{ aloneMs: number; ingestMs: number }> {
  let aloneMs = 0;
  let ingestMs = 0;
  for (let i = 0; i < corpus.texts.length; i += BLOCK) {
    const block = corpus.texts.slice(i, i + BLOCK);
    aloneMs += analyzeAlone(analyzer, block);
    ingestMs += await ingestTexts(store, analyzer, block);
  }
  return { aloneMs, ingestMs };
}

export const storeIngestSuite: BenchSuite = {
  name: 'store-ingest',
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const analyzer = await Analyzer.create();
    analyzeAlone(analyzer, corpus.texts.slice(0, WARMUP));
    const rows: BenchRow[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-store-'));
    const file = join(dir, 'ingest.db');
    const sqlite = await openStore(file);
    const s = await measure(analyzer, corpus, sqlite);
    const articles = (await sqlite.stats()).articles;
    await sqlite.close();
    const words = corpus.words;
    rows.push(
      {
        section: 'store',
        name: 'analyze alone (run + records + JSON)',
        value: words / (s.aloneMs / 1000),
        unit: 'words/s',
      },
      { section: 'store', name: 'ingest into SQLite', value: words / (s.ingestMs / 1000), unit: 'words/s' },
      {
        section: 'store',
        name: 'ingest SQLite / analyze alone',
        value: s.aloneMs / s.ingestMs,
        unit: '×',
        note: 'target ≥ 0.9',
      },
      {
        section: 'store',
        name: 'SQLite size per article',
        value: statSync(file).size / 1024 / articles,
        unit: 'KiB',
        note: `${articles} articles, full analysis kept (DEFLATE)`,
      },
    );
    rmSync(dir, { recursive: true, force: true });

    const server = await startPostgres();
    if (typeof server === 'string') {
      rows.push({
        section: 'store',
        name: 'ingest into PostgreSQL',
        value: Number.NaN,
        unit: 'words/s',
        note: `SKIPPED: ${server}`,
      });
      return rows;
    }
    try {
      const pg = await openStore(await server.newDatabase());
      const p = await measure(analyzer, corpus, pg);
      await pg.close();
      rows.push(
        {
          section: 'store',
          name: 'ingest into PostgreSQL',
          value: words / (p.ingestMs / 1000),
          unit: 'words/s',
        },
        {
          section: 'store',
          name: 'ingest PostgreSQL / analyze alone',
          value: p.aloneMs / p.ingestMs,
          unit: '×',
        },
      );
    } finally {
      await server.stop();
    }
    return rows;
  },
};
