/**
 * The corpus-update job's near-duplicate step, on SQLite: two copies stored at once by two workers miss each
 * other at ingest (simulated by clearing the link); the step links the later copy to the earlier one, and
 * changes nothing on a second run or on the original.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toAnalysis } from '../../../src/analysis/records.js';
import { Analyzer } from '../../../src/analyzer.js';
import type { JobContext } from '../../../src/queue/context.js';
import { corpusUpdate, corpusUpdateMany, lockKey, nearDuplicateStep } from '../../../src/queue/corpus-job.js';
import { silentLog } from '../../../src/queue/log.js';
import { STORE_INCLUDE } from '../../../src/store/core/rows.js';
import { storeOver } from '../../../src/store/core/store.js';
import { openDriver } from '../../../src/store/index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'examples', 'putin-trump-ukraine.txt'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'verbatim-corpus-job-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus-update: near-duplicates', () => {
  it('links the later of two copies that missed each other, idempotently', async () => {
    const analyzer = await Analyzer.create();
    const analyse = (text: string) => {
      const { document, timings } = analyzer.run({ text });
      return toAnalysis(document, timings, { include: STORE_INCLUDE });
    };
    const driver = await openDriver(join(dir, 'c.db'));
    const store = await storeOver(driver);
    const original = await store.ingest(analyse(SAMPLE), { input: 'wire.txt' });
    const copy = await store.ingest(analyse(SAMPLE.replace('Kremlin Reaffirms', 'Moscow Restates')), {
      input: 'outlet.txt',
    });
    expect(copy.duplicateOf?.articleId).toBe(original.articleId);
    await driver.run('UPDATE articles SET duplicate_of = NULL, duplicate_similarity = NULL WHERE id = ?', [
      copy.articleId,
    ]);

    const ctx = { store, db: driver, log: silentLog } as unknown as JobContext;
    await corpusUpdate(ctx, { articleId: original.articleId }, [nearDuplicateStep]);
    await corpusUpdate(ctx, { articleId: copy.articleId }, [nearDuplicateStep]);
    await corpusUpdate(ctx, { articleId: copy.articleId }, [nearDuplicateStep]);
    const rows = await driver.all<{ id: number; duplicate_of: number | null }>(
      'SELECT id, duplicate_of FROM articles ORDER BY id',
    );
    expect(rows).toEqual([
      { id: original.articleId, duplicate_of: null },
      { id: copy.articleId, duplicate_of: original.articleId },
    ]);
    await store.close();
  }, 120_000);

  it('runs a batch in id order, as one article at a time would (a worker takes them in batches)', async () => {
    const analyzer = await Analyzer.create();
    const analyse = (text: string) => {
      const { document, timings } = analyzer.run({ text });
      return toAnalysis(document, timings, { include: STORE_INCLUDE });
    };
    const driver = await openDriver(join(dir, 'batch.db'));
    const store = await storeOver(driver);
    const ids: number[] = [];
    for (const [i, text] of [
      SAMPLE,
      SAMPLE.replace('Kremlin Reaffirms', 'Moscow Restates'),
      SAMPLE.replace('Kremlin Reaffirms', 'Kremlin Says'),
    ].entries())
      ids.push((await store.ingest(analyse(text), { input: `outlet-${i}.txt` })).articleId);
    await driver.run('UPDATE articles SET duplicate_of = NULL, duplicate_similarity = NULL');
    const ctx = { store, db: driver, log: silentLog } as unknown as JobContext;
    // Out of order, as a batch may come: the earliest copy is still the original of both others.
    await corpusUpdateMany(ctx, [ids[2]!, ids[0]!, ids[1]!], [nearDuplicateStep]);
    const rows = await driver.all<{ id: number; duplicate_of: number | null }>(
      'SELECT id, duplicate_of FROM articles ORDER BY id',
    );
    expect(rows).toEqual([
      { id: ids[0], duplicate_of: null },
      { id: ids[1], duplicate_of: ids[0] },
      { id: ids[2], duplicate_of: ids[0] },
    ]);
    await store.close();
  }, 120_000);

  it('gives each step its own stable lock key', () => {
    expect(lockKey('near-duplicates')).toBe(lockKey('near-duplicates'));
    expect(lockKey('near-duplicates')).not.toBe(lockKey('stories'));
    expect(Number.isInteger(lockKey('claims'))).toBe(true);
  });
});
