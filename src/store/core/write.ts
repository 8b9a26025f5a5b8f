/**
 * Writing one analysed article: everything in one transaction (the article,
 * its records, its full-text index entries and its near-duplicate buckets), or
 * in one savepoint of a write group's transaction (several articles, one
 * COMMIT), so after a crash an article is either wholly stored or absent.
 *
 * Idempotent: the same source identity with the same text is skipped; a changed
 * text becomes a new version and the older one stays, marked not latest.
 */
import { createHash } from 'node:crypto';
import type { Analysis } from '../../analysis/records.js';
import { ANALYSIS_ENCODING, type AnalysisBlobs, analysisJson, compressJson } from './analysis-blob.js';
import type { Driver, Executor, SqlValue, Transaction } from './driver.js';
import { addNames, articleNames, nameIds } from './name-ids.js';
import {
  bufferToSignature,
  lshBuckets,
  minhash,
  NEAR_DUP_THRESHOLD,
  signatureToBuffer,
  similarity,
} from './near-dup.js';
import { type ActorLink, type ArticleRows, toRows } from './rows.js';
import { insertMany } from './sql.js';
import type { Dialect, IngestOutcome, PreparedArticle, SourceRef } from './types.js';

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function sourceIdentity(analysis: Analysis, source: SourceRef): string {
  return source.identity ?? analysis.document.url ?? source.input;
}

/**
 * What an article's write needs from its analysis, computed where the analysis is made
 * (`src/store/worker/`): its JSON texts (which `analyze` alone makes too), nothing the writing thread can make.
 */
export function prepareArticle(analysis: Analysis, source: SourceRef): PreparedArticle {
  return {
    input: source.input,
    identity: sourceIdentity(analysis, source),
    docId: analysis.document.id,
    text: analysis.text,
    meta: JSON.stringify(analysis.document),
    json: analysisJson(analysis),
  };
}

/**
 * The rest of an article's CPU work, on the writing thread before its transaction (the two threads'
 * CPU per article is about even: analysis-task.ts): the default records parsed back, the rows, hash, blobs, MinHash.
 * The opt-in records (mentions, tokens…) are only compressed: no table holds them (schema v12).
 */
interface Finished {
  /** The default records (no opt-in ones): what corpus linking and claims read. */
  readonly analysis: Analysis;
  readonly rows: ArticleRows;
  readonly hash: string;
  readonly blobs: AnalysisBlobs;
  readonly signature: Uint32Array | undefined;
}

function finish(p: PreparedArticle): Finished {
  const analysis = JSON.parse(p.json.view) as Analysis;
  return {
    analysis,
    rows: toRows(analysis),
    hash: textHash(p.text),
    blobs: compressJson(p.json),
    signature: minhash(p.text),
  };
}

/** What the store does inside an article's transaction besides its own rows (corpus linking, search, claims). */
export interface IngestSteps {
  /** Before the records: each actor's corpus link by record id, written with its row. */
  link(tx: Executor, articleId: number, analysis: Analysis): Promise<ReadonlyMap<string, ActorLink>>;
  /** After every row of the article is written. */
  after(tx: Executor, articleId: number, analysis: Analysis): Promise<void>;
}

export async function ingestArticle(
  db: Driver,
  p: PreparedArticle,
  steps: IngestSteps,
): Promise<IngestOutcome> {
  const f = await beforeTransaction(db, p);
  return db.transaction((tx) => writeArticle(tx, db.dialect, p, f, steps));
}

/** Writes one article of a write group inside the group's transaction (write-group.ts). */
export async function ingestInGroup(
  db: Driver,
  tx: Transaction,
  p: PreparedArticle,
  steps: IngestSteps,
): Promise<IngestOutcome> {
  const f = await beforeTransaction(db, p);
  return tx.savepoint(() => writeArticle(tx, db.dialect, p, f, steps));
}

/**
 * The article's CPU work, and on PostgreSQL its new names. Those are committed before the article's transaction:
 * inserted inside it, a name that another worker's open transaction had just inserted made this one wait for
 * that whole transaction (its row lock on the unique name), which serialised concurrent ingests. A name left by
 * a failed ingest is harmless. SQLite has one writer at a time anyway, and a second transaction would cost it a
 * sync. Sorted: concurrent inserts of overlapping names then take their row locks in one order (no deadlock).
 */
async function beforeTransaction(db: Driver, p: PreparedArticle): Promise<Finished> {
  const f = finish(p);
  if (db.dialect === 'postgres') await addNames(db, articleNames(f.rows).sort(), db.dialect);
  return f;
}

/**
 * The article's statements in an open transaction. Reads see what this transaction wrote before, so an article
 * written earlier in the same group counts as stored (skipped) and as a near-duplicate candidate.
 */
async function writeArticle(
  tx: Executor,
  dialect: Dialect,
  p: PreparedArticle,
  f: Finished,
  steps: IngestSteps,
): Promise<IngestOutcome> {
  const src = await tx.get<{ id: number; latest_version: number }>(
    'SELECT id, latest_version FROM sources WHERE identity = ?',
    [p.identity],
  );
  if (src) {
    const same = await tx.get<{ id: number; version: number }>(
      'SELECT id, version FROM articles WHERE source_id = ? AND text_hash = ?',
      [src.id, f.hash],
    );
    if (same) return { status: 'skipped', articleId: same.id, version: same.version };
  }
  const version = (src?.latest_version ?? 0) + 1;
  let sourceId: number;
  if (src) {
    sourceId = src.id;
    await tx.run('UPDATE sources SET latest_version = ? WHERE id = ?', [version, sourceId]);
    await tx.run('UPDATE articles SET latest = 0 WHERE source_id = ?', [sourceId]);
  } else {
    const row = await tx.get<{ id: number }>(
      'INSERT INTO sources (identity, latest_version) VALUES (?, ?) RETURNING id',
      [p.identity, version],
    );
    sourceId = row!.id;
  }
  const dup = f.signature ? await findOriginal(tx, f.signature, sourceId) : undefined;
  const articleId = await insertArticle(tx, p, f, sourceId, version, dup);
  const names = await nameIds(tx, articleNames(f.rows), dialect);
  await insertRecords(tx, articleId, f.rows, names);
  // Linking (on PostgreSQL under the corpus-wide link lock) comes after the other records, so their writes
  // stay outside the lock; the actor rows are written with their links.
  await insertActors(tx, articleId, f.rows, names, await steps.link(tx, articleId, f.analysis));
  if (f.signature) {
    await insertMany(
      tx,
      'signatures',
      ['article_id', 'minhash'],
      [[articleId, signatureToBuffer(f.signature)]],
    );
    await insertMany(
      tx,
      'lsh_buckets',
      ['band', 'bucket', 'article_id'],
      lshBuckets(f.signature).map((bucket, band) => [band, bucket, articleId]),
    );
  }
  await steps.after(tx, articleId, f.analysis);
  return {
    status: version > 1 ? 'new-version' : 'stored',
    articleId,
    version,
    ...(dup ? { duplicateOf: dup } : {}),
  };
}

/** The most similar earlier original (from another source) sharing an LSH bucket, when similar enough. */
async function findOriginal(
  tx: Executor,
  sig: Uint32Array,
  sourceId: number,
): Promise<{ articleId: number; similarity: number } | undefined> {
  const buckets = lshBuckets(sig);
  const where = buckets.map(() => '(b.band = ? AND b.bucket = ?)').join(' OR ');
  const candidates = await tx.all<{ id: number; duplicate_of: number | null; minhash: Uint8Array }>(
    `SELECT DISTINCT a.id, a.duplicate_of, g.minhash FROM lsh_buckets b JOIN articles a ON a.id = b.article_id
     JOIN signatures g ON g.article_id = a.id WHERE (${where}) AND a.source_id <> ?`,
    [...buckets.flatMap((bucket, band) => [band, bucket]), sourceId],
  );
  let best: { articleId: number; similarity: number } | undefined;
  for (const c of candidates) {
    const s = similarity(sig, bufferToSignature(c.minhash));
    if (s >= NEAR_DUP_THRESHOLD && (!best || s > best.similarity)) {
      best = { articleId: c.duplicate_of ?? c.id, similarity: s };
    }
  }
  return best;
}

async function insertArticle(
  tx: Executor,
  p: PreparedArticle,
  f: Finished,
  sourceId: number,
  version: number,
  dup: { articleId: number; similarity: number } | undefined,
): Promise<number> {
  const { rows } = f;
  const row = await tx.get<{ id: number }>(
    `INSERT INTO articles (source_id, version, latest, doc_id, text_hash, input, url, title, site, published_at,
       published_day, ingested_at, text, meta, analysis, analysis_extra, analysis_encoding, statement_count,
       actor_count, duplicate_of, duplicate_similarity)
     VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [
      sourceId,
      version,
      p.docId,
      f.hash,
      p.input,
      rows.url,
      rows.title,
      rows.site,
      rows.publishedAt,
      rows.publishedDay,
      new Date().toISOString(),
      p.text,
      p.meta,
      asBuffer(f.blobs.view),
      f.blobs.extra ? asBuffer(f.blobs.extra) : null,
      ANALYSIS_ENCODING,
      rows.statements.length,
      rows.actors.length,
      dup?.articleId ?? null,
      dup?.similarity ?? null,
    ],
  );
  return row!.id;
}

/** The blobs are typed as bytes; the drivers bind Buffers (a view, no copy). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Every record row of an article but its actors (written once they are linked: insertActors). */
async function insertRecords(
  tx: Executor,
  articleId: number,
  rows: ArticleRows,
  names: ReadonlyMap<string, number>,
): Promise<void> {
  const cols = (...c: string[]): string[] => ['article_id', 'record_id', ...c];
  await insertMany(
    tx,
    'statements',
    cols(
      'kind',
      'speaker_name_id',
      'speaker_actor_id',
      'source_type',
      'content',
      'content_spans',
      'cue_start',
      'cue_end',
      'cue_text',
      'cue_class',
      'source_start',
      'source_end',
      'source_text',
      'sentence_id',
      'date_value',
      'date_basis',
      'date_day',
      'timex_record_id',
    ),
    rows.statements.map((s): SqlValue[] => [
      articleId,
      s.recordId,
      s.kind,
      s.speakerName ? names.get(s.speakerName)! : null,
      s.speakerActorId,
      s.sourceType,
      s.content,
      s.contentSpans,
      s.cue.start,
      s.cue.end,
      s.cue.text,
      s.cueClass,
      s.source?.start ?? null,
      s.source?.end ?? null,
      s.source?.text ?? null,
      s.sentenceId,
      s.dateValue,
      s.dateBasis,
      s.dateDay,
      s.timexRecordId,
    ]),
  );
  await insertMany(
    tx,
    'acts',
    cols('code', 'actor_record_id', 'target_record_id', 'date_day', 'record'),
    rows.acts.map((a) => [
      articleId,
      a.recordId,
      a.code,
      a.actorRecordId,
      a.targetRecordId,
      a.dateDay,
      a.record,
    ]),
  );
  await insertMany(
    tx,
    'act_participants',
    ['article_id', 'act_record_id', 'role', 'name_id', 'actor_record_id'],
    rows.acts.flatMap((a) =>
      a.participants.map((p) => [articleId, a.recordId, p.role, names.get(p.name)!, p.actorRecordId]),
    ),
  );
}

/** An article's actor rows, each with its corpus link (src/corpus/link.ts). */
async function insertActors(
  tx: Executor,
  articleId: number,
  rows: ArticleRows,
  names: ReadonlyMap<string, number>,
  links: ReadonlyMap<string, ActorLink>,
): Promise<void> {
  const cols = (...c: string[]): string[] => ['article_id', 'record_id', ...c];
  await insertMany(
    tx,
    'actors',
    cols(
      'name_id',
      'type',
      'country',
      'aliases',
      'roles',
      'mention_count',
      'statement_count',
      'corpus_actor_id',
      'link_score',
      'link_evidence',
      'code_country',
      'code_sector',
    ),
    rows.actors.map((a) => {
      const link = links.get(a.recordId);
      return [
        articleId,
        a.recordId,
        names.get(a.name)!,
        a.type,
        a.country,
        a.aliases,
        a.roles,
        a.mentionCount,
        a.statementCount,
        link?.corpusActorId ?? null,
        link?.score ?? null,
        link?.evidence ?? null,
        link?.codeCountry ?? null,
        link?.codeSector ?? null,
      ];
    }),
  );
}
