import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../../src/analysis/records.js';
import {
  ANALYSIS_ENCODING,
  analysisJson,
  BROTLI_ENCODING,
  decodeAnalysis,
  encodeAnalysis,
} from '../../../../src/store/core/analysis-blob.js';
import { withoutTexts, withTexts } from '../../../../src/store/core/offset-records.js';

const TEXT = 'Peskov said “no”. Then he left.';
const span = (start: number, end: number) => ({ start, end, text: TEXT.slice(start, end) });
const extra = {
  tokens: [span(0, 6), span(7, 11), span(12, 16), span(16, 17)],
  sentences: [{ id: 's1', blockId: 'b1', ...span(0, 17) }],
  entities: [{ id: 'e1', type: 'PER', ...span(0, 6) }],
  mentions: [{ id: 'm1', kind: 'name', ...span(0, 6), actorId: 'a1' }],
};

describe('offset records', () => {
  it('keeps offsets for the texts they give, and reads back every record field for field', () => {
    const stored = withoutTexts(extra, TEXT);
    expect(stored.tokens).toEqual([0, 6, 7, 11, 12, 16, 16, 17]);
    expect(stored.sentences).toEqual([{ id: 's1', blockId: 'b1', start: 0, end: 17 }]);
    expect(stored.entities).toEqual([{ id: 'e1', type: 'PER', start: 0, end: 6 }]);
    expect(stored.mentions).toBe(extra.mentions); // text not last: kept whole
    expect(JSON.stringify(withTexts(JSON.parse(JSON.stringify(stored)), TEXT))).toBe(JSON.stringify(extra));
  });

  it('keeps whole a kind whose records break the offsets invariant or carry more fields', () => {
    const tagged = { tokens: [{ ...span(0, 6), upos: 'PROPN' }] };
    expect(withoutTexts(tagged, TEXT)).toEqual(tagged);
    const off = { sentences: [{ id: 's1', blockId: 'b1', start: 0, end: 6, text: 'Putin' }] };
    expect(withoutTexts(off, TEXT)).toEqual(off);
    expect(withTexts(off, TEXT)).toEqual(off);
  });

  it('reads rows of the encoding before v12 (json+brotli, records whole) as they are', () => {
    const analysis = { schema: 'verbatim.analysis/2', document: { id: 'd' }, text: TEXT, ...extra };
    const blobs = encodeAnalysis(analysis as unknown as Analysis);
    expect(decodeAnalysis(blobs.view, blobs.extra, ANALYSIS_ENCODING)).toEqual(analysis);
    const json = analysisJson(analysis as unknown as Analysis);
    const whole = brotliCompressSync(JSON.stringify(withTexts(JSON.parse(json.extra!), TEXT)));
    expect(decodeAnalysis(brotliCompressSync(json.view), whole, BROTLI_ENCODING)).toEqual(analysis);
  });
});
