/**
 * The ingest loop's order and overlap, with a runner and a store whose answers the test releases by hand:
 * writes happen in input order, a failed article is reported without stopping the batch, and while article n
 * is written the runner already has n+1 and n+2 (so the analysing thread never waits for the writer).
 */
import { describe, expect, it } from 'vitest';
import type { AnalyzeInput } from '../../../../src/analyzer.js';
import type { IngestOutcome, PreparedArticle, SourceRef, Store } from '../../../../src/store/core/types.js';
import type { AnalysisRunner } from '../../../../src/store/worker/analysis-pool.js';
import { IngestPipeline, WINDOW } from '../../../../src/store/worker/ingest-pipeline.js';

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every settled promise's continuations run. */
const settle = (): Promise<void> => new Promise((r) => setImmediate(r));

function article(input: string): PreparedArticle {
  return {
    input,
    identity: input,
    docId: input,
    text: input,
    meta: '{}',
    json: { view: '{}', extra: null },
  };
}

function harness() {
  const log: string[] = [];
  const prepared = new Map<string, Deferred<PreparedArticle>>();
  const written = new Map<string, Deferred<IngestOutcome>>();
  const runner: AnalysisRunner = {
    analyzeJson: () => Promise.reject(new Error('not used')),
    prepare: (_input: AnalyzeInput, source: SourceRef) => {
      log.push(`prepare ${source.input}`);
      const d = deferred<PreparedArticle>();
      prepared.set(source.input, d);
      return d.promise;
    },
    close: async () => undefined,
  };
  const store = {
    ingestPrepared: (p: PreparedArticle) => {
      log.push(`write ${p.input}`);
      const d = deferred<IngestOutcome>();
      written.set(p.input, d);
      return d.promise;
    },
  } as unknown as Store;
  const events: string[] = [];
  const pipeline = new IngestPipeline(store, runner, {
    onStored: (_outcome, source) => void events.push(`stored ${source.input}`),
    onFailed: (_error, source) => void events.push(`failed ${source.input}`),
  });
  const add = (name: string): Promise<void> => pipeline.add({ text: name }, { input: name });
  const outcome: IngestOutcome = { status: 'stored', articleId: 1, version: 1 };
  return { log, prepared, written, events, pipeline, add, outcome };
}

describe('IngestPipeline', () => {
  it('hands the runner the next two articles while one is written', async () => {
    expect(WINDOW).toBeGreaterThanOrEqual(3);
    const h = harness();
    void h.add('a');
    void h.add('b');
    const third = h.add('c'); // the window is full: waits until 'a' is stored
    await settle();
    h.prepared.get('a')!.resolve(article('a'));
    await settle();
    expect(h.log).toEqual(['prepare a', 'prepare b', 'prepare c', 'write a']);
    let thirdDone = false;
    void third.then(() => {
      thirdDone = true;
    });
    await settle();
    expect(thirdDone).toBe(false);
    h.written.get('a')!.resolve(h.outcome);
    await third;
    for (const name of ['b', 'c']) {
      h.prepared.get(name)!.resolve(article(name));
      await settle();
      h.written.get(name)!.resolve(h.outcome);
    }
    await h.pipeline.finish();
    expect(h.events).toEqual(['stored a', 'stored b', 'stored c']);
  });

  it('writes in input order whatever order the analyses finish in, and reports a failure without stopping', async () => {
    const h = harness();
    void h.add('a');
    void h.add('b');
    await settle();
    h.prepared.get('b')!.resolve(article('b'));
    await settle();
    expect(h.log).not.toContain('write b'); // 'a' is not written yet
    h.prepared.get('a')!.reject(new Error('analysis failed'));
    await settle();
    expect(h.log.at(-1)).toBe('write b');
    h.written.get('b')!.resolve(h.outcome);
    await h.pipeline.finish();
    expect(h.events).toEqual(['failed a', 'stored b']);
  });
});
