/** A thread's own clocks (thread-clock.ts): CPU time read from /proc grows with work; task time adds up. */
import { describe, expect, it } from 'vitest';
import { taskDone, threadCpuMs } from '../../../../src/store/worker/thread-clock.js';

/** Busy work long enough for several 10 ms CPU ticks on a loaded machine. */
const SPIN_MS = 60;

function spin(ms: number): void {
  const end = performance.now() + ms;
  let x = 0;
  while (performance.now() < end) x += Math.sqrt(x + 1);
  expect(x).toBeGreaterThan(0);
}

describe('thread clock', () => {
  it.runIf(process.platform === 'linux')("reads this thread's CPU time, which grows with work", () => {
    const before = threadCpuMs();
    spin(SPIN_MS);
    const after = threadCpuMs();
    expect(Number.isFinite(before)).toBe(true);
    expect(after).toBeGreaterThan(before);
  });

  it('adds each task to the thread total', () => {
    const first = taskDone(performance.now() - 5);
    const second = taskDone(performance.now() - 7);
    expect(second.taskMs - first.taskMs).toBeGreaterThanOrEqual(7);
    expect(second.thread).toBe(first.thread);
  });
});
