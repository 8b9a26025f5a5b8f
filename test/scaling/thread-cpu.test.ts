/**
 * The scaling benchmark charges a step its main thread's CPU and V8's helper threads' CPU to a row of
 * its own (bench/suites/scaling-thread-cpu.ts, scaling-timer.ts): work on another thread during a step
 * is in the step's process CPU, not in its main-thread CPU. Linux only (elsewhere the clock says nothing
 * and the benchmark charges process CPU, as tested last).
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { threadCpuMs } from '../../bench/suites/scaling-thread-cpu.js';
import { StepClock } from '../../bench/suites/scaling-timer.js';

/** CPU milliseconds the other thread spends while the main thread waits without spinning. */
const WORKER_SPIN_MS = 60;

/** Busy-waits about `ms` of this thread's CPU. */
function spin(ms: number): void {
  const start = threadCpuMs() ?? 0;
  while ((threadCpuMs() ?? ms) - start < ms) {}
}

/**
 * A worker that, once started, spins WORKER_SPIN_MS of its own thread's CPU (the same clock, read on
 * its thread) and then sets the shared flag; the main thread sleeps on the flag, using no CPU.
 */
function spinOnAnotherThread(flag: Int32Array): Worker {
  const source = `
    const { workerData } = require('node:worker_threads');
    const { openSync, readSync } = require('node:fs');
    const fd = openSync('/proc/thread-self/schedstat', 'r');
    const buf = Buffer.alloc(128);
    const now = () => Number(buf.toString('latin1', 0, readSync(fd, buf, 0, 128, 0)).split(' ')[0]) / 1e6;
    const start = now();
    while (now() - start < ${WORKER_SPIN_MS}) {}
    Atomics.store(workerData, 0, 1);
    Atomics.notify(workerData, 0);
  `;
  return new Worker(source, { eval: true, workerData: flag });
}

const linux = process.platform === 'linux';

describe('main-thread CPU of a step', () => {
  it.runIf(linux)("counts this thread's work", () => {
    const t0 = threadCpuMs() as number;
    spin(20);
    expect((threadCpuMs() as number) - t0).toBeGreaterThanOrEqual(20);
  });

  it.runIf(linux)("leaves another thread's work to the process CPU", async () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const clock = new StepClock();
    let worker: Worker | undefined;
    clock.time('step', () => {
      worker = spinOnAnotherThread(flag);
      // Sleeps until the worker has spun: the step's own thread does (almost) nothing.
      while (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0, 50);
    });
    await worker?.terminate();
    const t = clock.totals.get('step');
    expect(t?.cpuMs).toBeGreaterThanOrEqual(WORKER_SPIN_MS);
    // Starting a worker costs the main thread some CPU (~10–30 ms), never the worker's spin.
    expect((t?.cpuMs ?? 0) - (t?.mainMs ?? 0)).toBeGreaterThanOrEqual(WORKER_SPIN_MS * 0.9);
    expect(t?.mainMs).toBeLessThanOrEqual(t?.cpuMs ?? 0);
  });

  it.skipIf(linux)('is the process CPU where threads cannot be told apart', () => {
    expect(threadCpuMs()).toBeUndefined();
    const clock = new StepClock();
    clock.time('step', () => spin(0));
    const t = clock.totals.get('step');
    expect(t?.mainMs).toBe(t?.cpuMs);
  });
});
