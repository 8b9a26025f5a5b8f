/**
 * The first PolNeAR dev articles (sorted by file name), analysed once as the store tests write them:
 * shared by the tests that compare two ways of storing the same articles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Analysis, toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';

export const POLNEAR_DEV = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'data',
  'quotes',
  'polnear',
  'dev',
  'text',
);

export interface DevAnalysis {
  /** The article's file name. */
  readonly f: string;
  readonly analysis: Analysis;
}

/** The first `count` dev articles, each analysed with the records `include` asks for. */
export async function analyseDevArticles(count: number, include: readonly string[]): Promise<DevAnalysis[]> {
  const analyzer = await Analyzer.create();
  return readdirSync(POLNEAR_DEV)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, count)
    .map((f) => {
      const { document, timings } = analyzer.run({ text: readFileSync(join(POLNEAR_DEV, f), 'utf8') });
      return { f, analysis: toAnalysis(document, timings, { include }) };
    });
}
