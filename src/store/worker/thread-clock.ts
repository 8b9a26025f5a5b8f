/**
 * A thread's own clocks, for telling which thread bounds an ingest (the store-ingest bench): its CPU time, read
 * from `/proc/thread-self/stat` on Linux (Node 20 has no per-thread CPU call; NaN elsewhere), and the wall time
 * an analysing thread spends in its tasks. A pool thread's event-loop utilisation cannot stand in for the
 * latter: piscina's threads wait for work inside a task loop, so they count as always active.
 */
import { readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

/** Clock ticks per second of `/proc/.../stat` (USER_HZ, 100 on every Linux Node supports). */
const USER_HZ = 100;
/** utime and stime: fields 14 and 15 of the stat line, 12 and 13 after the `(comm) state` part. */
const UTIME_AFTER_COMM = 11;

/** This thread's user + system CPU milliseconds since it started (10 ms resolution); NaN where unreadable. */
export function threadCpuMs(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[UTIME_AFTER_COMM]) + Number(fields[UTIME_AFTER_COMM + 1])) * 1000) / USER_HZ;
  } catch {
    return Number.NaN;
  }
}

/** What a pool thread reports with each task's answer: its totals so far. */
export interface ThreadBusy {
  readonly thread: number;
  /** Wall milliseconds spent in tasks. */
  readonly taskMs: number;
  readonly cpuMs: number;
}

let taskMs = 0;

/** Adds a task that started at `since` (performance.now()) to this thread's total; answers the totals. */
export function taskDone(since: number): ThreadBusy {
  taskMs += performance.now() - since;
  return { thread: threadId, taskMs, cpuMs: threadCpuMs() };
}
