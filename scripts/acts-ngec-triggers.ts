/**
 * The NGEC synthetic story leads (training text) by the first act's trigger: for each (type, verb)
 * pair coded first in at least MIN leads, how many leads' labels agree and which label is most
 * frequent instead; and, for leads with no act, the verbs they hold, by label. Finds dictionary
 * defaults that disagree with the labels systematically (the labels are document-level: a hint,
 * never truth; a change needs the manual's support and a gold measurement).
 * Run: npx tsx scripts/acts-ngec-triggers.ts
 */
import { fileURLToPath } from 'node:url';
import { readStories } from '../src/eval/acts/ngec.js';
import { createActsRunner } from '../src/eval/acts/run-acts.js';

const DATA = process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const firstSentence = (text: string): string => text.split(/(?<=[a-z]{2}[.!?])\s+/)[0] ?? text;
/** Pairs coded first fewer times are not listed (too few to tell a habit from noise). */
const MIN = 8;
const runner = await createActsRunner();
const stories = readStories(`${DATA}/events/ngec-synthetic/stories.csv.gz`);
const byTrigger = new Map<string, Map<string, number>>();
const noneVerbs = new Map<string, Map<string, number>>();
const bump = (m: Map<string, Map<string, number>>, k: string, label: string) => {
  const row = m.get(k) ?? new Map<string, number>();
  row.set(label, (row.get(label) ?? 0) + 1);
  m.set(k, row);
};
for (const s of stories) {
  const text = firstSentence(s.text);
  const doc = runner.document(text);
  const acts = runner.acts(text);
  const first = acts[0];
  if (first) {
    bump(byTrigger, `${first.type} ${first.trigger.text.toLowerCase().split(' ')[0]}`, s.type);
    continue;
  }
  const upos = doc.layers.pos?.upos ?? [];
  const seen = new Set<string>();
  doc.layers.tokens?.forEach((t, i) => {
    if (upos[i] !== 'VERB') return;
    const w = doc.text.slice(t.start, t.end).toLowerCase();
    if (!seen.has(w)) bump(noneVerbs, w, s.type);
    seen.add(w);
  });
}
const show = (m: Map<string, Map<string, number>>, title: string) => {
  console.log(`\n${title}`);
  const rows = [...m].map(([k, row]) => {
    const n = [...row.values()].reduce((a, b) => a + b, 0);
    const top = [...row].sort((a, b) => b[1] - a[1]);
    return { k, n, top };
  });
  for (const r of rows.filter((x) => x.n >= MIN).sort((a, b) => b.n - a.n))
    console.log(
      `${String(r.n).padStart(4)} ${r.k.padEnd(28)} ${r.top
        .slice(0, 4)
        .map(([l, c]) => `${l}×${c}`)
        .join(' ')}`,
    );
};
show(byTrigger, 'first act (type verb): labels');
show(noneVerbs, 'leads with no act, their verbs: labels');
