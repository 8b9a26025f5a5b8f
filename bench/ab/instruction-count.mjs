/**
 * Instruction-count probe for comparing checkouts without load noise: loads DIR's built Analyzer (dist/),
 * with acts and claims left out (stages the oldest checkouts lack), and analyses the first N PolNeAR train
 * texts R times. Run it under callgrind, which counts every thread's instructions, and subtract a run with
 * N = 0 (model loading) from one with N texts; R = 2 minus R = 1 gives a warm pass:
 *   valgrind --tool=callgrind --callgrind-out-file=/dev/null node bench/ab/instruction-count.mjs DIR 60 2
 * Plain JavaScript so that no TypeScript loader's work is counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [dir = '.', nArg = '60', rArg = '1'] = process.argv.slice(2);
const root = resolve(dir);
const dataDir = process.env.VERBATIM_DATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
const textDir = join(dataDir, 'quotes', 'polnear', 'train', 'text');
const texts = readdirSync(textDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, Number(nArg))
  .map((f) => readFileSync(join(textDir, f), 'utf8'));
const { Analyzer } = await import(join(root, 'dist', 'analyzer.js'));
const { STAGE_REGISTRY } = await import(join(root, 'dist', 'stages', 'registry.js'));
const stages = STAGE_REGISTRY.map((d) => d.name).filter((s) => s !== 'acts' && s !== 'claims');
const analyzer = await Analyzer.create({ stages, skipOptional: true });
for (let r = 0; r < Number(rArg); r++) for (const text of texts) analyzer.run({ text });
console.log(`${texts.length} texts × ${rArg}`);
