/**
 * Error analysis for the time task: scores a TimeML directory (default: TBAQ in
 * ../shared/data) and lists missed, spurious, value and extent errors, grouped
 * so the largest classes come first. Usage: npx tsx scripts/time-errors.ts [DIR] [--all]
 */
import { fileURLToPath } from 'node:url';
import { formatEvalReport } from '../src/eval/run.js';
import { evaluateTime, scoreTime } from '../src/eval/time/task.js';

const dataDir = process.env['VERBATIM_DATA'] ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? `${dataDir}/time/timebank-aquaint`;
const all = process.argv.includes('--all');

process.stdout.write(formatEvalReport(await evaluateTime(dir)));
const { details } = await scoreTime(dir);
const groups = new Map<string, string[]>();
const add = (k: string, line: string): void => {
  const list = groups.get(k) ?? [];
  list.push(line);
  groups.set(k, list);
};
for (const d of details) {
  const name = d.file.split('/').pop()!;
  const ctx = (s: number, e: number): string =>
    `${d.text.slice(Math.max(0, s - 30), s)}[${d.text.slice(s, e)}]${d.text.slice(e, e + 30)}`.replace(
      /\s+/g,
      ' ',
    );
  for (const m of d.score.missed) add(`missed ${m.type}`, `${name}  ${m.value}  ${ctx(m.start, m.end)}`);
  for (const s of d.score.spurious) add(`spurious ${s.type}`, `${name}  ${s.value}  ${ctx(s.start, s.end)}`);
  for (const p of d.score.pairs) {
    if (p.gold.value !== p.predicted.value)
      add(
        `value ${p.gold.type}`,
        `${name}  gold ${p.gold.value} got ${p.predicted.value}  ${ctx(p.gold.start, p.gold.end)} ~ "${d.text.slice(p.predicted.start, p.predicted.end)}"`,
      );
    if (p.gold.start !== p.predicted.start || p.gold.end !== p.predicted.end)
      add(
        'extent',
        `${name}  gold "${d.text.slice(p.gold.start, p.gold.end)}" got "${d.text.slice(p.predicted.start, p.predicted.end)}"`,
      );
  }
}
process.stdout.write('\nerror classes:\n');
for (const [k, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  process.stdout.write(`\n== ${k}: ${list.length}\n`);
  for (const line of all ? list : list.slice(0, 40)) process.stdout.write(`  ${line}\n`);
}
