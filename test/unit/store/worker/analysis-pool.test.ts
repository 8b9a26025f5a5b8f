/**
 * The analysis pool runs analyses on a worker thread: the same analysis as on the calling thread, typed errors
 * back as VerbatimError, and the calling thread's event loop free while the worker analyses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAnalysis } from '../../../../src/analysis/records.js';
import { Analyzer } from '../../../../src/analyzer.js';
import { VerbatimError } from '../../../../src/model/errors.js';
import { STORE_INCLUDE } from '../../../../src/store/core/rows.js';
import { prepareArticle } from '../../../../src/store/core/write.js';
import { AnalysisPool } from '../../../../src/store/worker/analysis-pool.js';

/** Analysing on this thread keeps the loop busy (utilisation near 1); handing texts to the pool measured 0.02. */
const MAX_LOOP_UTILISATION = 0.5;
const SAMPLE = readFileSync(
  join(import.meta.dirname, '../../../../examples/putin-trump-ukraine.txt'),
  'utf8',
);

describe('AnalysisPool', () => {
  let pool: AnalysisPool;
  let analyzer: Analyzer;
  beforeAll(async () => {
    pool = new AnalysisPool();
    analyzer = await Analyzer.create();
  }, 120_000);
  afterAll(() => pool?.close());

  it('answers the analysis the calling thread would make, as JSON', async () => {
    const json = await pool.analyzeJson({ text: SAMPLE, published: '2024-11-08' });
    const { document, timings } = analyzer.run({ text: SAMPLE, published: '2024-11-08' });
    const local = toAnalysis(document, timings);
    const remote = JSON.parse(json);
    expect(remote.statements).toEqual(JSON.parse(JSON.stringify(local.statements)));
    expect(remote.acts).toEqual(JSON.parse(JSON.stringify(local.acts)));
    expect(remote.text).toBe(SAMPLE);
  }, 120_000);

  it('prepares an article for the store as the calling thread would', async () => {
    const remote = await pool.prepare({ text: SAMPLE }, { input: 'sample.txt' });
    const { document, timings } = analyzer.run({ text: SAMPLE });
    const local = prepareArticle(toAnalysis(document, timings, { include: STORE_INCLUDE }), {
      input: 'sample.txt',
    });
    expect(remote.text).toBe(local.text);
    expect(remote.json.extra).not.toBeNull();
    // The JSON texts the write compresses: the same records (timings differ run to run).
    const records = (json: string) => {
      const { timings: _t, ...rest } = JSON.parse(json);
      return rest;
    };
    expect(records(remote.json.view)).toEqual(records(local.json.view));
    expect(remote.json.extra).toBe(local.json.extra);
  }, 120_000);

  it('answers each of several inputs handed over at once with its own analysis (a thread holds two)', async () => {
    const texts = [1, 2, 3, 4].map((i) => `${SAMPLE}\nCopy number ${i} of the sample.`);
    const bad = pool.analyzeJson({ text: SAMPLE, published: 'not a date' }).catch((e: unknown) => e);
    const answers = await Promise.all(texts.map((text, i) => pool.prepare({ text }, { input: `copy-${i}` })));
    expect(answers.map((a) => [a.input, a.text])).toEqual(texts.map((text, i) => [`copy-${i}`, text]));
    expect(await bad).toBeInstanceOf(VerbatimError);
  }, 120_000);

  it("reports its thread's time in tasks and CPU time, which grow with each task", async () => {
    const before = pool.threadTime();
    await pool.prepare({ text: `${SAMPLE}\n${SAMPLE}` }, { input: 'timed.txt' });
    const after = pool.threadTime();
    expect(after.taskMs).toBeGreaterThan(before.taskMs);
    // /proc/thread-self counts in 10 ms ticks: an analysis of two copies of the sample takes several.
    if (process.platform === 'linux') expect(after.cpuMs).toBeGreaterThan(before.cpuMs);
    else expect(after.cpuMs).toBeNaN();
  }, 120_000);

  it('sends a bad input back as the same typed error', async () => {
    const error = await pool.analyzeJson({ text: SAMPLE, published: 'not a date' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerbatimError);
    expect((error as VerbatimError).code).toMatch(/^E_/);
    expect((error as VerbatimError).code).not.toBe('E_INTERNAL');
  });

  it('leaves the calling thread free while it analyses', async () => {
    // Event-loop utilisation counts the time the loop spends running code against the time it waits, so it
    // does not depend on how busy the machine is (a wall-clock gap between timer ticks does). Analysing on
    // this thread would keep the loop busy nearly all the time; off it, the loop only hands texts over.
    const before = performance.eventLoopUtilization();
    const long = `${SAMPLE}\n${SAMPLE}\n${SAMPLE}\n${SAMPLE}`;
    await Promise.all([1, 2, 3].map((i) => pool.analyzeJson({ text: `${long}\nCopy ${i}.` })));
    const used = performance.eventLoopUtilization(before).utilization;
    expect(used).toBeLessThan(MAX_LOOP_UTILISATION);
  }, 120_000);
});
