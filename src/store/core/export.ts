/**
 * Streaming export: every record of a type that matches the filter, read in
 * id order in batches (keyset pagination), so memory stays flat however large
 * the store is and there is no cap. Blocks, mentions and timexes come from the
 * articles' stored analyses (no tables since schema v12), article by article.
 */

import { decodeAnalysis } from './analysis-blob.js';
import { type DerivedRecordType, derivedRows } from './derived-records.js';
import type { Executor, Row } from './driver.js';
import { articleWhere, speakerCondition, whereSql } from './queries.js';
import type { ExportFilter, RecordType, StoredArticle } from './types.js';

/** Rows per batch: large enough to amortise a query, small enough to keep memory flat. */
const EXPORT_BATCH = 1000;
/** Articles per batch when whole analyses are streamed (each is large). */
const ANALYSIS_BATCH = 20;

/** The columns of each record type with a table, as exported (offsets as start/end, article ids on every row). */
const COLUMNS: Record<TableRecordType, { from: string; select: string }> = {
  articles: {
    from: 'articles t',
    select: `t.id, t.doc_id, t.input AS source, t.url, t.title, t.site, t.published_at, t.ingested_at, t.version,
      t.latest, t.duplicate_of, t.duplicate_similarity, t.statement_count, t.actor_count`,
  },
  actors: {
    from: 'actors t LEFT JOIN names n ON n.id = t.name_id',
    select: `t.id, t.article_id, t.record_id, n.name, t.type, t.country, t.aliases, t.roles, t.mention_count,
      t.statement_count`,
  },
  statements: {
    from: 'statements t LEFT JOIN names n ON n.id = t.speaker_name_id',
    select: `t.id, t.article_id, t.record_id, t.kind, n.name AS speaker, t.speaker_actor_id, t.source_type, t.content,
      t.content_spans, t.cue_start, t.cue_end, t.cue_text, t.cue_class, t.source_start, t.source_end, t.source_text,
      t.sentence_id, t.date_value, t.date_basis, t.date_day`,
  },
};

type TableRecordType = Exclude<RecordType, DerivedRecordType>;

function isDerived(type: RecordType): type is DerivedRecordType {
  return type === 'blocks' || type === 'mentions' || type === 'timexes';
}

function filterOf(type: RecordType, filter: ExportFilter): { sql: string; params: (string | number)[] } {
  const w = articleWhere(filter);
  if (filter.speaker) {
    const c = speakerCondition('x.speaker_name_id', filter.speaker);
    if (type === 'statements') {
      const own = speakerCondition('t.speaker_name_id', filter.speaker);
      w.sql.push(own.sql);
      w.params.push(own.param);
    } else {
      w.sql.push(`EXISTS (SELECT 1 FROM statements x WHERE x.article_id = a.id AND ${c.sql})`);
      w.params.push(c.param);
    }
  }
  return { sql: whereSql(w), params: w.params as (string | number)[] };
}

export async function* exportRecords(
  db: Executor,
  type: RecordType,
  filter: ExportFilter = {},
): AsyncIterable<Row> {
  if (isDerived(type)) {
    yield* exportDerived(db, type, filter);
    return;
  }
  const { from, select } = COLUMNS[type];
  const join =
    type === 'articles' ? 'JOIN articles a ON a.id = t.id' : 'JOIN articles a ON a.id = t.article_id';
  const f = filterOf(type, filter);
  let after = 0;
  for (;;) {
    const rows = await db.all(
      `SELECT ${select} FROM ${from} ${join} WHERE ${f.sql} AND t.id > ? ORDER BY t.id LIMIT ?`,
      [...f.params, after, EXPORT_BATCH],
    );
    for (const r of rows) yield r;
    if (rows.length < EXPORT_BATCH) return;
    after = Number(rows[rows.length - 1]!.id);
  }
}

/** Blocks, mentions or timexes of the matching articles, from their analyses (derived-records.ts). */
async function* exportDerived(
  db: Executor,
  type: DerivedRecordType,
  filter: ExportFilter,
): AsyncIterable<Row> {
  const f = filterOf(type, filter);
  // Mentions are among the opt-in records (analysis_extra); blocks and timexes are in the shown ones.
  const extra = type === 'mentions' ? 'a.analysis_extra' : 'NULL';
  let after = 0;
  let id = 0;
  for (;;) {
    const rows = await db.all<{
      id: number;
      analysis: Uint8Array;
      analysis_extra: Uint8Array | null;
      analysis_encoding: string;
    }>(
      `SELECT a.id, a.analysis, ${extra} AS analysis_extra, a.analysis_encoding FROM articles a
       WHERE ${f.sql} AND a.id > ? ORDER BY a.id LIMIT ?`,
      [...f.params, after, ANALYSIS_BATCH],
    );
    for (const r of rows) {
      const analysis = decodeAnalysis(r.analysis, r.analysis_extra, r.analysis_encoding);
      for (const row of derivedRows(type, Number(r.id), analysis)) yield { id: ++id, ...row };
    }
    if (rows.length < ANALYSIS_BATCH) return;
    after = Number(rows[rows.length - 1]!.id);
  }
}

export async function* exportAnalyses(db: Executor, filter: ExportFilter = {}): AsyncIterable<StoredArticle> {
  const f = filterOf('articles', filter);
  let after = 0;
  for (;;) {
    const rows = await db.all<
      { id: number; analysis: Uint8Array; analysis_extra: Uint8Array | null; analysis_encoding: string } & Row
    >(
      `SELECT t.id, t.doc_id, t.input, t.url, t.title, t.site, t.published_at, t.ingested_at, t.version, t.latest,
         t.duplicate_of, t.statement_count, t.actor_count, t.analysis, t.analysis_extra,
         t.analysis_encoding
       FROM articles t JOIN articles a ON a.id = t.id WHERE ${f.sql} AND t.id > ? ORDER BY t.id LIMIT ?`,
      [...f.params, after, ANALYSIS_BATCH],
    );
    for (const r of rows) {
      yield {
        id: r.id,
        docId: String(r.doc_id),
        source: String(r.input),
        ...(r.url ? { url: String(r.url) } : {}),
        ...(r.title ? { title: String(r.title) } : {}),
        ...(r.site ? { site: String(r.site) } : {}),
        ...(r.published_at ? { publishedAt: String(r.published_at) } : {}),
        ingestedAt: String(r.ingested_at),
        version: Number(r.version),
        latest: Number(r.latest) === 1,
        ...(r.duplicate_of !== null ? { duplicateOf: Number(r.duplicate_of) } : {}),
        statementCount: Number(r.statement_count),
        actorCount: Number(r.actor_count),
        analysis: decodeAnalysis(r.analysis, r.analysis_extra, r.analysis_encoding),
      };
    }
    if (rows.length < ANALYSIS_BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}
