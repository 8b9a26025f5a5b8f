/**
 * The HTTP server: Fastify with TypeBox schemas, the OpenAPI document at /api/openapi.json, the API routes,
 * and the web app (static files built by Vite into dist/web). Reads go to the store; analyses wait in a
 * bounded queue (429 when full). See security.ts for the guards.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Analyzer } from '../analyzer.js';
import { Fetcher } from '../ingest/net/fetch.js';
import { VerbatimError } from '../model/errors.js';
import type { Store } from '../store/index.js';
import { type AnalysisRunner, inlineRunner } from '../store/worker/analysis-pool.js';
import type { ApiContext } from './context.js';
import { ingestDemoIfEmpty } from './demo.js';
import { errorBody, handleError } from './errors.js';
import { JobRegistry } from './jobs.js';
import { ResponseCache, registerResponseCache } from './response-cache.js';
import { actorRoutes } from './routes/actors.js';
import { analyzeRoutes } from './routes/analyze.js';
import { claimsRoutes } from './routes/claims.js';
import { corpusRoutes } from './routes/corpus.js';
import { exportRoutes } from './routes/export.js';
import { ingestRoutes } from './routes/ingest.js';
import { metaRoutes } from './routes/meta.js';
import { movedRoutes } from './routes/moved.js';
import { storyRoutes } from './routes/stories.js';
import { registerSecurity } from './security.js';
import { WorkQueue } from './work-queue.js';

/** Largest JSON body: an HTML page of a long article with its markup stays well under 8 MiB. */
export const JSON_BODY_LIMIT = 8 * 1024 * 1024;
/**
 * Analyses waiting beyond the running one; a burst past this gets 429. Small, so a waiting client's wait stays
 * a few analyses long (≈ 0.3 s each on a free core) and waiting bodies (≤ 8 MiB each) bound memory.
 */
export const ANALYZE_CAPACITY = 8;
/** One analysis at a time: analysis is CPU-bound and the machine may have 2 cores for everything. */
export const ANALYZE_CONCURRENCY = 1;
/** Where `npm run build:web` writes the app (relative to this file in src/api or dist/api). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export interface ServerOptions {
  /** Where analyses run: an AnalysisPool (worker threads; `verbatim serve`), closed by its owner. */
  readonly runner?: AnalysisRunner;
  /** Or an Analyzer to run analyses on the server's own thread (tests, embedding); one of the two. */
  readonly analyzer?: Analyzer;
  /** The corpus; without one, only analysis and the app's Analyse page work. */
  readonly store?: Store | undefined;
  /** Address to listen on (used for the guards); default 127.0.0.1. */
  readonly host?: string;
  readonly token?: string | undefined;
  /** Folder of the built web app; default dist/web. Missing → the API alone, with a hint at /. */
  readonly webRoot?: string;
  /** Let URL fetching reach private and loopback addresses (tests, intranets). */
  readonly allowPrivate?: boolean;
  /** Let URL fetching reach link-local addresses and cloud metadata endpoints (never implied by allowPrivate). */
  readonly allowLinkLocal?: boolean;
  /** Total time for fetching one URL (default: the Fetcher's). */
  readonly fetchDeadlineMs?: number;
  readonly analyzeCapacity?: number;
  /** Ingest this folder as a job when the store is empty (npm start: the package's examples/). */
  readonly demoDir?: string | undefined;
  readonly logger?: boolean;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const host = options.host ?? '127.0.0.1';
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: JSON_BODY_LIMIT,
    // Unknown fields are refused (a typo such as "txt" must not pass as an empty request), not stripped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  });
  registerSecurity(app, { host, token: options.token });
  app.setErrorHandler(handleError);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Verbatim API',
        version: '1',
        description: 'Who said what, when, about whom: articles, actors, statements and their evidence.',
      },
      components: {
        securitySchemes: { token: { type: 'http', scheme: 'bearer' } },
      },
    },
  });
  const runner = options.runner ?? (options.analyzer ? inlineRunner(options.analyzer) : undefined);
  if (!runner) throw new VerbatimError('E_INTERNAL', 'buildServer needs a runner or an analyzer');
  const ctx: ApiContext = {
    runner,
    queue: new WorkQueue(ANALYZE_CONCURRENCY, options.analyzeCapacity ?? ANALYZE_CAPACITY),
    fetcher: new Fetcher({
      allowPrivate: options.allowPrivate ?? false,
      allowLinkLocal: options.allowLinkLocal ?? false,
      ...(options.fetchDeadlineMs ? { deadlineMs: options.fetchDeadlineMs } : {}),
    }),
    store: options.store,
    jobs: new JobRegistry(),
    cache: new ResponseCache(),
  };
  registerResponseCache(app, ctx.cache);
  await app.register(fastifyMultipart);
  app.addHook('onClose', async () => {
    await ctx.jobs.idle();
    await ctx.fetcher.close();
  });
  metaRoutes(app, ctx);
  analyzeRoutes(app, ctx);
  corpusRoutes(app, ctx);
  claimsRoutes(app, ctx);
  actorRoutes(app, ctx);
  storyRoutes(app, ctx);
  ingestRoutes(app, ctx);
  exportRoutes(app, ctx);
  movedRoutes(app);
  registerWebApp(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  if (options.store && options.demoDir) await ingestDemoIfEmpty(options.store, ctx, options.demoDir);
  return app;
}

function registerWebApp(app: FastifyInstance, root: string): void {
  app.setNotFoundHandler((request, reply) => {
    const error = new VerbatimError('E_API_NOT_FOUND', `no route ${request.method} ${request.url}`);
    void reply.status(404).send(errorBody(error));
  });
  if (!existsSync(root)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(`The web app is not built (${root} is missing): run npm run build:web. The API is at /api/.\n`),
    );
    return;
  }
  void app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'], wildcard: true });
}
