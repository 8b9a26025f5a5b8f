/**
 * Per-window view of one scaling run (scaling-child.ts's windowed path, timed the same way, each step's
 * main-thread CPU and V8's helper threads' as `helpers`, as the table shows them):
 * `tsx --expose-gc bench/suites/scaling-windows.ts <shape> <MB> [step,step…]` prints, for each window
 * of the generated input, each named step's CPU milliseconds in that window and the live heap after
 * the window's full collection, then each step's mean over the first and the last quarter of the full
 * windows. A linear step has the same mean in both (its growth factor per doubling is then the
 * windows' ratio); one that grows with the text so far (a scan over earlier windows, a thrashing
 * cache, a growing old generation) has a larger last quarter. It tells a real cause from noise
 * when a factor in the scaling table is over the target: the table's factors compare whole runs,
 * which a slower minute on a shared machine moves by 10–20 %.
 */
import { RECORD_KINDS, resolveInclude } from '../../src/analysis/records.js';
import { WindowRecords } from '../../src/analysis/window-records.js';
import { WINDOW_CHARS, windowDocument, windowsOf } from '../../src/analysis/windows.js';
import { Analyzer } from '../../src/analyzer.js';
import { htmlInput } from '../../src/ingest/html/document.js';
import { recordId } from '../../src/model/ids.js';
import { FileJsonSpill } from '../../src/service/json-spill-file.js';
import { POLNEAR_TRAIN_TEXT } from '../corpus.js';
import { isHtmlShape, makeInput, type Shape, WARMUP_SEED } from './scaling-inputs.js';
import { StepClock, WARMUP_CHARS } from './scaling-timer.js';

const MB = 1024 * 1024;
/** A window shorter than this share of WINDOW_CHARS (a text's last scrap) is left out of the means. */
const FULL_WINDOW_SHARE = 0.9;

const [shape, mbArg, stepsArg] = process.argv.slice(2) as [Shape, string | undefined, string | undefined];
if (!shape || !mbArg) {
  process.stderr.write('usage: tsx --expose-gc bench/suites/scaling-windows.ts <shape> <MB> [step,step…]\n');
  process.exit(2);
}
const full = await Analyzer.create();
// Ingestion alone: reading the input into a Document, never windowed (a pipeline of no stages would still
// run an empty pass over the windows, charged to `ingest`; the windows are the `windows` step's).
const ingestOnly = await Analyzer.create({ stages: [], windowChars: Number.MAX_SAFE_INTEGER });
const shown = stepsArg?.split(',') ?? [
  'gc',
  ...full.pipeline.stages.map((s) => s.descriptor.name),
  'windows',
  'helpers',
];

interface WindowLine {
  readonly chars: number;
  readonly liveMb: number;
  readonly cpuMs: ReadonlyMap<string, number>;
}

function run(bytes: number, windowChars: number, seed?: number): WindowLine[] {
  const clock = new StepClock();
  const input = makeInput(shape, bytes, POLNEAR_TRAIN_TEXT, seed);
  const { document } = ingestOnly.run(isHtmlShape(shape) ? htmlInput(input) : { text: input });
  const merger = new WindowRecords(document, RECORD_KINDS, resolveInclude([]), new FileJsonSpill());
  const lines: WindowLine[] = [];
  for (const w of windowsOf(document, windowChars)) {
    const before = new Map([...clock.totals].map(([s, t]) => [s, { ...t }]));
    clock.collect();
    const liveMb = process.memoryUsage().heapUsed / MB;
    const win = clock.time('windows', () => {
      for (const p of w.blocks) {
        if (p.pieceOf) merger.alias(recordId('blk', document.scope, p.start, p.end), p.pieceOf);
      }
      return windowDocument(document, w);
    });
    for (const { descriptor, stage } of full.pipeline.stages)
      clock.time(descriptor.name, () => stage.run(win, {}));
    clock.time('windows', () => merger.add(win, w.start));
    // As the table (scaling.ts): each step's main-thread CPU, and V8's helper threads' as `helpers`.
    const cpuMs = new Map([...clock.totals].map(([s, t]) => [s, t.mainMs - (before.get(s)?.mainMs ?? 0)]));
    let helpers = 0;
    for (const [s, t] of clock.totals) {
      const b = before.get(s);
      helpers += t.cpuMs - t.mainMs - ((b?.cpuMs ?? 0) - (b?.mainMs ?? 0));
    }
    cpuMs.set('helpers', helpers);
    lines.push({ chars: win.text.length, liveMb, cpuMs });
  }
  merger.finish(document);
  return lines;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

// As scaling-child.ts: an untimed warm-up of the same shape (another draw) on windows of the measured length.
run(WARMUP_CHARS, WINDOW_CHARS, WARMUP_SEED);
const lines = run(Math.round(Number(mbArg) * MB), WINDOW_CHARS);
console.log(`| window | chars | live MiB | ${shown.join(' | ')} |`);
console.log(`|---:|---:|---:|${shown.map(() => '---:').join('|')}|`);
lines.forEach((l, i) => {
  const cells = shown.map((s) => (l.cpuMs.get(s) ?? 0).toFixed(1));
  console.log(`| ${i} | ${l.chars} | ${l.liveMb.toFixed(1)} | ${cells.join(' | ')} |`);
});
const fullWindows = lines.filter((l) => l.chars >= FULL_WINDOW_SHARE * WINDOW_CHARS);
const quarter = Math.max(1, Math.floor(fullWindows.length / 4));
const first = fullWindows.slice(0, quarter);
const last = fullWindows.slice(-quarter);
console.log(`\nmean CPU ms per full window, first ${quarter} vs last ${quarter} of ${fullWindows.length}:`);
for (const s of shown) {
  const a = mean(first.map((l) => l.cpuMs.get(s) ?? 0));
  const b = mean(last.map((l) => l.cpuMs.get(s) ?? 0));
  console.log(
    `${s.padEnd(10)} ${a.toFixed(1).padStart(8)} ${b.toFixed(1).padStart(8)}  ×${(a > 0 ? b / a : 0).toFixed(2)}`,
  );
}
