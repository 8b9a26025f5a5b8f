/** Writes gazetteer and lexicon for experiments: npx tsx scripts/ner/build-resources.ts OUTDIR */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readConll } from '../../src/formats/conll.js';
import { buildGazetteer, buildLexicon, unlabeledSentences } from './resources.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = process.env.VERBATIM_DATA ?? `${ROOT}../shared/data`;
const out = process.argv[2] ?? '/tmp/ner-res';
mkdirSync(out, { recursive: true });
const t0 = Date.now();
const gaz = buildGazetteer(DATA);
writeFileSync(`${out}/gazetteer.tsv.gz`, gzipSync([...gaz.lines()].join('\n')));
console.log(`gazetteer ${gaz.size} phrases (${Date.now() - t0} ms)`);
const train = readConll(readFileSync(`${DATA}/ner/conll2003/train.txt`, 'utf8')).flatMap((d) =>
  d.sentences.map((s) => s.tokens),
);
const sents = unlabeledSentences(DATA, train);
console.log(`unlabeled: ${sents.length} sentences, ${sents.reduce((a, s) => a + s.length, 0)} tokens`);
const lex = buildLexicon(sents, {
  minCount: 3,
  contextWords: 1000,
  dims: 96,
  ks: [32, 8, 8],
  iterations: 12,
});
writeFileSync(`${out}/lexicon.tsv.gz`, gzipSync([...lex.lines()].join('\n')));
console.log(`lexicon ${lex.size} words (${Date.now() - t0} ms)`);
