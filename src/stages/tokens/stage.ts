/** The `tokens` stage: tokenises every content block (never across blocks) into the `tokens` layer. */
import { contentBlocks, type Document, setLayer } from '../../model/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { tokenizeRange } from './tokenize.js';
import type { Token } from './types.js';

/** Tokens of `text[start, end)` as layer records, numbered from `firstIndex`. */
export function tokenizeSpan(text: string, start: number, end: number, firstIndex = 0): Token[] {
  const tokens: Token[] = [];
  tokenizeRange(text, start, end, {
    push: (s, e) => {
      tokens.push({ start: s, end: e, text: text.slice(s, e), index: firstIndex + tokens.length });
    },
  });
  return tokens;
}

/** Highest character V8 keeps one shared single-character string for (Latin-1). */
const MAX_SHARED_CHAR = 0xff;

/**
 * Tokens of every content block of `doc`, in text order. Token texts are interned per document:
 * news repeats its words, and one string per distinct form instead of one per token saves ~24
 * bytes a token (~10 MB at 2 MB of text) for one map lookup.
 */
export function tokenizeDocument(doc: Document): Token[] {
  const tokens: Token[] = [];
  const forms = new Map<string, string>();
  for (const block of contentBlocks(doc)) {
    tokenizeRange(doc.text, block.start, block.end, {
      push: (s, e) => {
        let text = doc.text.slice(s, e);
        // V8 already shares one string per one-byte character (most punctuation tokens).
        if (e - s > 1 || text.charCodeAt(0) > MAX_SHARED_CHAR) {
          const known = forms.get(text);
          if (known === undefined) forms.set(text, text);
          else text = known;
        }
        tokens.push({ start: s, end: e, text, index: tokens.length });
      },
    });
  }
  return tokens;
}

export function createTokensStage(): Stage {
  return {
    run(doc) {
      setLayer(doc, 'tokens', tokenizeDocument(doc));
    },
  };
}
