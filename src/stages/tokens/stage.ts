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
        const sliced = doc.text.slice(s, e);
        let text = forms.get(sliced);
        if (text === undefined) {
          text = sliced;
          forms.set(text, text);
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
