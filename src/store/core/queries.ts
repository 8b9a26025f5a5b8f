/**
 * Read queries over the store, written once for both databases. Lists page
 * with keyset cursors (stable under concurrent ingests); ranked and aggregated
 * lists page by offset.
 */
import type { Span } from '../../model/span.js';
import type { CueClass } from '../../stages/quotes/cue-class.js';
import { decodeAnalysis, viewJson } from './analysis-blob.js';
import { decodeCursor, encodeCursor, offsetOf, pageSize } from './cursor.js';
import type { FtsSql } from './dialect-sql.js';
import type { Executor, SqlValue } from './driver.js';
import { likeEscape, normName } from './sql.js';
import type {
  ActorQuery,
  ActorSummary,
  ArticleQuery,
  ArticleSummary,
  CorpusFilter,
  MonthCount,
  Page,
  StatementKindName,
  StatementQuery,
  StatementRow,
  StoredArticle,
  TimelineQuery,
  TimelineRow,
} from './types.js';

/** A WHERE fragment and its values. */
export interface Where {
  readonly sql: string[];
  readonly params: SqlValue[];
}

/** Conditions on articles `a`: originals and latest versions only, unless asked. */
export function articleWhere(filter: CorpusFilter & { site?: string }, dated = 'a.published_day'): Where {
  const w: Where = { sql: [], params: [] };
  if (!filter.includeDuplicates) w.sql.push('a.latest = 1 AND a.duplicate_of IS NULL');
  if (filter.since) {
    w.sql.push(`${dated} >= ?`);
    w.params.push(filter.since.slice(0, 10));
  }
  if (filter.until) {
    w.sql.push(`${dated} <= ?`);
    w.params.push(filter.until.slice(0, 10));
  }
  if (filter.site) {
    w.sql.push('a.site = ?');
    w.params.push(filter.site);
  }
  return w;
}

export function whereSql(w: Where): string {
  return w.sql.length ? w.sql.join(' AND ') : '1 = 1';
}

/** Speaker names matching a name or one of its words: ids from the small `names` table. */
export function speakerCondition(column: string, speaker: string): { sql: string; param: string } {
  return {
    sql: `${column} IN (SELECT id FROM names WHERE norm LIKE ? ESCAPE '\\')`,
    param: `%${likeEscape(normName(speaker))}%`,
  };
}

const ARTICLE_COLUMNS = `a.id, a.doc_id, a.input, a.url, a.title, a.site, a.published_at, a.ingested_at, a.version,
  a.latest, a.duplicate_of, a.statement_count, a.actor_count`;

type ArticleDbRow = {
  id: number;
  doc_id: string;
  input: string;
  url: string | null;
  title: string | null;
  site: string | null;
  published_at: string | null;
  ingested_at: string;
  version: number;
  latest: number;
  duplicate_of: number | null;
  statement_count: number;
  actor_count: number;
};

function toSummary(r: ArticleDbRow): ArticleSummary {
  return {
    id: r.id,
    docId: r.doc_id,
    source: r.input,
    ...(r.url ? { url: r.url } : {}),
    ...(r.title ? { title: r.title } : {}),
    ...(r.site ? { site: r.site } : {}),
    ...(r.published_at ? { publishedAt: r.published_at } : {}),
    ingestedAt: r.ingested_at,
    version: r.version,
    latest: r.latest === 1,
    ...(r.duplicate_of !== null ? { duplicateOf: r.duplicate_of } : {}),
    statementCount: r.statement_count,
    actorCount: r.actor_count,
  };
}

export async function listArticles(db: Executor, q: ArticleQuery): Promise<Page<ArticleSummary>> {
  const limit = pageSize(q.limit);
  const w = articleWhere(q);
  const after = decodeCursor(q.cursor);
  if (after) {
    w.sql.push('a.id < ?');
    w.params.push(Number(after[0]));
  }
  const rows = await db.all<ArticleDbRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE ${whereSql(w)} ORDER BY a.id DESC LIMIT ?`,
    [...w.params, limit + 1],
  );
  return keysetPage(rows.map(toSummary), limit, (a) => [a.id]);
}

export async function getArticle(db: Executor, ref: number | string): Promise<StoredArticle | undefined> {
  const row = await getArticleRow(db, ref, true);
  return (
    row && {
      ...toSummary(row),
      analysis: decodeAnalysis(row.analysis, row.analysis_extra, row.analysis_encoding),
    }
  );
}

/** The article with its analysis as stored JSON bytes, not parsed (for servers that pass it on as it is). */
export async function getArticleJson(
  db: Executor,
  ref: number | string,
  all: boolean,
): Promise<{ article: ArticleSummary; analysisJson: Buffer } | undefined> {
  const row = await getArticleRow(db, ref, all);
  if (!row) return undefined;
  const json =
    all && row.analysis_extra
      ? Buffer.from(JSON.stringify(decodeAnalysis(row.analysis, row.analysis_extra, row.analysis_encoding)))
      : viewJson(row.analysis, row.analysis_encoding);
  return { article: toSummary(row), analysisJson: json };
}

type ArticleBlobRow = ArticleDbRow & {
  analysis: Uint8Array;
  analysis_extra: Uint8Array | null;
  analysis_encoding: string;
};

async function getArticleRow(
  db: Executor,
  ref: number | string,
  extra: boolean,
): Promise<ArticleBlobRow | undefined> {
  const cols = `${ARTICLE_COLUMNS}, a.analysis, a.analysis_encoding, ${extra ? 'a.analysis_extra' : 'NULL AS analysis_extra'}`;
  const latest = 'ORDER BY a.latest DESC, a.id DESC LIMIT 1';
  if (typeof ref === 'number' || /^\d+$/.test(ref))
    return db.get<ArticleBlobRow>(`SELECT ${cols} FROM articles a WHERE a.id = ?`, [Number(ref)]);
  // Document id and URL are indexed (both terms indexed, so the planner unions two index lookups);
  // the input path has no index and is read only when neither matches, so a lookup by id or URL
  // stays fast on a large store.
  return (
    (await db.get<ArticleBlobRow>(
      `SELECT ${cols} FROM articles a WHERE a.doc_id = ? OR a.url = ? ${latest}`,
      [ref, ref],
    )) ?? db.get<ArticleBlobRow>(`SELECT ${cols} FROM articles a WHERE a.input = ? ${latest}`, [ref])
  );
}

type StatementDbRow = {
  id: number;
  article_id: number;
  record_id: string;
  kind: string;
  speaker: string | null;
  speaker_actor_id: string | null;
  source_type: string;
  content_spans: string;
  cue_start: number;
  cue_end: number;
  cue_text: string;
  cue_class: string;
  source_start: number | null;
  source_end: number | null;
  source_text: string | null;
  date_value: string | null;
  date_basis: string;
  date_day: string | null;
  title: string | null;
  url: string | null;
  published_at: string | null;
};

export const STATEMENT_SELECT = `SELECT s.id, s.article_id, s.record_id, s.kind, n.name AS speaker, s.speaker_actor_id,
  s.source_type, s.content_spans, s.cue_start, s.cue_end, s.cue_text, s.cue_class, s.source_start, s.source_end, s.source_text,
  s.date_value, s.date_basis, s.date_day, a.title, a.url, a.published_at
  FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN names n ON n.id = s.speaker_name_id`;

export function toStatement(r: StatementDbRow): StatementRow {
  const source: Span | undefined =
    r.source_start !== null && r.source_end !== null && r.source_text !== null
      ? { start: r.source_start, end: r.source_end, text: r.source_text }
      : undefined;
  return {
    articleId: r.article_id,
    id: r.record_id,
    kind: r.kind as StatementKindName,
    ...(r.speaker
      ? { speaker: { name: r.speaker, ...(r.speaker_actor_id ? { actorId: r.speaker_actor_id } : {}) } }
      : {}),
    sourceType: r.source_type,
    content: JSON.parse(r.content_spans) as Span[],
    cue: { start: r.cue_start, end: r.cue_end, text: r.cue_text },
    cueClass: r.cue_class as CueClass,
    ...(source ? { source } : {}),
    ...(r.date_value ? { date: r.date_value } : {}),
    dateBasis: r.date_basis,
    ...(r.title ? { articleTitle: r.title } : {}),
    ...(r.url ? { articleUrl: r.url } : {}),
    ...(r.published_at ? { publishedAt: r.published_at } : {}),
  };
}

/** Conditions on statements `s` (and their articles `a`) shared by the statement list, timeline and export. */
export function statementWhere(fts: FtsSql, q: StatementQuery & { site?: string }): Where {
  // A statement's own date, not its article's, is what a date range selects.
  const w = articleWhere(q, 's.date_day');
  if (q.speaker) {
    const c = speakerCondition('s.speaker_name_id', q.speaker);
    w.sql.push(c.sql);
    w.params.push(c.param);
  }
  if (q.about) {
    const m = fts.statementMatches(q.about);
    w.sql.push(m.sql);
    w.params.push(...m.params);
  }
  if (q.kind) {
    w.sql.push('s.kind = ?');
    w.params.push(q.kind);
  }
  if (q.cue) {
    w.sql.push('s.cue_class = ?');
    w.params.push(q.cue);
  }
  if (q.articleId !== undefined) {
    w.sql.push('s.article_id = ?');
    w.params.push(q.articleId);
  }
  return w;
}

/** Above this many matching names, a speaker query uses one IN list instead of one index walk per name. */
const MAX_SPEAKER_BRANCHES = 64;

/** Ids of the names matching a speaker query (a small table). */
async function nameIdsMatching(db: Executor, speaker: string): Promise<number[]> {
  const c = speakerCondition('id', speaker);
  return (await db.all<{ id: number }>(`SELECT id FROM names WHERE ${c.sql}`, [c.param])).map((r) => r.id);
}

export async function listStatements(
  db: Executor,
  fts: FtsSql,
  q: StatementQuery,
): Promise<Page<StatementRow>> {
  const limit = pageSize(q.limit);
  const ids = q.speaker ? await nameIdsMatching(db, q.speaker) : [];
  if (q.speaker && ids.length === 0) return { items: [] };
  const branches = q.speaker && ids.length <= MAX_SPEAKER_BRANCHES;
  const w = statementWhere(fts, branches ? { ...q, speaker: undefined } : q);
  if (branches) {
    // The branches' filters are one scalar subquery on the statement's article: as terms on the joined `a`
    // (or as an EXISTS, which SQLite turns into a join), SQLite with ANALYZE statistics builds a Bloom filter
    // over `a` for a speaker with many statements, reading every article row first (80–300 ms of CPU for one
    // page at 30,000 articles, growing with the store); this way each page row costs one lookup.
    w.sql.splice(0, w.sql.length, `(SELECT ${whereSql(w)} FROM articles a WHERE a.id = s.article_id)`);
  }
  const after = decodeCursor(q.cursor);
  if (after) {
    w.sql.push('s.id < ?');
    w.params.push(Number(after[0]));
  }
  const one = `${STATEMENT_SELECT} WHERE ${whereSql(w)}`;
  // Per speaker name, walk its (speaker_name_id, id) index newest first and stop at the page: the cost is the
  // page, not the speaker's whole history. The branches are merged by id.
  const rows = branches
    ? await db.all<StatementDbRow>(
        `SELECT * FROM (${ids
          .map(
            (_, i) => `SELECT * FROM (${one} AND s.speaker_name_id = ? ORDER BY s.id DESC LIMIT ?) AS b${i}`,
          )
          .join(' UNION ALL ')}) AS u ORDER BY id DESC LIMIT ?`,
        [...ids.flatMap((id) => [...w.params, id, limit + 1]), limit + 1],
      )
    : await db.all<StatementDbRow>(`${one} ORDER BY s.id DESC LIMIT ?`, [...w.params, limit + 1]);
  return keysetPage(rows, limit, (r) => [r.id], toStatement);
}

export async function timeline(db: Executor, fts: FtsSql, q: TimelineQuery): Promise<Page<TimelineRow>> {
  const limit = pageSize(q.limit);
  const w = statementWhere(fts, q);
  w.sql.push('s.date_day IS NOT NULL');
  const after = decodeCursor(q.cursor);
  if (after) {
    w.sql.push('(s.date_day > ? OR (s.date_day = ? AND s.id > ?))');
    w.params.push(String(after[0]), String(after[0]), Number(after[1]));
  }
  const rows = await db.all<{
    id: number;
    date_day: string;
    article_id: number;
    record_id: string;
    speaker: string | null;
    kind: string;
    content: string;
  }>(
    `SELECT s.id, s.date_day, s.article_id, s.record_id, n.name AS speaker, s.kind, s.content
     FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN names n ON n.id = s.speaker_name_id
     WHERE ${whereSql(w)} ORDER BY s.date_day, s.id LIMIT ?`,
    [...w.params, limit + 1],
  );
  return keysetPage(
    rows,
    limit,
    (r) => [r.date_day, r.id],
    (r) => ({
      date: r.date_day,
      articleId: r.article_id,
      statementId: r.record_id,
      ...(r.speaker ? { speaker: r.speaker } : {}),
      kind: r.kind as StatementKindName,
      text: r.content,
    }),
  );
}

/** Dated statements per calendar month (`YYYY-MM`), oldest first, under the timeline's filters: the whole chart, not a page. */
export async function timelineMonths(
  db: Executor,
  fts: FtsSql,
  q: Omit<TimelineQuery, 'cursor' | 'limit'>,
): Promise<MonthCount[]> {
  const w = statementWhere(fts, q);
  w.sql.push('s.date_day IS NOT NULL');
  const rows = await db.all<{ month: string; n: number | string }>(
    `SELECT substr(s.date_day, 1, 7) AS month, count(*) AS n
     FROM statements s JOIN articles a ON a.id = s.article_id
     WHERE ${whereSql(w)} GROUP BY substr(s.date_day, 1, 7) ORDER BY 1`,
    w.params,
  );
  // PostgreSQL's count() is a bigint, which node-postgres hands over as a string.
  return rows.map((r) => ({ month: r.month, count: Number(r.n) }));
}

export async function listActors(db: Executor, q: ActorQuery): Promise<Page<ActorSummary>> {
  const limit = pageSize(q.limit);
  const offset = offsetOf(q.cursor);
  const w = articleWhere(q);
  if (q.type) {
    w.sql.push('ac.type = ?');
    w.params.push(q.type);
  }
  if (q.country) {
    w.sql.push('ac.country = ?');
    w.params.push(q.country.toUpperCase());
  }
  if (q.name) {
    const c = speakerCondition('ac.name_id', q.name);
    w.sql.push(c.sql);
    w.params.push(c.param);
  }
  const rows = await db.all<{
    name: string;
    type: string;
    country: string | null;
    articles: number;
    mentions: number;
    statements: number;
  }>(
    `SELECT n.name, ac.type, ac.country, count(DISTINCT ac.article_id) AS articles,
       sum(ac.mention_count) AS mentions, sum(ac.statement_count) AS statements
     FROM actors ac JOIN articles a ON a.id = ac.article_id JOIN names n ON n.id = ac.name_id
     WHERE ${whereSql(w)}
     GROUP BY n.name, ac.type, ac.country
     ORDER BY mentions DESC, n.name, ac.type LIMIT ? OFFSET ?`,
    [...w.params, limit + 1, offset],
  );
  const items = rows.slice(0, limit).map((r) => ({
    name: r.name,
    type: r.type,
    ...(r.country ? { country: r.country } : {}),
    articles: Number(r.articles),
    mentions: Number(r.mentions),
    statements: Number(r.statements),
  }));
  return rows.length > limit ? { items, nextCursor: encodeCursor([offset + limit]) } : { items };
}

/** A page from `limit + 1` rows: the extra row only says there is a next page. */
export function keysetPage<R, T = R>(
  rows: readonly R[],
  limit: number,
  key: (r: R) => (string | number)[],
  map: (r: R) => T = (r) => r as unknown as T,
): Page<T> {
  const page = rows.slice(0, limit);
  const items = page.map(map);
  const last = page[page.length - 1];
  return rows.length > limit && last !== undefined
    ? { items, nextCursor: encodeCursor(key(last)) }
    : { items };
}
