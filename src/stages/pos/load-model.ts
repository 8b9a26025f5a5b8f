/** Loads the shipped tagger model once per process (models/ sits three levels above this module in src/ and dist/). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VerbatimError } from '../../model/errors.js';
import { decodeModel } from './model-io.js';
import { PerceptronTagger } from './tagger.js';

export const MODEL_URL = new URL('../../../models/pos-ewt.bin.gz', import.meta.url);

let shared: PerceptronTagger | undefined;

/** The default tagger (UD English EWT), loaded on first use. */
export function defaultTagger(): PerceptronTagger {
  if (shared) return shared;
  const file = fileURLToPath(MODEL_URL);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new VerbatimError('E_MODEL_MISSING', `part-of-speech model not found at ${file}`, {
      file,
      cause: error,
    });
  }
  shared = new PerceptronTagger(decodeModel(bytes, file));
  return shared;
}
