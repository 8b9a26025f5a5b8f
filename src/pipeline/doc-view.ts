/**
 * The one token and sentence view over a document, the way spaCy's `Doc`/`Span` are views over one
 * text: every stage after `sentences` reads the production tokens and sentences through it (token ↔
 * character offset, sentence of a token, tokens of a sentence or a range, lower-case forms) and
 * never re-tokenises or re-splits the text for itself.
 *
 * A view is built once per document, on first use, and cached; it is rebuilt only if the `tokens`
 * or `sentences` layer is replaced. It holds no copy of the text: tokens and sentences are the
 * layers' own records.
 */
import type { Document } from '../model/document.js';
import { getLayer } from '../model/document.js';
import type { Sentence } from '../stages/sentences/types.js';
import type { Token } from '../stages/tokens/types.js';

/** A half-open range `[from, to)` of token or sentence indices. */
export interface IndexRange {
  readonly from: number;
  readonly to: number;
}

export interface DocView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Token index → its text in lower case (`'Putin'` → `'putin'`). */
  readonly lower: readonly string[];
  /**
   * The document's vocabulary: each distinct lower-case token text once, in order of first use.
   * Stages keep per-word facts in arrays indexed by `wordId` (a lexicon looked up once per word
   * and document) instead of re-hashing each token's text in a map of their own.
   */
  readonly vocabulary: readonly string[];
  /** Token index → index of its lower-case text in `vocabulary` (`lower[i] === vocabulary[wordId[i]]`). */
  readonly wordId: Int32Array;
  /** Token index → index of its sentence. */
  readonly sentenceOf: Int32Array;
  /** The token starting exactly at `offset`, or -1. */
  tokenStartingAt(offset: number): number;
  /** The token whose characters include `offset`, or -1 (between tokens, outside content blocks). */
  tokenAt(offset: number): number;
  /** The first token starting at or after `offset` (`tokens.length` when none does). */
  firstTokenFrom(offset: number): number;
  /** The tokens lying wholly inside the characters `[start, end)`. */
  tokensWithin(start: number, end: number): IndexRange;
  /** The sentence whose characters include `offset`, or -1. */
  sentenceAt(offset: number): number;
  /** The sentences overlapping the characters `[start, end)`. */
  sentencesOverlapping(start: number, end: number): IndexRange;
}

interface CacheEntry {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly view: DocView;
}

const VIEWS = new WeakMap<Document, CacheEntry>();

/** The view of `doc`'s `tokens` and `sentences` layers (typed error when either is absent). */
export function docView(doc: Document): DocView {
  const tokens = getLayer(doc, 'tokens');
  const sentences = getLayer(doc, 'sentences');
  const cached = VIEWS.get(doc);
  if (cached && cached.tokens === tokens && cached.sentences === sentences) return cached.view;
  const view = buildView(doc.text, tokens, sentences);
  VIEWS.set(doc, { tokens, sentences, view });
  return view;
}

function buildView(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): DocView {
  const n = tokens.length;
  const sentenceOf = new Int32Array(n).fill(-1);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) sentenceOf[t] = s;
  }
  // News repeats its words: each distinct token text is lower-cased and interned once per document.
  // One map serves both: a token text maps to the id of its lower-case form, and a lower-case form
  // (itself the text of a lower-case token) to its own id, so most words take one entry, not two.
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const lower = new Array<string>(n);
  const wordId = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text;
    let id = ids.get(t);
    if (id === undefined) {
      const l = t.toLowerCase();
      id = l === t ? undefined : ids.get(l);
      if (id === undefined) {
        id = vocabulary.length;
        vocabulary.push(l);
        ids.set(l, id);
      }
      if (l !== t) ids.set(t, id);
    }
    wordId[i] = id;
    lower[i] = vocabulary[id]!;
  }
  /** First index in `items` whose `key` is ≥ `offset` (binary search; items sorted by offset). */
  const lowerBound = (
    items: readonly { start: number; end: number }[],
    offset: number,
    key: 'start' | 'end',
  ) => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid]![key] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const firstTokenFrom = (offset: number): number => lowerBound(tokens, offset, 'start');
  const tokenStartingAt = (offset: number): number => {
    const i = firstTokenFrom(offset);
    return i < n && tokens[i]!.start === offset ? i : -1;
  };
  const tokenAt = (offset: number): number => {
    const i = lowerBound(tokens, offset + 1, 'end');
    return i < n && tokens[i]!.start <= offset ? i : -1;
  };
  const sentenceAt = (offset: number): number => {
    const i = lowerBound(sentences, offset + 1, 'end');
    return i < sentences.length && sentences[i]!.start <= offset ? i : -1;
  };
  return {
    text,
    tokens,
    sentences,
    lower,
    vocabulary,
    wordId,
    sentenceOf,
    tokenStartingAt,
    tokenAt,
    firstTokenFrom,
    tokensWithin(start, end) {
      const from = firstTokenFrom(start);
      let to = from;
      while (to < n && tokens[to]!.end <= end) to++;
      return { from, to };
    },
    sentenceAt,
    sentencesOverlapping(start, end) {
      const from = lowerBound(sentences, start + 1, 'end');
      let to = from;
      while (to < sentences.length && sentences[to]!.start < end) to++;
      return { from, to };
    },
  };
}

/** Drops `doc`'s cached view, so that its tokens and sentences can be freed once the layers are gone. */
export function forgetDocView(doc: Document): void {
  VIEWS.delete(doc);
}
