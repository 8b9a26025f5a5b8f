/**
 * A/B of coder variants on the same analysed texts: the PLOVER gold halves (records right, type
 * accuracy, macro-F1) and the NGEC story leads (first act = story label), each variant selected by
 * the ACTS_X flags the coder reads during an experiment. Upstream stages run once per text.
 * Run: npx tsx scripts/acts-ab.ts FLAGS... (e.g. `'' p m`), with --ngec N for N NGEC leads.
 */
import { fileURLToPath } from 'node:url';
import { readGsr } from '../src/eval/acts/gsr.js';
import { readStories } from '../src/eval/acts/ngec.js';
import { byConfidence, createActsRunner } from '../src/eval/acts/run-acts.js';
import { scoreActs } from '../src/eval/acts/score.js';
import { defaultActorCodeBook } from '../src/kb/load.js';
import { defaultVerbLexicon } from '../src/stages/acts/lexicon.js';
import { ActsCoder } from '../src/stages/acts/stage.js';
import { defaultVerbModel } from '../src/stages/acts/verb-model.js';

const DATA = process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const firstSentence = (text: string): string => text.split(/(?<=[a-z]{2}[.!?])\s+/)[0] ?? text;
const args = process.argv.slice(2);
const ngecAt = args.indexOf('--ngec');
const ngecN = ngecAt >= 0 ? Number(args[ngecAt + 1]) : 0;
const flags = ngecAt >= 0 ? args.filter((_a, i) => i !== ngecAt && i !== ngecAt + 1) : args;
const runner = await createActsRunner();
const coder = new ActsCoder(defaultVerbLexicon(), defaultActorCodeBook(), defaultVerbModel());
const gold = readGsr(`${DATA}/events/plover/gsr-dev.json`);
const goldDocs = gold.map((g) => runner.document(g.text, g.date));
const stories = ngecN ? readStories(`${DATA}/events/ngec-synthetic/stories.csv.gz`).slice(0, ngecN) : [];
const storyDocs = stories.map((s) => runner.document(firstSentence(s.text)));
for (const f of flags) {
  process.env.ACTS_X = f;
  const preds = goldDocs.map((d) => byConfidence(coder.code(d))[0]);
  const row: string[] = [];
  for (const half of [0, 1]) {
    const idx = gold.map((_, i) => i).filter((i) => i % 2 === half);
    const s = scoreActs(
      idx.map((i) => gold[i]!),
      idx.map((i) => {
        const a = preds[i];
        return a
          ? { type: a.type, actors: a.actors, recipients: a.recipients }
          : { actors: [], recipients: [] };
      }),
    );
    const right = idx.filter((i) => preds[i]?.type === gold[i]?.type).length;
    row.push(
      `${half ? 'held-out' : 'tuning'} ${right}/${idx.length} ${s.typeAccuracy.toFixed(3)}/${s.macroF1.toFixed(3)}/${s.actorAccuracy.toFixed(3)}/${s.recipientAccuracy.toFixed(3)}`,
    );
  }
  const all = scoreActs(
    gold,
    preds.map((a) =>
      a ? { type: a.type, actors: a.actors, recipients: a.recipients } : { actors: [], recipients: [] },
    ),
  );
  const ngec = storyDocs.filter((d, i) => byConfidence(coder.code(d))[0]?.type === stories[i]?.type).length;
  console.log(
    `[${f}] all ${all.typeAccuracy.toFixed(3)}/${all.macroF1.toFixed(3)}/${all.actorAccuracy.toFixed(3)}/${all.recipientAccuracy.toFixed(3)}  ${row.join('  ')}  NGEC ${ngec}/${stories.length}`,
  );
}
