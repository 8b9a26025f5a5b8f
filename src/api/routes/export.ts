/**
 * GET /api/export?type=statements&format=jsonl|csv[&speaker=&site=&since=&until=]: every record of one type,
 * streamed from the store in batches (flat memory, no cap), as JSON lines or CSV (a header row; fields as `verbatim export` writes them).
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { csvField } from '../../cli/commands/export.js';
import { RECORD_TYPES, type RecordType } from '../../store/index.js';
import { type ApiContext, storeOf } from '../context.js';
import { ERROR_RESPONSES } from '../schemas.js';

async function* lines(
  records: AsyncIterable<Record<string, unknown>>,
  format: 'jsonl' | 'csv',
): AsyncGenerator<string> {
  let header: string[] | undefined;
  for await (const r of records) {
    if (format === 'jsonl') {
      yield `${JSON.stringify(r)}\n`;
      continue;
    }
    if (!header) {
      header = Object.keys(r);
      yield `${header.map(csvField).join(',')}\n`;
    }
    yield `${header.map((k) => csvField(r[k])).join(',')}\n`;
  }
}

export function exportRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get(
    '/api/export',
    {
      schema: {
        summary: 'Every record of a type, streamed as JSON lines or CSV',
        tags: ['corpus'],
        querystring: Type.Object({
          type: Type.String({ enum: [...RECORD_TYPES] }),
          format: Type.Optional(Type.String({ enum: ['jsonl', 'csv'], default: 'jsonl' })),
          speaker: Type.Optional(Type.String()),
          site: Type.Optional(Type.String()),
          since: Type.Optional(Type.String({ format: 'date' })),
          until: Type.Optional(Type.String({ format: 'date' })),
        }),
        response: { 200: Type.String({ description: 'JSON lines or CSV' }), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const q = request.query as {
        type: RecordType;
        format?: 'jsonl' | 'csv';
        speaker?: string;
        site?: string;
        since?: string;
        until?: string;
      };
      const format = q.format ?? 'jsonl';
      const records = storeOf(ctx).exportRecords(q.type, {
        ...(q.speaker ? { speaker: q.speaker } : {}),
        ...(q.site ? { site: q.site } : {}),
        ...(q.since ? { since: q.since } : {}),
        ...(q.until ? { until: q.until } : {}),
      });
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="verbatim-${q.type}.${format}"`)
        .send(Readable.from(lines(records, format)));
    },
  );
}
