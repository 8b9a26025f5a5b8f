/**
 * `corpus-update`: the corpus-level work that follows one stored article, as
 * incremental steps. Each step runs in one transaction that first takes a
 * PostgreSQL advisory transaction lock named after the step, so one step never
 * runs twice at once across all workers (analysis, the costly part, still runs
 * in parallel); on SQLite the write transaction is already exclusive. Steps are
 * idempotent: a retried job (a worker killed after commit) changes nothing more.
 *
 * Why a lock and not only unique constraints: corpus steps read the corpus and
 * then write a decision (this article duplicates that one; this actor is that
 * corpus actor); two such read-then-write steps at once can each miss the other.
 * Other corpus work (identity, stories, claim links) registers its step here.
 */
import type { Executor } from '../store/core/driver.js';
import { bufferToSignature, lshBuckets, NEAR_DUP_THRESHOLD, similarity } from '../store/core/near-dup.js';
import type { JobContext } from './context.js';
import type { CorpusUpdateJob } from './jobs.js';

export interface CorpusStep {
  /** Also the name of the step's advisory lock. */
  readonly name: string;
  run(tx: Executor, articleId: number): Promise<void>;
}

/** First key of corpus steps' two-key advisory locks (a space apart from the store's one-key migration lock). */
const CORPUS_LOCK_CLASS = 0x636f7270; // 'corp'

/** A stable 32-bit key for a step's advisory lock (FNV-1a of its name). */
export function lockKey(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * Near-duplicates across workers: at ingest an article is linked to an earlier original it shares LSH buckets
 * with; two copies ingested at the same moment by two workers do not see each other. This step, serialised,
 * links the later one (higher id) to the earlier: the same links one process would have made.
 */
export const nearDuplicateStep: CorpusStep = {
  name: 'near-duplicates',
  async run(tx, articleId) {
    const me = await tx.get<{ source_id: number; duplicate_of: number | null; minhash: Uint8Array | null }>(
      `SELECT a.source_id, a.duplicate_of, g.minhash FROM articles a LEFT JOIN signatures g ON g.article_id = a.id
       WHERE a.id = ?`,
      [articleId],
    );
    if (!me || me.duplicate_of !== null || !me.minhash) return;
    const sig = bufferToSignature(me.minhash);
    const buckets = lshBuckets(sig);
    const where = buckets.map(() => '(b.band = ? AND b.bucket = ?)').join(' OR ');
    const candidates = await tx.all<{ id: number; duplicate_of: number | null; minhash: Uint8Array }>(
      `SELECT DISTINCT a.id, a.duplicate_of, g.minhash FROM lsh_buckets b JOIN articles a ON a.id = b.article_id
       JOIN signatures g ON g.article_id = a.id WHERE (${where}) AND a.source_id <> ? AND a.id < ?`,
      [...buckets.flatMap((bucket, band) => [band, bucket]), me.source_id, articleId],
    );
    let best: { id: number; s: number } | undefined;
    for (const c of candidates) {
      const s = similarity(sig, bufferToSignature(c.minhash));
      if (s >= NEAR_DUP_THRESHOLD && (!best || s > best.s)) best = { id: c.duplicate_of ?? c.id, s };
    }
    if (best) {
      await tx.run('UPDATE articles SET duplicate_of = ?, duplicate_similarity = ? WHERE id = ?', [
        best.id,
        best.s,
        articleId,
      ]);
    }
  },
};

export const CORPUS_STEPS: readonly CorpusStep[] = [nearDuplicateStep];

export async function corpusUpdate(
  ctx: JobContext,
  job: CorpusUpdateJob,
  steps: readonly CorpusStep[] = CORPUS_STEPS,
): Promise<{ readonly steps: number }> {
  return corpusUpdateMany(ctx, [job.articleId], steps);
}

/**
 * The steps for several articles: one transaction (and one lock) per step for all of them, in id order, as
 * one process would have run them. A worker takes `corpus-update` jobs in batches (src/queue/worker.ts): one
 * comes per stored article and each is a few milliseconds, so their queue bookkeeping and transactions were
 * a large share of the server's CPU per article.
 */
export async function corpusUpdateMany(
  ctx: JobContext,
  articleIds: readonly number[],
  steps: readonly CorpusStep[] = CORPUS_STEPS,
): Promise<{ readonly steps: number }> {
  const ids = [...articleIds].sort((a, b) => a - b);
  for (const step of steps) {
    await ctx.db.transaction(async (tx) => {
      if (ctx.db.dialect === 'postgres')
        await tx.get(`SELECT pg_advisory_xact_lock(${CORPUS_LOCK_CLASS}, ${lockKey(step.name)})`);
      for (const id of ids) await step.run(tx, id);
    });
  }
  return { steps: steps.length };
}
