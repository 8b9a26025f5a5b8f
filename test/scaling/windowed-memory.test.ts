/**
 * Memory guard for huge texts (issue #15): analysed in windows with the records kept as JSON in a
 * temporary file (the CLI's json formats), a text four times larger may raise the peak RSS only
 * by a bounded amount, not by its merged layers. Measured in child processes (windowed-rss.ts),
 * one per size, as the peak over the models' baseline.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SMALL = 256 * 1024;
const LARGE = 4 * SMALL;
/** Small windows, so the larger text has 32 of them and what grows with the text shows. */
const WINDOW_CHARS = 32 * 1024;
/**
 * Most the peak RSS may rise from SMALL to LARGE, in MiB. Measured (loaded machine): +58 MiB with
 * the JSON in a file (the text, its blocks and JSON, and the stages' caches grow with it), +118
 * MiB with the merged layers in memory; the bound sits between, with room for GC timing.
 */
const MAX_GROWTH_MIB = 90;

function peakOver(bytes: number): number {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'windowed-rss.ts'), String(bytes), String(WINDOW_CHARS)],
    { encoding: 'utf8' },
  );
  expect(r.status, r.stderr).toBe(0);
  const { models, peak } = JSON.parse(r.stdout) as { models: number; peak: number };
  return peak - models;
}

describe('a windowed text in JSON', () => {
  it(`raises the peak RSS by at most ${MAX_GROWTH_MIB} MiB on a 4× larger text`, { timeout: 600_000 }, () => {
    const small = peakOver(SMALL);
    const large = peakOver(LARGE);
    expect(large - small, `peak over the models: ${small.toFixed(0)} → ${large.toFixed(0)} MiB`).toBeLessThan(
      MAX_GROWTH_MIB,
    );
  });
});
