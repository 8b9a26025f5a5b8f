export { ActorCodeBook, codeAt, kbWords, PLOVER_SECTORS, splitCode } from './actor-codes.js';
export { ACTOR_CODES_URL, defaultActorCodeBook } from './load.js';
export { datedCode, phoenixDate, phrase, readPhoenixActors, readPhoenixAgents } from './phoenix.js';
export type { ActorCode, ActorCodeFile, DatedCode, KbEntry } from './types.js';
