/**
 * Compiles the PLOVER agent dictionary (../shared/data/events/ngec-synthetic/PLOVER_agents.txt,
 * MIT, NGEC-2025) into models/kb-plover-agents.json.gz: agent noun → PLOVER sector (`soldier` →
 * MIL, `doctor` → MED, `journalist` → JRN). The actor coder consults it before the older Phoenix
 * agents, whose sectors follow CAMEO (MED for media, HLH for health).
 * Run: npx tsx scripts/build-kb-agents.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readPhoenixAgents } from '../src/kb/phoenix.js';
import type { ActorCodeFile } from '../src/kb/types.js';

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
console.log(`${Object.keys(agents).length} agents → ${OUT}`);
