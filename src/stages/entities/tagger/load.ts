/** Loads the shipped entity model once per process (models/ner.bin.gz, relative to this module). */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { VerbatimError } from '../../../model/errors.js';
import { decodeModel, taggerFromParts } from './model-io.js';
import type { EntityTagger } from './tagger.js';

export const NER_MODEL_URL = new URL('../../../../models/ner.bin.gz', import.meta.url);

let cached: Promise<EntityTagger> | undefined;

export function loadEntityTagger(url: URL = NER_MODEL_URL): Promise<EntityTagger> {
  if (url !== NER_MODEL_URL) return readTagger(url);
  cached ??= readTagger(url);
  return cached;
}

async function readTagger(url: URL): Promise<EntityTagger> {
  const file = fileURLToPath(url);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    throw new VerbatimError('E_MODEL_MISSING', 'entity model not found', { file, cause });
  }
  return taggerFromParts(decodeModel(bytes, file));
}
