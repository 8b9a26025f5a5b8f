/**
 * `analyse`: one article analysed and stored in one transaction. Safe to run
 * twice and from several workers at once: the store skips an identity and text
 * it already holds, and two workers racing on the same new article meet the
 * store's unique constraints (sources.identity; articles (source, text hash)):
 * the loser's transaction rolls back and its second try finds the article stored.
 *
 * Every run that ends with the article stored sends its `corpus-update`, also when
 * the article was already there: a worker killed between the ingest's commit and
 * the send leaves a stored article without its corpus work, and the retried job
 * finds the article stored. Corpus steps are idempotent, so a second update of an
 * article changes nothing.
 */
import { toAnalysis } from '../analysis/records.js';
import { STORE_INCLUDE } from '../store/core/rows.js';
import type { IngestOutcome } from '../store/core/types.js';
import type { JobContext } from './context.js';
import type { AnalyseJob } from './jobs.js';

/** SQLSTATE unique_violation (PostgreSQL) and SQLite's constraint error: another worker stored it first. */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  }
  return false;
}

export type AnalyseOutcome =
  | IngestOutcome
  | { readonly status: 'already-stored'; readonly articleId: number };

export async function analyseArticle(ctx: JobContext, job: AnalyseJob): Promise<AnalyseOutcome> {
  const storedId = await ctx.store.storedId(job.identity, job.input.text);
  if (storedId !== undefined) {
    await ctx.sink.send('corpus-update', { articleId: storedId });
    return { status: 'already-stored', articleId: storedId };
  }
  const analyzer = await ctx.analyzer();
  const { document, timings } = analyzer.run(job.input);
  const analysis = toAnalysis(document, timings, { include: STORE_INCLUDE });
  const source = { input: job.source, identity: job.identity };
  let outcome: IngestOutcome;
  try {
    outcome = await ctx.store.ingest(analysis, source);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    outcome = await ctx.store.ingest(analysis, source);
  }
  await ctx.sink.send('corpus-update', { articleId: outcome.articleId });
  return outcome;
}
