/** Loads the shipped entity model once per process (models/ner.bin.gz, relative to this module). */
import { modelFilePath, readModelFile } from '../../../runtime/model-file.js';
import { decodeModelContents, taggerFromParts } from './model-io.js';
import type { EntityTagger } from './tagger.js';

export const NER_MODEL_URL = new URL('../../../../models/ner.bin.gz', import.meta.url);

let cached: Promise<EntityTagger> | undefined;

export function loadEntityTagger(url: URL = NER_MODEL_URL): Promise<EntityTagger> {
  if (url !== NER_MODEL_URL) return readTagger(url);
  cached ??= readTagger(url);
  return cached;
}

async function readTagger(url: URL): Promise<EntityTagger> {
  const bytes = await readModelFile(url, 'entity model');
  return taggerFromParts(decodeModelContents(bytes, modelFilePath(url)));
}
