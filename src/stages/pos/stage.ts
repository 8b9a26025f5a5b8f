/** The `pos` stage: one UPOS tag per token, tagging sentence by sentence. */
import { type Document, getLayer, setLayer } from '../../model/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Token } from '../tokens/types.js';
import { defaultTagger } from './load-model.js';
import type { PerceptronTagger } from './tagger.js';
import type { PosLayer, Upos } from './types.js';

/** UPOS tags for every token of `doc`, aligned with its `tokens` layer. */
export function tagDocument(doc: Document, tagger: PerceptronTagger): PosLayer {
  const tokens = getLayer(doc, 'tokens');
  const upos = new Array<Upos>(tokens.length).fill('X');
  const tags = tagger.tags as readonly Upos[];
  const words: string[] = [];
  for (const s of getLayer(doc, 'sentences')) {
    words.length = 0;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) words.push((tokens[t] as Token).text);
    const ids = tagger.tagIds(words);
    for (let k = 0; k < ids.length; k++) upos[s.tokenStart + k] = tags[ids[k] as number] as Upos;
  }
  return { upos };
}

export function createPosStage(tagger: PerceptronTagger = defaultTagger()): Stage {
  return {
    run(doc) {
      setLayer(doc, 'pos', tagDocument(doc, tagger));
    },
  };
}
