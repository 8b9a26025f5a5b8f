/**
 * V8 flags survive the start of an analysis thread: creating a worker's isolate raises
 * `--semi-space-growth-factor` back to 2 for the whole process, so before the thread set the flags again
 * (src/store/worker/thread-flags.ts) `verbatim ingest` grew its young generation to 2 × 16 MB on both threads.
 * Each case runs in its own process (flags are process-wide).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The young generation's size (MB) before and after the child made ~100 MB of short-lived garbage. */
function youngGenerationMb(mode: string): { before: number; after: number } {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'thread-flags-child.ts'), mode],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const [before, after] = out.trim().split(' ').map(Number);
  return { before: before!, after: after! };
}

describe('V8 flags with an analysis thread', () => {
  it("keep this thread's young generation from growing after the pool started its thread", () => {
    const { before, after } = youngGenerationMb('--flags');
    // V8 may shrink it when little survives (4 → 2.5 MB since this thread loads fewer modules), never grow it.
    expect(after).toBeLessThanOrEqual(before);
  }, 120_000);

  it('were lost when the thread did not set them again, and no flag is set for a library user', () => {
    // The reset this module works around, and the default it leaves alone: both grow past the first size.
    for (const mode of ['--unpassed', '--no-flags']) {
      const { before, after } = youngGenerationMb(mode);
      expect(after, mode).toBeGreaterThan(before);
    }
  }, 240_000);
});
