/**
 * The actor view keeps one token per production token. Each field must read back what the layers
 * say: the token's offsets and text, its sentence, whether a quotation holds it, and its
 * capitalisation.
 */
import { describe, expect, it } from 'vitest';
import { textDocument } from '../../../../src/ingest/text-document.js';
import { getLayer } from '../../../../src/model/document.js';
import { docView } from '../../../../src/pipeline/doc-view.js';
import { actorView } from '../../../../src/stages/actors/actor-view.js';
import { addProductionLayers } from './helpers.js';

const TEXT =
  'Élodie Martin arrived in Paris. She said "we will win the vote" on Monday.\n\n' +
  'The minister, however, was not there. Ölgün spoke last.';

describe('actorView tokens', () => {
  it('read back the token layer, the sentence of each token, the quotation and capitalisation', () => {
    const doc = textDocument(TEXT);
    addProductionLayers(doc);
    const tokens = getLayer(doc, 'tokens');
    const { sentences, sentenceOf } = docView(doc);
    const open = TEXT.indexOf('"');
    const close = TEXT.indexOf('"', open + 1) + 1;
    const region = { start: open, end: close, innerStart: open + 1, innerEnd: close - 1, open: false };
    const view = actorView(doc, [region]);

    expect(view.toks).toHaveLength(tokens.length);
    expect(sentences.length).toBeGreaterThan(3);
    tokens.forEach((t, i) => {
      const tok = view.toks[i]!;
      expect([tok.start, tok.end, tok.text]).toEqual([t.start, t.end, t.text]);
      expect(TEXT.slice(tok.start, tok.end)).toBe(tok.text);
      expect(tok.sent).toBe(sentenceOf[i]);
      expect(tok.inQuote).toBe(t.start >= open && t.start < close);
      expect(tok.cap).toBe(/^\p{Lu}/u.test(t.text));
      expect(view.sentStart[i]).toBe(sentences[sentenceOf[i]!]!.tokenStart);
    });
    // Both flags and a sentence past the first are exercised.
    expect(view.toks.some((t) => t.inQuote && !t.cap)).toBe(true);
    expect(view.toks.filter((t) => t.cap).map((t) => t.text)).toContain('Ölgün');
    expect(view.toks.at(-1)!.sent).toBe(sentences.length - 1);
  });
});
