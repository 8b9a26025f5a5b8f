/**
 * A cache of serialised GET answers of the corpus routes, keyed by URL: least recently used entries go first
 * past a byte budget, and every entry lives at most TTL_MS, so writes by another process (a `verbatim ingest`
 * into the same store) show within seconds. Writes through this server (ingest jobs) clear it at once.
 * Stored articles never change (a new text is a new version with a new id), lists do; both are covered.
 */
import type { FastifyInstance } from 'fastify';

/** Bytes of answers kept: a few hundred article pages, thousands of list pages. */
export const CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** Longest an answer is reused: short enough that another writer's articles appear while one looks. */
export const CACHE_TTL_MS = 5_000;

/** Routes whose answers depend on the store only (not on jobs, queue state or the clock). */
const CACHEABLE = /^\/api\/(?:articles|actors|statements|search|timeline|stats)(?:[/?]|$)/;

interface Entry {
  readonly body: string;
  readonly at: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly maxBytes = CACHE_MAX_BYTES,
    private readonly ttlMs = CACHE_TTL_MS,
  ) {}

  get(key: string, now = Date.now()): string | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    if (now - e.at > this.ttlMs) {
      this.bytes -= e.body.length;
      return undefined;
    }
    this.entries.set(key, e); // most recently used last
    return e.body;
  }

  set(key: string, body: string, now = Date.now()): void {
    if (body.length > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.body.length;
    }
    this.entries.set(key, { body, at: now });
    this.bytes += body.length;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

export function registerResponseCache(app: FastifyInstance, cache: ResponseCache): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !CACHEABLE.test(request.url)) return undefined;
    const body = cache.get(request.url);
    if (body === undefined) return undefined;
    return reply.header('x-cache', 'hit').type('application/json; charset=utf-8').send(body);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (
      request.method === 'GET' &&
      reply.statusCode === 200 &&
      typeof payload === 'string' &&
      reply.getHeader('x-cache') === undefined &&
      CACHEABLE.test(request.url)
    ) {
      cache.set(request.url, payload);
    }
    return payload;
  });
}
