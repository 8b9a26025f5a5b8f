/**
 * The acts coder on the first sentence of each NGEC synthetic story (events/ngec-synthetic,
 * MIT): agreement with the story's prompted PLOVER label, and the most frequent disagreements by
 * trigger word. The labels are document-level and noisy, so this finds systematic coder errors on
 * text never used for tuning the PLOVER figures; it is no accuracy figure of its own.
 * Run: npx tsx scripts/acts-ngec-errors.ts [limit]
 */
import { fileURLToPath } from 'node:url';
import { readStories } from '../src/eval/acts/ngec.js';
import { createActsRunner } from '../src/eval/acts/run-acts.js';

const DATA = process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
/** The lead sentence states the prompted event; later ones drift. A sentence ends after a lower-case word (not `U.S.`). */
const firstSentence = (text: string): string => text.split(/(?<=[a-z]{2}[.!?])\s+/)[0] ?? text;
const limit = Number(process.argv[2] ?? Number.POSITIVE_INFINITY);
const stories = readStories(`${DATA}/events/ngec-synthetic/stories.csv.gz`).slice(0, limit);
const runner = await createActsRunner();
let right = 0;
const errors = new Map<string, { n: number; examples: string[] }>();
/** Example sentences printed per kind of disagreement. */
const EXAMPLES = 3;
const byLabel = new Map<string, { n: number; right: number }>();
for (const s of stories) {
  const text = firstSentence(s.text);
  const first = runner.acts(text)[0];
  const l = byLabel.get(s.type) ?? { n: 0, right: 0 };
  l.n++;
  if (first?.type === s.type) {
    right++;
    l.right++;
  } else {
    const key = `${s.type} <- ${first ? `${first.type} "${first.trigger.text.toLowerCase().split(' ')[0]}"` : 'none'}`;
    const e = errors.get(key) ?? { n: 0, examples: [] };
    e.n++;
    if (e.examples.length < EXAMPLES) e.examples.push(text.replace(/\s+/g, ' ').slice(0, 170));
    errors.set(key, e);
  }
  byLabel.set(s.type, l);
}
console.log(`first sentences: ${right}/${stories.length} agree with the story label`);
for (const [t, l] of [...byLabel].sort()) console.log(`${t.padEnd(10)} ${l.right}/${l.n}`);
for (const [k, e] of [...errors].sort((a, b) => b[1].n - a[1].n).slice(0, 60)) {
  console.log(`${String(e.n).padStart(4)}  ${k}`);
  for (const x of e.examples) console.log(`        | ${x}`);
}
