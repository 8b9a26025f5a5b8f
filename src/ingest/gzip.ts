/**
 * Gzip input (`.html.gz`, `Content-Encoding: gzip`) with a cap on the
 * decompressed size, so a gzip bomb fails with a typed error instead of
 * filling memory: zlib stops inflating at `maxOutputLength`.
 */
import { gunzipSync } from 'node:zlib';
import { VerbatimError } from '../model/errors.js';

/** Default cap on decompressed bytes: articles are well under 1 MB; 32 MiB matches the plain-file limit. */
export const DEFAULT_MAX_INFLATED_BYTES = 32 * 1024 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function gunzipCapped(
  bytes: Uint8Array,
  maxBytes = DEFAULT_MAX_INFLATED_BYTES,
  source?: string,
): Uint8Array {
  const where = source ? { file: source } : {};
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /Cannot create a Buffer larger|too large/i.test(String(error))) {
      throw new VerbatimError('E_INPUT_TOO_LARGE', `gzip content inflates past ${maxBytes} bytes`, {
        ...where,
        hint: 'this looks like a gzip bomb; raise --max-bytes only if the file is trusted',
      });
    }
    throw new VerbatimError('E_INPUT_READ', `not valid gzip: ${(error as Error).message}`, {
      ...where,
      cause: error,
    });
  }
}
