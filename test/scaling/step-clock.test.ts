/**
 * The scaling benchmark's clock (bench/suites/scaling-timer.ts) times every step the same way: each
 * call runs once, however short (no repeats of short steps), and a step's time is the sum of its
 * calls, as a stage's is over the windows of a huge document.
 */
import { describe, expect, it } from 'vitest';
import { StepClock } from '../../bench/suites/scaling-timer.js';

/** Busy-waits about `ms` of CPU. */
function spin(ms: number): void {
  const start = process.cpuUsage();
  while (true) {
    const u = process.cpuUsage(start);
    if ((u.user + u.system) / 1000 >= ms) return;
  }
}

describe('StepClock', () => {
  it('runs a short step once and returns its result', () => {
    const clock = new StepClock();
    let calls = 0;
    const result = clock.time('tiny', () => ++calls);
    expect(result).toBe(1);
    expect(calls).toBe(1);
  });

  it("sums a step's calls and keeps steps apart", () => {
    const clock = new StepClock();
    for (let w = 0; w < 3; w++) clock.time('stage', () => spin(5));
    clock.time('other', () => undefined);
    const stage = clock.totals.get('stage');
    expect(stage?.cpuMs).toBeGreaterThanOrEqual(15);
    expect(clock.totals.get('other')?.cpuMs).toBeLessThan(stage?.cpuMs ?? 0);
    clock.clear();
    expect(clock.totals.size).toBe(0);
  });
});
