/**
 * Fetching pages and feeds over HTTP(S) with undici, defensively:
 *   - SSRF: every connection's resolved addresses are checked (address.ts) in
 *     the socket's DNS lookup, so redirects and DNS rebinding are covered;
 *     literal IP hosts are checked before connecting. `allowPrivate` lifts it.
 *   - redirects followed by hand (at most MAX_REDIRECTS, loops refused), each
 *     hop re-checked: scheme, address, and the loop set;
 *   - timeouts for headers and between body chunks, and a total deadline per
 *     URL (connect, headers, whole body, redirects and retries: a body
 *     trickled at 1 byte/s cannot hold a batch), a size cap on the compressed
 *     and on the decompressed body (gzip, deflate, br), a content-type check;
 *   - retries with exponential backoff for 429 and 5xx, honouring a short
 *     Retry-After; a long one fails at once with the wait it asks for;
 *   - a clear User-Agent and a per-host concurrency limit (host-limit.ts).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { Agent, type Dispatcher, request } from 'undici';
import { VerbatimError } from '../../model/errors.js';
import { type AddressPolicy, isBlockedAddress } from './address.js';
import { HostLimiter } from './host-limit.js';

export const USER_AGENT = 'Verbatim/0.1 (news analysis; +https://github.com/verbatim-news/verbatim)';
/** Redirect hops followed; browsers allow 20, articles need 1–3. */
export const MAX_REDIRECTS = 5;
/** Default cap on a page's bytes, compressed and decompressed: 32 MiB, as for files. */
export const DEFAULT_MAX_FETCH_BYTES = 32 * 1024 * 1024;
/** Default time for the server to send headers, and between body chunks. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Attempts for 429/5xx answers and dropped connections (1 + retries). */
export const DEFAULT_ATTEMPTS = 3;
/** First backoff delay; doubled on each retry. */
export const DEFAULT_BACKOFF_MS = 500;
/** Longest Retry-After honoured; longer waits fail at once instead of stalling a batch. */
export const MAX_RETRY_AFTER_MS = 30_000;
/** Total time for one URL (all hops and retries): a minute covers slow news sites; a trickling server fails. */
export const DEFAULT_DEADLINE_MS = 60_000;
/** Simultaneous requests to one host: polite to servers, and what feeds of one site need. */
export const DEFAULT_PER_HOST = 2;

const ACCEPTED_TYPES_RE =
  /^(?:text\/html|application\/xhtml\+xml|application\/(?:rss|atom|rdf)\+xml|application\/xml|text\/xml|text\/plain)\b/i;

export interface FetchOptions {
  readonly allowPrivate?: boolean;
  /** Link-local and cloud metadata addresses (never opened by allowPrivate alone). */
  readonly allowLinkLocal?: boolean;
  /** Total time for one URL, in ms (see DEFAULT_DEADLINE_MS). */
  readonly deadlineMs?: number;
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
  readonly attempts?: number;
  readonly backoffMs?: number;
}

export interface Fetched {
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly contentType: string;
  /** Validators for a later conditional GET (feeds polled on a schedule). */
  readonly etag?: string;
  readonly lastModified?: string;
  /** The server answered 304 to a conditional GET: nothing changed, `bytes` is empty. */
  readonly notModified?: true;
}

/** Validators from an earlier fetch: sent as If-None-Match / If-Modified-Since. */
export interface Conditional {
  readonly etag?: string;
  readonly lastModified?: string;
}

export class Fetcher {
  private readonly options: Required<FetchOptions>;
  private readonly agent: Agent;
  private readonly limiter: HostLimiter;

  constructor(options: FetchOptions = {}, perHost = DEFAULT_PER_HOST) {
    this.options = {
      allowPrivate: options.allowPrivate ?? false,
      allowLinkLocal: options.allowLinkLocal ?? false,
      deadlineMs: options.deadlineMs ?? DEFAULT_DEADLINE_MS,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_FETCH_BYTES,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      attempts: options.attempts ?? DEFAULT_ATTEMPTS,
      backoffMs: options.backoffMs ?? DEFAULT_BACKOFF_MS,
    };
    const policy = this.policy();
    this.agent = new Agent({
      connect: {
        lookup: (host: string, opts: object, cb: LookupCallback) => guardedLookup(host, opts, cb, policy),
        timeout: this.options.timeoutMs,
      },
      headersTimeout: this.options.timeoutMs,
      bodyTimeout: this.options.timeoutMs,
    });
    this.limiter = new HostLimiter(perHost);
  }

  private policy(): AddressPolicy {
    return { allowPrivate: this.options.allowPrivate, allowLinkLocal: this.options.allowLinkLocal };
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** Fetches a URL following redirects; throws a typed VerbatimError naming the URL. */
  async fetch(url: string, conditional: Conditional = {}): Promise<Fetched> {
    const seen = new Set<string>();
    const deadline = new Deadline(this.options.deadlineMs, url);
    let current = checkUrl(url, url, this.policy());
    for (let hop = 0; ; hop++) {
      seen.add(current.href);
      const target = current;
      const res = await this.limiter.run(target.host, () =>
        this.withRetries(target, url, deadline, conditional),
      );
      if (res.location === undefined) return { ...res.page!, url: current.href };
      const next = checkUrl(new URL(res.location, current).href, url, this.policy());
      if (seen.has(next.href)) {
        throw new VerbatimError('E_FETCH_REDIRECTS', `redirect loop at ${next.href}`, { file: url });
      }
      if (hop + 1 > MAX_REDIRECTS) {
        throw new VerbatimError('E_FETCH_REDIRECTS', `more than ${MAX_REDIRECTS} redirects`, { file: url });
      }
      current = next;
    }
  }

  private async withRetries(
    target: URL,
    original: string,
    deadline: Deadline,
    conditional: Conditional,
  ): Promise<Hop> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(target, original, deadline, conditional);
      } catch (error) {
        const retry = error instanceof RetryableError ? error : undefined;
        if (!retry || attempt >= this.options.attempts) throw retry ? retry.final : error;
        if ((retry.retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) throw longWait(retry, original);
        const backoff = this.options.backoffMs * 2 ** (attempt - 1);
        const wait = Math.max(backoff, retry.retryAfterMs ?? 0);
        if (wait >= deadline.remaining())
          throw deadline.error(`the retry wait of ${seconds(wait)} would pass it`);
        await sleep(wait);
      }
    }
  }

  private async once(
    target: URL,
    original: string,
    deadline: Deadline,
    conditional: Conditional,
  ): Promise<Hop> {
    const where = { file: original };
    let res: Dispatcher.ResponseData;
    try {
      res = await request(target, {
        dispatcher: this.agent,
        signal: deadline.signal,
        method: 'GET',
        headers: {
          'user-agent': USER_AGENT,
          accept:
            'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
          ...(conditional.etag ? { 'if-none-match': conditional.etag } : {}),
          ...(conditional.lastModified ? { 'if-modified-since': conditional.lastModified } : {}),
        },
      });
    } catch (error) {
      if (deadline.signal.aborted) throw deadline.error('no answer');
      throw networkError(error, original);
    }
    const status = res.statusCode;
    const header = (name: string): string | undefined => {
      const v = res.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const validators = {
      ...(header('etag') ? { etag: header('etag') } : {}),
      ...(header('last-modified') ? { lastModified: header('last-modified') } : {}),
    };
    if (status === 304) {
      await res.body.dump();
      const page = { url: target.href, bytes: new Uint8Array(), contentType: '', notModified: true as const };
      return { page: { ...page, ...validators } };
    }
    if (status >= 300 && status < 400 && header('location')) {
      await res.body.dump();
      return { location: header('location')! };
    }
    if (status === 429 || status >= 500) {
      await res.body.dump();
      const final = new VerbatimError('E_FETCH_STATUS', `HTTP ${status} from ${target.href}`, where);
      throw new RetryableError(final, retryAfter(header('retry-after')));
    }
    if (status >= 400) {
      await res.body.dump();
      throw new VerbatimError('E_FETCH_STATUS', `HTTP ${status} from ${target.href}`, where);
    }
    const contentType = header('content-type') ?? '';
    if (contentType && !ACCEPTED_TYPES_RE.test(contentType.trim())) {
      await res.body.dump();
      throw new VerbatimError(
        'E_FETCH_CONTENT_TYPE',
        `served as '${contentType}', not HTML or a feed`,
        where,
      );
    }
    const declared = Number(header('content-length') ?? 0);
    if (declared > this.options.maxBytes) {
      res.body.destroy();
      throw tooLarge(original, this.options.maxBytes);
    }
    const raw = await readCapped(res.body, this.options.maxBytes, original, deadline);
    const bytes = decompress(raw, header('content-encoding'), this.options.maxBytes, original);
    return { page: { url: target.href, bytes, contentType, ...validators } };
  }
}

interface Hop {
  readonly location?: string;
  readonly page?: Fetched;
}

class RetryableError extends Error {
  constructor(
    readonly final: VerbatimError,
    readonly retryAfterMs?: number,
  ) {
    super(final.message);
  }
}

/** Parses and checks a URL (scheme, literal private addresses); `original` names the input in errors. */
export function checkUrl(url: string, original: string, policy: AddressPolicy | boolean): URL {
  const allow: AddressPolicy = typeof policy === 'boolean' ? { allowPrivate: policy } : policy;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new VerbatimError('E_OPTION_INVALID', `not a URL: ${url}`, { file: original });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new VerbatimError('E_FETCH_BLOCKED', `scheme ${u.protocol} is not fetched (http and https only)`, {
      file: original,
      hint: 'pass an http:// or https:// URL',
    });
  }
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (
    (!allow.allowPrivate && (host === 'localhost' || host.endsWith('.localhost'))) ||
    (isIP(host) && isBlockedAddress(host, allow))
  ) {
    throw new VerbatimError('E_FETCH_BLOCKED', `${u.hostname} is a private or local address`, {
      file: original,
    });
  }
  return u;
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** dns.lookup that refuses private answers: the check runs on the address the socket will really use. */
export function guardedLookup(
  hostname: string,
  options: object,
  callback: LookupCallback,
  policy: AddressPolicy = {},
): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const list = addresses as LookupAddress[];
    const bad = list.find((a) => isBlockedAddress(a.address, policy));
    if (bad) {
      const e = new Error(
        `${hostname} resolves to ${bad.address}, a private or local address`,
      ) as NodeJS.ErrnoException;
      e.code = 'E_FETCH_BLOCKED';
      return callback(e, []);
    }
    if ((options as { all?: boolean }).all) return callback(null, list);
    const first = list[0];
    if (!first) return callback(new Error(`${hostname} has no address`), []);
    return callback(null, first.address, first.family);
  });
}

function networkError(error: unknown, url: string): Error {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e.code ?? e.cause?.code;
  const message = e.message ?? String(error);
  if (code === 'E_FETCH_BLOCKED' || /private or local address/.test(message)) {
    return new VerbatimError('E_FETCH_BLOCKED', message, { file: url });
  }
  const final = new VerbatimError('E_FETCH_FAILED', `${code ?? 'network error'}: ${message}`, {
    file: url,
    cause: error,
  });
  // Dropped connections and resets are worth a retry; timeouts and refused connections are not.
  return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' ? new RetryableError(final) : final;
}

async function readCapped(
  body: AsyncIterable<Uint8Array> & { destroy(): unknown },
  max: number,
  url: string,
  deadline: Deadline,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      total += chunk.length;
      if (total > max) {
        body.destroy();
        throw tooLarge(url, max);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof VerbatimError) throw error;
    if (deadline.signal.aborted) {
      body.destroy();
      throw deadline.error(`${total} bytes of the body had arrived`);
    }
    throw new VerbatimError('E_FETCH_FAILED', `body: ${(error as Error).message}`, {
      file: url,
      cause: error,
    });
  }
  return Buffer.concat(chunks);
}

function decompress(bytes: Uint8Array, encoding: string | undefined, max: number, url: string): Uint8Array {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (!enc || enc === 'identity') return bytes;
  try {
    if (enc === 'gzip' || enc === 'x-gzip') return gunzipSync(bytes, { maxOutputLength: max });
    if (enc === 'br') return brotliDecompressSync(bytes, { maxOutputLength: max });
    if (enc === 'deflate') return inflateSync(bytes, { maxOutputLength: max });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(url, max, true);
    throw new VerbatimError('E_FETCH_FAILED', `cannot decode ${enc} body: ${(error as Error).message}`, {
      file: url,
    });
  }
  throw new VerbatimError('E_FETCH_FAILED', `unsupported content-encoding '${enc}'`, { file: url });
}

function tooLarge(url: string, max: number, inflated = false): VerbatimError {
  return new VerbatimError(
    'E_INPUT_TOO_LARGE',
    `${inflated ? 'decompressed body' : 'body'} is over the ${max}-byte limit`,
    { file: url, hint: inflated ? 'this looks like a compression bomb' : 'raise the limit with --max-bytes' },
  );
}

function retryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** The total time one URL may take; its signal aborts the request and the body read. */
class Deadline {
  readonly signal: AbortSignal;
  private readonly end: number;

  constructor(
    private readonly ms: number,
    private readonly url: string,
  ) {
    this.signal = AbortSignal.timeout(ms);
    this.end = Date.now() + ms;
  }

  remaining(): number {
    return this.end - Date.now();
  }

  error(detail: string): VerbatimError {
    return new VerbatimError(
      'E_FETCH_FAILED',
      `no complete answer within the ${seconds(this.ms)} deadline (connect, headers and whole body; ${detail})`,
      {
        file: this.url,
        hint: 'the server is too slow or trickles its answer; try again later, or raise --fetch-timeout <seconds>',
      },
    );
  }
}

/** A Retry-After longer than is waited: fail now, saying how long the server asked for. */
function longWait(retry: RetryableError, url: string): VerbatimError {
  return new VerbatimError(
    'E_FETCH_STATUS',
    `${retry.final.message}; the server asks to retry after ${seconds(retry.retryAfterMs ?? 0)}, longer than the ${seconds(MAX_RETRY_AFTER_MS)} waited`,
    { file: url, hint: 'the server is rate-limiting or down; run again after the time it names' },
  );
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
