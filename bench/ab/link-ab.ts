/**
 * A/B of corpus linking (the corpus-link suite's measure: linkArticle + assignStory inside each article's
 * ingest transaction) between checkouts in ONE process: the first N PolNeAR train texts are analysed once
 * (cached in the temp dir: linking is what differs), then each round ingests them once per side, order
 * alternating, into a fresh SQLite store (empty, or with `--grown N` synthetic corpus actors as the suite
 * grows it) with the link memos cleared (and the code books' too with `--cold`). Per
 * side: linking wall and process-CPU ms per article (medians over rounds, with min–max), the rest of the
 * ingest (store) ms, and the ratio b ÷ a of each round's linking time.
 * Usage: `tsx --expose-gc bench/ab/link-ab.ts [--limit 840] [--rounds 3] [--grown 50000] [--cold] [--dist] a=DIR b=DIR`
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../corpus.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const limit = arg('--limit', 840);
const rounds = arg('--rounds', 3);
const grown = arg('--grown', 0);
/** `--dist`: each checkout's built modules (dist/, as `tsc -p tsconfig.build.json` makes them), for profiles with lines. */
const dist = process.argv.includes('--dist');
/**
 * `--cold`: new code books each pass (empty memos: every name looked up as if first met). Without it each side
 * keeps its process's books (`actorCodeBooks()`), warm after the warm-up pass, as in the corpus-link suite,
 * where the analysis and the empty store's pass warm them before the grown store's pass.
 */
const cold = process.argv.includes('--cold');
const specs = process.argv.slice(2).filter((a) => a.includes('='));
if (specs.length < 1) throw new Error('usage: link-ab.ts [--limit N] [--rounds N] [--grown N] a=DIR b=DIR');

type Analysis = { document: { publishedAt?: string } } & Record<string, unknown>;
type AnyFn = (...args: never[]) => unknown;
interface Side {
  readonly name: string;
  readonly m: Record<string, AnyFn>;
  readonly linkWall: number[];
  readonly linkCpu: number[];
  readonly storeWall: number[];
}

const corpus = loadCorpus(undefined, limit);
const publishedOf = (id: string): string | undefined => /_(\d{4}-\d{2}-\d{2})_/.exec(id)?.[1];

async function load(dir: string): Promise<Record<string, AnyFn>> {
  const root = resolve(dir);
  const mods = await Promise.all(
    [
      'src/corpus/link.ts',
      'src/corpus/stories.ts',
      'src/kb/actor-codes.ts',
      'src/kb/extra.ts',
      'src/kb/load.ts',
      'src/kb/places.ts',
      'src/store/core/dialect-sql.ts',
      'src/store/core/migrate.ts',
      'src/store/core/sql.ts',
      'src/store/core/write.ts',
      'src/store/index.ts',
      'src/runtime/model-file.ts',
    ].map((p) => import(join(root, dist ? p.replace(/^src/, 'dist').replace(/\.ts$/, '.js') : p))),
  );
  return Object.assign({}, ...mods) as Record<string, AnyFn>;
}

/** The first side's analyses of the texts (cached: analysis is not what is compared). */
async function analyses(first: string): Promise<{ list: Analysis[]; ms: number }> {
  const dir = join(tmpdir(), 'verbatim-link-ab');
  const file = join(dir, `analyses-${corpus.texts.length}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const root = resolve(first);
  const { Analyzer } = await import(join(root, 'src/analyzer.ts'));
  const { toAnalysis } = await import(join(root, 'src/analysis/records.ts'));
  const analyzer = await Analyzer.create();
  const t0 = performance.now();
  const list = corpus.texts.map((t) => {
    const published = publishedOf(t.id);
    const { document, timings } = analyzer.run({ text: t.text, ...(published ? { published } : {}) });
    return toAnalysis(document, timings, { include: ['mentions'] }) as Analysis;
  });
  const out = { list, ms: performance.now() - t0 };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(out));
  return out;
}

/** Code books as `actorCodeBooks()` makes them, but new (empty memos): every pass starts cold. */
function freshBooks(m: Record<string, AnyFn>): unknown[] {
  const { bookFromPhoenix, ActorCodeBook, readModelFileSync } = m as Record<
    string,
    (...a: unknown[]) => unknown
  >;
  const text = (url: unknown): string => readFileSync(new URL(String(url)), 'utf8');
  const json = (url: unknown, what: string): unknown =>
    JSON.parse(new TextDecoder().decode(readModelFileSync!(url, what) as Uint8Array));
  const Book = ActorCodeBook as unknown as new (f: unknown) => unknown;
  return [
    bookFromPhoenix!(text(m.RECENT_KB_URL), 'models/kb-recent.actors.txt', text(m.EXTRA_AGENTS_URL)),
    new Book(json(m.PLOVER_AGENTS_URL, 'PLOVER agents')),
    new Book(json(m.ACTOR_CODES_URL, 'actor codes')),
  ];
}

async function pass(side: Side, list: readonly Analysis[], dir: string): Promise<void> {
  const m = side.m as Record<string, (...a: never[]) => Promise<unknown> & unknown>;
  const any = m as unknown as Record<string, (...a: unknown[]) => unknown>;
  const db = (await any.openDriver!(join(dir, `${side.name}-${Date.now()}.db`))) as {
    dialect: string;
    transaction(f: (tx: unknown) => Promise<void>): Promise<void>;
    close(): Promise<void>;
  };
  await any.migrate!(db);
  if (grown > 0) await grow(any, db);
  any.clearLinkMemo!();
  const books = cold ? freshBooks(side.m) : (any.actorCodeBooks!() as unknown[]);
  const fts = any.ftsFor!(db.dialect) as { index(tx: unknown, id: number): Promise<void> };
  (globalThis as { gc?: () => void }).gc?.();
  let linkWall = 0;
  let linkCpu = 0;
  const t0 = performance.now();
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const id = corpus.texts[i]!.id;
    const prepared = any.prepareArticle!(a, { input: id, identity: id });
    await any.ingestArticle!(db, prepared, {
      link: async (tx: unknown, articleId: number) => {
        const w0 = performance.now();
        const c0 = process.cpuUsage();
        const links = await any.linkArticle!(tx, articleId, a, { dialect: db.dialect, books });
        const c = process.cpuUsage(c0);
        linkCpu += (c.user + c.system) / 1000;
        linkWall += performance.now() - w0;
        return links;
      },
      after: async (tx: unknown, articleId: number) => {
        await fts.index(tx, articleId);
        const w0 = performance.now();
        const c0 = process.cpuUsage();
        await any.assignStory!(tx, articleId);
        const c = process.cpuUsage(c0);
        linkCpu += (c.user + c.system) / 1000;
        linkWall += performance.now() - w0;
      },
    });
  }
  const total = performance.now() - t0;
  await db.close();
  side.linkWall.push(linkWall / list.length);
  side.linkCpu.push(linkCpu / list.length);
  side.storeWall.push((total - linkWall) / list.length);
}

/** The corpus-link suite's synthetic corpus actors (bench/suites/corpus-link.ts grow). */
async function grow(
  any: Record<string, (...a: unknown[]) => unknown>,
  db: { transaction(f: (tx: unknown) => Promise<void>): Promise<void> },
): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = Array.from({ length: grown }, (_, i) => [`Synthetic Person ${i}`, 'person', '[]']);
    await any.insertMany!(tx, 'corpus_actors', ['name', 'type', 'titles'], rows);
    const keys: string[][] = [];
    for (let i = 1; i <= grown; i++) {
      keys.push([`n:given${i % 997} family${i}`, String(i)], [`n:given${i % 997} family${i} x`, String(i)]);
      keys.push([`s:family${i % 5000}`, String(i)]);
    }
    await any.insertMany!(tx, 'corpus_actor_keys', ['key', 'corpus_actor_id'], keys);
  });
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const spread = (xs: readonly number[]): string =>
  `${median(xs).toFixed(3)} (${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)})`;

const sides: Side[] = [];
for (const spec of specs) {
  const [name, dir] = spec.split('=') as [string, string];
  sides.push({ name, m: await load(dir), linkWall: [], linkCpu: [], storeWall: [] });
}
const { list, ms: analysisMs } = await analyses(specs[0]!.split('=')[1]!);
const tmp = mkdtempSync(join(tmpdir(), 'verbatim-link-ab-'));
try {
  // One warm-up pass per side (JIT), not counted.
  for (const s of sides) {
    await pass(s, list, tmp);
    s.linkWall.length = s.linkCpu.length = s.storeWall.length = 0;
  }
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...sides].reverse() : sides;
    for (const s of order) await pass(s, list, tmp);
    console.log(
      `round ${r + 1}: ${sides.map((s) => `${s.name} link ${s.linkWall.at(-1)!.toFixed(3)} ms wall, ${s.linkCpu.at(-1)!.toFixed(3)} ms CPU`).join('; ')}`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const perArticle = analysisMs / list.length;
console.log(
  `\n${list.length} articles, ${grown ? `${grown} synthetic corpus actors` : 'empty store'}, ${rounds} rounds; analysis ${perArticle.toFixed(2)} ms/article (cached run)`,
);
console.log(
  '| side | linking ms/article wall | linking ms/article CPU | rest of ingest ms/article | share |',
);
console.log('|---|---:|---:|---:|---:|');
for (const s of sides) {
  const link = median(s.linkWall);
  const share = (100 * link) / (perArticle + median(s.storeWall) + link);
  console.log(
    `| ${s.name} | ${spread(s.linkWall)} | ${spread(s.linkCpu)} | ${spread(s.storeWall)} | ${share.toFixed(1)} % |`,
  );
}
if (sides.length === 2) {
  const [a, b] = sides as [Side, Side];
  const ratios = a.linkCpu.map((x, i) => b.linkCpu[i]! / x);
  console.log(
    `\nlinking CPU ${b.name} ÷ ${a.name} per round: ${ratios.map((r) => r.toFixed(3)).join(', ')}; median ${median(ratios).toFixed(3)}`,
  );
}
