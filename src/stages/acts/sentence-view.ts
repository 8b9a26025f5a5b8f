/**
 * A sentence as the acts coder reads it: lower-case words, UPOS tags and character offsets of
 * the tokens, with token lookups by character offset. Built once per sentence, read by every rule.
 */
import type { DocView } from '../../pipeline/doc-view.js';
import type { Sentence } from '../sentences/types.js';
import type { Token } from '../tokens/types.js';

export interface SentenceView {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  /** Lower-case token texts, curly apostrophes straightened. */
  readonly words: readonly string[];
  /** Per token, the id of its lower-case text in the document's `vocabulary` (doc-view.ts). */
  readonly wordIds: Int32Array;
  /** The document's vocabulary (`DocView.vocabulary`): identifies the document, sizes per-word tables. */
  readonly vocabulary: readonly string[];
  /** UPOS per token (`X` when the pos layer is absent). */
  readonly upos: readonly string[];
  /** Penn tags per token, when the tagger gives them. */
  readonly xpos: readonly string[] | undefined;
}

/** Per document view: its lower-case words with curly apostrophes straightened, made once. */
const WORDS = new WeakMap<DocView, readonly string[]>();

function straightWords(doc: DocView): readonly string[] {
  let words = WORDS.get(doc);
  if (!words) {
    const straight = doc.vocabulary.map((w) => (w.includes('’') ? w.replace(/’/g, "'") : w));
    words = Array.from(doc.wordId, (id) => straight[id]!);
    WORDS.set(doc, words);
  }
  return words;
}

/** The view of sentence `s` of the document's shared token view (src/pipeline/doc-view.ts). */
export function sentenceView(
  doc: DocView,
  s: Sentence,
  upos: readonly string[] | undefined,
  xpos: readonly string[] | undefined,
): SentenceView {
  const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
  return {
    id: s.id,
    start: s.start,
    end: s.end,
    tokens,
    words: straightWords(doc).slice(s.tokenStart, s.tokenEnd),
    wordIds: doc.wordId.subarray(s.tokenStart, s.tokenEnd),
    vocabulary: doc.vocabulary,
    upos: tokens.map((t) => upos?.[t.index] ?? 'X'),
    xpos: xpos ? tokens.map((t) => xpos[t.index] ?? '') : undefined,
  };
}

/** Index (in the view) of the first token ending after `offset`. */
export function tokenAt(view: SentenceView, offset: number): number {
  let lo = 0;
  let hi = view.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((view.tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'be']);

/** Token `i` is a verb by its tags (UPOS VERB, or a Penn VB* tag). */
export function isVerb(view: SentenceView, i: number): boolean {
  const u = view.upos[i];
  if (u === 'VERB') return true;
  // `is opposed to`, `are determined to`: a participle tagged as an adjective after a form of be.
  if (u === 'ADJ' && (view.words[i] ?? '').endsWith('ed') && BE.has(view.words[i - 1] ?? '')) return true;
  const x = view.xpos?.[i];
  return u !== 'AUX' && x !== undefined && x.startsWith('VB');
}
