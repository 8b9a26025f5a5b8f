/**
 * The scaling benchmark's `output` step taken apart (scaling-child.ts's writeJson): for each size given,
 * one huge document is analysed window by window (untimed, as the child does), then its JSON is written
 * to /dev/null ROUNDS times, sizes alternating, each part of the analysis (text, blocks, each record
 * kind) timed on the main thread's CPU: a part that grows faster than the text shows as a per-MB time
 * that rises with the size. `tsx --expose-gc bench/suites/scaling-output.ts <shape> <MB,MB…> [rounds]`.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { devNull } from 'node:os';
import { stringJsonPieces } from '../../src/analysis/json-stream.js';
import { analysisEntries, RECORD_KINDS, resolveInclude } from '../../src/analysis/records.js';
import { releaseUnreadLayers } from '../../src/analysis/release.js';
import { RecordsJson, WindowRecords } from '../../src/analysis/window-records.js';
import { WINDOW_CHARS, windowDocument, windowsOf } from '../../src/analysis/windows.js';
import { Analyzer } from '../../src/analyzer.js';
import { htmlInput } from '../../src/ingest/html/document.js';
import type { Document } from '../../src/model/document.js';
import { recordId } from '../../src/model/ids.js';
import { FileJsonSpill } from '../../src/service/json-spill-file.js';
import { POLNEAR_TRAIN_TEXT } from '../corpus.js';
import { isHtmlShape, makeInput, type Shape } from './scaling-inputs.js';
import { threadCpuMs } from './scaling-thread-cpu.js';

const MB = 1024 * 1024;
const [shape, sizesArg, roundsArg] = process.argv.slice(2) as [Shape, string, string | undefined];
const sizes = sizesArg.split(',').map(Number);
const rounds = Number(roundsArg ?? 3);
const gc = (globalThis as { gc?: (o?: { type: 'minor' }) => void }).gc;
const full = await Analyzer.create();
const ingestOnly = await Analyzer.create({ stages: [], windowChars: Number.MAX_SAFE_INTEGER });

function analyse(bytes: number): Document {
  const input = makeInput(shape, bytes, POLNEAR_TRAIN_TEXT);
  const { document } = ingestOnly.run(isHtmlShape(shape) ? htmlInput(input) : { text: input });
  const merger = new WindowRecords(document, RECORD_KINDS, resolveInclude([]), new FileJsonSpill());
  for (const w of windowsOf(document, WINDOW_CHARS)) {
    for (const p of w.blocks)
      if (p.pieceOf) merger.alias(recordId('blk', document.scope, p.start, p.end), p.pieceOf);
    const win = windowDocument(document, w);
    for (const { stage } of full.pipeline.stages) stage.run(win, {});
    merger.add(win, w.start);
  }
  merger.finish(document);
  releaseUnreadLayers(document, resolveInclude([]));
  return document;
}

/**
 * CPU ms per part of the output (each top-level key of the analysis), written as analysisJsonChunks
 * writes it (json-stream.ts): a windowed kind's JSON pieces, a long string in pieces, an array item by item.
 */
function timeOutput(doc: Document): Map<string, number> {
  const parts = new Map<string, number>();
  const sink = openSync(devNull, 'w');
  const write = (s: string) => writeSync(sink, s);
  gc?.({ type: 'minor' });
  let t0 = threadCpuMs() ?? 0;
  for (const [key, value] of analysisEntries(doc, [])) {
    if (value instanceof RecordsJson) for (const text of value.text()) write(text);
    else if (typeof value === 'string') for (const text of stringJsonPieces(value)) write(text);
    else if (Array.isArray(value)) for (const item of value) write(JSON.stringify(item) ?? 'null');
    else write(JSON.stringify(value));
    const t1 = threadCpuMs() ?? 0;
    parts.set(key, (parts.get(key) ?? 0) + t1 - t0);
    t0 = t1;
  }
  closeSync(sink);
  return parts;
}

const docs = sizes.map((mb) => analyse(Math.round(mb * MB)));
const results = sizes.map(() => [] as Map<string, number>[]);
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? sizes.map((_, i) => i) : sizes.map((_, i) => sizes.length - 1 - i);
  for (const i of order) results[i]?.push(timeOutput(docs[i] as Document));
}
const names = [...new Set(results.flatMap((rs) => rs.flatMap((m) => [...m.keys()])))];
console.log(`| part | ${sizes.map((s) => `${s} MB (ms, each round)`).join(' | ')} |`);
for (const name of [...names, 'total']) {
  const cells = results.map((rs) =>
    rs
      .map((m) =>
        (name === 'total' ? [...m.values()].reduce((a, b) => a + b, 0) : (m.get(name) ?? 0)).toFixed(0),
      )
      .join(', '),
  );
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
