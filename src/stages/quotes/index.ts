/** The `quotes` stage descriptor: statements attributed to speakers (issue #6). */
import type { StageDescriptor } from '../../pipeline/stage.js';

export type { QuotesLayer, SourceType, Speaker, Statement, StatementKind } from './types.js';

export const QUOTES_STAGE: StageDescriptor = {
  name: 'quotes',
  description: 'direct quotations, reported speech and according-to attributions with their speakers',
  // `actors` and `entities` are used when present (optional inputs, not requirements).
  requires: ['tokens', 'sentences'],
  provides: ['quotes'],
  async load() {
    const { createQuotesStage } = await import('./quotes.js');
    return createQuotesStage();
  },
};
