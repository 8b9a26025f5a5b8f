/** The `sentences` stage: segments each content block's tokens; a sentence never crosses a block. */
import { contentBlocks, type Document, getLayer, setLayer } from '../../model/document.js';
import { recordId } from '../../model/ids.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Token } from '../tokens/types.js';
import { defaultBoundaryModel } from './boundary-model.js';
import { type GapJudge, modelJudge, segmentTokens } from './segment.js';
import type { Sentence } from './types.js';

let sharedJudge: GapJudge | undefined;

/** The judge of the shipped boundary model, loaded on first use. */
export function defaultJudge(): GapJudge {
  sharedJudge ??= modelJudge(defaultBoundaryModel());
  return sharedJudge;
}

/**
 * Sentences of `doc`, from its `tokens` layer and content blocks; `judge` decides the gaps the rules
 * leave open (the shipped model by default; `null` for the rules alone).
 */
export function sentencesOf(doc: Document, judge: GapJudge | null = defaultJudge()): Sentence[] {
  const tokens = getLayer(doc, 'tokens');
  const sentences: Sentence[] = [];
  let t = 0;
  for (const block of contentBlocks(doc)) {
    while (t < tokens.length && (tokens[t] as Token).start < block.start) t++;
    const from = t;
    while (t < tokens.length && (tokens[t] as Token).end <= block.end) t++;
    if (t === from) continue;
    segmentTokens(
      doc.text,
      tokens,
      from,
      t,
      (a, b) => {
        const start = (tokens[a] as Token).start;
        const end = (tokens[b - 1] as Token).end;
        sentences.push({
          id: recordId('sent', doc.scope, start, end),
          start,
          end,
          text: doc.text.slice(start, end),
          blockId: block.id,
          tokenStart: a,
          tokenEnd: b,
        });
      },
      judge ?? undefined,
    );
  }
  return sentences;
}

/** The stage, with the boundary model loaded. */
export function createSentencesStage(): Stage {
  defaultJudge();
  return SENTENCES;
}

const SENTENCES: Stage = {
  run(doc) {
    setLayer(doc, 'sentences', sentencesOf(doc));
  },
  report(doc) {
    const sentences = doc.layers.sentences;
    if (!sentences) return undefined;
    const tokens = doc.layers.tokens?.length ?? 0;
    return { title: 'Sentences', lines: [`${sentences.length} sentences, ${tokens} tokens`] };
  },
};
