/** Loads the shipped tagger model once per process (models/ sits three levels above this module in src/ and dist/). */
import { modelFilePath, readModelFileSync } from '../../runtime/model-file.js';
import { decodeModelContents } from './model-io.js';
import { PerceptronTagger } from './tagger.js';

export const MODEL_URL = new URL('../../../models/pos-ewt.bin.gz', import.meta.url);

let shared: PerceptronTagger | undefined;

/** The default tagger (UD English EWT), loaded on first use. */
export function defaultTagger(): PerceptronTagger {
  if (shared) return shared;
  const bytes = readModelFileSync(MODEL_URL, 'part-of-speech model');
  shared = new PerceptronTagger(decodeModelContents(bytes, modelFilePath(MODEL_URL)));
  return shared;
}
