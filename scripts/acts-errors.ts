/**
 * Error breakdown of the acts coder on the PLOVER gold records (events/plover/gsr-dev.json):
 * confusion matrix of gold type × first predicted type ("none" = no act) for each half, and the
 * wrong records of the tuning half (even positions) with every act the coder proposed. The odd
 * half is only counted, never listed (it is the held-out figure; docs/acts.md).
 * Run: npx tsx scripts/acts-errors.ts [--all]
 */
import { fileURLToPath } from 'node:url';
import { readGsr } from '../src/eval/acts/gsr.js';
import { createActsRunner } from '../src/eval/acts/run-acts.js';
import { participantRight, scoreActs } from '../src/eval/acts/score.js';

const DATA = process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const gold = readGsr(`${DATA}/events/plover/gsr-dev.json`);
const runner = await createActsRunner();
const preds = gold.map((g) => runner.acts(g.text, g.date));

for (const half of ['even', 'odd'] as const) {
  const idx = gold.map((_, i) => i).filter((i) => (i % 2 === 0) === (half === 'even'));
  const matrix = new Map<string, Map<string, number>>();
  let right = 0;
  for (const i of idx) {
    const g = gold[i]?.type ?? '';
    const p = preds[i]?.[0]?.type ?? 'none';
    if (g === p) right++;
    const row = matrix.get(g) ?? new Map<string, number>();
    row.set(p, (row.get(p) ?? 0) + 1);
    matrix.set(g, row);
  }
  const s = scoreActs(
    idx.map((i) => gold[i]!),
    idx.map((i) => {
      const a = preds[i]?.[0];
      return a
        ? { type: a.type, actors: a.actors, recipients: a.recipients }
        : { actors: [], recipients: [] };
    }),
  );
  console.log(`\n== ${half} half: ${right}/${idx.length} right`);
  console.log(
    `type ${s.typeAccuracy.toFixed(3)}  macro-F1 ${s.macroF1.toFixed(3)}  actor ${s.actorAccuracy.toFixed(3)}  recipient ${s.recipientAccuracy.toFixed(3)}`,
  );
  for (const [g, row] of [...matrix].sort()) {
    const wrong = [...row].filter(([p]) => p !== g).map(([p, n]) => `${p}×${n}`);
    console.log(`${g.padEnd(10)} right ${row.get(g) ?? 0}  wrong: ${wrong.join(' ')}`);
  }
}

const listAll = process.argv.includes('--all');
console.log('\n== wrong records, tuning half');
gold.forEach((g, i) => {
  if (i % 2 === 1) return;
  const acts = preds[i] ?? [];
  if (!listAll && acts[0]?.type === g.type) return;
  console.log(`\n[${i}] gold ${g.type}  ${g.text}`);
  for (const a of acts)
    console.log(
      `   ${a.type.padEnd(9)} ${a.confidence.toFixed(2)} ${a.cameo} "${a.trigger.text}" ${a.negated ? 'NEG ' : ''}${a.future ? 'FUT ' : ''}${a.actors.map((x) => x.text).join('+')} -> ${a.recipients.map((x) => x.text).join('+')}`,
    );
});

console.log('\n== right type, wrong actor or recipient, tuning half');
gold.forEach((g, i) => {
  const a = preds[i]?.[0];
  if (i % 2 === 1 || a?.type !== g.type) return;
  const actor = participantRight(g.text, g.sources, a.actors);
  const recipient = !g.targets.length || participantRight(g.text, g.targets, a.recipients);
  if (actor && recipient) return;
  console.log(`\n[${i}] ${g.type} ${actor ? '' : 'ACTOR '}${recipient ? '' : 'RECIPIENT '} ${g.text}`);
  console.log(
    `   gold ${g.sources.map((x) => x.actorText).join('+')} -> ${g.targets.map((x) => x.actorText).join('+')}`,
  );
  console.log(
    `   pred ${a.actors.map((x) => x.text).join('+')} -> ${a.recipients.map((x) => x.text).join('+')} ("${a.trigger.text}")`,
  );
});
