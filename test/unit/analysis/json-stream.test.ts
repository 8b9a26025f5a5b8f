import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_PIECE_CHARS, stringJsonPieces } from '../../../src/analysis/json-stream.js';
import { INCLUDE_NAMES } from '../../../src/analysis/records.js';
import { Analyzer } from '../../../src/analyzer.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'examples/putin-trump-ukraine.txt'), 'utf8');
/** Copies of the sample in the long document: its tokens' JSON alone is several pieces long. */
const COPIES = 20;

const everything = await Analyzer.create({ include: INCLUDE_NAMES });
const byDefault = await Analyzer.create();

describe('analysis JSON in pieces (analyze --format json/jsonl)', () => {
  for (const [name, analyzer] of [
    ['default records', byDefault],
    ['every include', everything],
  ] as const) {
    it(`joins to exactly JSON.stringify of the records (${name})`, () => {
      const { document, timings } = analyzer.run({
        text: SAMPLE,
        meta: { source: 'sample.txt' },
        published: '2024-11-08',
      });
      const pieces = [...analyzer.recordsJson(document, timings)];
      expect(pieces.join('')).toBe(JSON.stringify(analyzer.records(document, timings)));
    });
  }

  it('writes a long document in bounded pieces, none holding the whole', () => {
    const text = Array.from({ length: COPIES }, () => SAMPLE).join('\n\n');
    const { document, timings } = everything.run({ text });
    const pieces = [...everything.recordsJson(document, timings)];
    const whole = JSON.stringify(everything.records(document, timings));
    expect(pieces.join('')).toBe(whole);
    expect(pieces.length).toBeGreaterThan(whole.length / (2 * JSON_PIECE_CHARS));
    // The text too is written in pieces: none is longer than a piece plus its longest record.
    expect(text.length).toBeGreaterThan(JSON_PIECE_CHARS);
    const records = Object.values(everything.records(document, timings)).filter(Array.isArray);
    const longest = Math.max(...records.flat().map((r) => JSON.stringify(r).length));
    expect(longest).toBeLessThan(text.length);
    expect(pieces.filter((p) => p.length > JSON_PIECE_CHARS + longest + 1)).toEqual([]);
  });

  it('escapes a long string in pieces that join to JSON.stringify, surrogate pairs never cut', () => {
    // A pair, a lone surrogate, quotes, controls and a backslash, placed so a pair straddles every cut.
    const unit = `a"\\\n\u0001\u2028😀\ud800x”`;
    const pad = 'b'.repeat(JSON_PIECE_CHARS - 1);
    for (const text of [`${pad}😀${pad}😀😀`, unit.repeat((3 * JSON_PIECE_CHARS) / unit.length + 7)]) {
      const pieces = [...stringJsonPieces(text)];
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join('')).toBe(JSON.stringify(text));
      expect(JSON.parse(pieces.join(''))).toBe(text);
    }
  });
});
