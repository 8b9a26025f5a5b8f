/**
 * Fetching: a feed is polled with a conditional GET and split into one
 * `fetch-url` job per item the store does not hold yet (de-duplication before
 * any fetch); an item or URL is fetched in its host's politeness slot and its
 * text sent on to `analyse`. Failures throw typed errors: the queue retries
 * them with backoff (and a feed's failure is also recorded on its row).
 */
import { parseFeed } from '../ingest/feed.js';
import { feedArticles } from '../ingest/feed-articles.js';
import { readInputs } from '../ingest/files.js';
import { decodeHtmlBytes } from '../ingest/html/charset.js';
import { asVerbatimError, VerbatimError } from '../model/errors.js';
import { canonicalUrl } from '../model/ids.js';
import type { JobContext } from './context.js';
import { feedState, hasSource, recordPoll, reserveSlot } from './feed-state.js';
import type { FetchFeedJob, FetchUrlJob } from './jobs.js';

/** A slot further off than this is not waited for in the job: the job is sent again to start then. */
export const MAX_INLINE_WAIT_MS = 5000;

export type FeedPoll =
  | { readonly status: 'fetched'; readonly items: number; readonly sent: number }
  | { readonly status: 'not-modified' | 'deferred' };

/** Waits for the host's next slot; false when the slot is far off and the job was sent again for it. */
async function politeSlot(
  ctx: JobContext,
  url: string,
  resend: (at: number) => Promise<void>,
): Promise<boolean> {
  const host = new URL(url).host;
  const slot = await reserveSlot(ctx.db, host, ctx.politenessMs);
  const wait = slot - Date.now();
  if (wait > MAX_INLINE_WAIT_MS) {
    await resend(slot);
    return false;
  }
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  return true;
}

export async function fetchFeed(ctx: JobContext, job: FetchFeedJob & { slotAt?: number }): Promise<FeedPoll> {
  const { url } = job;
  if (job.slotAt === undefined && /^https?:/i.test(url)) {
    const now = await politeSlot(ctx, url, (at) =>
      ctx.sink.sendAt('fetch-feed', { ...job, slotAt: at } as FetchFeedJob, at),
    );
    if (!now) return { status: 'deferred' };
  }
  const state = await feedState(ctx.db, url);
  try {
    const page = await ctx.fetcher.fetch(url, {
      ...(state?.etag ? { etag: state.etag } : {}),
      ...(state?.lastModified ? { lastModified: state.lastModified } : {}),
    });
    if (page.notModified) {
      await recordPoll(ctx.db, url, { status: 'not-modified' });
      return { status: 'not-modified' };
    }
    const decoded = decodeHtmlBytes(page.bytes, { source: url, contentType: page.contentType });
    const feed = parseFeed(decoded.html, url);
    const seen = new Set<string>();
    let sent = 0;
    for (const item of feed.items) {
      const link = item.link && /^https?:\/\//i.test(item.link) ? item.link : undefined;
      const key = link ? canonicalUrl(link) : `${url}#${item.id ?? item.title ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const identity = link ?? key;
      if (await hasSource(ctx.db, identity)) continue;
      await ctx.sink.send('fetch-url', { url: identity, feed: url, item });
      sent++;
    }
    // Validators last: were sending cut short, the next poll must not be answered "not modified".
    await recordPoll(ctx.db, url, {
      status: 'fetched',
      items: feed.items.length,
      ...(page.etag ? { etag: page.etag } : {}),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
    });
    return { status: 'fetched', items: feed.items.length, sent };
  } catch (error) {
    const e = asVerbatimError(error, url);
    if (!e.code.startsWith('E_STORE_'))
      await recordPoll(ctx.db, url, { status: 'failed', code: e.code, message: e.message });
    throw e;
  }
}

export type UrlFetch = { readonly status: 'sent' | 'already-stored' | 'deferred' };

export async function fetchUrl(ctx: JobContext, job: FetchUrlJob & { slotAt?: number }): Promise<UrlFetch> {
  if (await hasSource(ctx.db, job.url)) return { status: 'already-stored' };
  const network = /^https?:\/\//i.test(job.url);
  if (network && job.slotAt === undefined) {
    const now = await politeSlot(ctx, job.url, (at) =>
      ctx.sink.sendAt('fetch-url', { ...job, slotAt: at } as FetchUrlJob, at),
    );
    if (!now) return { status: 'deferred' };
  }
  const inputs = job.item
    ? await feedArticles(
        { kind: 'rss', items: [job.item], totalItems: 1 },
        job.feed ?? job.url,
        network ? ctx.fetcher : undefined,
      )
    : await readInputs({ source: job.url }, { fetcher: ctx.fetcher });
  const [input] = inputs;
  if (!input) throw new VerbatimError('E_INPUT_EMPTY', 'the page gave no article text', { file: job.url });
  if (input instanceof VerbatimError) throw input;
  await ctx.sink.send('analyse', { source: input.meta?.url ?? job.url, identity: job.url, input });
  return { status: 'sent' };
}
