/**
 * Knowledge-base entries beyond the compiled Phoenix book: Verbatim's own file of recent office
 * holders (models/kb-recent.actors.txt) and, when set, the user's file in `$VERBATIM_KB` — both
 * in the Phoenix actor format (`NAME_` lines, `+ALIAS_` lines, tab-indented `[CODE dates]`).
 * Read once per process; these books are consulted before the Phoenix one, so newer terms win.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VerbatimError } from '../model/errors.js';
import { readModelFileSync } from '../runtime/model-file.js';
import { ActorCodeBook } from './actor-codes.js';
import { defaultActorCodeBook } from './load.js';
import { readPhoenixActors, readPhoenixAgents } from './phoenix.js';
import { placeBook } from './places.js';
import type { ActorCodeFile, KbEntry } from './types.js';

export const RECENT_KB_URL = new URL('../../models/kb-recent.actors.txt', import.meta.url);
/** Verbatim's own agent nouns (Phoenix agent format). */
export const EXTRA_AGENTS_URL = new URL('../../models/kb-agents-extra.txt', import.meta.url);
/** PLOVER agent nouns (scripts/build-kb-agents.ts). */
export const PLOVER_AGENTS_URL = new URL('../../models/kb-plover-agents.json.gz', import.meta.url);
/** Environment variable naming a user's own Phoenix-format actor file. */
export const USER_KB_ENV = 'VERBATIM_KB';

/** A code book from Phoenix actor-file text, with agent nouns from Phoenix agent-file text when given. */
export function bookFromPhoenix(text: string, file: string, agentText = ''): ActorCodeBook {
  const entries: KbEntry[] = [];
  const phrases: Record<string, number> = {};
  for (const g of readPhoenixActors(text)) {
    const index = entries.length;
    entries.push(g.entry);
    for (const p of g.phrases) if (!(p in phrases)) phrases[p] = index;
  }
  const book: ActorCodeFile = {
    format: 'verbatim.acts-actor-codes/1',
    provenance: [{ file, licence: 'see the file', used: 'named actors with dated codes' }],
    entries,
    phrases,
    agents: Object.fromEntries(readPhoenixAgents(agentText)),
  };
  return new ActorCodeBook(book);
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new VerbatimError('E_MODEL_MISSING', `cannot read the ${what} ${path}`, {
      file: path,
      cause,
      ...(what === 'user knowledge base'
        ? { hint: `point $${USER_KB_ENV} at a readable Phoenix actor file` }
        : {}),
    });
  }
}

let shared: readonly ActorCodeBook[] | undefined;

function ploverAgents(): ActorCodeBook {
  const bytes = readModelFileSync(PLOVER_AGENTS_URL, 'PLOVER agent dictionary');
  return new ActorCodeBook(JSON.parse(new TextDecoder().decode(bytes)) as ActorCodeFile);
}

/** The books in lookup order: the user's, Verbatim's recent office holders, PLOVER agents, then Phoenix. */
export function actorCodeBooks(): readonly ActorCodeBook[] {
  if (shared) return shared;
  const user = process.env[USER_KB_ENV];
  shared = [
    ...(user ? [bookFromPhoenix(readText(user, 'user knowledge base'), user)] : []),
    bookFromPhoenix(
      readText(fileURLToPath(RECENT_KB_URL), 'recent office holders file'),
      'models/kb-recent.actors.txt',
      readText(fileURLToPath(EXTRA_AGENTS_URL), 'agent nouns file'),
    ),
    ploverAgents(),
    defaultActorCodeBook(),
  ];
  // The places the coder reads with the books, loaded with them: once per process, not inside the first
  // article's linking.
  placeBook();
  return shared;
}
