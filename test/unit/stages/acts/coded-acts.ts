/**
 * Shared set-up of the acts tests: one analyzer with the stages the acts coder reads (created in the
 * calling file's `beforeAll`), and a text's acts, most confident first.
 */
import { beforeAll } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import type { Act } from '../../../../src/stages/acts/types.js';

/** A fixed publication date, so relative dates in the test sentences resolve the same way every run. */
const PUBLISHED = '2024-11-08';

export function codedActs(): (text: string, published?: string) => Act[] {
  let analyzer: Analyzer;
  beforeAll(async () => {
    analyzer = await Analyzer.create({ stages: ['acts', 'quotes', 'time', 'actors', 'entities', 'pos'] });
  });
  return (text, published = PUBLISHED) =>
    [...(analyzer.run({ text, published }).document.layers.acts?.acts ?? [])].sort(
      (a, b) => b.confidence - a.confidence,
    );
}
