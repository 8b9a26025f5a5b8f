/**
 * The quotes stage's words are the production tokens, with a written word's pieces joined back:
 * the table pins which tokens join and that every word boundary is a token boundary.
 */
import { describe, expect, it } from 'vitest';
import { textDocument } from '../../../../src/ingest/text-document.js';
import { type Document, setLayer } from '../../../../src/model/document.js';
import { docView } from '../../../../src/pipeline/doc-view.js';
import { wordsOf } from '../../../../src/stages/quotes/words.js';
import { sentencesOf } from '../../../../src/stages/sentences/stage.js';
import { tokenizeDocument } from '../../../../src/stages/tokens/stage.js';

function analysed(text: string): Document {
  const doc = textDocument(text);
  setLayer(doc, 'tokens', tokenizeDocument(doc));
  setLayer(doc, 'sentences', sentencesOf(doc));
  return doc;
}

const words = (text: string) => {
  const doc = analysed(text);
  return wordsOf(docView(doc), 0, text.length).map((w) => w.text);
};

/** [what, text, words] */
const CASES: [string, string, string[]][] = [
  ['a possessive clitic', 'Moscow’s demands', ['Moscow’s', 'demands']],
  ['a negation clitic', "They don't know", ['They', "don't", 'know']],
  ['an inner hyphen', 'a Trump-Putin call', ['a', 'Trump-Putin', 'call']],
  ['a dotted abbreviation before a hyphen', 'U.S.-Russia relations', ['U.S.-Russia', 'relations']],
  ['mojibake inside a name', 'FranÃÂ§ois Hollande said', ['FranÃÂ§ois', 'Hollande', 'said']],
  [
    'punctuation stays apart',
    '“No,” he said -- twice.',
    ['“', 'No', ',', '”', 'he', 'said', '--', 'twice', '.'],
  ],
  ['a number with a slash is one token', '9/11 widow', ['9/11', 'widow']],
];

describe('quotes: words over the production tokens', () => {
  it.each(CASES)('%s', (_what, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('starts and ends every word on a token boundary, with the lower-case form of its text', () => {
    const text = 'Kremlin spokesperson Dmitry Peskov’s aide didn’t say, “We’ll see.”';
    const doc = analysed(text);
    const view = docView(doc);
    const starts = new Set(view.tokens.map((t) => t.start));
    const ends = new Set(view.tokens.map((t) => t.end));
    for (const w of wordsOf(view, 0, text.length)) {
      expect(starts.has(w.start) && ends.has(w.end)).toBe(true);
      expect(text.slice(w.start, w.end)).toBe(w.text);
      expect(w.lower).toBe(w.text.toLowerCase());
    }
  });
});
