/**
 * The human report of a stored analysis. The records keep what the report needs to cite, not every
 * stage's internals, so the stored text, blocks and metadata are analysed again by the same stages
 * (deterministic: the same pipeline gives the same report as `analyze` did).
 */
import type { Analysis } from '../../analysis/records.js';
import { Analyzer } from '../../analyzer.js';
import type { DocumentMeta } from '../../model/document.js';

export async function reportFromAnalysis(analysis: Analysis): Promise<string> {
  const d = analysis.document;
  const meta: DocumentMeta = {
    ...(d.source ? { source: d.source } : {}),
    ...(d.url ? { url: d.url } : {}),
    ...(d.title ? { title: d.title } : {}),
    ...(d.authors ? { authors: d.authors } : {}),
    ...(d.publishedAt ? { publishedAt: d.publishedAt } : {}),
    ...(d.publishedAtBasis ? { publishedAtSource: d.publishedAtBasis } : {}),
    ...(d.site ? { site: d.site } : {}),
    ...(d.language ? { language: d.language } : {}),
    ...(d.encoding ? { encoding: d.encoding } : {}),
    extractor: d.extractor,
  };
  const analyzer = await Analyzer.create();
  const { document } = analyzer.run({
    text: analysis.text,
    meta,
    // a block record holds no text of its own (it is text.slice(start, end))
    blocks: analysis.blocks.map((b) => ({ ...b, text: analysis.text.slice(b.start, b.end) })),
    warnings: analysis.warnings,
  });
  return analyzer.report(document);
}
