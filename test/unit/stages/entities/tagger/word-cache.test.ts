import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GENERATION_WORDS } from '../../../../../src/stages/entities/tagger/features.js';
import { NER_MODEL_URL } from '../../../../../src/stages/entities/tagger/load.js';
import { decodeModel, taggerFromParts } from '../../../../../src/stages/entities/tagger/model-io.js';

/** Own text: running text with names, a Title Case headline (re-reads common words lower-cased). */
const DOCUMENT = [
  'Senators Question Harlow Over Grain Deal',
  'Mara Lindqvist told reporters in Tallinn that Orrin Vance of Baltic Grain Ltd had met the minister .',
  'Vance declined to comment .',
].map((s) => s.split(' '));

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
});
