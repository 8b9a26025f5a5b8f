/**
 * Compiles the PLOVER agent dictionary (../shared/data/events/ngec-synthetic/PLOVER_agents.txt,
 * MIT, NGEC-2025) into models/kb-plover-agents.json.gz: agent noun → PLOVER sector (`soldier` →
 * MIL, `doctor` → MED, `journalist` → JRN). The actor coder consults it before the older Phoenix
 * agents, whose sectors follow CAMEO (MED for media, HLH for health).
 * Also writes the metas of the hand-written KB files (models/kb-recent.actors.txt, kb-agents-extra.txt).
 * Run: npx tsx scripts/build-kb-agents.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readPhoenixAgents } from '../src/kb/phoenix.js';
import type { ActorCodeFile } from '../src/kb/types.js';
import { modelMeta, modelMetaJson } from '../src/learn/model-info.js';

const DATA = process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const FILE = 'events/ngec-synthetic/PLOVER_agents.txt';
const OUT = fileURLToPath(new URL('../models/kb-plover-agents.json.gz', import.meta.url));

const agents = Object.fromEntries(readPhoenixAgents(readFileSync(`${DATA}/${FILE}`, 'utf8'), 'last'));
const out: ActorCodeFile = {
  format: 'verbatim.acts-actor-codes/1',
  provenance: [{ file: FILE, licence: 'MIT (NGEC-2025)', used: 'agent nouns with PLOVER sector codes' }],
  entries: [],
  phrases: {},
  agents,
};
writeFileSync(OUT, gzipSync(JSON.stringify(out), { level: 9 }));
const MODELS = fileURLToPath(new URL('../models/', import.meta.url));
/** Bumped when a file's content changes. */
const VERSION = '2026-12-06';
const metas = [
  {
    name: 'kb-plover-agents',
    file: 'kb-plover-agents.json.gz',
    task: 'agent noun → PLOVER sector, compiled from PLOVER_agents.txt',
    builtBy: 'npx tsx scripts/build-kb-agents.ts',
    data: { sources: out.provenance, agents: Object.keys(agents).length },
  },
  {
    name: 'kb-recent',
    file: 'kb-recent.actors.txt',
    task: 'office holders with dated terms after the Phoenix dictionaries (Phoenix actor format), written by hand',
    builtBy: 'hand-written (MIT); its meta by npx tsx scripts/build-kb-agents.ts',
    data: {
      sources: [
        { file: 'models/kb-recent.actors.txt', licence: 'MIT', used: 'named actors with dated codes' },
      ],
    },
  },
  {
    name: 'kb-agents-extra',
    file: 'kb-agents-extra.txt',
    task: 'agent nouns the PLOVER and Phoenix agent dictionaries leave out (Phoenix agent format), written by hand',
    builtBy: 'hand-written (MIT); its meta by npx tsx scripts/build-kb-agents.ts',
    data: {
      sources: [{ file: 'models/kb-agents-extra.txt', licence: 'MIT', used: 'agent nouns with sectors' }],
    },
  },
];
for (const m of metas) {
  const { file, ...info } = m;
  const meta = modelMeta(
    {
      ...info,
      version: VERSION,
      settings: {},
      scores: { on: 'npx verbatim eval actor-codes (docs/corpus.md)' },
    },
    file,
    readFileSync(`${MODELS}${file}`),
  );
  writeFileSync(`${MODELS}${m.name}.meta.json`, modelMetaJson(meta));
}
console.log(`${Object.keys(agents).length} agents → ${OUT}; metas written`);
