/**
 * Memory per stage on one generated input (the scaling benchmark's shapes, scaling-inputs.ts):
 * `tsx --expose-gc bench/suites/scaling-memory.ts <shape> <bytes> [corpusDir]`. After ingestion and
 * after each stage it forces a full collection and prints the live heap, external memory and RSS,
 * so what a stage leaves alive shows as the step in `heapUsed` (the "which layer holds the
 * memory"); `maxRss` is the peak so far, transients included.
 *
 * `VERBATIM_HEAP_SNAPSHOT=<file> VERBATIM_HEAP_SNAPSHOT_AFTER=<stage>` also writes a V8 heap
 * snapshot after that stage (open it in Chrome DevTools → Memory).
 */
import { writeHeapSnapshot } from 'node:v8';
import { Analyzer } from '../../src/analyzer.js';
import { htmlInput } from '../../src/ingest/html/document.js';
import { POLNEAR_TRAIN_TEXT } from '../corpus.js';
import { isHtmlShape, makeInput, type Shape } from './scaling-inputs.js';

const MIB = 1024 * 1024;

const [shape, bytesArg, corpusDir = POLNEAR_TRAIN_TEXT] = process.argv.slice(2) as [Shape, string, string?];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !shape || !bytesArg) {
  process.stderr.write('usage: tsx --expose-gc bench/suites/scaling-memory.ts <shape> <bytes> [corpusDir]\n');
  process.exit(2);
}
const snapshotFile = process.env['VERBATIM_HEAP_SNAPSHOT'];
const snapshotAfter = process.env['VERBATIM_HEAP_SNAPSHOT_AFTER'];

function show(step: string): void {
  gc?.();
  const m = process.memoryUsage();
  const mib = (n: number) => (n / MIB).toFixed(1).padStart(7);
  process.stdout.write(
    `${step.padEnd(10)} heapUsed ${mib(m.heapUsed)}  heapTotal ${mib(m.heapTotal)}  external ${mib(m.external)}  rss ${mib(m.rss)}  maxRss ${mib(process.resourceUsage().maxRSS * 1024)}  (MiB)\n`,
  );
  if (snapshotFile && snapshotAfter === step)
    process.stdout.write(`snapshot: ${writeHeapSnapshot(snapshotFile)}\n`);
}

show('start');
const full = await Analyzer.create();
const ingestOnly = await Analyzer.create({ stages: [] });
show('models');
const input = makeInput(shape, Number(bytesArg), corpusDir);
const { document } = ingestOnly.run(isHtmlShape(shape) ? htmlInput(input) : { text: input });
show('ingest');
for (const { descriptor, stage } of full.pipeline.stages) {
  stage.run(document, {});
  show(descriptor.name);
}
