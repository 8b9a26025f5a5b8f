/**
 * The actor rules' projection of the shared document view (`pipeline/doc-view.ts`): each
 * production token with its dictionary lookup key, sentence, quotation state and capitalisation,
 * built once per document, plus the clause test every finder shares.
 */
import type { Document } from '../../model/document.js';
import { getLayer, hasLayer } from '../../model/document.js';
import { docView } from '../../pipeline/doc-view.js';
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
}

export interface ActorView {
  readonly text: string;
  readonly toks: readonly Tok[];
  /** Token index → first token of its sentence. */
  readonly sentStart: readonly number[];
  /** Universal POS tag per token, when a `pos` layer is present. */
  readonly upos?: readonly string[];
}

export function actorView(doc: Document): ActorView {
  const { tokens, sentences, sentenceOf } = docView(doc);
  const n = tokens.length;
  // Every production token lies in a sentence; a stray one counts as the first sentence's.
  const sentOf = Array.from(sentenceOf, (s) => Math.max(0, s));
  const sentStart = sentOf.map((s) => sentences[s]?.tokenStart ?? 0);
  let inQuote = false;
  let block = '';
  // News repeats its words: each distinct token text is normalised once per document.
  const keys = new Map<string, string>();
  const toks = new Array<Tok>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const b = sentences[sentOf[i]!]?.blockId ?? '';
    if (b !== block) {
      block = b;
      inQuote = false;
    }
    const txt = t.text;
    const opens = txt === '“' || (txt === '"' && !inQuote);
    const closes = txt === '”' || (txt === '"' && inQuote && !opens);
    if (opens) inQuote = true;
    let lower = lowerWord(txt);
    if (lower === undefined) {
      lower = keys.get(txt);
      if (lower === undefined) {
        lower = lookupKey(txt);
        keys.set(txt, lower);
      }
    }
    toks[i] = {
      start: t.start,
      end: t.end,
      text: txt,
      lower,
      sent: sentOf[i]!,
      inQuote,
      cap: isCapitalised(txt),
    };
    if (closes) inQuote = false;
  }
  const upos = hasLayer(doc, 'pos') ? getLayer(doc, 'pos').upos : undefined;
  return { text: doc.text, toks, sentStart, ...(upos ? { upos } : {}) };
}

/** `txt` itself when it is a lower-case a–z word, which is its own lookup key; otherwise undefined. */
function lowerWord(txt: string): string | undefined {
  const n = txt.length;
  if (n === 0) return undefined;
  for (let i = 0; i < n; i++) {
    const c = txt.charCodeAt(i);
    if (c < 97 || c > 122) return undefined;
  }
  return txt;
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
