/**
 * The stage registry: every stage Verbatim knows, in default pipeline order.
 *
 * Descriptors are static; `load` imports the stage module lazily so that the
 * CLI starts without loading models it won't use. A new stage adds one entry.
 */
import type { StageDescriptor } from '../pipeline/stage.js';
import { ACTORS_STAGE } from './actors/index.js';
import { ACTS_STAGE } from './acts/index.js';
import { CLAIMS_STAGE } from './claims/index.js';
import { DATING_STAGE } from './dating/index.js';
import { ENTITIES_STAGE } from './entities/index.js';
import { POS_STAGE } from './pos/index.js';
import { QUOTES_STAGE } from './quotes/index.js';
import { SENTENCES_STAGE } from './sentences/index.js';
import { TIME_STAGE } from './time/index.js';
import { TOKENS_STAGE } from './tokens/index.js';

export const STAGE_REGISTRY: readonly StageDescriptor[] = [
  TOKENS_STAGE,
  SENTENCES_STAGE,
  POS_STAGE,
  ENTITIES_STAGE,
  ACTORS_STAGE,
  TIME_STAGE,
  QUOTES_STAGE,
  DATING_STAGE,
  ACTS_STAGE,
  CLAIMS_STAGE,
];
