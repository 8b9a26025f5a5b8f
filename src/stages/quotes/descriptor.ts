/** Descriptor of the `quotes` stage: statements attributed to speakers (issue #6); loads lazily. */
import type { StageDescriptor } from '../../pipeline/stage.js';

export const QUOTES_STAGE: StageDescriptor = {
  name: 'quotes',
  description: 'direct quotations, reported speech and according-to attributions with their speakers',
  requires: ['tokens', 'sentences'],
  // Speakers resolve to the actors layer's actors (ids, full names) when it is present.
  uses: ['actors'],
  provides: ['quotes'],
  load: async () => (await import('./quotes.js')).createQuotesStage(),
};
