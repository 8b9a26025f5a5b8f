/**
 * The bench store: 10,000 articles made from the first PolNeAR training articles, analysed once, then stored
 * again and again through the public store API (`store.ingest`) as new articles: each copy gets its own URL,
 * outlet and publication date, and a paragraph of filler words appended after the analysed text (offsets of
 * every record stay valid) so near-duplicate detection does not fold the copies into their original. Each
 * analysis holds what `verbatim ingest` stores (STORE_INCLUDE: mentions, tokens, sentences, entities). Cached in
 * bench/results/ (keyed by size and STORE_FORMAT) because making it takes minutes.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Analysis, toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { STORE_INCLUDE } from '../../src/store/core/rows.js';
import { LATEST_SCHEMA_VERSION } from '../../src/store/core/schema.js';
import { openStore } from '../../src/store/index.js';
import { loadCorpus } from '../corpus.js';

/** Distinct analysed articles the copies are made from. */
const BASE_ARTICLES = 200;
/** Outlets the copies are spread over. */
const OUTLETS = 40;
/** Filler vocabulary: plain words, so full-text indexes grow as with real text. */
const FILLER =
  'market council river harbour budget school station bridge report winter border court hospital factory vote ' +
  'policy treaty league museum village summit province tariff drought festival railway election ministry'.split(
    ' ',
  );

/** A deterministic pseudo-random generator (mulberry32), so every run builds the same store. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function copyOf(base: Analysis, k: number, next: () => number): Analysis {
  const words = base.text.split(/\s+/).length;
  const filler = Array.from({ length: words }, () => FILLER[Math.floor(next() * FILLER.length)]).join(' ');
  const day = new Date(Date.UTC(2020, 0, 1) + k * 86_400_000 * 0.2).toISOString().slice(0, 10);
  const outlet = `outlet-${k % OUTLETS}.example`;
  return {
    ...base,
    text: `${base.text}\n\n${filler}\n`,
    document: {
      ...base.document,
      id: `${base.document.id}-${k}`,
      url: `https://${outlet}/story/${k}`,
      site: outlet,
      publishedAt: day,
    },
  };
}

export async function benchStore(dir: string, articles: number, log: (s: string) => void): Promise<string> {
  const file = join(dir, `api-store-s${LATEST_SCHEMA_VERSION}-${articles}.db`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.part`;
  rmSync(tmp, { force: true });
  const corpus = loadCorpus(undefined, BASE_ARTICLES);
  const analyzer = await Analyzer.create();
  log(`analysing ${corpus.texts.length} base articles…`);
  const bases = corpus.texts.map((t) => {
    const { document, timings } = analyzer.run({ text: t.text, meta: { source: t.id } });
    return toAnalysis(document, timings, { include: STORE_INCLUDE });
  });
  const store = await openStore(tmp);
  const next = random(17);
  const started = Date.now();
  for (let k = 0; k < articles; k++) {
    await store.ingest(copyOf(bases[k % bases.length]!, k, next), { input: `bench-${k}` });
    if (k % 1000 === 999) log(`stored ${k + 1} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  await store.close();
  renameSync(tmp, file);
  return file;
}
