/**
 * One measurement of the scaling benchmark, in its own process so that its peak RSS is its own:
 * `tsx bench/suites/scaling-child.ts <shape> <bytes> [corpusDir]`. Ingests the generated input,
 * runs every stage on it (a text over WINDOW_CHARS window by window, as Analyzer.run does: each
 * stage's time is its sum over the windows, cutting them and writing their records as JSON to a
 * temporary file is step `windows`, the full collection before each window step `gc`), writes the result as `analyze --format json` does (step
 * `output`), and prints one JSON line per step once the run is over (a run killed by the parent's
 * time budget reports nothing, shown as over budget):
 * `{"step":"quotes","ms":…,"cpuMs":…,"mainMs":…,"maxRssMb":…}` (every step run once, timed alike at every size:
 * scaling-timer.ts); the first line is `{"step":"plan",…}` (the steps to come), the last
 * `{"step":"done",…}`.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { devNull } from 'node:os';
import { RECORD_KINDS, resolveInclude } from '../../src/analysis/records.js';
import { releaseUnreadLayers } from '../../src/analysis/release.js';
import { releaseWindowedRecords, WindowRecords } from '../../src/analysis/window-records.js';
import { needsWindows, WINDOW_CHARS, windowDocument, windowsOf } from '../../src/analysis/windows.js';
import { Analyzer } from '../../src/analyzer.js';
import { htmlInput } from '../../src/ingest/html/document.js';
import type { Document } from '../../src/model/document.js';
import { recordId } from '../../src/model/ids.js';
import { FileJsonSpill } from '../../src/service/json-spill-file.js';
import { isHtmlShape, makeInput, type Shape, WARMUP_SEED } from './scaling-inputs.js';
import { StepClock, WARMUP_CHARS } from './scaling-timer.js';

const [shape, bytesArg, corpusDir] = process.argv.slice(2) as [Shape, string, string | undefined];
const bytes = Number(bytesArg);

const full = await Analyzer.create();
// Ingestion alone: reading the input into a Document, never windowed (a pipeline of no stages would still
// run an empty pass over the windows, charged to `ingest`; the windows are the `windows` step's).
const ingestOnly = await Analyzer.create({ stages: [], windowChars: Number.MAX_SAFE_INTEGER });
const clock = new StepClock();

function emitTotals(): void {
  for (const [step, t] of clock.totals) {
    const line = {
      step,
      ms: t.ms,
      cpuMs: t.cpuMs,
      mainMs: t.mainMs,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

/** Runs every stage over `doc` once, timing each; a huge document runs window by window, as Analyzer.run does. */
function runStages(document: Document, windowChars: number): void {
  const stages = full.pipeline.stages;
  if (!needsWindows(document.text, windowChars)) {
    clock.collect();
    for (const { descriptor, stage } of stages) clock.time(descriptor.name, () => stage.run(document, {}));
    return;
  }
  // As `analyze --format json`: each window's records go to a temporary file as JSON (window-records.ts).
  const merger = new WindowRecords(document, RECORD_KINDS, resolveInclude([]), new FileJsonSpill());
  for (const w of windowsOf(document, windowChars)) {
    clock.collect();
    const win = clock.time('windows', () => {
      for (const p of w.blocks) {
        if (p.pieceOf) merger.alias(recordId('blk', document.scope, p.start, p.end), p.pieceOf);
      }
      return windowDocument(document, w);
    });
    for (const { descriptor, stage } of stages) clock.time(descriptor.name, () => stage.run(win, {}));
    clock.time('windows', () => merger.add(win, w.start));
  }
  clock.time('windows', () => merger.finish(document));
}

/** What `analyze --format json` writes, piece by piece (analysis/json-stream.ts), to /dev/null. */
function writeJson(document: Document): number {
  // After dropping the layers its records do not read (analysis/release.ts).
  releaseUnreadLayers(document, resolveInclude([]));
  const sink = openSync(devNull, 'w');
  let chars = 0;
  for (const piece of full.recordsJson(document, [])) {
    writeSync(sink, piece);
    chars += piece.length;
  }
  closeSync(sink);
  releaseWindowedRecords(document);
  return chars;
}

function measure(input: string, windowChars: number, report: boolean): void {
  clock.clear();
  // Making the input left garbage in proportion to its size: collected here, settled, as step `gc`,
  // so its concurrent sweeping is not charged to `ingest`.
  clock.collect();
  const { document } = clock.time('ingest', () =>
    ingestOnly.run(isHtmlShape(shape) ? htmlInput(input) : { text: input }),
  );
  runStages(document, windowChars);
  const chars = clock.time('output', () => writeJson(document));
  if (report) emitTotals();
  if (chars === 0) throw new Error('empty output');
  if (report) {
    const warnings = document.warnings.length;
    process.stdout.write(
      `${JSON.stringify({ step: 'done', chars: input.length, textChars: document.text.length, warnings })}\n`,
    );
  }
}

// `windows`: cutting windows and writing their records as JSON (only for a text over WINDOW_CHARS);
// `gc`: the full collection before each window (scaling-timer.ts).
const plan = ['ingest', ...full.pipeline.stages.map((s) => s.descriptor.name), 'windows', 'gc', 'output'];
process.stdout.write(`${JSON.stringify({ step: 'plan', steps: plan })}\n`);
// Untimed warm-up on windows of the measured length (scaling-timer.ts).
measure(makeInput(shape, WARMUP_CHARS, corpusDir, WARMUP_SEED), WINDOW_CHARS, false);
const input = makeInput(shape, bytes, corpusDir);
measure(input, WINDOW_CHARS, true);
