/**
 * Where an ingested article's CPU goes, per article, on one thread (`--suite store-cpu`): the analysis
 * shared with `analyze` alone, what the analysing thread of an ingest adds on top (store-only records and
 * JSON), and the writing thread's parts (JSON parse, rows, compression, MinHash, then the transaction: SQL,
 * full-text index, corpus linking, stories, claims). Each article runs every part in turn, so load drift hits
 * all parts alike; the figures are CPU milliseconds of the process (`process.cpuUsage`).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Analysis, toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { compressJson } from '../../src/store/core/analysis-blob.js';
import { minhash } from '../../src/store/core/near-dup.js';
import { STORE_INCLUDE, toRows } from '../../src/store/core/rows.js';

import type { PreparedArticle } from '../../src/store/core/types.js';
import { prepareArticle, textHash } from '../../src/store/core/write.js';
import { openStore } from '../../src/store/index.js';
import { AnalysisPool } from '../../src/store/worker/analysis-pool.js';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';
import { ingestTexts, publishedOf } from './store-ingest.js';

/** Articles analysed untimed first (JIT warm-up). */
const WARMUP = 40;

function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs fn, adds its CPU milliseconds to totals[name], returns its result. */
function timed<T>(totals: Map<string, number>, name: string, fn: () => T): T {
  const c0 = cpu();
  const out = fn();
  totals.set(name, (totals.get(name) ?? 0) + cpu() - c0);
  return out;
}

async function timedAsync<T>(totals: Map<string, number>, name: string, fn: () => Promise<T>): Promise<T> {
  const c0 = cpu();
  const out = await fn();
  totals.set(name, (totals.get(name) ?? 0) + cpu() - c0);
  return out;
}

/** The writer's work before its transaction, piece by piece (what `ingestArticle`'s `finish` does). */
function writerParts(totals: Map<string, number>, p: PreparedArticle): void {
  const analysis = timed(totals, 'writer: JSON.parse', () => JSON.parse(p.json.view) as Analysis);
  timed(totals, 'writer: rows', () => toRows(analysis));
  timed(totals, 'writer: text hash', () => textHash(p.text));
  timed(totals, 'writer: compression', () => compressJson(p.json));
  timed(totals, 'writer: MinHash', () => minhash(p.text));
}

/** CPU milliseconds of each thread of this process so far (Linux: /proc/self/task/<tid>/stat, utime + stime). */
function threadCpu(): Map<string, number> {
  const tick = 10; // USER_HZ = 100 on Linux: one clock tick is 10 ms
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) * tick);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

/**
 * The thread layout of a real ingest (`IngestPipeline` over an `AnalysisPool`): CPU per article of the main
 * (writing) thread, of the busiest other thread (the analysing worker), and of all the rest (GC helpers, libuv),
 * and the wall time per article: a worker busy less than the wall time waits for the writer (or for a core).
 */
async function threadLayout(corpus: BenchCorpus): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-threads-'));
  const store = await openStore(join(dir, 'threads.db'));
  const runner = new AnalysisPool();
  try {
    await ingestTexts(store, runner, corpus.texts.slice(0, WARMUP));
    const texts = corpus.texts.slice(WARMUP);
    const before = threadCpu();
    const t0 = performance.now();
    await ingestTexts(store, runner, texts);
    const wall = performance.now() - t0;
    const after = threadCpu();
    const main = String(process.pid);
    const deltas = [...after].map(([tid, ms]) => ({ tid, ms: ms - (before.get(tid) ?? 0) }));
    const others = deltas.filter((d) => d.tid !== main).sort((a, b) => b.ms - a.ms);
    const per = (ms: number): number => ms / texts.length;
    const row = (name: string, ms: number, note?: string): BenchRow => ({
      section: 'store threads',
      name,
      value: per(ms),
      unit: 'ms/article',
      ...(note ? { note } : {}),
    });
    const mainMs = deltas.find((d) => d.tid === main)?.ms ?? 0;
    const worker = others[0]?.ms ?? 0;
    return [
      row('wall', wall, `${texts.length} articles`),
      row('main thread (writer) CPU', mainMs, `busy ${((100 * mainMs) / wall).toFixed(0)} % of wall`),
      row('analysing thread CPU', worker, `busy ${((100 * worker) / wall).toFixed(0)} % of wall`),
      row(
        'other threads CPU',
        others.slice(1).reduce((s, d) => s + d.ms, 0),
        `${others.length - 1} threads: ${others
          .slice(1, 6)
          .map((d) => per(d.ms).toFixed(1))
          .join(', ')} …`,
      ),
    ];
  } finally {
    await runner.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const storeCpuSuite: BenchSuite = {
  name: 'store-cpu',
  onlyWhenNamed: true,
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const analyzer = await Analyzer.create();
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-cpu-'));
    const store = await openStore(join(dir, 'cpu.db'));
    const totals = new Map<string, number>();
    let n = 0;
    let before = new Map<string, number>();
    try {
      for (const [i, t] of corpus.texts.entries()) {
        const published = publishedOf(t.id);
        const input = { text: t.text, ...(published ? { published } : {}) };
        if (i === WARMUP) {
          totals.clear();
          before = threadCpu();
        }
        const { document, timings } = timed(totals, 'analysis (run)', () => analyzer.run(input));
        timed(totals, 'analyze alone: records + JSON', () => JSON.stringify(toAnalysis(document, timings)));
        const prepared = timed(totals, 'ingest analyser: records + JSON', () =>
          prepareArticle(toAnalysis(document, timings, { include: STORE_INCLUDE }), {
            input: t.id,
            identity: t.id,
          }),
        );
        writerParts(totals, prepared);
        await timedAsync(totals, 'writer: all (ingestPrepared)', () => store.ingestPrepared(prepared));
        if (i >= WARMUP) n++;
      }
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
    const after = threadCpu();
    const mainMs = (after.get(String(process.pid)) ?? 0) - (before.get(String(process.pid)) ?? 0);
    let othersMs = 0;
    for (const [tid, ms] of after) if (tid !== String(process.pid)) othersMs += ms - (before.get(tid) ?? 0);
    totals.set('(all of the above: main thread)', mainMs);
    totals.set('(all of the above: other threads)', othersMs);
    const parts = [...totals].map(([name, ms]) => ({
      section: 'store cpu',
      name,
      value: ms / n,
      unit: 'ms/article',
      note: `${n} articles`,
    }));
    return [...parts, ...(await threadLayout(corpus))];
  },
};
