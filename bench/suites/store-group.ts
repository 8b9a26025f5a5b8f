/**
 * Group commit, writer side only (`--suite store-group`): the same prepared articles written into one fresh
 * SQLite store per group size (1 = a transaction per article, as `store.ingestPrepared`; N = `store.ingestGroup`
 * with N articles per COMMIT). The articles are analysed and prepared first, untimed (on the analysis pool, as
 * in an ingest), then each size writes the next block in turn, so load drift hits every size alike. Per article:
 * the writing thread's CPU (/proc/thread-self), wall time, and the longest time one transaction held the write
 * lock. `VERBATIM_BENCH_GROUPS=1,4,16` sets the sizes (default 1,8,16,32).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearLinkMemo } from '../../src/corpus/link.js';
import type { PreparedArticle, Store } from '../../src/store/core/types.js';
import { openStore } from '../../src/store/index.js';
import { AnalysisPool } from '../../src/store/worker/analysis-pool.js';
import { threadCpuMs } from '../../src/store/worker/thread-clock.js';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';
import { publishedOf } from './store-ingest.js';

/** Articles each size writes per turn: several groups of the largest default size. */
const BLOCK = 64;
/** Articles written untimed into every store first, so V8 has compiled the write paths. */
const WARMUP = 40;

interface Side {
  readonly size: number;
  readonly store: Store;
  cpuMs: number;
  wallMs: number;
  longestHoldMs: number;
  articles: number;
}

async function writeBlock(side: Side, block: readonly PreparedArticle[]): Promise<void> {
  if (side.size === 1) {
    for (const p of block) {
      const t0 = performance.now();
      await side.store.ingestPrepared(p);
      side.longestHoldMs = Math.max(side.longestHoldMs, performance.now() - t0);
    }
    return;
  }
  for (let i = 0; i < block.length; i += side.size) {
    const group = block.slice(i, i + side.size);
    const t0 = performance.now();
    await side.store.ingestGroup(async (write) => {
      for (const p of group) await write(p);
    });
    side.longestHoldMs = Math.max(side.longestHoldMs, performance.now() - t0);
  }
}

async function timedBlock(side: Side, block: readonly PreparedArticle[]): Promise<void> {
  const c0 = threadCpuMs();
  const t0 = performance.now();
  await writeBlock(side, block);
  side.cpuMs += threadCpuMs() - c0;
  side.wallMs += performance.now() - t0;
  side.articles += block.length;
}

export const storeGroupSuite: BenchSuite = {
  name: 'store-group',
  onlyWhenNamed: true,
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const sizes = (process.env.VERBATIM_BENCH_GROUPS ?? '1,8,16,32').split(',').map(Number);
    const runner = new AnalysisPool();
    let prepared: PreparedArticle[];
    try {
      prepared = await Promise.all(
        corpus.texts.map((t) => {
          const published = publishedOf(t.id);
          return runner.prepare(
            { text: t.text, ...(published ? { published } : {}) },
            { input: t.id, identity: t.id },
          );
        }),
      );
    } finally {
      await runner.close();
    }
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-group-'));
    try {
      const sides: Side[] = [];
      for (const size of sizes) {
        const store = await openStore(join(dir, `group-${sides.length}-${size}.db`));
        sides.push({ size, store, cpuMs: 0, wallMs: 0, longestHoldMs: 0, articles: 0 });
      }
      for (const side of sides) {
        await writeBlock(side, prepared.slice(0, WARMUP));
        clearLinkMemo();
      }
      for (const side of sides) side.longestHoldMs = 0;
      for (let i = WARMUP; i < prepared.length; i += BLOCK) {
        const block = prepared.slice(i, i + BLOCK);
        for (const side of sides) {
          clearLinkMemo(); // each store codes its names alike (the memo is process-wide)
          await timedBlock(side, block);
        }
      }
      const rows: BenchRow[] = [];
      for (const side of sides) {
        await side.store.close();
        const name = side.size === 1 ? 'one transaction per article' : `groups of ${side.size}`;
        rows.push(
          {
            section: 'store-group',
            name: `${name}: writer CPU per article`,
            value: side.cpuMs / side.articles,
            unit: 'ms',
          },
          {
            section: 'store-group',
            name: `${name}: wall per article`,
            value: side.wallMs / side.articles,
            unit: 'ms',
          },
          {
            section: 'store-group',
            name: `${name}: longest write-lock hold`,
            value: side.longestHoldMs,
            unit: 'ms',
          },
        );
      }
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
