/** The `sentences` stage: segments each content block's tokens; a sentence never crosses a block. */
import { contentBlocks, type Document, getLayer, setLayer } from '../../model/document.js';
import { recordId } from '../../model/ids.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Token } from '../tokens/types.js';
import { defaultBoundaryModel } from './boundary-model.js';
import { type GapJudge, modelJudge, type SentenceSink, segmentTokens } from './segment.js';
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
  let cut = 0;
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
      boundedSink(
        tokens,
        () => cut++,
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
      ),
      judge ?? undefined,
    );
  }
  if (cut > 0) {
    doc.warnings.push(
      `sentences: ${cut} run(s) of more than ${MAX_SENTENCE_TOKENS} tokens with no sentence end were cut into sentences of at most ${MAX_SENTENCE_TOKENS} tokens`,
    );
  }
  return sentences;
}

/**
 * Most tokens of a sentence. Later stages do work per sentence that grows faster than the sentence
 * (cues against the cues after them, spans inside it), so a run with no sentence end (a 1 MB line
 * with no punctuation) is cut into bounded sentences, with a warning. PolNeAR's longest sentence
 * has 222 tokens.
 */
export const MAX_SENTENCE_TOKENS = 400;

/** Tokens at the end of a piece searched back for a comma, semicolon or colon to cut after. */
const CUT_SEARCH_TOKENS = MAX_SENTENCE_TOKENS / 4;

/** A sink passing sentences of at most MAX_SENTENCE_TOKENS on to `sink`, cut after punctuation where there is some. */
function boundedSink(tokens: readonly Token[], onCut: () => void, sink: SentenceSink): SentenceSink {
  return (a, b) => {
    if (b - a <= MAX_SENTENCE_TOKENS) return sink(a, b);
    onCut();
    let from = a;
    while (b - from > MAX_SENTENCE_TOKENS) {
      let to = from + MAX_SENTENCE_TOKENS;
      for (let i = to - 1; i > to - CUT_SEARCH_TOKENS; i--) {
        if (/^[,;:]$/.test((tokens[i] as Token).text)) {
          to = i + 1;
          break;
        }
      }
      sink(from, to);
      from = to;
    }
    sink(from, b);
  };
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
    // A document analysed in windows keeps no tokens (analysis/windowed-run.ts): its last sentence ends at their count.
    const tokens = doc.layers.tokens?.length ?? sentences[sentences.length - 1]?.tokenEnd ?? 0;
    return { title: 'Sentences', lines: [sentencesLine(sentences.length, tokens)] };
  },
};

/** The sentences section's one line (also what a huge document's report says, analysis/window-report.ts). */
export function sentencesLine(sentences: number, tokens: number): string {
  return `${sentences} sentences, ${tokens} tokens`;
}
