/**
 * The analyse job on SQLite: a worker killed between the ingest's commit and sending the
 * article's corpus-update (simulated by a sink that fails its first send) must not leave the
 * stored article without its corpus work: the retried job finds the article stored and sends
 * the corpus-update for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/analyzer.js';
import { analyseArticle } from '../../../src/queue/analyse-job.js';
import type { JobContext } from '../../../src/queue/context.js';
import type { AnalyseJob, JobSink } from '../../../src/queue/jobs.js';
import { silentLog } from '../../../src/queue/log.js';
import { storeOver } from '../../../src/store/core/store.js';
import { openDriver } from '../../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-analyse-job-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const JOB: AnalyseJob = {
  source: 'a.txt',
  identity: 'https://example.org/a',
  input: { text: 'Dmitry Peskov said on Monday that Moscow would not attend the talks in Geneva.' },
};

describe('analyse job', () => {
  it('sends the corpus-update again when a retry finds its article already stored', async () => {
    const driver = await openDriver(join(dir, 'a.db'));
    const store = await storeOver(driver);
    const sent: unknown[] = [];
    let failNext = true;
    const sink: JobSink = {
      async send(name, data) {
        if (failNext) {
          failNext = false;
          throw new Error('killed after the commit');
        }
        sent.push([name, data]);
      },
      async sendAt() {},
    };
    const analyzer = Analyzer.create();
    const ctx = {
      store,
      db: driver,
      sink,
      log: silentLog,
      analyzer: () => analyzer,
    } as unknown as JobContext;

    await expect(analyseArticle(ctx, JOB)).rejects.toThrow('killed after the commit');
    const stored = await store.storedId(JOB.identity, JOB.input.text);
    expect(stored).toBeTypeOf('number');

    expect(await analyseArticle(ctx, JOB)).toEqual({ status: 'already-stored', articleId: stored });
    expect(sent).toEqual([['corpus-update', { articleId: stored }]]);
    await store.close();
  }, 120_000);
});
