import { describe, expect, it } from 'vitest';
import { bulkInsertArrays, bulkInsertSql } from '../../../../src/store/postgres/bulk-insert.js';

describe('bulk insert (PostgreSQL, one array parameter per column)', () => {
  it('names the columns in the INSERT and casts each array to its column type', () => {
    expect(bulkInsertSql('mentions', ['article_id', 'text'], ['integer', 'text'])).toBe(
      'INSERT INTO mentions (article_id, text) SELECT * FROM unnest($1::integer[], $2::text[])',
    );
    expect(bulkInsertSql('t', ['a'], ['bytea'], 7)).toBe(
      'INSERT INTO t (a) SELECT * FROM unnest($7::bytea[])',
    );
  });

  it('encodes each column as an array literal: strings quoted and escaped, numbers and NULL bare, bytea as hex', () => {
    const arrays = bulkInsertArrays(
      ['a', 'b', 'c', 'd'],
      [
        [1, 'x "quoted" \\ back', null, Buffer.from([0, 255])],
        [2.5, '', 12n, null],
        [-3, 'NULL', null, null],
      ],
    );
    expect(arrays).toEqual([
      '{1,2.5,-3}',
      '{"x \\"quoted\\" \\\\ back","","NULL"}',
      '{NULL,12,NULL}',
      '{"\\\\x00ff",NULL,NULL}',
    ]);
  });

  it('gives no rows as empty arrays', () => {
    expect(bulkInsertArrays(['a', 'b'], [])).toEqual(['{}', '{}']);
  });

  it('declines rows that would not arrive unchanged (surrogates, non-finite number)', () => {
    expect(bulkInsertArrays(['t'], [['ok'], ['half \uD83D pair']])).toBeUndefined();
    expect(bulkInsertArrays(['n'], [[1], [Number.NaN]])).toBeUndefined();
    expect(bulkInsertArrays(['t'], [['emoji 🙂 whole']])).toBeUndefined();
  });
});
