/**
 * Child process of the windowed-memory test (windowed-memory.test.ts): analyses one generated news
 * text of `<bytes>` in windows of `<windowChars>` with its records kept as JSON in a temporary file
 * (as `verbatim analyze --format json` does), writes the JSON to the null device, and prints the
 * peak RSS before the text was read (models loaded) and at the end, in MiB, as one JSON object.
 * `tsx test/scaling/windowed-rss.ts <bytes> <windowChars> [layers]` (`layers`: merged layers instead).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { devNull } from 'node:os';
import { makeInput } from '../../bench/suites/scaling-inputs.js';
import { releaseWindowedRecords } from '../../src/analysis/window-records.js';
import { Analyzer } from '../../src/analyzer.js';
import { FileJsonSpill } from '../../src/service/json-spill-file.js';

const [bytes = '0', windowChars = '0', mode = 'json'] = process.argv.slice(2);
const peakMib = () => process.resourceUsage().maxRSS / 1024;
const analyzer = await Analyzer.create({
  windowChars: Number(windowChars),
  ...(mode === 'json' ? { windowedJson: true, jsonSpill: () => new FileJsonSpill() } : {}),
});
// Every model is loaded by a first, small text, so the baseline holds them all.
analyzer.run({ text: 'Angela Merkel said on Monday that the talks had failed.' });
const text = makeInput('news-gen', Number(bytes));
const models = peakMib();
const { document, timings } = analyzer.run({ text });
const out = openSync(devNull, 'w');
for (const piece of analyzer.recordsJson(document, timings)) writeSync(out, piece);
closeSync(out);
releaseWindowedRecords(document);
process.stdout.write(`${JSON.stringify({ models, peak: peakMib() })}\n`);
