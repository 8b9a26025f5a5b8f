import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTimeline, timelineSection } from '../../../src/analysis/timeline.js';
import { Analyzer } from '../../../src/analyzer.js';

const SAMPLE = readFileSync(new URL('../../../examples/putin-trump-ukraine.txt', import.meta.url), 'utf8');
const analyzer = await Analyzer.create();
const doc = analyzer.run({ text: SAMPLE, published: '2024-11-08' }).document;

describe('timeline (a view across timexes, statements and their dates)', () => {
  it('orders the timeline: Osaka, Biden call, June 14 address, July attempt, Thursday congratulations', () => {
    const order = buildTimeline(doc).map((e) => e.snippet);
    const at = (needle: string): number => order.findIndex((s) => s.includes(needle));
    const seq = [
      at('Osaka'),
      at('February 2022'),
      at('June 14'),
      at('July assassination'),
      at('On Thursday'),
    ];
    expect(seq.every((i) => i >= 0)).toBe(true);
    expect([...seq].sort((a, b) => a - b)).toEqual(seq);
  });

  it('puts dated statements with their speaker in the report, and counts the ones dated only by publication', () => {
    const lines = timelineSection(doc)?.lines ?? [];
    expect(lines.some((l) => /2024-06-14\s+statement by Vladimir Putin: /.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(
      /^ {2}\(\d+ more statements dated only by the publication date, 2024-11-08\)$/,
    );
    expect(analyzer.report(doc)).toContain('## Timeline');
  });

  it('is absent when time was not analysed', async () => {
    const tokensOnly = await Analyzer.create({ stages: ['tokens'] });
    expect(timelineSection(tokensOnly.run({ text: SAMPLE }).document)).toBeUndefined();
  });
});
