import { describe, expect, it } from 'vitest';
import { byCooccurrence, MIN_SHARED } from '../../../src/corpus/cooccurrence.js';
import type { Executor } from '../../../src/store/core/driver.js';

/** An executor answering the co-occurrence query with canned counts (candidate → shared actors). */
function fake(counts: Record<number, number>): Executor & { params: unknown[][] } {
  const params: unknown[][] = [];
  return {
    params,
    all: async (_sql: string, p: unknown[] = []) => {
      params.push(p);
      return Object.entries(counts).map(([cand, shared]) => ({ cand: Number(cand), shared })) as never;
    },
  } as unknown as Executor & { params: unknown[][] };
}

describe('co-occurrence context', () => {
  it('links to the one tied candidate seen before beside this article’s actors', async () => {
    const tx = fake({ 7: MIN_SHARED + 1 });
    const d = await byCooccurrence(tx, 99, [7, 8], new Set([7, 20, 21, 22]));
    expect(d).toMatchObject({ corpusActorId: 7, method: 'cooccurrence' });
    // The tied candidates themselves are no context; this article is left out. The context's IN list is
    // padded to a power of two with its last id (sql.ts inList), which matches the same actors.
    expect(tx.params[0]).toEqual([7, 99, 8, 99, 20, 21, 22, 22]);
  });

  it('links nothing when two candidates share context, or the one shares too little', async () => {
    expect(await byCooccurrence(fake({ 7: 3, 8: 1 }), 99, [7, 8], new Set([20, 21, 22]))).toBeUndefined();
    expect(await byCooccurrence(fake({ 7: 1 }), 99, [7, 8], new Set([20, 21]))).toBeUndefined();
  });

  it('does not ask the store without enough context', async () => {
    const tx = fake({ 7: 5 });
    expect(await byCooccurrence(tx, 99, [7, 8], new Set([20]))).toBeUndefined();
    expect(tx.params).toHaveLength(0);
  });

  it('leaves out the corpus actors the article made (provisional ids: no stored article)', async () => {
    const tx = fake({ 7: MIN_SHARED });
    const d = await byCooccurrence(tx, 99, [7, -1], new Set([7, -1, -2, 20, 21]));
    expect(d).toMatchObject({ corpusActorId: 7, method: 'cooccurrence' });
    expect(tx.params[0]).toEqual([7, 99, 20, 21]);
    // Two context actors, one of them made by this article: too little stored context to ask.
    const few = fake({ 7: MIN_SHARED });
    expect(await byCooccurrence(few, 99, [7, 8], new Set([20, -2]))).toBeUndefined();
    // No tied candidate is stored: nothing to ask.
    expect(await byCooccurrence(few, 99, [-1, -3], new Set([20, 21]))).toBeUndefined();
    expect(few.params).toHaveLength(0);
  });
});
