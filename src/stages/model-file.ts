/**
 * Reads a shipped model file (under models/) for a stage, turning a missing or unreadable file into one typed
 * error (`E_MODEL_MISSING`, naming the file and the model) instead of a bare ENOENT. Every stage that loads a
 * model goes through here, so the one place that touches the file system for models is this module.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { VerbatimError } from '../model/errors.js';

function missing(what: string, file: string, cause: unknown): VerbatimError {
  return new VerbatimError('E_MODEL_MISSING', `${what} not found at ${file}`, { file, cause });
}

/** The bytes of a model file, read synchronously (for stages that load on first use). */
export function readModelFileSync(url: URL, what: string): Buffer {
  const file = fileURLToPath(url);
  try {
    return readFileSync(file);
  } catch (cause) {
    throw missing(what, file, cause);
  }
}

/** The bytes of a model file, read asynchronously (for stages whose `load()` awaits). */
export async function readModelFile(url: URL, what: string): Promise<Buffer> {
  const file = fileURLToPath(url);
  try {
    return await readFile(file);
  } catch (cause) {
    throw missing(what, file, cause);
  }
}
