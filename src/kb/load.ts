/** Loads the compiled actor-code book (models/acts-actor-codes.json.gz) once per process. */
import { VerbatimError } from '../model/errors.js';
import { modelFilePath, readModelFileSync } from '../runtime/model-file.js';
import { ActorCodeBook } from './actor-codes.js';
import type { ActorCodeFile } from './types.js';

export const ACTOR_CODES_URL = new URL('../../models/acts-actor-codes.json.gz', import.meta.url);

let shared: ActorCodeBook | undefined;

export function defaultActorCodeBook(): ActorCodeBook {
  if (shared) return shared;
  const bytes = readModelFileSync(ACTOR_CODES_URL, 'actor-code knowledge base');
  const file = JSON.parse(new TextDecoder().decode(bytes)) as ActorCodeFile;
  if (file.format !== 'verbatim.acts-actor-codes/1') {
    throw new VerbatimError('E_MODEL_INVALID', `unknown actor-code format '${String(file.format)}'`, {
      file: modelFilePath(ACTOR_CODES_URL),
      hint: 'rebuild it with npx tsx scripts/build-acts-kb.ts',
    });
  }
  shared = new ActorCodeBook(file);
  return shared;
}
