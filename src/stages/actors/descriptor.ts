/** Descriptor of the `actors` stage; the rules and the actor dictionary load lazily. */
import type { StageDescriptor } from '../../pipeline/stage.js';

export const ACTORS_STAGE: StageDescriptor = {
  name: 'actors',
  description: 'actors: alias merging, roles, countries, pronoun and nominal coreference',
  requires: ['tokens', 'sentences', 'entities'],
  // POS tags tell verbs apart from names and nominal heads (`known` names, `the two men`).
  uses: ['pos'],
  provides: ['actors'],
  load: async () => (await import('./stage.js')).createActorsStage(),
};
