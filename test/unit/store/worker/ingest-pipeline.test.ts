/**
 * The ingest loop's order, overlap and group commit, with a runner and a store whose answers the test releases
 * by hand: writes happen in input order, while article n is written the runner already has n+1 and n+2 (so the
 * analysing thread never waits for the writer), consecutive ready articles share one group, a group ends at
 * GROUP_ARTICLES, at GROUP_MS or when nothing is queued, a failed article does not stop its group, and outcomes
 * are reported only after their group's COMMIT (as failures when the COMMIT fails).
 */
import { describe, expect, it } from 'vitest';
import type { AnalyzeInput } from '../../../../src/analyzer.js';
import { VerbatimError } from '../../../../src/model/errors.js';
import type { IngestOutcome, PreparedArticle, SourceRef, Store } from '../../../../src/store/core/types.js';
import type { AnalysisRunner } from '../../../../src/store/worker/analysis-pool.js';
import {
  GROUP_ARTICLES,
  GROUP_MS,
  IngestPipeline,
  WINDOW,
} from '../../../../src/store/worker/ingest-pipeline.js';

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
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

interface Options {
  /** Analyses and writes answer at once (the test releases nothing by hand). */
  readonly auto?: boolean;
  /** Inputs whose write fails. */
  readonly failing?: readonly string[];
}

function harness(options: Options = {}) {
  const log: string[] = [];
  const prepared = new Map<string, Deferred<PreparedArticle>>();
  const written = new Map<string, Deferred<IngestOutcome>>();
  /** Each group's COMMIT, released by the test (or at once when `auto`). */
  const commits: Deferred<void>[] = [];
  const groups: string[][] = [];
  const outcome: IngestOutcome = { status: 'stored', articleId: 1, version: 1 };
  const runner: AnalysisRunner = {
    analyzeJson: () => Promise.reject(new Error('not used')),
    prepare: (_input: AnalyzeInput, source: SourceRef) => {
      log.push(`prepare ${source.input}`);
      const d = deferred<PreparedArticle>();
      prepared.set(source.input, d);
      if (options.auto) d.resolve(article(source.input));
      return d.promise;
    },
    close: async () => undefined,
  };
  const store = {
    ingestGroup: async (fn: (write: (p: PreparedArticle) => Promise<IngestOutcome>) => Promise<void>) => {
      const group: string[] = [];
      groups.push(group);
      log.push('begin');
      await fn((p) => {
        log.push(`write ${p.input}`);
        group.push(p.input);
        const d = deferred<IngestOutcome>();
        written.set(p.input, d);
        if (options.failing?.includes(p.input)) d.reject(new Error(`write of ${p.input} failed`));
        else if (options.auto) d.resolve(outcome);
        return d.promise;
      });
      const commit = deferred<void>();
      commits.push(commit);
      if (options.auto) commit.resolve();
      await commit.promise;
      log.push('commit');
    },
  } as unknown as Store;
  const events: string[] = [];
  const pipeline = new IngestPipeline(store, runner, {
    onStored: (_outcome, source) => void events.push(`stored ${source.input}`),
    onFailed: (error, source) => void events.push(`failed ${source.input}: ${(error as Error).message}`),
  });
  const add = (name: string): Promise<void> => pipeline.add({ text: name }, { input: name });
  return { log, prepared, written, commits, groups, events, pipeline, add, outcome };
}

describe('IngestPipeline', () => {
  it('hands the runner the next two articles while one is written', async () => {
    expect(WINDOW).toBeGreaterThanOrEqual(3);
    const h = harness();
    void h.add('a');
    void h.add('b');
    const third = h.add('c'); // the window is full: waits until 'a' is written
    await settle();
    h.prepared.get('a')!.resolve(article('a'));
    await settle();
    expect(h.log).toEqual(['prepare a', 'prepare b', 'prepare c', 'begin', 'write a']);
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
      await settle();
    }
    // Nothing is reported before the COMMIT; 'a', 'b' and 'c' went into one group (each was ready in time).
    expect(h.events).toEqual([]);
    expect(h.groups).toEqual([['a', 'b', 'c']]);
    h.commits[0]!.resolve();
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
    await settle();
    h.commits[0]!.resolve();
    await h.pipeline.finish();
    expect(h.events).toEqual(['failed a: analysis failed', 'stored b']);
  });

  it('a failing write in the middle of a group: the others are written in the same group, all reported in order', async () => {
    const h = harness({ auto: true, failing: ['b'] });
    for (const name of ['a', 'b', 'c']) await h.add(name);
    await h.pipeline.finish();
    expect(h.groups).toEqual([['a', 'b', 'c']]);
    expect(h.events).toEqual(['stored a', 'failed b: write of b failed', 'stored c']);
  });

  it(`a group holds at most ${GROUP_ARTICLES} articles`, async () => {
    const h = harness({ auto: true });
    const names = Array.from({ length: 2 * GROUP_ARTICLES + 1 }, (_, i) => `t${i}`);
    for (const name of names) await h.add(name);
    await h.pipeline.finish();
    expect(h.groups.map((g) => g.length)).toEqual([GROUP_ARTICLES, GROUP_ARTICLES, 1]);
    expect(h.groups.flat()).toEqual(names);
    expect(h.events).toEqual(names.map((n) => `stored ${n}`));
  });

  it(`a group waiting for a slow analysis commits after ${GROUP_MS} ms; the slow article starts the next`, async () => {
    const h = harness();
    void h.add('a');
    void h.add('b');
    h.prepared.get('a')!.resolve(article('a'));
    await settle();
    h.written.get('a')!.resolve(h.outcome);
    await settle();
    expect(h.commits).toHaveLength(0); // 'b' is queued: the group waits for it
    await sleep(GROUP_MS + 50);
    expect(h.commits).toHaveLength(1);
    h.commits[0]!.resolve();
    await settle();
    expect(h.events).toEqual(['stored a']);
    h.prepared.get('b')!.resolve(article('b'));
    await settle();
    h.written.get('b')!.resolve(h.outcome);
    await settle();
    h.commits[1]!.resolve();
    await h.pipeline.finish();
    expect(h.groups).toEqual([['a'], ['b']]);
    expect(h.events).toEqual(['stored a', 'stored b']);
  });

  it('commits at once when nothing more is queued (the input is being read)', async () => {
    const h = harness();
    await h.add('a');
    h.prepared.get('a')!.resolve(article('a'));
    await settle();
    h.written.get('a')!.resolve(h.outcome);
    await settle();
    expect(h.commits).toHaveLength(1);
  });

  it("a failed COMMIT reports every article of its group failed with the COMMIT's error", async () => {
    const h = harness();
    void h.add('a');
    void h.add('b');
    for (const name of ['a', 'b']) {
      h.prepared.get(name)!.resolve(article(name));
      await settle();
      h.written.get(name)!.resolve(h.outcome);
      await settle();
    }
    h.commits[0]!.reject(new VerbatimError('E_STORE_FULL', 'disk full'));
    await h.pipeline.finish();
    expect(h.events).toEqual(['failed a: disk full', 'failed b: disk full']);
  });

  it('a store error ends the group at once; what onFailed throws stops the batch', async () => {
    const h = harness({ auto: true });
    const stopped = new IngestPipeline(
      {
        ingestGroup: async (fn: (write: (p: PreparedArticle) => Promise<IngestOutcome>) => Promise<void>) => {
          const group: string[] = [];
          h.groups.push(group);
          await fn(async (p) => {
            group.push(p.input);
            if (p.input === 'b') throw new VerbatimError('E_STORE_FULL', 'disk full');
            return h.outcome;
          });
        },
      } as unknown as Store,
      {
        analyzeJson: () => Promise.reject(new Error('not used')),
        prepare: async (_input, source) => article(source.input),
        close: async () => undefined,
      },
      {
        onStored: (_o, source) => void h.events.push(`stored ${source.input}`),
        onFailed: (error) => {
          throw error;
        },
      },
    );
    await stopped.add({ text: 'a' }, { input: 'a' });
    await stopped.add({ text: 'b' }, { input: 'b' });
    await expect(
      (async () => {
        await stopped.add({ text: 'c' }, { input: 'c' });
        await stopped.finish();
      })(),
    ).rejects.toThrow('disk full');
    expect(h.groups.flat()).toEqual(['a', 'b']); // 'c' is never written
    expect(h.events).toEqual(['stored a']);
  });

  it('a transaction that cannot begin fails its first article (and the next group tries again)', async () => {
    const events: string[] = [];
    let attempts = 0;
    const pipeline = new IngestPipeline(
      {
        ingestGroup: async (fn: (write: (p: PreparedArticle) => Promise<IngestOutcome>) => Promise<void>) => {
          if (++attempts === 1) throw new VerbatimError('E_STORE_BUSY', 'locked');
          await fn(async () => ({ status: 'stored', articleId: 2, version: 1 }));
        },
      } as unknown as Store,
      {
        analyzeJson: () => Promise.reject(new Error('not used')),
        prepare: async (_input, source) => article(source.input),
        close: async () => undefined,
      },
      {
        onStored: (_o, source) => void events.push(`stored ${source.input}`),
        onFailed: (error, source) => void events.push(`failed ${source.input}: ${(error as Error).message}`),
      },
    );
    await pipeline.add({ text: 'a' }, { input: 'a' });
    await pipeline.add({ text: 'b' }, { input: 'b' });
    await pipeline.finish();
    expect(events).toEqual(['failed a: locked', 'stored b']);
  });
});
