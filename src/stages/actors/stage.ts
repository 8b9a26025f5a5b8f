/** The loaded `actors` stage: runs the actor rules with the dictionary and reports the actors. */
import type { Document } from '../../model/document.js';
import { setLayer } from '../../model/document.js';
import type { ReportSection, Stage } from '../../pipeline/stage.js';
import { findActors } from './actors.js';
import type { ActorDictionary } from './dictionary.js';
import { entityNames, type NameFinder } from './name-finder.js';
import { actorsReport } from './report.js';

export function actorsStageWith(dict: ActorDictionary, names: NameFinder = entityNames): Stage {
  return {
    name: 'actors',
    requires: ['tokens', 'sentences', 'entities'],
    provides: ['actors'],
    run(doc: Document): void {
      setLayer(doc, 'actors', findActors(doc, dict, names));
    },
    report(doc: Document): ReportSection | undefined {
      const layer = doc.layers.actors;
      return layer ? actorsReport(layer) : undefined;
    },
  };
}
