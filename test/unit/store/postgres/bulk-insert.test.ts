import { describe, expect, it } from 'vitest';
import { bulkInsertJson, bulkInsertSql } from '../../../../src/store/postgres/bulk-insert.js';

describe('bulk insert (PostgreSQL, one JSON parameter)', () => {
  it('names the columns in the INSERT and takes the rows in the table type', () => {
    expect(bulkInsertSql('mentions', ['article_id', 'text'])).toBe(
      'INSERT INTO mentions (article_id, text) SELECT article_id, text FROM json_populate_recordset(NULL::mentions, $1::json)',
    );
  });

  it('encodes each row as an object keyed by column, bytea as hex, bigint as text', () => {
    const json = bulkInsertJson(
      ['a', 'b', 'c', 'd'],
      [
        [1, 'x "quoted"', null, Buffer.from([0, 255])],
        [2.5, '', 12n, null],
      ],
    );
    expect(JSON.parse(json!)).toEqual([
      { a: 1, b: 'x "quoted"', c: null, d: '\\x00ff' },
      { a: 2.5, b: '', c: '12', d: null },
    ]);
  });

  it('declines rows that JSON would change (lone surrogate, non-finite number)', () => {
    expect(bulkInsertJson(['t'], [['ok'], ['half \uD83D pair']])).toBeUndefined();
    expect(bulkInsertJson(['n'], [[1], [Number.NaN]])).toBeUndefined();
    expect(bulkInsertJson(['t'], [['emoji 🙂 whole']])).toBeUndefined();
  });
});
