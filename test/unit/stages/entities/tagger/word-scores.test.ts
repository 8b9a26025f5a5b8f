import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NER_MODEL_URL } from '../../../../../src/stages/entities/tagger/load.js';
import { decodeModel, taggerFromParts } from '../../../../../src/stages/entities/tagger/model-io.js';
import { DocumentState, emission } from '../../../../../src/stages/entities/tagger/tagger.js';
import { WordScores } from '../../../../../src/stages/entities/tagger/word-scores.js';

/** Own texts: running text, a Title Case headline, an ALL CAPS dateline, edges of one and two tokens. */
const DOCUMENT = [
  'MOSCOW 1996-08-22 , REUTERS',
  'Putin Congratulates Trump , Expresses Willingness for Dialogue',
  'Kremlin spokesperson Dmitry Peskov said on Tuesday that Putin met leaders of the G20 in Osaka .',
  'Peskov',
  'Anna Berg flew to Riga with Carl Dunn ( Acme Corp ) .',
  'Putin \u2019s aides met NATO officials in Brussels .',
].map((s) => s.split(' '));

describe('WordScores', () => {
  it('equals the emission of the full feature lists (shipped model)', () => {
    const tagger = taggerFromParts(decodeModel(readFileSync(fileURLToPath(NER_MODEL_URL))));
    const { weights, extractor } = tagger;
    const fast = new WordScores(weights, extractor);
    const slowDoc = new DocumentState(extractor, DOCUMENT);
    const fastDoc = new DocumentState(extractor, DOCUMENT);
    for (const tokens of DOCUMENT) {
      const slow = emission(weights, extractor, extractor.sentence(tokens), slowDoc, []);
      const facts = extractor.prepare(tokens);
      const quick = fast.sentenceScores(facts);
      fast.addDocumentScores(facts, fastDoc, quick);
      expect(quick.length).toBe(slow.length);
      for (let k = 0; k < slow.length; k++) expect(quick[k]).toBeCloseTo(slow[k] as number, 3);
      const labels = tagger.tagDocument([tokens])[0] as Uint8Array;
      slowDoc.remember(extractor.sentence(tokens), labels);
      fastDoc.remember(extractor.prepare(tokens), labels);
    }
  });
});
