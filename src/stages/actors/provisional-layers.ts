/**
 * Stand-in `tokens` and `sentences` layers (a regular-expression tokeniser and a full-stop
 * sentence splitter) for running the actor rules where the real stages are not registered:
 * `verbatim predict actors` falls back to them, and tests use them to build documents.
 * They are deliberately simple; the pipeline's own stages replace them when present.
 */
import type { Document } from '../../model/document.js';
import { contentBlocks, setLayer } from '../../model/document.js';
import type { Sentence } from '../sentences/types.js';
import type { Token } from '../tokens/types.js';

/** Words, abbreviations with dots (`U.S.`), hyphenated words, clitics (`’s`), numbers, punctuation. */
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|['’]s\b|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’](?!s\b)[\p{L}\p{N}]+)*\.?|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
/** A dotted token ends a sentence unless it is a title or an initial. */
const NOT_SENTENCE_END = /^(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|Inc|Corp|Co|No|\p{Lu})\.$/u;

export function addProvisionalLayers(doc: Document): void {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const block of contentBlocks(doc)) {
    let sentStart = tokens.length;
    const flush = (): void => {
      if (tokens.length === sentStart) return;
      const a = tokens[sentStart]!;
      const b = tokens.at(-1)!;
      sentences.push({
        id: `s${sentences.length}`,
        blockId: block.id,
        start: a.start,
        end: b.end,
        text: doc.text.slice(a.start, b.end),
        tokenStart: sentStart,
        tokenEnd: tokens.length,
      });
      sentStart = tokens.length;
    };
    for (const m of block.text.matchAll(TOKEN_RE)) {
      let text = m[0];
      const start = block.start + m.index;
      // A word's trailing dot is its own token unless the word is an abbreviation.
      if (
        text.length > 1 &&
        text.endsWith('.') &&
        !/^(?:\p{Lu}\.)+$/u.test(text) &&
        !NOT_SENTENCE_END.test(text)
      ) {
        text = text.slice(0, -1);
      }
      tokens.push({ index: tokens.length, start, end: start + text.length, text });
      if (text.length < m[0].length)
        tokens.push({
          index: tokens.length,
          start: start + text.length,
          end: start + m[0].length,
          text: '.',
        });
      const last = tokens.at(-1)!.text;
      if (/^[.!?]$/.test(last) && !/^[”"’]/.test(block.text.slice(m.index + m[0].length).trimStart()))
        flush();
      else if (/^[”"]$/.test(last) && /[.!?]["”]$/.test(block.text.slice(0, m.index + 1))) flush();
    }
    flush();
  }
  setLayer(doc, 'tokens', tokens);
  setLayer(doc, 'sentences', sentences);
}
