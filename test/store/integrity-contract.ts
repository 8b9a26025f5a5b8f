/**
 * Referential integrity of what ingest writes, on both adapters: every record row points at a stored article,
 * name and corpus actor. On SQLite foreign keys enforce it; on PostgreSQL schema v11 dropped those per-row
 * checks (src/store/core/schema.ts, INGEST_ROW_FOREIGN_KEYS), so this holds because the write path makes it
 * hold, and this suite is what checks that it still does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { DERIVED_RECORD_TABLES, INGEST_ROW_FOREIGN_KEYS } from '../../src/store/core/schema.js';
import { openDriver, openStore } from '../../src/store/index.js';
import type { NewLocation } from './contract.js';

const ROOT = join(import.meta.dirname, '..', '..');
const POLNEAR_DEV = join(ROOT, '..', 'shared', 'data', 'quotes', 'polnear', 'dev', 'text');
/** Articles ingested: enough for shared names, corpus actors linked across articles, claims and acts. */
const ARTICLES = 6;

/** The table a referring column points at. */
function target(column: string): string {
  if (column.endsWith('article_id')) return 'articles';
  if (column.endsWith('name_id')) return 'names';
  if (column === 'corpus_actor_id') return 'corpus_actors';
  throw new Error(`integrity contract: no target known for column ${column}`);
}

export function integrityContract(name: string, newLocation: NewLocation): void {
  describe(`store integrity: ${name}`, () => {
    it('stores no row that points at a missing article, name or corpus actor', async () => {
      const analyzer = await Analyzer.create();
      const url = await newLocation();
      const store = await openStore(url);
      const texts = readdirSync(POLNEAR_DEV)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .slice(0, ARTICLES);
      try {
        for (const f of texts) {
          const { document, timings } = analyzer.run({ text: readFileSync(join(POLNEAR_DEV, f), 'utf8') });
          const analysis = toAnalysis(document, timings, { include: ['mentions'] });
          expect((await store.ingest(analysis, { input: f })).status).toBe('stored');
        }
      } finally {
        await store.close();
      }
      const db = await openDriver(url);
      try {
        const referring: Record<string, number> = {};
        for (const [table, column] of INGEST_ROW_FOREIGN_KEYS) {
          if (DERIVED_RECORD_TABLES.includes(table)) continue; // dropped by v12
          const missing = await db.get<{ n: number }>(
            `SELECT count(*) AS n FROM ${table} r WHERE r.${column} IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM ${target(column)} t WHERE t.id = r.${column})`,
          );
          expect(Number(missing!.n), `${table}.${column}`).toBe(0);
          const present = await db.get<{ n: number }>(
            `SELECT count(*) AS n FROM ${table} WHERE ${column} IS NOT NULL`,
          );
          referring[`${table}.${column}`] = Number(present!.n);
        }
        // Not a vacuous check: the main references are there to check.
        for (const key of [
          'statements.article_id',
          'actors.name_id',
          'actors.corpus_actor_id',
          'statements.speaker_name_id',
        ])
          expect(referring[key], key).toBeGreaterThan(0);
        if (db.dialect === 'postgres') {
          const kept = await db.all<{ conname: string }>(
            `SELECT conname FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY conname`,
          );
          const names = kept.map((k) => k.conname);
          for (const [table, column] of INGEST_ROW_FOREIGN_KEYS)
            expect(names).not.toContain(`${table}_${column}_fkey`);
          expect(names).toContain('articles_source_id_fkey');
        }
      } finally {
        await db.close();
      }
    }, 300_000);
  });
}
