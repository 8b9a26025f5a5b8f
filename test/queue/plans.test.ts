/**
 * The queue's connections plan pg-boss's statements once (src/queue/boss.ts): its job table is partitioned by
 * queue name, so without `plan_cache_mode = force_generic_plan` the server re-plans every job fetch. On one
 * connection (pool of 1), after jobs are sent, fetched and completed, the prepared job statements have run on
 * generic plans only, and the jobs went through all the same; with `genericPlans: false` they were custom-planned.
 * Where no server can be started the suite skips, loudly.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openQueue } from '../../src/queue/boss.js';
import { startPostgres } from '../store/pg-server.js';

const server = await startPostgres();
/** Jobs per case: more than the 5 custom plans after which the server may choose a generic plan by itself. */
const JOBS = 8;

interface PlanCounts {
  generic: number;
  custom: number;
}

/** Sends, fetches and completes JOBS jobs on a one-connection queue; the plans its job fetch ran on. */
async function run(genericPlans: boolean): Promise<{ done: number; mode: string; fetch: PlanCounts }> {
  if (typeof server === 'string') throw new Error(server);
  const queue = await openQueue(await server.newDatabase(), { genericPlans, poolSize: 1 });
  try {
    const sql = async <T>(text: string): Promise<T[]> =>
      ((await queue.boss.getDb().executeSql(text, [])) as { rows: T[] }).rows;
    let done = 0;
    for (let i = 0; i < JOBS; i++) {
      await queue.send('analyse', { source: `s${i}`, identity: `plan:${i}`, input: { text: 'x' } });
      const [job] = await queue.boss.fetch('analyse');
      if (job) {
        await queue.boss.complete('analyse', job.id);
        done++;
      }
    }
    const [mode] = await sql<{ plan_cache_mode: string }>('SHOW plan_cache_mode');
    const [fetch] = await sql<{ generic: string; custom: string }>(
      `SELECT generic_plans AS generic, custom_plans AS custom FROM pg_prepared_statements
       WHERE statement LIKE '%WITH next as%' AND statement LIKE '%SKIP LOCKED%'`,
    );
    return {
      done,
      mode: mode!.plan_cache_mode,
      fetch: { generic: Number(fetch?.generic ?? 0), custom: Number(fetch?.custom ?? 0) },
    };
  } finally {
    await queue.close();
  }
}

if (typeof server === 'string') {
  const why = `SKIPPED: the queue plan tests did not run: ${server}`;
  console.warn(`\n${'!'.repeat(100)}\n${why}\n${'!'.repeat(100)}\n`);
  describe.skip('queue plans', () => {
    it(why, () => undefined);
  });
} else {
  afterAll(() => server.stop(), 60_000);

  describe('queue plans on PostgreSQL', () => {
    it('plans the job fetch once per connection (generic plans), and the jobs still run', async () => {
      const generic = await run(true);
      expect(generic.done).toBe(JOBS);
      expect(generic.mode).toBe('force_generic_plan');
      // Prepared from its second use (src/store/postgres/prepared.ts): JOBS - 1 runs, all generic.
      expect(generic.fetch.generic).toBeGreaterThan(0);
      expect(generic.fetch.custom).toBe(0);
    }, 120_000);

    it('without them the server plans the fetch anew each time (what the setting saves)', async () => {
      const custom = await run(false);
      expect(custom.done).toBe(JOBS);
      expect(custom.mode).toBe('auto');
      expect(custom.fetch.custom).toBeGreaterThan(0);
    }, 120_000);
  });
}
