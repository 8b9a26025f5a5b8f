/**
 * A cache of serialised GET answers of the corpus routes, keyed by URL: least recently used entries go first
 * past a byte budget, and every entry lives at most TTL_MS, so writes by another process (a `verbatim ingest`
 * into the same store) show within seconds. Writes through this server (ingest jobs) clear it at once.
 * Stored articles never change (a new text is a new version with a new id), lists do; both are covered.
 * An answer's ETag is kept with it, so a cached article still answers If-None-Match with 304.
 */
import type { FastifyInstance } from 'fastify';

/** Bytes of answers kept: a few hundred article pages, thousands of list pages. */
export const CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** Longest an answer is reused: short enough that another writer's articles appear while one looks. */
export const CACHE_TTL_MS = 5_000;

/** Routes whose answers depend on the store only (not on jobs, queue state or the clock). */
const CACHEABLE =
  /^\/api\/(?:articles|actors|statements|acts|claims|positions|stories|search|timeline|stats)(?:[/?]|$)/;

type Body = string | Buffer;

interface Entry {
  readonly body: Body;
  readonly etag: string | undefined;
  readonly bytes: number;
  readonly at: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly maxBytes = CACHE_MAX_BYTES,
    private readonly ttlMs = CACHE_TTL_MS,
  ) {}

  get(key: string, now = Date.now()): Entry | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    if (now - e.at > this.ttlMs) {
      this.bytes -= e.bytes;
      return undefined;
    }
    this.entries.set(key, e); // most recently used last
    return e;
  }

  set(key: string, body: Body, now = Date.now(), etag?: string): void {
    const bytes = typeof body === 'string' ? body.length : body.byteLength;
    if (bytes > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    this.entries.set(key, { body, etag, bytes, at: now });
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
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
    const hit = cache.get(request.url);
    if (hit === undefined) return undefined;
    void reply.header('x-cache', 'hit');
    if (hit.etag) {
      void reply.header('etag', hit.etag).header('cache-control', 'no-cache');
      if (request.headers['if-none-match'] === hit.etag) return reply.status(304).send();
    }
    return reply.type('application/json; charset=utf-8').send(hit.body);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (
      request.method === 'GET' &&
      reply.statusCode === 200 &&
      (typeof payload === 'string' || Buffer.isBuffer(payload)) &&
      reply.getHeader('x-cache') === undefined &&
      CACHEABLE.test(request.url)
    ) {
      const etag = reply.getHeader('etag');
      cache.set(request.url, payload, Date.now(), typeof etag === 'string' ? etag : undefined);
    }
    return payload;
  });
}
