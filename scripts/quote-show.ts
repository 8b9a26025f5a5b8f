/**
 * Shows one article's paragraph around a search string with the gold attributions and our
 * statements overlapping it (error analysis aid).
 *
 *     npx tsx scripts/quote-show.ts <dev|train> <stem prefix> <substring>
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldAttributions, readPolnear } from '../src/eval/quotes/gold-reader.js';
import { quotesAnalyzer, statementsOf } from '../src/eval/quotes/task.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.VERBATIM_DATA ?? join(root, '..', 'shared', 'data');
const [split = 'dev', stem = '', needle = ''] = process.argv.slice(2);
const a = readPolnear(join(dataDir, 'quotes', 'polnear', split)).find((x) => x.stem.startsWith(stem));
if (!a) throw new Error('no article');
const at = a.text.indexOf(needle);
const pStart = a.text.lastIndexOf('\n', at - 1) + 1;
let pEnd = a.text.indexOf('\n', at + needle.length);
if (pEnd < 0) pEnd = a.text.length;
const lo = Math.max(0, a.text.lastIndexOf('\n', pStart - 2) + 1);
const hi = a.text.indexOf('\n', pEnd + 1) < 0 ? a.text.length : a.text.indexOf('\n', pEnd + 1);
console.log(`TEXT [${lo},${hi}):\n${a.text.slice(lo, hi)}\n`);
const t = (rs: readonly { start: number; end: number }[]) =>
  rs.map((r) => `{${a.text.slice(r.start, r.end)}}`).join(' … ');
for (const g of goldAttributions(a)) {
  if (!g.content.some((r) => r.end > lo && r.start < hi)) continue;
  console.log(`GOLD cue=${t(g.cue ?? [])} src=${g.sourceText ?? '-'}\n   ${t(g.content)}`);
}
const analyzer = await quotesAnalyzer();
for (const s of statementsOf(analyzer, a.text)) {
  if (!s.content.some((r) => r.end > lo && r.start < hi)) continue;
  console.log(
    `OURS ${s.kind} cue=${s.cue.text} src=${s.source?.text ?? '-'} spk=${s.speaker?.name ?? '-'}\n   ${t(s.content)}`,
  );
}
