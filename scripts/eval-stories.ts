/**
 * Measures story grouping (issue #18, item 5) against a hand-made gold of story groupings
 * (test/fixtures/stories-gold/*.tsv: `filename<TAB>story`, method in its README.md): the gold's
 * PolNeAR articles are analysed with their publication dates, ingested in date order into a fresh
 * SQLite store (so stories form exactly as at ingest), and the stored stories are scored against
 * the gold with pairwise precision / recall / F1 (pairs of articles put in one story) and B³.
 * Run: npx tsx scripts/eval-stories.ts [GOLD.tsv] (a second, held-out gold: polnear-2016-07-25-31.tsv)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { toAnalysis } from '../src/analysis/records.js';
import { Analyzer } from '../src/analyzer.js';
import { assignStory } from '../src/corpus/stories.js';
import { openDriver, openStore } from '../src/store/open.js';

const DATA = process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const GOLD =
  process.argv[2] ??
  fileURLToPath(new URL('../test/fixtures/stories-gold/polnear-2016-06-07-14.tsv', import.meta.url));
const POLNEAR = join(DATA, 'quotes/polnear');

const gold = new Map<string, string>();
for (const line of readFileSync(GOLD, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [file, story] = line.split('\t');
  if (file && story) gold.set(file, story);
}
const meta = new Map<string, { date: string; title: string }>();
for (const line of readFileSync(join(POLNEAR, 'metadata.tsv'), 'utf8').split('\n').slice(1)) {
  const c = line.split('\t');
  if (c[1] && c[5]) meta.set(c[1], { date: c[5], title: c[7] ?? '' });
}

function textOf(file: string): string {
  for (const part of ['dev', 'train']) {
    try {
      return readFileSync(join(POLNEAR, part, 'text', `${file}.txt`), 'utf8');
    } catch {}
  }
  throw new Error(`no PolNeAR text for ${file}`);
}

const files = [...gold.keys()].sort(
  (a, b) => meta.get(a)!.date.localeCompare(meta.get(b)!.date) || a.localeCompare(b),
);
// VERBATIM_STORIES_DB=FILE keeps the ingested store there; when FILE exists, its articles are not
// analysed again: their stories are cleared and assigned again in date order (the ingest's own
// assignStory), so a change to story grouping is measured in seconds.
const kept = process.env.VERBATIM_STORIES_DB;
const dir = mkdtempSync(join(tmpdir(), 'verbatim-stories-'));
const dbFile = kept ?? join(dir, 'corpus.db');
const articleOf = new Map<string, number>();
if (kept && existsSync(kept)) {
  const driver = await openDriver(kept);
  const rows = await driver.all<{ id: number; input: string }>('SELECT id, input FROM articles');
  for (const r of rows) articleOf.set(r.input, Number(r.id));
  await driver.transaction(async (tx) => {
    await tx.run('UPDATE articles SET story_id = NULL');
    await tx.run('DELETE FROM stories');
    for (const f of files) await assignStory(tx, articleOf.get(f)!);
  });
  await driver.close();
} else {
  const analyzer = await Analyzer.create();
  const store = await openStore(dbFile);
  for (const f of files) {
    const { document, timings } = analyzer.run({
      text: textOf(f),
      meta: { source: f },
      published: meta.get(f)!.date,
    });
    const { articleId } = await store.ingest(toAnalysis(document, timings), {
      input: f,
      identity: `polnear:${f}`,
    });
    articleOf.set(f, articleId);
  }
  await store.close();
}
const db = new Database(dbFile, { readonly: true });
const storyOf = new Map(
  db
    .prepare('SELECT id, story_id FROM articles')
    .all()
    .map((r) => {
      const row = r as { id: number; story_id: number | null };
      return [Number(row.id), row.story_id === null ? `none:${row.id}` : String(row.story_id)];
    }),
);
const labels = new Map(
  db
    .prepare('SELECT id, label FROM stories')
    .all()
    .map((r) => [String((r as { id: number }).id), (r as { label: string }).label]),
);
db.close();
rmSync(dir, { recursive: true, force: true });

const pred = new Map(files.map((f) => [f, storyOf.get(articleOf.get(f)!)!]));
let tp = 0;
let predPairs = 0;
let goldPairs = 0;
for (let i = 0; i < files.length; i++) {
  for (let j = i + 1; j < files.length; j++) {
    const g = gold.get(files[i]!) === gold.get(files[j]!);
    const p = pred.get(files[i]!) === pred.get(files[j]!);
    tp += Number(g && p);
    goldPairs += Number(g);
    predPairs += Number(p);
  }
}
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const P = predPairs ? tp / predPairs : 1;
const R = goldPairs ? tp / goldPairs : 1;
let b3p = 0;
let b3r = 0;
for (const f of files) {
  const G = files.filter((x) => gold.get(x) === gold.get(f));
  const S = files.filter((x) => pred.get(x) === pred.get(f));
  const both = S.filter((x) => gold.get(x) === gold.get(f)).length;
  b3p += both / S.length;
  b3r += both / G.length;
}
b3p /= files.length;
b3r /= files.length;
console.log(
  `articles ${files.length}, gold stories ${new Set(gold.values()).size}, predicted stories ${new Set(pred.values()).size}`,
);
console.log(
  `pairwise P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${f1(P, R).toFixed(3)} (${tp} of ${goldPairs} gold pairs, ${predPairs} predicted)`,
);
console.log(`B3 P ${b3p.toFixed(3)} R ${b3r.toFixed(3)} F1 ${f1(b3p, b3r).toFixed(3)}`);
const byPred = new Map<string, string[]>();
for (const f of files) byPred.set(pred.get(f)!, [...(byPred.get(pred.get(f)!) ?? []), f]);
for (const [s, fs] of byPred) {
  if (fs.length < 2) continue;
  console.log(
    `  story ${s} '${labels.get(s) ?? ''}': ${fs.map((f) => `${f.slice(0, 40)} [${gold.get(f)}]`).join(', ')}`,
  );
}
