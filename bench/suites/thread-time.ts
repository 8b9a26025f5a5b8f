/**
 * Per-thread time of an ingest (store-ingest): with analysis on a worker thread and the writes on the main one,
 * wall time follows the busier of the two, so the bench shows each. The writing (main) thread: its event-loop
 * active time (wall time spent running; on a loaded machine it includes time the thread was ready but not
 * scheduled) and its CPU time (/proc on Linux, NaN elsewhere). The analysing threads: the wall time they
 * spent in tasks and their CPU time, as the pool reports them (src/store/worker/thread-clock.ts).
 */
import { performance } from 'node:perf_hooks';
import { threadCpuMs } from '../../src/store/worker/thread-clock.js';

/** What the bench reads of an analysis pool: its threads' time so far. */
export interface PoolClock {
  threadTime(): { taskMs: number; cpuMs: number };
}

export interface ThreadTimes {
  readonly writerBusyMs: number;
  readonly writerCpuMs: number;
  readonly analysisTaskMs: number;
  readonly analysisCpuMs: number;
}

export const NO_THREAD_TIME: ThreadTimes = {
  writerBusyMs: 0,
  writerCpuMs: 0,
  analysisTaskMs: 0,
  analysisCpuMs: 0,
};

export function addTimes(a: ThreadTimes, b: ThreadTimes): ThreadTimes {
  return {
    writerBusyMs: a.writerBusyMs + b.writerBusyMs,
    writerCpuMs: a.writerCpuMs + b.writerCpuMs,
    analysisTaskMs: a.analysisTaskMs + b.analysisTaskMs,
    analysisCpuMs: a.analysisCpuMs + b.analysisCpuMs,
  };
}

/** Starts the clocks (on the writing thread); the answered function reads what each thread spent since. */
export function threadClock(pool: PoolClock | undefined): () => ThreadTimes {
  const elu = performance.eventLoopUtilization();
  const cpu = threadCpuMs();
  const before = pool?.threadTime() ?? { taskMs: Number.NaN, cpuMs: Number.NaN };
  return () => {
    const after = pool?.threadTime() ?? { taskMs: Number.NaN, cpuMs: Number.NaN };
    return {
      writerBusyMs: performance.eventLoopUtilization(elu).active,
      writerCpuMs: threadCpuMs() - cpu,
      analysisTaskMs: after.taskMs - before.taskMs,
      analysisCpuMs: after.cpuMs - before.cpuMs,
    };
  };
}
