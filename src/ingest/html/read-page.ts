/**
 * A saved page on disk (`.html`, `.htm`, `.html.gz`) → decoded HTML, with the
 * size cap applied to the file and, for gzip, to the inflated bytes.
 */
import { readFile, stat } from 'node:fs/promises';
import { VerbatimError } from '../../model/errors.js';
import { DEFAULT_MAX_INFLATED_BYTES, gunzipCapped, isGzip } from '../gzip.js';
import { type DecodedHtml, decodeHtmlBytes } from './charset.js';

export interface ReadPageOptions {
  readonly maxBytes?: number;
  readonly encoding?: string;
}

/** Reads a file's bytes, inflating gzip (by magic bytes, not only by name) under the cap. */
export async function readMaybeGzip(
  file: string,
  maxBytes = DEFAULT_MAX_INFLATED_BYTES,
): Promise<Uint8Array> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new VerbatimError('E_INPUT_NOT_FOUND', 'no such file', { file, cause: error });
  }
  if (size > maxBytes) {
    throw new VerbatimError('E_INPUT_TOO_LARGE', `file is ${size} bytes, over the ${maxBytes} limit`, {
      file,
    });
  }
  const bytes = await readFile(file);
  return isGzip(bytes) ? gunzipCapped(bytes, maxBytes, file) : bytes;
}

export async function readHtmlFile(file: string, options: ReadPageOptions = {}): Promise<DecodedHtml> {
  const bytes = await readMaybeGzip(file, options.maxBytes);
  return decodeHtmlBytes(bytes, {
    source: file,
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
}
