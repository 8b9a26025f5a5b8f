/** One job by name → its handler; and the in-process sink that runs jobs at once (one machine, SQLite). */
import { asVerbatimError } from '../model/errors.js';
import { analyseArticle } from './analyse-job.js';
import type { JobContext } from './context.js';
import { corpusUpdate } from './corpus-job.js';
import { fetchFeed, fetchUrl } from './fetch-jobs.js';
import type { JobName, JobPayloads, JobSink } from './jobs.js';

export async function runJob<N extends JobName>(
  ctx: JobContext,
  name: N,
  data: JobPayloads[N],
): Promise<unknown> {
  switch (name) {
    case 'fetch-feed':
      return fetchFeed(ctx, data as JobPayloads['fetch-feed']);
    case 'fetch-url':
      return fetchUrl(ctx, data as JobPayloads['fetch-url']);
    case 'analyse':
      return analyseArticle(ctx, data as JobPayloads['analyse']);
    case 'corpus-update':
      return corpusUpdate(ctx, data as JobPayloads['corpus-update']);
    default:
      throw new Error(`unknown job '${String(name)}'`);
  }
}

/** Where a job's failure is recorded: the input it names (URL, feed item, article). */
export function jobSubject(name: JobName, data: unknown): string {
  const d = data as Record<string, unknown>;
  if (name === 'corpus-update') return `article ${String(d['articleId'])}`;
  return String(d['source'] ?? d['url'] ?? name);
}

/**
 * Runs every job in this process as soon as it is sent (depth first): the small-newsroom case with no
 * PostgreSQL. A failing job is logged and recorded in the store's ingest errors; it is retried by the next
 * poll, since the store still lacks its article. Counts what happened for the poll's summary.
 */
export class InlineSink implements JobSink {
  readonly counts = { jobs: 0, failed: 0, stored: 0 };
  private ctx: JobContext | undefined;

  bind(ctx: JobContext): void {
    this.ctx = ctx;
  }

  async send<N extends JobName>(name: N, data: JobPayloads[N]): Promise<void> {
    const ctx = this.ctx;
    if (!ctx) throw new Error('InlineSink used before bind()');
    this.counts.jobs++;
    try {
      const out = (await runJob(ctx, name, data)) as { status?: string };
      if (name === 'analyse' && (out.status === 'stored' || out.status === 'new-version'))
        this.counts.stored++;
      ctx.log('info', 'job done', { queue: name, subject: jobSubject(name, data), ...out });
    } catch (error) {
      this.counts.failed++;
      const e = asVerbatimError(error, jobSubject(name, data));
      ctx.log('error', 'job failed', {
        queue: name,
        subject: jobSubject(name, data),
        code: e.code,
        message: e.message,
      });
      if (e.code.startsWith('E_STORE_')) throw e;
      if (name !== 'fetch-feed') await ctx.store.recordError(jobSubject(name, data), e);
    }
  }

  async sendAt<N extends JobName>(name: N, data: JobPayloads[N], at: number): Promise<void> {
    await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
    await this.send(name, data);
  }
}
