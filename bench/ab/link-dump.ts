/**
 * Same-output check for linking changes: the first N PolNeAR train texts are analysed once (by the first
 * checkout; cached with link-ab.ts's analyses), then each checkout's store ingests them (its `openStore` and
 * `ingest`, so linking, codes and stories run as in `verbatim ingest`) into its own SQLite file, and every
 * table of the two files is compared row for row (rows by rowid, else by every column; columns that hold the ingest's clock are
 * left out). Exits 1 on the first table that differs, naming it and the first differing row.
 * Usage: `tsx bench/ab/link-dump.ts [--limit 200] [--keep DIR [--reuse-a]] a=DIR b=DIR`
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadCorpus } from '../corpus.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const limit = Number(arg('--limit') ?? 200);
const keep = arg('--keep');
const reuseA = process.argv.includes('--reuse-a');
const specs = process.argv.slice(2).filter((a) => a.includes('='));
if (specs.length !== 2) throw new Error('usage: link-dump.ts [--limit N] [--keep DIR] a=DIR b=DIR');
const corpus = loadCorpus(undefined, limit);
const publishedOf = (id: string): string | undefined => /_(\d{4}-\d{2}-\d{2})_/.exec(id)?.[1];

/** Columns that hold when a row was written, not what linking decided. */
const CLOCK_COLUMNS: ReadonlySet<string> = new Set([
  'applied_at',
  'ingested_at',
  'created_at',
  'updated_at',
  'at',
]);

async function analyses(first: string): Promise<unknown[]> {
  const dir = join(tmpdir(), 'verbatim-link-ab');
  const file = join(dir, `analyses-${corpus.texts.length}.json`);
  if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { list: unknown[] }).list;
  const root = resolve(first);
  const { Analyzer } = await import(join(root, 'src/analyzer.ts'));
  const { toAnalysis } = await import(join(root, 'src/analysis/records.ts'));
  const analyzer = await Analyzer.create();
  const t0 = performance.now();
  const list = corpus.texts.map((t) => {
    const published = publishedOf(t.id);
    const { document, timings } = analyzer.run({ text: t.text, ...(published ? { published } : {}) });
    return toAnalysis(document, timings, { include: ['mentions'] });
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify({ list, ms: performance.now() - t0 }));
  return list;
}

const out = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'verbatim-link-dump-'));
mkdirSync(out, { recursive: true });
try {
  const list = await analyses(specs[0]!.split('=')[1]!);
  const files: string[] = [];
  for (const spec of specs) {
    const [name, dir] = spec.split('=') as [string, string];
    const file = join(out, `${name}.db`);
    files.push(file);
    // `--reuse-a`: the first checkout's store kept from an earlier run (`--keep`) stands (the baseline rarely changes).
    if (reuseA && files.length === 1 && existsSync(file)) {
      console.log(`${name}: reusing ${file}`);
      continue;
    }
    rmSync(file, { force: true });
    const { openStore } = await import(join(resolve(dir), 'src/store/index.ts'));
    const store = await openStore(file);
    const t0 = performance.now();
    for (let i = 0; i < list.length; i++) {
      const id = corpus.texts[i]!.id;
      await store.ingest(list[i], { input: id, identity: id });
    }
    console.log(`${name}: ${list.length} articles ingested in ${(performance.now() - t0).toFixed(0)} ms`);
    await store.close();
  }
  const [a, b] = files.map((f) => new Database(f, { readonly: true })) as [
    Database.Database,
    Database.Database,
  ];
  const tables = (db: Database.Database): string[] =>
    (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((r) => r.name);
  const names = tables(a);
  if (JSON.stringify(names) !== JSON.stringify(tables(b)))
    throw new Error('the two stores have other tables');
  let differ = 0;
  for (const t of names) {
    const cols = (a.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[])
      .map((c) => c.name)
      .filter((c) => !CLOCK_COLUMNS.has(c));
    const { sql: ddl } = a.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(t) as { sql: string };
    // Virtual and WITHOUT ROWID tables have no rowid: ordered by every column.
    const order = /VIRTUAL|WITHOUT ROWID/i.test(ddl)
      ? ` ORDER BY ${cols.map((_, i) => i + 1).join(', ')}`
      : ' ORDER BY rowid';
    const sql = `SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${t}"${order}`;
    const ra = a.prepare(sql).raw().all();
    const rb = b.prepare(sql).raw().all();
    const at = ra.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(rb[i]));
    if (ra.length !== rb.length || at >= 0) {
      differ++;
      console.log(`DIFFERS ${t}: ${ra.length} vs ${rb.length} rows; first at row ${at}`);
      console.log(
        `  a: ${JSON.stringify(ra[at])?.slice(0, 400)}\n  b: ${JSON.stringify(rb[at])?.slice(0, 400)}`,
      );
    } else console.log(`same ${t}: ${ra.length} rows`);
  }
  a.close();
  b.close();
  if (differ) {
    console.log(`${differ} table(s) differ`);
    process.exitCode = 1;
  } else console.log(`every table identical (${names.length} tables)`);
} finally {
  if (!keep) rmSync(out, { recursive: true, force: true });
}
