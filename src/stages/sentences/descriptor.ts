/** Descriptor of the `sentences` stage; the implementation and its boundary model load lazily. */
import type { StageDescriptor } from '../../pipeline/stage.js';

export const SENTENCES_STAGE: StageDescriptor = {
  name: 'sentences',
  description: 'sentences of each content block (abbreviations, initials, quotes, headings)',
  requires: ['blocks', 'tokens'],
  uses: [],
  provides: ['sentences'],
  load: async () => (await import('./stage.js')).createSentencesStage(),
};
