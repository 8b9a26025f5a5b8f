import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTimeml, writeTimeml } from '../../../src/formats/timeml.js';

const wrap = (text: string, dct = '2024-11-08'): string =>
  `<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="${dct}" functionInDocument="CREATION_TIME">${dct}</TIMEX3></DCT>\n<TEXT>${text}</TEXT>\n</TimeML>\n`;

describe('TimeML reader', () => {
  it('strips tags, decodes entities and keeps TIMEX3 offsets in the tag-free text', () => {
    const raw = wrap(
      'AT&amp;T said <TIMEX3 tid="t1" type="DATE" value="2024-11-07">Thursday</TIMEX3> it <EVENT eid="e1">rose</EVENT> &lt;5% <TIMEX3 tid="t2" type="DURATION" value="P2Y" mod="MORE_THAN">over two years</TIMEX3>.',
    );
    const doc = readTimeml(raw);
    expect(doc.dct).toBe('2024-11-08');
    expect(doc.text).toBe('AT&T said Thursday it rose <5% over two years.');
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value, t.mod])).toEqual([
      ['Thursday', 'DATE', '2024-11-07', undefined],
      ['over two years', 'DURATION', 'P2Y', 'MORE_THAN'],
    ]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('fails with a typed error when there is no TEXT', () => {
    expect(() => readTimeml('<TimeML></TimeML>')).toThrow(/no <TEXT>/);
  });
});

describe('TimeML writer', () => {
  it('inserts TIMEX3 tags and leaves every other character unchanged', () => {
    const raw = wrap('Q&amp;A on Thursday &amp; Friday.');
    const doc = readTimeml(raw);
    const i = doc.text.indexOf('Thursday');
    const out = writeTimeml(raw, doc, [
      { start: i, end: i + 8, tid: 't1', type: 'DATE', value: '2024-11-07' },
    ]);
    expect(out).toBe(
      raw.replace('Thursday', '<TIMEX3 tid="t1" type="DATE" value="2024-11-07">Thursday</TIMEX3>'),
    );
    const back = readTimeml(out);
    expect(back.text).toBe(doc.text);
    expect(back.timexes[0]).toMatchObject({ start: i, end: i + 8, value: '2024-11-07' });
  });

  it('round-trips arbitrary text and spans (property)', () => {
    const escapeXml = (s: string): string =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (text, a, b) => {
        const raw = wrap(escapeXml(text));
        const doc = readTimeml(raw);
        expect(doc.text).toBe(text);
        const start = text.length ? a % text.length : 0;
        const end = Math.min(text.length, start + 1 + (b % 5));
        if (end <= start) return;
        const back = readTimeml(writeTimeml(raw, doc, [{ start, end, tid: 't1', type: 'DATE', value: 'X' }]));
        expect(back.text).toBe(text);
        expect(back.timexes[0]?.text).toBe(text.slice(start, end));
      }),
      { numRuns: 200 },
    );
  });
});
