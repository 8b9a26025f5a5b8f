import { describe, expect, it } from 'vitest';
import { codePeriods, rolePeriods } from '../../../src/api/actor-history.js';
import type { CorpusLink, RoleOverTime } from '../../../src/corpus/types.js';

function link(articleId: number, date: string | undefined, sector: string): CorpusLink {
  return {
    articleId,
    actorId: `a${articleId}`,
    name: 'Donald Trump',
    ...(date ? { date } : {}),
    score: 1,
    evidence: {},
    country: 'USA',
    sector,
    mentions: 1,
    statements: 0,
  };
}

function role(articleId: number, date: string | undefined, title: string, text: string): RoleOverTime {
  return {
    role: text,
    title,
    ...(date ? { date } : {}),
    basis: date ? 'reported-on' : 'unknown',
    articleId,
    span: { start: 0, end: text.length, text },
  };
}

describe('roles and codes over time', () => {
  it('folds dated codes into runs in date order, whatever the input order, and leaves undated links out', () => {
    const periods = codePeriods([
      link(19, '2025-02-17', 'GOV'),
      link(20, undefined, 'GOV'),
      link(17, '2024-11-12', 'ELI'),
      link(18, '2019-06-29', 'GOV'),
      link(1, '2017-07-21', 'GOV'),
    ]);
    expect(periods.map((p) => [p.value, p.from, p.to, p.articleIds])).toEqual([
      ['USA GOV', '2017-07-21', '2019-06-29', [1, 18]],
      ['USA ELI', '2024-11-12', '2024-11-12', [17]],
      ['USA GOV', '2025-02-17', '2025-02-17', [19]],
    ]);
  });

  it('folds roles by their normalised title, keeps the words as written (most frequent first), counts an article once', () => {
    const periods = rolePeriods([
      role(1, '2017-07-21', 'president', 'President'),
      role(1, '2017-07-21', 'president', 'U.S. President'),
      role(18, '2019-06-29', 'president', 'U.S. President'),
      role(17, '2024-11-12', 'president-elect', 'President-elect'),
      role(20, undefined, 'president-elect', 'U.S. President-elect'),
    ]);
    expect(periods).toEqual([
      {
        value: 'president',
        from: '2017-07-21',
        to: '2019-06-29',
        articleIds: [1, 18],
        titles: ['U.S. President', 'President'],
      },
      {
        value: 'president-elect',
        from: '2024-11-12',
        to: '2024-11-12',
        articleIds: [17],
        titles: ['President-elect'],
      },
    ]);
  });
});
