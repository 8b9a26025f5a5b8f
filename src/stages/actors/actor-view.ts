/**
 * The actor rules' projection of the shared document view (`pipeline/doc-view.ts`): each
 * production token with its dictionary lookup key, sentence, quotation state and capitalisation,
 * built once per document, plus the clause test every finder shares.
 */
import type { Document } from '../../model/document.js';
import { getLayer, hasLayer } from '../../model/document.js';
import { docView } from '../../pipeline/doc-view.js';
import type { QuoteRegion } from '../quotes/quote-marks.js';
import { lookupKey } from './dictionary.js';
import { CLAUSE_OPENERS } from './lexicon.js';

export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly sent: number;
  readonly inQuote: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /**
   * Index of its lower-case text in the document's vocabulary (doc-view `wordId`): per-word facts
   * are kept per document in arrays of `ActorView.words` entries, looked up once per word.
   */
  readonly word: number;
}

export interface ActorView {
  readonly text: string;
  readonly toks: readonly Tok[];
  /** Token index → first token of its sentence. */
  readonly sentStart: ArrayLike<number>;
  /** Distinct lower-case words of the document (the range of `Tok.word`). */
  readonly words: number;
  /** Universal POS tag per token, when a `pos` layer is present. */
  readonly upos?: readonly string[] | undefined;
}

/**
 * The view of `doc`; `quotations` are the quotation regions the statement finder found
 * (quotes/statement-finder.ts), in text order: a token is `inQuote` from a region's opening mark to
 * its closing mark.
 */
export function actorView(doc: Document, quotations: readonly QuoteRegion[]): ActorView {
  const { tokens, sentences, sentenceOf, vocabulary, wordId } = docView(doc);
  const n = tokens.length;
  // Every production token lies in a sentence; a stray one counts as the first sentence's.
  const sentStart = new Int32Array(n);
  let q = 0;
  // A token's lookup key depends on its lower-case text only: made once per word of the document.
  const keys = new Array<string | undefined>(vocabulary.length);
  const toks = new Array<Tok>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    while (q < quotations.length && quotations[q]!.end <= t.start) q++;
    const inQuote = q < quotations.length && quotations[q]!.start <= t.start;
    const txt = t.text;
    const sent = Math.max(0, sentenceOf[i]!);
    sentStart[i] = sentences[sent]?.tokenStart ?? 0;
    const id = wordId[i]!;
    let lower = keys[id];
    if (lower === undefined) {
      lower = lookupKey(vocabulary[id]!);
      keys[id] = lower;
    }
    toks[i] = {
      start: t.start,
      end: t.end,
      text: txt,
      lower,
      sent,
      inQuote,
      cap: isCapitalised(txt),
      word: id,
    };
  }
  const upos = hasLayer(doc, 'pos') ? getLayer(doc, 'pos').upos : undefined;
  // `upos` is always a field (undefined without a pos layer): one object shape for every view (speed only).
  return { text: doc.text, toks, sentStart, words: vocabulary.length, upos };
}

function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** Token `i` opens a clause: sentence start, or after a clause word, not after a preposition. */
export function opensClause(view: ActorView, i: number): boolean {
  if (i === view.sentStart[i]) return true;
  const prev = view.toks[i - 1]!;
  return prev.sent !== view.toks[i]!.sent || CLAUSE_OPENERS.has(prev.lower);
}
