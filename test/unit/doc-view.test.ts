import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/ingest/text-document.js';
import { type Document, setLayer } from '../../src/model/document.js';
import { docView } from '../../src/pipeline/doc-view.js';
import { sentencesOf } from '../../src/stages/sentences/stage.js';
import { tokenizeDocument } from '../../src/stages/tokens/stage.js';

/** A document with the production tokens and sentences layers. */
function analysed(text: string): Document {
  const doc = textDocument(text);
  setLayer(doc, 'tokens', tokenizeDocument(doc));
  setLayer(doc, 'sentences', sentencesOf(doc));
  return doc;
}

const TEXT = 'Mr. Putin spoke on Nov. 8. The U.S. replied.\n\nTrump said “No.”';

describe('the shared document view', () => {
  const doc = analysed(TEXT);
  const view = docView(doc);

  it('is built once per document and rebuilt when a layer is replaced', () => {
    expect(docView(doc)).toBe(view);
    const other = analysed(TEXT);
    expect(docView(other)).not.toBe(view);
    setLayer(other, 'sentences', sentencesOf(other));
    const rebuilt = docView(other);
    expect(docView(other)).toBe(rebuilt);
  });

  it('reads the production tokens: abbreviations keep their period', () => {
    expect(view.tokens.map((t) => t.text).slice(0, 6)).toEqual(['Mr.', 'Putin', 'spoke', 'on', 'Nov.', '8']);
    expect(view.lower[1]).toBe('putin');
    for (const t of view.tokens) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
  });

  it('interns each lower-case word once: one id per distinct word, whatever its case', () => {
    const words = analysed('The cat saw THE dog. the Cat left.');
    const v = docView(words);
    expect(v.vocabulary).toEqual(['the', 'cat', 'saw', 'dog', '.', 'left']);
    expect(new Set(v.vocabulary).size).toBe(v.vocabulary.length);
    for (let i = 0; i < v.tokens.length; i++) expect(v.vocabulary[v.wordId[i]!]).toBe(v.lower[i]);
    const the = v.tokens.flatMap((t, i) => (t.text.toLowerCase() === 'the' ? [v.wordId[i]] : []));
    expect(the).toEqual([0, 0, 0]);
  });

  it('maps offsets to tokens', () => {
    const putin = TEXT.indexOf('Putin');
    expect(view.tokenStartingAt(putin)).toBe(1);
    expect(view.tokenStartingAt(putin + 1)).toBe(-1);
    expect(view.tokenAt(putin + 2)).toBe(1);
    expect(view.tokenAt(putin + 5)).toBe(-1); // the space after `Putin`
    expect(view.firstTokenFrom(putin + 1)).toBe(2);
    expect(view.firstTokenFrom(TEXT.length)).toBe(view.tokens.length);
    const within = view.tokensWithin(putin, TEXT.indexOf(' on'));
    expect([within.from, within.to]).toEqual([1, 3]);
  });

  it('maps tokens and offsets to sentences', () => {
    expect(view.sentences.map((s) => s.text)).toEqual([
      'Mr. Putin spoke on Nov. 8.',
      'The U.S. replied.',
      'Trump said “No.”',
    ]);
    expect(view.sentenceOf[1]).toBe(0);
    expect(view.sentenceOf[view.tokens.length - 1]).toBe(2);
    expect(view.sentenceAt(TEXT.indexOf('U.S.'))).toBe(1);
    expect(view.sentenceAt(TEXT.indexOf('\n'))).toBe(-1);
    const overlap = view.sentencesOverlapping(TEXT.indexOf('8.'), TEXT.indexOf('Trump') + 1);
    expect([overlap.from, overlap.to]).toEqual([0, 3]);
  });

  it('fails with a typed error when the document has no tokens', () => {
    expect(() => docView(textDocument('Hello.'))).toThrow(/tokens/);
  });
});
