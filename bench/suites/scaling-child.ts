/**
 * One measurement of the scaling benchmark, in its own process so that its peak RSS is its own:
 * `tsx bench/suites/scaling-child.ts <shape> <bytes> [corpusDir]`. Ingests the generated input,
 * runs every stage on it (a text over WINDOW_CHARS window by window, as Analyzer.run does: each
 * stage's time is its sum over the windows, cutting them and writing their records as JSON to a
 * temporary file is step `windows`), writes the result as `analyze --format json` does (step
 * `output`), and prints one JSON line per step once the run is over (a run killed by the parent's
 * time budget reports nothing, shown as over budget):
 * `{"step":"quotes","ms":…,"cpuMs":…,"maxRssMb":…}` (a stage run shorter than SHORT_RUN_CPU_MS is
 * repeated and counts as the mean of its runs, scaling-timer.ts); the first line is `{"step":"plan",…}`
 * (the steps to come), the last `{"step":"done",…}`.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { devNull } from 'node:os';
import { RECORD_KINDS, resolveInclude } from '../../src/analysis/records.js';
import { releaseUnreadLayers } from '../../src/analysis/release.js';
import { releaseWindowedRecords, WindowRecords } from '../../src/analysis/window-records.js';
import { needsWindows, planWindows, windowDocument } from '../../src/analysis/windows.js';
import { Analyzer } from '../../src/analyzer.js';
import { htmlInput } from '../../src/ingest/html/document.js';
import type { Document } from '../../src/model/document.js';
import { recordId } from '../../src/model/ids.js';
import { FileJsonSpill } from '../../src/service/json-spill-file.js';
import { isHtmlShape, makeInput, type Shape } from './scaling-inputs.js';
import { type RunTime, timeRun } from './scaling-timer.js';

/** Size of the untimed warm-up input of the same shape (JIT, lazy tables) before the measured one. */
const WARMUP_BYTES = 16 * 1024;

const [shape, bytesArg, corpusDir] = process.argv.slice(2) as [Shape, string, string | undefined];
const bytes = Number(bytesArg);

const full = await Analyzer.create();
const ingestOnly = await Analyzer.create({ stages: [] });

/** CPU and wall time per step, summed over the windows of a windowed document. */
const totals = new Map<string, { ms: number; cpuMs: number }>();

function add(step: string, t0: number, c0: NodeJS.CpuUsage): void {
  const cpu = process.cpuUsage(c0);
  const t = totals.get(step) ?? { ms: 0, cpuMs: 0 };
  t.ms += performance.now() - t0;
  t.cpuMs += (cpu.user + cpu.system) / 1000;
  totals.set(step, t);
}

/** Adds a stage's time (a mean of repeated runs when it is short, scaling-timer.ts). */
function addRun(step: string, t: RunTime): void {
  const sum = totals.get(step) ?? { ms: 0, cpuMs: 0 };
  sum.ms += t.ms;
  sum.cpuMs += t.cpuMs;
  totals.set(step, sum);
}

function emitTotals(): void {
  for (const [step, t] of totals) {
    const line = { step, ms: t.ms, cpuMs: t.cpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024 };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

/** Runs every stage over `doc`, timing each; a huge document runs window by window, as Analyzer.run does. */
function runStages(document: Document): void {
  const stages = full.pipeline.stages;
  if (!needsWindows(document.text)) {
    for (const { descriptor, stage } of stages)
      addRun(
        descriptor.name,
        timeRun(() => stage.run(document, {})),
      );
    return;
  }
  // As `analyze --format json`: each window's records go to a temporary file as JSON (window-records.ts).
  const merger = new WindowRecords(document, RECORD_KINDS, resolveInclude([]), new FileJsonSpill());
  for (const w of planWindows(document)) {
    let t0 = performance.now();
    let c0 = process.cpuUsage();
    for (const p of w.blocks) {
      if (p.pieceOf) merger.alias(recordId('blk', document.scope, p.start, p.end), p.pieceOf);
    }
    const win = windowDocument(document, w);
    add('windows', t0, c0);
    for (const { descriptor, stage } of stages)
      addRun(
        descriptor.name,
        timeRun(() => stage.run(win, {})),
      );
    t0 = performance.now();
    c0 = process.cpuUsage();
    merger.add(win, w.start);
    add('windows', t0, c0);
  }
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  merger.finish(document);
  add('windows', t0, c0);
}

function measure(input: string, report: boolean): void {
  totals.clear();
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  const analyzeInput = isHtmlShape(shape) ? htmlInput(input) : { text: input };
  const { document } = ingestOnly.run(analyzeInput);
  add('ingest', t0, c0);
  runStages(document);
  // What `analyze --format json` writes, piece by piece (analysis/json-stream.ts), to /dev/null,
  // after dropping the layers its records do not read (analysis/release.ts).
  t0 = performance.now();
  c0 = process.cpuUsage();
  releaseUnreadLayers(document, resolveInclude([]));
  const sink = openSync(devNull, 'w');
  let chars = 0;
  for (const piece of full.recordsJson(document, [])) {
    writeSync(sink, piece);
    chars += piece.length;
  }
  closeSync(sink);
  releaseWindowedRecords(document);
  add('output', t0, c0);
  if (report) emitTotals();
  if (chars === 0) throw new Error('empty output');
  if (report) {
    const warnings = document.warnings.length;
    process.stdout.write(
      `${JSON.stringify({ step: 'done', chars: input.length, textChars: document.text.length, warnings })}\n`,
    );
  }
}

// `windows`: cutting windows and writing their records as JSON (only for a text over WINDOW_CHARS).
const plan = ['ingest', ...full.pipeline.stages.map((s) => s.descriptor.name), 'windows', 'output'];
process.stdout.write(`${JSON.stringify({ step: 'plan', steps: plan })}\n`);
measure(makeInput(shape, WARMUP_BYTES, corpusDir), false);
const input = makeInput(shape, bytes, corpusDir);
(globalThis as { gc?: () => void }).gc?.();
measure(input, true);
