import { describe, expect, it } from 'vitest';
import { parseBrat, writeBrat } from '../../../src/formats/brat.js';

describe('brat standoff', () => {
  it('reads text-bound annotations, discontinuous ranges, events and notes', () => {
    const text = 'Poll: voters are tired. Smith said they were.';
    const ann = [
      'T1\tSource 0 4\tPoll',
      'T2\tCue 4 5\t:',
      'T3\tContent 6 12;17 22\tvoters tired',
      'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
      '#1\tAnnotatorNotes T1\tthe poll',
    ].join('\n');
    const doc = parseBrat(ann, text);
    expect(doc.textBounds.get('T3')?.ranges).toEqual([
      { start: 6, end: 12 },
      { start: 17, end: 22 },
    ]);
    expect(doc.events[0]).toEqual({
      id: 'E1',
      type: 'Attribution',
      trigger: 'T2',
      args: { Content: 'T3', Cue: 'T2', Source: 'T1' },
    });
    expect(doc.notes[0]).toEqual({ id: '#1', target: 'T1', note: 'the poll' });
  });

  it('joins continuation lines of a span that crosses a paragraph break', () => {
    const text = 'A said:\n\nfirst line\nsecond line';
    const ann = 'T1\tContent 9 31\tfirst line\nsecond line\nT2\tCue 6 7\t:';
    const doc = parseBrat(ann, text);
    expect(doc.textBounds.get('T1')?.text).toBe('first line\nsecond line');
    expect(doc.textBounds.get('T2')?.label).toBe('Cue');
  });

  it('converts code-point offsets to UTF-16 and back around astral characters', () => {
    const text = '😀 Ann said “hi there” today.';
    // Code points: the emoji is one, so “hi there” starts at code point 11 (UTF-16 12).
    const doc = parseBrat('T1\tContent 11 21\t“hi there”', text);
    const r = doc.textBounds.get('T1')?.ranges[0];
    expect(text.slice(r?.start, r?.end)).toBe('“hi there”');
    const written = writeBrat(
      [
        {
          content: [{ start: 12, end: 22 }],
          cue: { start: 7, end: 11 },
          source: { start: 3, end: 6 },
          speaker: 'Ann',
        },
      ],
      text,
    );
    expect(written).toContain('T3\tContent 11 21\t“hi there”');
    expect(written).toContain('T1\tSource 2 5\tAnn');
    expect(written).toContain('T2\tCue 6 10\tsaid');
    expect(written).toContain('E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1');
    expect(written).toContain('#1\tAnnotatorNotes T1\tAnn');
  });

  it('round-trips what it writes', () => {
    const text = 'Peskov said there were no plans; he added nothing.';
    const written = writeBrat(
      [
        {
          content: [{ start: 12, end: 31 }],
          cue: { start: 7, end: 11 },
          source: { start: 0, end: 6 },
          speaker: 'Dmitry Peskov',
        },
      ],
      text,
    );
    const doc = parseBrat(written, text);
    const e = doc.events[0];
    expect(e?.args.Content && doc.textBounds.get(e.args.Content)?.text).toBe('there were no plans');
    expect(doc.notes[0]?.note).toBe('Dmitry Peskov');
  });
});
