import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';

const analyzer = await Analyzer.create({ stages: ['dating'] });

function datesOf(text: string, published?: string): { content: string; value?: string; basis: string }[] {
  const { document } = analyzer.run({ text, ...(published ? { published } : {}) });
  const statements = document.layers.quotes?.statements ?? [];
  const times = document.layers.statementTimes ?? [];
  return statements.map((s, i) => ({
    content: s.content.map((c) => c.text).join(' '),
    ...(times[i]?.value ? { value: times[i]?.value } : {}),
    basis: times[i]?.basis ?? 'missing',
  }));
}

describe('dating stage', () => {
  it('dates a statement by the time expression of its sentence', () => {
    const [d] = datesOf('On Thursday, the minister said the talks had failed.', '2024-11-08');
    expect(d).toMatchObject({ value: '2024-11-07', basis: 'stated' });
  });

  it('ignores time expressions inside the content (they say what, not when)', () => {
    const [d] = datesOf('The minister said the talks would end within 24 hours.', '2024-11-08');
    expect(d).toMatchObject({ value: '2024-11-08', basis: 'reported-on' });
  });

  it('leaves the date unknown without a publication date or a stated date', () => {
    const [d] = datesOf('The minister said the talks had failed.');
    expect(d).toMatchObject({ basis: 'unknown' });
    expect(d?.value).toBeUndefined();
  });

  it('aligns one time with every statement', () => {
    const { document } = analyzer.run({
      text: 'The minister said the talks had failed. On Monday, her deputy said they would resume.',
      published: '2024-11-08',
    });
    expect(document.layers.statementTimes?.map((t) => t.statementId)).toEqual(
      document.layers.quotes?.statements.map((s) => s.id),
    );
  });
});
