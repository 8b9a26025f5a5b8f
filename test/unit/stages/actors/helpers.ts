/** Builds test documents with the production tokens and sentences layers and an entities layer from given names. */
import { textDocument } from '../../../../src/ingest/text-document.js';
import { type Document, getLayer, setLayer } from '../../../../src/model/document.js';
import { findActors } from '../../../../src/stages/actors/actors.js';
import { type ActorDictionary, loadDictionary } from '../../../../src/stages/actors/dictionary.js';
import type { Actor, ActorsLayer } from '../../../../src/stages/actors/types.js';
import type { EntityMention, EntityType } from '../../../../src/stages/entities/types.js';
import { createSentencesStage } from '../../../../src/stages/sentences/stage.js';
import { createTokensStage } from '../../../../src/stages/tokens/stage.js';

const TOKENS = createTokensStage();
const SENTENCES = createSentencesStage();

/** Adds the `tokens` and `sentences` layers by running the real stages, as the pipeline does. */
export function addProductionLayers(doc: Document): void {
  TOKENS.run(doc, {});
  SENTENCES.run(doc, {});
}

let dict: ActorDictionary | undefined;
export async function dictionary(): Promise<ActorDictionary> {
  dict ??= await loadDictionary();
  return dict;
}

/** Marks every occurrence of each name (longest first, whole tokens only) as an entity of its type. */
export function docWithEntities(text: string, names: Record<string, EntityType>): Document {
  const doc = textDocument(text);
  addProductionLayers(doc);
  const tokens = getLayer(doc, 'tokens');
  const taken = new Uint8Array(tokens.length);
  const entities: EntityMention[] = [];
  for (const name of Object.keys(names).sort((a, b) => b.length - a.length)) {
    for (let from = text.indexOf(name); from >= 0; from = text.indexOf(name, from + 1)) {
      const a = tokens.findIndex((t) => t.start === from);
      const b = tokens.findIndex((t) => t.end === from + name.length);
      if (a < 0 || b < 0 || taken.subarray(a, b + 1).some(Boolean)) continue;
      taken.fill(1, a, b + 1);
      entities.push({
        id: `e${entities.length}`,
        type: names[name]!,
        start: from,
        end: from + name.length,
        text: name,
        tokenStart: a,
        tokenEnd: b + 1,
      });
    }
  }
  setLayer(
    doc,
    'entities',
    entities.sort((x, y) => x.start - y.start),
  );
  return doc;
}

export async function actorsOf(text: string, names: Record<string, EntityType>): Promise<ActorsLayer> {
  return findActors(docWithEntities(text, names), await dictionary());
}

/** The actor a mention at the n-th occurrence of `surface` belongs to (by name). */
export function actorAt(layer: ActorsLayer, text: string, surface: string, nth = 0): Actor | undefined {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
  const m = layer.mentions.find(
    (x) => x.start <= at && x.end >= at + surface.length && x.end - x.start <= surface.length + 3,
  );
  return layer.actors.find((a) => a.id === m?.actorId);
}
