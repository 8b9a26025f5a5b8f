import { describe, expect, it } from 'vitest';
import { combinedInsertSql, DeferredInserts } from '../../../../src/store/postgres/deferred-inserts.js';

describe('deferred inserts (PostgreSQL, one statement per run of inserts)', () => {
  it('sends one held insert as the plain array-parameter INSERT', () => {
    expect(
      combinedInsertSql([{ table: 'blocks', columns: ['article_id', 'kind'], types: ['integer', 'text'] }]),
    ).toBe('INSERT INTO blocks (article_id, kind) SELECT * FROM unnest($1::integer[], $2::text[])');
  });

  it('sends several as data-modifying CTEs, their parameters numbered in the order held', () => {
    const sql = combinedInsertSql([
      { table: 'blocks', columns: ['a', 'a2'], types: ['integer', 'text'] },
      { table: 'actors', columns: ['b'], types: ['text'] },
      { table: 'mentions', columns: ['c'], types: ['bytea'] },
    ]);
    expect(sql).toBe(
      'WITH i1 AS (INSERT INTO blocks (a, a2) SELECT * FROM unnest($1::integer[], $2::text[])), ' +
        'i2 AS (INSERT INTO actors (b) SELECT * FROM unnest($3::text[])) ' +
        'INSERT INTO mentions (c) SELECT * FROM unnest($4::bytea[])',
    );
  });

  it('hands the held inserts over once, with their rows, and then holds nothing', () => {
    const held = new DeferredInserts();
    expect(held.take()).toBeUndefined();
    held.hold({ table: 'blocks', columns: ['a'], types: ['integer'], params: ['{"1"}'] });
    held.hold({ table: 'actors', columns: ['b', 'c'], types: ['text', 'text'], params: ['{"x"}', '{NULL}'] });
    expect(held.holds('blocks')).toBe(true);
    expect(held.holds('mentions')).toBe(false);
    const taken = held.take();
    expect(taken?.params).toEqual(['{"1"}', '{"x"}', '{NULL}']);
    expect(taken?.sql).toContain('$3::text[]');
    expect(held.take()).toBeUndefined();
    expect(held.holds('blocks')).toBe(false);
  });

  it('refuses to make a statement of no insert', () => {
    expect(() => combinedInsertSql([])).toThrow(/no insert/);
  });
});
