/**
 * Compiles the actor-code knowledge base (models/acts-actor-codes.json.gz) from the Phoenix
 * (PETRARCH2) dictionaries in ../shared/data/events/petrarch2: named actors with dated CAMEO
 * codes, and agent nouns with sector codes. Run: npx tsx scripts/build-acts-kb.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readPhoenixActors, readPhoenixAgents } from '../src/kb/phoenix.js';
import type { ActorCodeFile, KbEntry } from '../src/kb/types.js';
import { modelMeta, modelMetaJson } from '../src/learn/model-info.js';

const DATA = process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const OUT = fileURLToPath(new URL('../models/acts-actor-codes.json.gz', import.meta.url));
/** Bumped when the dictionary is rebuilt with other content. */
const VERSION = '2026-12-06';
const META = fileURLToPath(new URL('../models/acts-actor-codes.meta.json', import.meta.url));
const LICENCE = 'MIT (Open Event Data Alliance)';

const ACTOR_FILES = [
  ['Phoenix.Countries.actors.txt', 'countries, adjectives, cities, office holders with dated codes'],
  ['Phoenix.International.actors.txt', 'international organisations and their officials'],
  ['Phoenix.MilNonState.actors.txt', 'armed non-state groups'],
] as const;
const AGENT_FILE = 'Phoenix.agents.txt';

const entries: KbEntry[] = [];
const phrases: Record<string, number> = {};
for (const [file] of ACTOR_FILES) {
  for (const g of readPhoenixActors(readFileSync(`${DATA}/events/petrarch2/${file}`, 'utf8'))) {
    const index = entries.length;
    entries.push(g.entry);
    // The first file to name a phrase keeps it: countries before international before armed groups.
    for (const p of g.phrases) if (!(p in phrases)) phrases[p] = index;
  }
}
const agents = Object.fromEntries(
  readPhoenixAgents(readFileSync(`${DATA}/events/petrarch2/${AGENT_FILE}`, 'utf8')),
);
const provenance = [
  ...ACTOR_FILES.map(([file, used]) => ({ file: `events/petrarch2/${file}`, licence: LICENCE, used })),
  { file: `events/petrarch2/${AGENT_FILE}`, licence: LICENCE, used: 'agent nouns with sector codes' },
];
const out: ActorCodeFile = { format: 'verbatim.acts-actor-codes/1', provenance, entries, phrases, agents };
writeFileSync(OUT, gzipSync(JSON.stringify(out), { level: 9 }));
// The one model meta schema (src/learn/model-info.ts): a dictionary build has no settings or scores of its own.
writeFileSync(
  META,
  modelMetaJson(
    modelMeta(
      {
        name: 'acts-actor-codes',
        version: VERSION,
        task: 'actor text → country, sector and name, with dated roles, compiled from the Phoenix actor and agent dictionaries and CountryInfo',
        builtBy: 'npx tsx scripts/build-acts-kb.ts',
        data: {
          sources: provenance,
          entries: entries.length,
          phrases: Object.keys(phrases).length,
          agents: Object.keys(agents).length,
        },
        settings: {},
        scores: { on: 'measured through the acts stage: docs/acts.md' },
      },
      'acts-actor-codes.json.gz',
      readFileSync(OUT),
    ),
  ),
);
console.log(
  `${entries.length} entries, ${Object.keys(phrases).length} phrases, ${Object.keys(agents).length} agents`,
);
