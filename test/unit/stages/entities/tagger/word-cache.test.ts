import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NER_MODEL_URL } from '../../../../../src/stages/entities/tagger/load.js';
import { decodeModel, taggerFromParts } from '../../../../../src/stages/entities/tagger/model-io.js';
import { DocumentState } from '../../../../../src/stages/entities/tagger/tagger.js';
import {
  GENERATION_WORDS,
  NO_SLOT,
  WordInfoCache,
} from '../../../../../src/stages/entities/tagger/word-cache.js';
import type { WordInfo } from '../../../../../src/stages/entities/tagger/word-info.js';
import { WordScores } from '../../../../../src/stages/entities/tagger/word-scores.js';

/** Own text: running text with names, a Title Case headline (re-reads common words lower-cased). */
const DOCUMENT = [
  'Senators Question Harlow Over Grain Deal',
  'Mara Lindqvist told reporters in Tallinn that Orrin Vance of Baltic Grain Ltd had met the minister .',
  'Vance declined to comment .',
].map((s) => s.split(' '));

/** A word's facts as the cache sees them (only `lower`, `slot` and `serial` matter to it). */
const fakeInfo = (token: string): WordInfo =>
  ({ lower: token, slot: NO_SLOT, serial: 0 }) as unknown as WordInfo;

describe('WordInfoCache', () => {
  it('reuses the slots of dropped words, so slots stay within two generations and a bit', () => {
    const cache = new WordInfoCache(fakeInfo);
    const first = cache.get('kept');
    for (let i = 0; i < 5 * GENERATION_WORDS; i++) {
      cache.get(`word${i}`);
      if (i % 1000 === 0) cache.get('kept');
    }
    expect(cache.slots).toBeLessThanOrEqual(2 * GENERATION_WORDS + 1);
    expect(cache.get('kept')).toBe(first);
    expect(first.slot).not.toBe(NO_SLOT);
  });

  it('takes the slot away from a dropped word and gives each computed word its own serial', () => {
    const cache = new WordInfoCache(fakeInfo);
    const dropped = cache.get('once');
    for (let i = 0; i < 2 * GENERATION_WORDS + 1; i++) cache.get(`word${i}`);
    expect(dropped.slot).toBe(NO_SLOT);
    const again = cache.get('once');
    expect(again).not.toBe(dropped);
    expect(again.serial).toBeGreaterThan(dropped.serial);
  });
});

describe('entity tagger word cache', () => {
  const tagger = taggerFromParts(decodeModel(readFileSync(fileURLToPath(NER_MODEL_URL))));

  it('stays within two generations however many distinct words pass', () => {
    for (let i = 0; i < 3 * GENERATION_WORDS; i++) tagger.extractor.info(`word${i}`);
    expect(tagger.extractor.cachedWords).toBeLessThanOrEqual(2 * GENERATION_WORDS);
    expect(tagger.extractor.cachedWords).toBeGreaterThan(0);
  });

  it('tags a document the same once its words have left the cache', () => {
    const before = tagger.tagDocument(DOCUMENT).map((l) => [...l]);
    for (let i = 0; i < 2 * GENERATION_WORDS + 1; i++) tagger.extractor.info(`filler${i}`);
    const after = tagger.tagDocument(DOCUMENT).map((l) => [...l]);
    expect(after).toEqual(before);
    expect(before.flat().some((label) => label !== 0)).toBe(true);
  });

  it('scores a sentence the same when its words lose their slots before it is scored', () => {
    const scores = new WordScores(tagger.weights, tagger.extractor);
    const tokens = DOCUMENT[1] as string[];
    const emission = (s: ReturnType<typeof tagger.extractor.prepare>) => {
      const em = scores.sentenceScores(s);
      scores.addDocumentScores(s, new DocumentState(tagger.extractor, [tokens]), em);
      return [...em];
    };
    const before = emission(tagger.extractor.prepare(tokens));
    const held = tagger.extractor.prepare(tokens);
    for (let i = 0; i < 2 * GENERATION_WORDS + 1; i++) tagger.extractor.info(`later${i}`);
    expect(held.infos.every((x) => x.slot === NO_SLOT)).toBe(true);
    expect(emission(held)).toEqual(before);
  });
});
