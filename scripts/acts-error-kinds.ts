/**
 * Error KINDS of the acts coder, counted (never listed) on the PLOVER gold halves and on the NGEC
 * synthetic story leads (training data, events/ngec-synthetic, MIT): for each record whose first act
 * is not of the gold type, `none` (no act found), `ranked` (an act of the gold type was coded but
 * another trigger came first: the wrong verb carries the act) or `type` (no coded act has the gold
 * type: the right trigger got a wrong type, or the act's verb was never a trigger). The NGEC part
 * also prints each predicted type's precision and the confusion of label × first type, so the
 * stage is measured on training text, not only on the records it was tuned on.
 * Run: npx tsx scripts/acts-error-kinds.ts [ngecLimit]
 */
import { fileURLToPath } from 'node:url';
import { readGsr } from '../src/eval/acts/gsr.js';
import { readStories } from '../src/eval/acts/ngec.js';
import { createActsRunner } from '../src/eval/acts/run-acts.js';
import type { Act } from '../src/stages/acts/types.js';

const DATA = process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
/** The lead sentence states the prompted event (as in acts-ngec-errors.ts). */
const firstSentence = (text: string): string => text.split(/(?<=[a-z]{2}[.!?])\s+/)[0] ?? text;
const limit = Number(process.argv[2] ?? Number.POSITIVE_INFINITY);
const runner = await createActsRunner();

type Kind = 'right' | 'none' | 'ranked' | 'type';
function kindOf(gold: string, acts: readonly Act[]): Kind {
  if (!acts.length) return 'none';
  if (acts[0]?.type === gold) return 'right';
  return acts.some((a) => a.type === gold) ? 'ranked' : 'type';
}
function line(name: string, kinds: readonly Kind[]): string {
  const n = (k: Kind) => kinds.filter((x) => x === k).length;
  return `${name.padEnd(14)} ${n('right')}/${kinds.length} right; wrong: none ${n('none')}, ranked ${n('ranked')}, type ${n('type')}`;
}

const gold = readGsr(`${DATA}/events/plover/gsr-dev.json`);
const goldKinds = gold.map((g) => kindOf(g.type, runner.acts(g.text, g.date)));
console.log(
  line(
    'gold tuning',
    goldKinds.filter((_, i) => i % 2 === 0),
  ),
);
console.log(
  line(
    'gold held-out',
    goldKinds.filter((_, i) => i % 2 === 1),
  ),
);

const stories = readStories(`${DATA}/events/ngec-synthetic/stories.csv.gz`).slice(0, limit);
const ngecKinds: Kind[] = [];
const predicted = new Map<string, { n: number; right: number }>();
const confusion = new Map<string, Map<string, number>>();
for (const s of stories) {
  const acts = runner.acts(firstSentence(s.text));
  ngecKinds.push(kindOf(s.type, acts));
  const first = acts[0]?.type ?? 'none';
  const p = predicted.get(first) ?? { n: 0, right: 0 };
  p.n++;
  if (first === s.type) p.right++;
  predicted.set(first, p);
  const row = confusion.get(s.type) ?? new Map<string, number>();
  row.set(first, (row.get(first) ?? 0) + 1);
  confusion.set(s.type, row);
}
console.log(line('NGEC leads', ngecKinds));
console.log('\npredicted first type: precision against the story label');
for (const [t, p] of [...predicted].sort())
  console.log(`${t.padEnd(10)} ${p.right}/${p.n} = ${(p.right / p.n).toFixed(2)}`);
console.log('\nlabel -> first types (top 4)');
for (const [t, row] of [...confusion].sort()) {
  const top = [...row].sort((a, b) => b[1] - a[1]).slice(0, 4);
  console.log(`${t.padEnd(10)} ${top.map(([k, n]) => `${k}×${n}`).join(' ')}`);
}
