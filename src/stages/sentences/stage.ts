/** The `sentences` stage: segments each content block's tokens; a sentence never crosses a block. */
import {
  type Block,
  contentBlocks,
  createDocument,
  type Document,
  getLayer,
  setLayer,
} from '../../model/document.js';
import { recordId } from '../../model/ids.js';
import { anchorShape } from '../../pipeline/shape-anchor.js';
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
  const collector = new SentenceCollector(doc, tokens);
  let t = 0;
  for (const block of contentBlocks(doc)) {
    t = firstTokenFrom(tokens, t, block.start);
    const from = t;
    t = firstTokenPast(tokens, t, block.end);
    if (t === from) continue;
    collector.block = block;
    segmentTokens(doc.text, tokens, from, t, collector, judge ?? undefined);
  }
  if (collector.cut > 0) {
    doc.warnings.push(
      `sentences: ${collector.cut} run(s) of more than ${MAX_SENTENCE_TOKENS} tokens with no sentence end were cut into sentences of at most ${MAX_SENTENCE_TOKENS} tokens`,
    );
  }
  return collector.sentences;
}

/**
 * The token loops are top-level functions of plain arguments, and the collector is one object per
 * document, not closures made per block: on a huge text (one block of 80,000 tokens per window),
 * V8 compiled a closure's long-running loop on stack (OSR) bound to that call's objects, and the
 * full collection after the window threw that code away, so every window compiled it again on a
 * helper thread (2-3 compiles, ~5 ms of CPU per window charged to this stage: issue #15). For the
 * same reason segmentTokens calls the collector's `add` (a method of one shape) rather than a function
 * made per document, and one collector is kept for the life of the process (pipeline/shape-anchor.ts):
 * without both, the full collection after each window still threw segmentTokens' code away
 * ("weak objects"), 10-240 ms of compiling per window.
 */

/** Index of the first token at or after `t` that starts at or after `start`. */
function firstTokenFrom(tokens: readonly Token[], t: number, start: number): number {
  while (t < tokens.length && (tokens[t] as Token).start < start) t++;
  return t;
}

/** Index of the first token at or after `t` that ends after `end`. */
function firstTokenPast(tokens: readonly Token[], t: number, end: number): number {
  while (t < tokens.length && (tokens[t] as Token).end <= end) t++;
  return t;
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

/** Collects the sentences of one document, cutting a run of more than MAX_SENTENCE_TOKENS tokens. */
class SentenceCollector implements SentenceSink {
  readonly sentences: Sentence[] = [];
  /** Runs cut because they were longer than MAX_SENTENCE_TOKENS. */
  cut = 0;
  /** The block whose tokens are being segmented. */
  block: Block | undefined;

  constructor(
    private readonly doc: Document,
    private readonly tokens: readonly Token[],
  ) {}

  /** Sentences of at most MAX_SENTENCE_TOKENS for the run `[a, b)`, cut after punctuation where there is some. */
  add(a: number, b: number): void {
    if (b - a <= MAX_SENTENCE_TOKENS) {
      this.push(a, b);
      return;
    }
    this.cut++;
    let from = a;
    while (b - from > MAX_SENTENCE_TOKENS) {
      const to = cutAfter(this.tokens, from);
      this.push(from, to);
      from = to;
    }
    this.push(from, b);
  }

  private push(a: number, b: number): void {
    const { doc, tokens } = this;
    const start = (tokens[a] as Token).start;
    const end = (tokens[b - 1] as Token).end;
    this.sentences.push({
      id: recordId('sent', doc.scope, start, end),
      start,
      end,
      text: doc.text.slice(start, end),
      blockId: (this.block as Block).id,
      tokenStart: a,
      tokenEnd: b,
    });
  }
}

anchorShape(new SentenceCollector(createDocument('', []), []));

/** Where a piece of a long run from `from` ends: after its last `,` `;` `:` in the search zone, else at the limit. */
function cutAfter(tokens: readonly Token[], from: number): number {
  const to = from + MAX_SENTENCE_TOKENS;
  for (let i = to - 1; i > to - CUT_SEARCH_TOKENS; i--) {
    if (/^[,;:]$/.test((tokens[i] as Token).text)) return i + 1;
  }
  return to;
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
