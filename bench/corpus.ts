/** The benchmark corpus: PolNeAR's 840 training articles (real news text), read from ../shared/data. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchCorpus, BenchText } from './types.js';

export const DATA_DIR = resolve(
  process.env['VERBATIM_DATA'] ?? join(import.meta.dirname, '..', '..', 'shared', 'data'),
);
export const POLNEAR_TRAIN_TEXT = join(DATA_DIR, 'quotes', 'polnear', 'train', 'text');
export const POLNEAR_DEV_TEXT = join(DATA_DIR, 'quotes', 'polnear', 'dev', 'text');

export function loadCorpus(dir = POLNEAR_TRAIN_TEXT, limit = Number.POSITIVE_INFINITY): BenchCorpus {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, limit);
  const texts: BenchText[] = files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    return { id: f, text, words: countWords(text) };
  });
  return {
    name: `PolNeAR train (${texts.length} articles)`,
    texts,
    words: texts.reduce((n, t) => n + t.words, 0),
  };
}

export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
