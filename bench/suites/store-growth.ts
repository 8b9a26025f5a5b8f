/**
 * Does storing an article get slower as the store grows? `store.ingest` of N analysed articles (default
 * 10,000) into a new SQLite store, timed per 1,000: wall and CPU time (this thread: the whole write path,
 * with the CPU part `prepareArticle` included) and the resident set at the end of each 1,000.
 *
 * Articles are analysed once (the first BASES PolNeAR training texts) and stored again and again as new
 * articles: each copy gets its own URL, outlet and publication date (five a day, so date windows hold as
 * many articles at 10,000 as at 1,000), and another base article's text appended after its own (offsets of
 * every record stay valid), so copies are not near-duplicates of each other (estimated Jaccard ≈ 0.33 <
 * 0.5) and full-text indexes grow with real words. Flat = the last 1,000 cost what the first did.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Analysis, toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { STORE_INCLUDE } from '../../src/store/core/rows.js';
import { openStore } from '../../src/store/index.js';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';
import { publishedOf } from './store-ingest.js';

const ARTICLES = Number(process.env['VERBATIM_BENCH_GROWTH_ARTICLES'] ?? 10_000);
/** Distinct analysed articles the copies are made from. */
const BASES = 200;
const STEP = 1000;
/** Copies per day: a steady news rate, so the date windows of linking and stories stay the same size. */
const PER_DAY = 5;
const OUTLETS = 40;
const START_DAY = Date.UTC(2020, 0, 1);

const DAY_MS = 86_400_000;

/** `day` moved by `days` (YYYY-MM-DD). */
function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Copy k of its base: new identity and date, another base's text appended (its offset moves with k).
 * Claims and responses move with the publication date (their dates are the base's day, or days its text
 * states relative to it): left behind, every copy's claims would pile into the bases' few months, and the
 * 30-day windows that cross-article claim links read would grow with the store as no real news rate does.
 */
export function copyOf(bases: readonly Analysis[], k: number): Analysis {
  const base = bases[k % bases.length]!;
  const other = bases[(k + 1 + Math.floor(k / bases.length)) % bases.length]!;
  const day = new Date(START_DAY + Math.floor(k / PER_DAY) * DAY_MS).toISOString().slice(0, 10);
  const outlet = `outlet-${k % OUTLETS}.example`;
  const from = base.document.publishedAt;
  const delta = from ? Math.round((Date.parse(day) - Date.parse(from.slice(0, 10))) / DAY_MS) : 0;
  const move = <T extends { readonly date?: string }>(r: T): T =>
    r.date && /^\d{4}-\d{2}-\d{2}/.test(r.date) ? { ...r, date: shiftDay(r.date, delta) } : r;
  return {
    ...base,
    ...(base.claims ? { claims: base.claims.map(move) } : {}),
    ...(base.responses ? { responses: base.responses.map(move) } : {}),
    text: `${base.text}\n\n${other.text}`,
    document: {
      ...base.document,
      id: `${base.document.id}-${k}`,
      url: `https://${outlet}/story/${k}`,
      site: outlet,
      publishedAt: day,
    },
  };
}

export async function analyseBases(corpus: BenchCorpus, n = BASES): Promise<Analysis[]> {
  const analyzer = await Analyzer.create();
  return corpus.texts.slice(0, n).map((t) => {
    const published = publishedOf(t.id);
    const { document, timings } = analyzer.run({ text: t.text, ...(published ? { published } : {}) });
    return toAnalysis(document, timings, { include: STORE_INCLUDE });
  });
}

interface Step {
  readonly ms: number;
  readonly cpuMs: number;
  readonly rssMiB: number;
}

export const storeGrowthSuite: BenchSuite = {
  name: 'store-growth',
  onlyWhenNamed: true,
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const bases = await analyseBases(corpus);
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-growth-'));
    const store = await openStore(join(dir, 'growth.db'));
    const steps: Step[] = [];
    try {
      let t = performance.now();
      let c = process.cpuUsage();
      for (let k = 0; k < ARTICLES; k++) {
        await store.ingest(copyOf(bases, k), { input: `growth-${k}` });
        if ((k + 1) % STEP === 0 || k + 1 === ARTICLES) {
          const u = process.cpuUsage(c);
          steps.push({
            ms: performance.now() - t,
            cpuMs: (u.user + u.system) / 1000,
            rssMiB: process.memoryUsage().rss / 1024 / 1024,
          });
          const s = steps.at(-1)!;
          console.error(
            `store-growth: ${k + 1} articles; last ${STEP}: ${(s.ms / 1000).toFixed(1)} s wall, ` +
              `${(s.cpuMs / 1000).toFixed(1)} s CPU, RSS ${s.rssMiB.toFixed(0)} MiB`,
          );
          t = performance.now();
          c = process.cpuUsage();
        }
      }
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
    const first = steps[0]!;
    const last = steps.at(-1)!;
    const list = (f: (s: Step) => number): string => steps.map((s) => f(s).toFixed(0)).join(' / ');
    return [
      {
        section: 'store',
        name: `store.ingest per ${STEP.toLocaleString('en')}, last ÷ first (wall)`,
        value: last.ms / first.ms,
        unit: '×',
        note: `flat = 1; per ${STEP} s: ${list((s) => s.ms / 1000)}`,
      },
      {
        section: 'store',
        name: `store.ingest per ${STEP.toLocaleString('en')}, last ÷ first (CPU)`,
        value: last.cpuMs / first.cpuMs,
        unit: '×',
        note: `per ${STEP} CPU s: ${list((s) => s.cpuMs / 1000)}`,
      },
      {
        section: 'store',
        name: 'store.ingest: RSS after each 1,000',
        value: Math.max(...steps.map((s) => s.rssMiB)),
        unit: 'MiB',
        note: `peak of: ${list((s) => s.rssMiB)}`,
      },
    ];
  },
};
