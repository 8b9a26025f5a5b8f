/**
 * The 100,000-article store of the `store-query` bench, made without re-analysing (issue #16: "generate it
 * from the analysed PolNeAR articles with new ids, dates and outlets"). The corpus is ingested once through
 * `verbatim ingest`'s own loop; then, inside SQLite, every row of those articles is copied with a new
 * article id, source identity, outlet, URL and publication date, one transaction per copy of the corpus,
 * and the full-text indexes are rebuilt at the end.
 *
 * What a copy holds is what ingest writes for the same analysis under the new identity: every record
 * table, its own stories, near-duplicate signatures, claims, responses, positions and within-article claim
 * links. Days follow `toRows`: a row's day moves with the publication date only where the record has no
 * full date of its own. Three things are not recomputed, because they need the cross-article logic rather
 * than a copy: actors keep their source article's corpus actor (the link ingest makes for a known name),
 * cross-article claim links are not copied, and the stored analysis JSON keeps its source's document
 * header (`meta` and the columns carry the new identity).
 */
import type { Driver } from '../../src/store/core/driver.js';

/** Copies get outlet names from a pool this large. */
export const OUTLETS = 50;

/** A full `YYYY-MM-DD` prefix, as `dayOf` (src/store/core/rows.ts) reads one. */
const FULL_DAY = `GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'`;

/** How the copy of a column is computed; columns not listed are copied as they are. */
type Rules = Record<string, string>;

/**
 * Per table: column → SQL for the copy (an `article_id` moves by `$A` unless said otherwise). `$A` is the article id offset, `$S` the story id offset, `$K` the
 * copy number, `$D` the date modifier ('+K days'), `$O` the outlet. Every table with an article id must be
 * here: `copyCorpus` fails on one it does not know, so a new migration cannot be copied half.
 */
const TABLES: Record<string, { rules: Rules; where: string; keepId?: boolean }> = {
  sources: { rules: { id: 'id + $A', identity: `identity || '#$K'` }, where: 'id <= $L', keepId: true },
  stories: {
    rules: { id: 'id + $S', first_day: 'date(first_day, $D)', last_day: 'date(last_day, $D)' },
    where: 'id IN (SELECT story_id FROM articles WHERE id <= $L)',
    keepId: true,
  },
  articles: {
    rules: {
      id: 'id + $A',
      source_id: 'source_id + $A',
      duplicate_of: 'duplicate_of + $A',
      story_id: 'story_id + $S',
      doc_id: `doc_id || '-$K'`,
      input: `input || '#$K'`,
      site: '$O',
      url: `'https://' || $O || '/' || id || '-$K'`,
      published_day: 'date(published_day, $D)',
      published_at: 'date(published_at, $D) || substr(published_at, 11)',
      meta: `json_set(meta, '$.id', doc_id || '-$K', '$.site', $O, '$.url', 'https://' || $O || '/' || id || '-$K',
        '$.publishedAt', date(published_at, $D) || substr(published_at, 11))`,
    },
    where: 'id <= $L',
    keepId: true,
  },
  actors: { rules: {}, where: 'article_id <= $L' },
  statements: {
    rules: { date_day: `CASE WHEN date_value ${FULL_DAY} THEN date_day ELSE date(date_day, $D) END` },
    where: 'article_id <= $L',
  },
  acts: {
    rules: {
      date_day: `CASE WHEN json_extract(record, '$.date.value') ${FULL_DAY} THEN date_day ELSE date(date_day, $D) END`,
    },
    where: 'article_id <= $L',
  },
  act_participants: { rules: {}, where: 'article_id <= $L' },
  claims: {
    rules: {
      date_day: `CASE WHEN json_extract(record, '$.date') ${FULL_DAY} THEN date_day ELSE date(date_day, $D) END`,
    },
    where: 'article_id <= $L',
  },
  responses: {
    rules: {
      date_day: `CASE WHEN json_extract(record, '$.date') ${FULL_DAY} THEN date_day ELSE date(date_day, $D) END`,
    },
    where: 'article_id <= $L',
  },
  positions: { rules: {}, where: 'article_id <= $L' },
  signatures: { rules: {}, where: 'article_id <= $L', keepId: true },
  lsh_buckets: { rules: {}, where: 'article_id <= $L' },
  claim_links: {
    rules: { response_article_id: 'response_article_id + $A', claim_article_id: 'claim_article_id + $A' },
    // Links inside an article only: links across articles come from the cross-article logic.
    where: 'response_article_id = claim_article_id AND response_article_id <= $L',
  },
};

/** Columns that refer to an article (a table having one must be in TABLES). */
const ARTICLE_REF = /^(article_id|.*_article_id|source_id|story_id|duplicate_of)$/;

async function columns(db: Driver, table: string): Promise<string[]> {
  return (await db.all<{ name: string }>(`SELECT name FROM pragma_table_info(?)`, [table])).map(
    (r) => r.name,
  );
}

/** Fails when a table refers to articles and TABLES has no rule for it. */
async function checkCovered(db: Driver): Promise<void> {
  const tables = await db.all<{ name: string }>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'`,
  );
  for (const { name } of tables) {
    if (name in TABLES) continue;
    const refs = (await columns(db, name)).filter((c) => ARTICLE_REF.test(c));
    if (refs.length) throw new Error(`store-copies: no copy rule for table ${name} (${refs.join(', ')})`);
  }
}

function fill(sql: string, v: Record<string, string>): string {
  return sql.replace(/\$[ASKDOL]/g, (m) => v[m] ?? m);
}

/**
 * Copies the first `base` articles `copies - 1` times (the last copy cut so the store holds `target`
 * articles), then rebuilds the full-text indexes and the planner's statistics.
 */
export async function copyCorpus(db: Driver, target: number, log: (s: string) => void): Promise<void> {
  await checkCovered(db);
  const base = Number((await db.get<{ n: number }>('SELECT max(id) AS n FROM articles'))!.n);
  const stories = Number((await db.get<{ n: number }>('SELECT max(id) AS n FROM stories'))?.n ?? 0);
  const stride = 10 ** Math.ceil(Math.log10(base + 1));
  const storyStride = 10 ** Math.ceil(Math.log10(stories + 1));
  const plan: string[] = [];
  for (const [table, spec] of Object.entries(TABLES)) {
    const cols = (await columns(db, table)).filter((c) => spec.keepId || c !== 'id');
    const values = cols.map((c) => spec.rules[c] ?? (c === 'article_id' ? 'article_id + $A' : c));
    plan.push(
      `INSERT INTO ${table} (${cols.join(', ')}) SELECT ${values.join(', ')} FROM ${table} WHERE ${spec.where}`,
    );
  }
  const started = performance.now();
  for (let k = 1; k * base < target; k++) {
    const v: Record<string, string> = {
      $A: String(k * stride),
      $S: String(k * storyStride),
      $K: String(k),
      $D: `'+${k} days'`,
      $O: `'outlet-${k % OUTLETS}.example'`,
      $L: String(Math.min(base, target - k * base)),
    };
    await db.transaction(async (tx) => {
      for (const sql of plan) await tx.exec(fill(sql, v));
    });
    if (k % 10 === 0)
      log(`${(k + 1) * base} articles (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  log('rebuilding the full-text indexes…');
  await db.exec(`INSERT INTO article_fts (article_fts) VALUES ('rebuild')`);
  await db.exec(`INSERT INTO statement_fts (statement_fts) VALUES ('rebuild')`);
  await db.exec('ANALYZE');
}
