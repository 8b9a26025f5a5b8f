/** The `quotes` stage descriptor: statements attributed to speakers (issue #6). */
import type { StageDescriptor } from '../../pipeline/stage.js';

export type { QuotesLayer, SourceType, Speaker, Statement, StatementKind } from './types.js';

export const quotesStage: StageDescriptor = {
  name: 'quotes',
  description: 'direct quotations, reported speech and according-to attributions with their speakers',
  // tokens/sentences/actors/entities are used when present; listed here once they are on main.
  requires: [],
  provides: ['quotes'],
  async load() {
    const { createQuotesStage } = await import('./quotes.js');
    return createQuotesStage();
  },
};
