/**
 * Adding articles to the corpus as background jobs with progress:
 *   POST /api/ingest         JSON: a text, an HTML page, a URL or a feed → 202 with the job
 *   POST /api/ingest/upload  multipart: files (.txt, .html, .html.gz, feeds) → 202 with the job
 *   GET  /api/jobs/:id       the job's progress; GET /api/jobs lists recent jobs
 * A full job queue answers 429.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { checkPublished } from '../../analyzer.js';
import { VerbatimError } from '../../model/errors.js';
import { type ApiContext, storeOf } from '../context.js';
import { JobSchema } from '../corpus-schemas.js';
import { type IngestSource, runIngest } from '../ingest.js';
import { ERROR_RESPONSES } from '../schemas.js';

/** Largest uploaded file: the same cap as the command line's default. */
export const UPLOAD_FILE_LIMIT = 32 * 1024 * 1024;
/** Files in one upload: a folder of articles; more should go through `verbatim ingest`. */
export const UPLOAD_FILES_LIMIT = 200;

const IngestBodySchema = Type.Object(
  {
    text: Type.Optional(Type.String({ minLength: 1 })),
    html: Type.Optional(Type.String({ minLength: 1 })),
    url: Type.Optional(Type.String({ pattern: '^https?://' })),
    feed: Type.Optional(Type.String({ pattern: '^https?://', description: 'an RSS, Atom or RDF feed' })),
    published: Type.Optional(Type.String()),
    title: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false, description: 'exactly one of text, html, url or feed' },
);

interface IngestBody {
  text?: string;
  html?: string;
  url?: string;
  feed?: string;
  published?: string;
  title?: string;
}

export function ingestRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const tags = ['ingest'];
  const jobResponse = { 202: JobSchema, ...ERROR_RESPONSES };

  app.post(
    '/api/ingest',
    {
      schema: {
        summary: 'Add an article (text, HTML, URL) or every item of a feed, as a job',
        tags,
        body: IngestBodySchema,
        response: jobResponse,
      },
    },
    async (request, reply) => {
      const store = storeOf(ctx);
      const { feed, published, ...article } = request.body as IngestBody;
      if (published) checkPublished(published);
      const given = [article.text, article.html, article.url, feed].filter((v) => v !== undefined).length;
      if (given !== 1) {
        throw new VerbatimError(
          'E_OPTION_INVALID',
          `give exactly one of text, html, url or feed (got ${given})`,
        );
      }
      const source: IngestSource = feed
        ? { kind: 'feed', url: feed }
        : { kind: 'article', article: { ...article, ...(published ? { published } : {}) } };
      const job = ctx.jobs.submit(1, (j) => runIngest(store, ctx, j, [source], published));
      return reply.status(202).send(job);
    },
  );

  app.post(
    '/api/ingest/upload',
    {
      schema: {
        summary: 'Upload article files (multipart/form-data, field "files"; optional field "published")',
        tags,
        consumes: ['multipart/form-data'],
        response: jobResponse,
      },
    },
    async (request, reply) => {
      const store = storeOf(ctx);
      if (!request.isMultipart()) {
        throw new VerbatimError('E_OPTION_INVALID', 'expected multipart/form-data with files', {
          hint: 'send the files as a multipart form (field name "files"), or JSON to /api/ingest',
        });
      }
      // Refuse before saving anything when no job can be taken.
      ctx.jobs.checkRoom();
      const dir = await mkdtemp(join(tmpdir(), 'verbatim-upload-'));
      try {
        const { sources, published } = await saveUpload(request, dir);
        const job = ctx.jobs.submit(sources.length, async (j) => {
          try {
            await runIngest(store, ctx, j, sources, published);
          } finally {
            await rm(dir, { recursive: true, force: true });
          }
        });
        return reply.status(202).send(job);
      } catch (error) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    },
  );

  app.get(
    '/api/jobs/:id',
    {
      schema: {
        summary: 'Progress of an ingest job',
        tags,
        params: Type.Object({ id: Type.String() }),
        response: { 200: JobSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => ctx.jobs.get((request.params as { id: string }).id),
  );

  app.get(
    '/api/jobs',
    {
      schema: {
        summary: 'Recent ingest jobs, newest first',
        tags,
        response: { 200: Type.Object({ items: Type.Array(JobSchema) }) },
      },
    },
    async () => ({ items: ctx.jobs.list() }),
  );
}

/** Saves the files of a multipart upload into `dir`; returns them as ingest sources. */
async function saveUpload(
  request: FastifyRequest,
  dir: string,
): Promise<{ sources: IngestSource[]; published: string | undefined }> {
  const sources: IngestSource[] = [];
  let published: string | undefined;
  const parts = request.parts({ limits: { fileSize: UPLOAD_FILE_LIMIT, files: UPLOAD_FILES_LIMIT } });
  for await (const part of parts) {
    if (part.type === 'field') {
      if (part.fieldname === 'published' && typeof part.value === 'string' && part.value) {
        published = checkPublished(part.value);
      }
      continue;
    }
    const name = basename(part.filename || `upload-${sources.length + 1}.txt`);
    const path = join(dir, `${sources.length}-${name.replace(/[^\w.-]+/g, '_')}`);
    await pipeline(part.file, createWriteStream(path));
    if (part.file.truncated) {
      throw new VerbatimError(
        'E_INPUT_TOO_LARGE',
        `${name} is over the ${UPLOAD_FILE_LIMIT / 1024 / 1024} MiB upload limit`,
        {
          file: name,
          hint: 'split the file, or ingest it with `verbatim ingest` on the command line',
        },
      );
    }
    sources.push({ kind: 'file', path, name, temporary: true });
  }
  if (sources.length === 0) throw new VerbatimError('E_INPUT_EMPTY', 'the upload holds no files');
  return { sources, published };
}
