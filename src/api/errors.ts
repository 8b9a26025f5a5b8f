/**
 * VerbatimError → HTTP: one status per error code, and one JSON body shape for every error the API returns:
 * `{ error: { code, message, hint } }`. Unknown errors become E_INTERNAL (500) without their stack.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { asVerbatimError, type ErrorCode, VerbatimError } from '../model/errors.js';

/** Seconds a client refused with 429 is told to wait: about two analyses of a long article. */
export const RETRY_AFTER_S = 2;

const STATUS: Partial<Record<ErrorCode, number>> = {
  E_API_BUSY: 429,
  E_API_FORBIDDEN: 403,
  E_API_NOT_FOUND: 404,
  E_API_UNAUTHORIZED: 401,
  E_FETCH_BLOCKED: 403,
  E_FETCH_CONTENT_TYPE: 422,
  E_FETCH_FAILED: 502,
  E_FETCH_REDIRECTS: 502,
  E_FETCH_STATUS: 502,
  E_INPUT_TOO_LARGE: 413,
  E_INTERNAL: 500,
};

/** HTTP status of an error code: client mistakes are 400 unless listed above. */
export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? (code.startsWith('E_MODEL') || code.startsWith('E_PIPELINE') ? 500 : 400);
}

export function errorBody(error: VerbatimError): { error: ReturnType<VerbatimError['toJSON']> } {
  return { error: error.toJSON() };
}

/** Fastify's own errors (validation, body too large, bad JSON) keep their status with our body shape. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const fastifyError = error as FastifyError;
  let typed: VerbatimError;
  let status: number;
  if (error instanceof VerbatimError) {
    typed = error;
    status = statusOf(error.code);
  } else if (fastifyError.statusCode && fastifyError.statusCode < 500) {
    status = fastifyError.statusCode;
    const code: ErrorCode = status === 413 ? 'E_INPUT_TOO_LARGE' : 'E_OPTION_INVALID';
    typed = new VerbatimError(code, error.message, {
      hint:
        status === 413
          ? 'send a smaller body, or upload the file through /api/ingest'
          : 'see /api/openapi.json for the accepted request',
    });
  } else {
    typed = asVerbatimError(error);
    status = 500;
    request.log.error(error);
  }
  if (status === 429) reply.header('retry-after', String(RETRY_AFTER_S));
  void reply.status(status).send(errorBody(typed));
}
