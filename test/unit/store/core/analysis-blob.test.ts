import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../../src/analysis/records.js';
import {
  ANALYSIS_ENCODING,
  analysisJson,
  DEFLATE_ENCODING,
  decodeAnalysis,
  encodeAnalysis,
  viewJson,
} from '../../../../src/store/core/analysis-blob.js';

/** Only the keys matter here: the blobs split the records by kind, whatever they hold. */
const analysis = {
  schema: 'verbatim.analysis/2',
  document: { id: 'd1' },
  text: 'Peskov said "no" \u2028 twice.',
  blocks: [{ id: 'b1', kind: 'paragraph', start: 0, end: 5 }],
  mentions: [{ id: 'm1', start: 0, end: 6, text: 'Peskov', kind: 'name' }],
  tokens: [{ start: 0, end: 6, text: 'Peskov', note: 'quote " and \\ backslash' }],
  statements: [{ id: 's1', content: [{ start: 7, end: 11, text: '"no"' }] }],
} as unknown as Analysis;

describe('analysisJson', () => {
  it('makes the extra blob the JSON.stringify of the extra records', () => {
    const json = analysisJson(analysis);
    expect(json.extra).toBe(JSON.stringify({ mentions: analysis.mentions, tokens: analysis.tokens }));
    expect(JSON.parse(json.view)).toEqual({
      schema: analysis.schema,
      document: analysis.document,
      text: analysis.text,
      blocks: analysis.blocks,
      statements: analysis.statements,
    });
  });

  it('has no extra blob without opt-in records', () => {
    const { mentions: _m, tokens: _t, ...plain } = analysis as unknown as Record<string, unknown>;
    const json = analysisJson(plain as unknown as Analysis);
    expect(json.extra).toBeNull();
  });

  it('round-trips through the compressed blobs', () => {
    const blobs = encodeAnalysis(analysis);
    expect(decodeAnalysis(blobs.view, blobs.extra, ANALYSIS_ENCODING)).toEqual(analysis);
    expect(JSON.parse(viewJson(blobs.view, ANALYSIS_ENCODING).toString('utf8'))).toEqual(
      JSON.parse(analysisJson(analysis).view),
    );
  });

  it('reads blobs stored before schema v10 (raw DEFLATE) by the encoding their row names', () => {
    const json = analysisJson(analysis);
    const view = deflateRawSync(json.view, { level: 1 });
    const extra = deflateRawSync(json.extra!, { level: 1 });
    expect(decodeAnalysis(view, extra, DEFLATE_ENCODING)).toEqual(analysis);
    expect(viewJson(view, DEFLATE_ENCODING).toString('utf8')).toBe(json.view);
  });

  it('refuses an encoding it does not know with E_STORE_NEWER', () => {
    const blobs = encodeAnalysis(analysis);
    expect(() => decodeAnalysis(blobs.view, blobs.extra, 'json+zstd')).toThrow(
      expect.objectContaining({ code: 'E_STORE_NEWER' }),
    );
  });
});
