/**
 * A process killed inside a write group (faults.test.ts): stores the first input in a group of its own, then
 * opens a second group, writes the other inputs in it, prints `written <n>` and waits to be killed before its
 * COMMIT. Arguments: the store file, then the input files.
 */
import { readFileSync } from 'node:fs';
import { toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { STORE_INCLUDE } from '../../src/store/core/rows.js';
import { prepareArticle } from '../../src/store/core/write.js';
import { openStore } from '../../src/store/index.js';

const [db, ...files] = process.argv.slice(2);
const analyzer = await Analyzer.create();
const prepared = files.map((file) => {
  const { document, timings } = analyzer.run({ text: readFileSync(file, 'utf8') });
  // The identity `verbatim ingest` gives a file (its absolute path), so its rerun skips what was committed.
  return prepareArticle(toAnalysis(document, timings, { include: STORE_INCLUDE }), {
    input: file,
    identity: file,
  });
});
const store = await openStore(db!);
await store.ingestGroup(async (write) => {
  await write(prepared[0]!);
});
await store.ingestGroup(async (write) => {
  for (const p of prepared.slice(1)) await write(p);
  process.stdout.write(`written ${prepared.length - 1}\n`);
  await new Promise(() => undefined); // killed here, before the COMMIT
});
