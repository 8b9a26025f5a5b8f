/**
 * One measurement of the scaling benchmark, in its own process so that its peak RSS is its own:
 * `tsx bench/suites/scaling-child.ts <shape> <bytes> [corpusDir]`. Ingests the generated input,
 * runs every stage on it, writes the result as `analyze --format json` does (step `output`),
 * and prints one JSON line per step as the step ends (so a run killed by the parent's time budget
 * still reports the steps it finished):
 * `{"step":"quotes","ms":…,"cpuMs":…,"maxRssMb":…}`; the first line is `{"step":"plan",…}`
 * (the steps to come), the last `{"step":"done",…}`.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { devNull } from 'node:os';
import { resolveInclude } from '../../src/analysis/records.js';
import { releaseUnreadLayers } from '../../src/analysis/release.js';
import { Analyzer } from '../../src/analyzer.js';
import { htmlInput } from '../../src/ingest/html/document.js';
import { isHtmlShape, makeInput, type Shape } from './scaling-inputs.js';

/** Size of the untimed warm-up input of the same shape (JIT, lazy tables) before the measured one. */
const WARMUP_BYTES = 16 * 1024;

const [shape, bytesArg, corpusDir] = process.argv.slice(2) as [Shape, string, string | undefined];
const bytes = Number(bytesArg);

const full = await Analyzer.create();
const ingestOnly = await Analyzer.create({ stages: [] });

function emit(step: string, t0: number, c0: NodeJS.CpuUsage): void {
  const cpu = process.cpuUsage(c0);
  const line = {
    step,
    ms: performance.now() - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function measure(input: string, report: boolean): void {
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  const analyzeInput = isHtmlShape(shape) ? htmlInput(input) : { text: input };
  const { document } = ingestOnly.run(analyzeInput);
  if (report) emit('ingest', t0, c0);
  for (const { descriptor, stage } of full.pipeline.stages) {
    t0 = performance.now();
    c0 = process.cpuUsage();
    stage.run(document, {});
    if (report) emit(descriptor.name, t0, c0);
  }
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
  if (report) emit('output', t0, c0);
  if (chars === 0) throw new Error('empty output');
  if (report) {
    const warnings = document.warnings.length;
    process.stdout.write(
      `${JSON.stringify({ step: 'done', chars: input.length, textChars: document.text.length, warnings })}\n`,
    );
  }
}

const plan = ['ingest', ...full.pipeline.stages.map((s) => s.descriptor.name), 'output'];
process.stdout.write(`${JSON.stringify({ step: 'plan', steps: plan })}\n`);
measure(makeInput(shape, WARMUP_BYTES, corpusDir), false);
const input = makeInput(shape, bytes, corpusDir);
(globalThis as { gc?: () => void }).gc?.();
measure(input, true);
