import { describe, expect, it } from 'vitest';
import { combinedInsertSql, DeferredInserts } from '../../../../src/store/postgres/deferred-inserts.js';

describe('deferred inserts (PostgreSQL, one statement per run of inserts)', () => {
  it('sends one held insert as the plain JSON-parameter INSERT', () => {
    expect(combinedInsertSql([{ table: 'blocks', columns: ['article_id', 'kind'] }])).toBe(
      'INSERT INTO blocks (article_id, kind) SELECT article_id, kind FROM json_populate_recordset(NULL::blocks, $1::json)',
    );
  });

  it('sends several as data-modifying CTEs, each with its own parameter in the order held', () => {
    const sql = combinedInsertSql([
      { table: 'blocks', columns: ['a'] },
      { table: 'actors', columns: ['b'] },
      { table: 'mentions', columns: ['c'] },
    ]);
    expect(sql).toBe(
      'WITH i1 AS (INSERT INTO blocks (a) SELECT a FROM json_populate_recordset(NULL::blocks, $1::json)), ' +
        'i2 AS (INSERT INTO actors (b) SELECT b FROM json_populate_recordset(NULL::actors, $2::json)) ' +
        'INSERT INTO mentions (c) SELECT c FROM json_populate_recordset(NULL::mentions, $3::json)',
    );
  });

  it('hands the held inserts over once, with their rows, and then holds nothing', () => {
    const held = new DeferredInserts();
    expect(held.take()).toBeUndefined();
    held.hold('blocks', ['a'], '[{"a":1}]');
    held.hold('actors', ['b'], '[{"b":2}]');
    expect(held.holds('blocks')).toBe(true);
    expect(held.holds('mentions')).toBe(false);
    const taken = held.take();
    expect(taken?.params).toEqual(['[{"a":1}]', '[{"b":2}]']);
    expect(taken?.sql).toContain('$2::json');
    expect(held.take()).toBeUndefined();
    expect(held.holds('blocks')).toBe(false);
  });

  it('refuses to make a statement of no insert', () => {
    expect(() => combinedInsertSql([])).toThrow(/no insert/);
  });
});
