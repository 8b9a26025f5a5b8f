/** The loaded `actors` stage: runs the actor rules with the dictionary and reports the actors. */
import type { Document } from '../../model/document.js';
import { setLayer } from '../../model/document.js';
import type { ReportSection, Stage } from '../../pipeline/stage.js';
import { findActors } from './actors.js';
import { type ActorDictionary, loadDictionary } from './dictionary.js';
import { entityNames, type NameFinder } from './name-finder.js';
import { actorsReport } from './report.js';

/** The stage, with the shipped actor dictionary loaded unless one is given. */
export async function createActorsStage(
  dict?: ActorDictionary,
  names: NameFinder = entityNames,
): Promise<Stage> {
  const dictionary = dict ?? (await loadDictionary());
  return {
    run(doc: Document): void {
      setLayer(doc, 'actors', findActors(doc, dictionary, names));
    },
    report(doc: Document): ReportSection | undefined {
      const layer = doc.layers.actors;
      return layer ? actorsReport(layer) : undefined;
    },
  };
}
