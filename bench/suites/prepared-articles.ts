/**
 * The first N PolNeAR train articles analysed once and turned into store-ready articles, as a worker
 * hands them to the store: the shared input of the store-only PostgreSQL benches (workers-db*.ts).
 */
import { toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { STORE_INCLUDE } from '../../src/store/core/rows.js';
import { prepareArticle } from '../../src/store/core/write.js';
import { loadCorpus } from '../corpus.js';

export async function preparedArticles(n: number): Promise<ReturnType<typeof prepareArticle>[]> {
  const analyzer = await Analyzer.create();
  return loadCorpus(undefined, n).texts.map((t) => {
    const { document, timings } = analyzer.run({ text: t.text });
    return prepareArticle(toAnalysis(document, timings, { include: STORE_INCLUDE }), {
      input: t.id,
      identity: `db:${t.id}`,
    });
  });
}
