/**
 * Recipient errors of the acts coder on the PLOVER gold records (events/plover/gsr-dev.json), by
 * kind, for each half: among records whose first act has the right type and whose gold has a
 * target, why the predicted recipient misses it. The kinds are read off the text, not the coder:
 *   missing      no recipient predicted
 *   before       the gold target stands before the trigger (passives, fronted objects, `X was …ed`)
 *   in-trigger   the gold target is inside the trigger's words (`vetoed a Security Council resolution`)
 *   preposition  the gold target follows to/with/against/on/from/at/for/of/into (an object of a preposition)
 *   coordinated  the gold target follows `and`/`or`/a comma after the predicted recipient
 *   farther      the gold target is later in the sentence than the predicted recipient (with the word before it)
 *   nearer       the gold target is between the trigger and the predicted recipient
 * The tuning half (even positions) is listed; the held-out half (odd positions) is only counted.
 * Run: npx tsx scripts/acts-recipient-errors.ts
 */
import { fileURLToPath } from 'node:url';
import { type GoldRecord, readGsr } from '../src/eval/acts/gsr.js';
import { createActsRunner } from '../src/eval/acts/run-acts.js';
import { goldSpans, participantRight } from '../src/eval/acts/score.js';
import type { Act } from '../src/stages/acts/types.js';

const DATA = process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
/** Words that make the next noun phrase an object of a preposition. */
const PREPOSITIONS = /\b(to|with|against|on|from|at|for|of|into|toward|towards|upon)\s+(the\s+)?$/i;
/** Characters looked back from the gold target for its preposition or conjunction. */
const LOOK_BACK = 30;

function kind(g: GoldRecord, act: Act): string {
  if (!act.recipients.length) return 'missing';
  const spans = g.targets.flatMap((t) => goldSpans(g.text, t));
  const target = spans.find((s) => s.start >= act.trigger.start) ?? spans[0];
  if (!target) return 'not-in-text';
  if (target.end <= act.trigger.start) return 'before';
  if (target.start < act.trigger.end) return 'in-trigger';
  const left = g.text.slice(Math.max(0, target.start - LOOK_BACK), target.start);
  const predicted = act.recipients[0];
  if (predicted && predicted.end <= target.start && /(\band|\bor|,)\s+(the\s+)?$/i.test(left))
    return 'coordinated';
  if (PREPOSITIONS.test(left)) return 'preposition';
  if (predicted && target.start >= predicted.end) {
    // The word before the gold target: `in` (a place as target), `by` (the doer of what is criticised)…
    const word = /(\w+)\s+(the\s+)?$/.exec(left)?.[1]?.toLowerCase();
    return `farther (gold after ${word && /^[a-z]+$/.test(word) && word.length < 5 ? word : 'other'})`;
  }
  return 'nearer';
}

const gold = readGsr(`${DATA}/events/plover/gsr-dev.json`);
const runner = await createActsRunner();
const halves = { tuning: new Map<string, number>(), 'held-out': new Map<string, number>() };
const listed: string[] = [];
gold.forEach((g, i) => {
  const act = runner.acts(g.text, g.date)[0];
  if (act?.type !== g.type || !g.targets.length) return;
  if (participantRight(g.text, g.targets, act.recipients)) return;
  const k = kind(g, act);
  const counts = i % 2 === 0 ? halves.tuning : halves['held-out'];
  counts.set(k, (counts.get(k) ?? 0) + 1);
  if (i % 2 === 0)
    listed.push(
      `[${i}] ${k}: "${act.trigger.text}" gold ${g.targets.map((t) => t.actorText).join('+')}, predicted ${act.recipients.map((r) => r.text).join('+') || '-'}\n    ${g.text}`,
    );
});
for (const [half, counts] of Object.entries(halves))
  console.log(
    `${half}: ${[...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
console.log(`\n== tuning half\n${listed.join('\n')}`);
