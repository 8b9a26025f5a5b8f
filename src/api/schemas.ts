/**
 * Request and response schemas (TypeBox → JSON Schema): Fastify validates requests and serialises responses
 * with them, and @fastify/swagger publishes them in /api/openapi.json.
 */
import { Type } from 'typebox';

/** Any JSON object; its fields are described by the analysis schema (schema/ in the package). */
export const LooseObject = Type.Object({}, { additionalProperties: true });

export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'stable E_… code, listed in src/model/errors.ts' }),
      message: Type.String(),
      hint: Type.String({ description: 'what to do about it' }),
      file: Type.Optional(Type.String()),
    }),
  },
  { $id: 'Error' },
);

export const AnalysisSchema = Type.Object(
  {
    schema: Type.String({ description: 'schema id and version: verbatim.analysis/2' }),
    producer: LooseObject,
    document: LooseObject,
    text: Type.String({ description: 'the original text; every span indexes into it (UTF-16, half-open)' }),
    blocks: Type.Array(LooseObject),
    warnings: Type.Array(Type.String()),
  },
  { additionalProperties: true, description: 'one analysed article (see the analysis JSON Schema)' },
);

export const AnalyzeBodySchema = Type.Object(
  {
    text: Type.Optional(Type.String({ minLength: 1, description: 'plain article text' })),
    html: Type.Optional(Type.String({ minLength: 1, description: 'an article page as HTML' })),
    url: Type.Optional(Type.String({ pattern: '^https?://', description: 'a page to fetch (SSRF-guarded)' })),
    published: Type.Optional(Type.String({ description: 'ISO publication date for relative dates' })),
    title: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false, description: 'exactly one of text, html or url' },
);

export const ERROR_RESPONSES = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  413: ErrorSchema,
  429: ErrorSchema,
  500: ErrorSchema,
  502: ErrorSchema,
} as const;
