/** The human report of a stored analysis: its layers put back on a Document, reported by the same stages as `analyze`. */
import type { Analysis } from '../../analysis/records.js';
import { Analyzer } from '../../analyzer.js';
import type { Document, LayerData } from '../../model/document.js';

export async function reportFromAnalysis(analysis: Analysis): Promise<string> {
  const document: Document = {
    id: analysis.id,
    text: analysis.text,
    meta: analysis.meta,
    blocks: analysis.blocks,
    layers: { blocks: analysis.blocks, ...analysis.layers } as LayerData,
    warnings: [...analysis.warnings],
  };
  return (await Analyzer.create()).report(document);
}
