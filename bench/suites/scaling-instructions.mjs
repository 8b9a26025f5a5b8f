/**
 * Instructions per window and per step of a windowed run (the scaling benchmark's windowed path,
 * scaling-child.ts), counted by callgrind, so deterministic: a step whose work per window rises with
 * the text so far shows as rising counts, whatever the load on the machine.
 *   npx tsx bench/suites/scaling-instructions.ts SHAPE MB[,MB…] [stage,stage…] [DIR]
 * drives this file (it writes the inputs and runs this probe under callgrind over DIR's dist/, default
 * the checkout). The probe runs the named stages (and the stages they need) over an untimed warm-up of
 * 1.5 windows of another draw of the shape, then over the input window by window; before each window
 * a full collection, counted as `gc`; cutting the window is `windows`, writing its records as JSON to a
 * temporary file (window-records.ts) `merge`. Node runs with `--single-threaded`, so compiles and collections
 * happen on the main thread in the step that causes them (as in bench/ab/stage-instructions.mjs).
 *   valgrind --tool=callgrind --dump-before=uv_getrusage node --single-threaded --expose-gc \
 *     scaling-instructions.mjs DIR INPUT WARMUP STAGES
 * prints the labels of the dumps in order (`<window>:<step>`). Plain JavaScript so that no TypeScript
 * loader's work is counted.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [dir, inputFile, warmupFile, stagesArg] = process.argv.slice(2);
const root = resolve(dir);
const { Analyzer } = await import(join(root, 'dist', 'analyzer.js'));
const { WINDOW_CHARS, windowDocument, windowsOf } = await import(
  join(root, 'dist', 'analysis', 'windows.js')
);
const { RECORD_KINDS, resolveInclude } = await import(join(root, 'dist', 'analysis', 'records.js'));
const { WindowRecords } = await import(join(root, 'dist', 'analysis', 'window-records.js'));
const { FileJsonSpill } = await import(join(root, 'dist', 'service', 'json-spill-file.js'));
const { recordId } = await import(join(root, 'dist', 'model', 'ids.js'));
const stageNames = stagesArg ? stagesArg.split(',') : undefined;
const analyzer = await Analyzer.create(stageNames ? { stages: stageNames } : {});
const ingestOnly = await Analyzer.create({ stages: [], windowChars: Number.MAX_SAFE_INTEGER });
const labels = [];
const mark = (label) => {
  process.cpuUsage();
  labels.push(label);
};

function run(text, prefix) {
  const { document } = ingestOnly.run({ text });
  mark(`${prefix}ingest`);
  // As `analyze --format json` (and the benchmark's child): each window's records go to a file as JSON.
  const merger = new WindowRecords(document, RECORD_KINDS, resolveInclude([]), new FileJsonSpill());
  let k = 0;
  for (const w of windowsOf(document, WINDOW_CHARS)) {
    globalThis.gc();
    mark(`${prefix}${k}:gc`);
    for (const p of w.blocks) {
      if (p.pieceOf) merger.alias(recordId('blk', document.scope, p.start, p.end), p.pieceOf);
    }
    const win = windowDocument(document, w);
    mark(`${prefix}${k}:windows`);
    for (const { descriptor, stage } of analyzer.pipeline.stages) {
      stage.run(win, {});
      mark(`${prefix}${k}:${descriptor.name}`);
    }
    merger.add(win, w.start);
    mark(`${prefix}${k}:merge`);
    k++;
  }
  merger.finish(document);
  mark(`${prefix}finish`);
}

mark('load');
run(readFileSync(warmupFile, 'utf8'), 'warmup:');
globalThis.gc();
mark('warmup:gc');
run(readFileSync(inputFile, 'utf8'), '');
console.log(JSON.stringify(labels));
