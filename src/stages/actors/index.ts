/** The `actors` stage descriptor: who is who in the article (names, roles, countries, coreference). */
import type { StageDescriptor } from '../../pipeline/stage.js';

export const actorsStage: StageDescriptor = {
  name: 'actors',
  description: 'actors: alias merging, roles, countries, pronoun and nominal coreference',
  requires: ['tokens', 'sentences', 'entities'],
  provides: ['actors'],
  load: async () => {
    const [{ loadDictionary }, { actorsStageWith }] = await Promise.all([
      import('./dictionary.js'),
      import('./stage.js'),
    ]);
    return actorsStageWith(await loadDictionary());
  },
};
