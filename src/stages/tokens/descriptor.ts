/** Descriptor of the `tokens` stage; the implementation loads lazily. */
import type { StageDescriptor } from '../../pipeline/stage.js';

export const TOKENS_STAGE: StageDescriptor = {
  name: 'tokens',
  description: 'UD-English tokens with exact offsets, per content block',
  requires: ['blocks'],
  uses: [],
  provides: ['tokens'],
  load: async () => (await import('./stage.js')).createTokensStage(),
};
