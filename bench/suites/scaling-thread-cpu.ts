/**
 * CPU time of the calling (main) thread alone, for the scaling benchmark's steps (scaling-timer.ts).
 * `process.cpuUsage()` counts every thread of the process, V8's helper threads too (concurrent marking
 * and sweeping, background compiles): their work lands on whichever step is running when they run. On a
 * short step that is most of its time and most of its noise (session 19, news 1 MB, loaded, CPU / main
 * thread ms: `time` 122 / 65, `dating` 16 / 7, then 9 / 7 in the next run), so the table charges each
 * step its main thread's time and puts the helpers' time in a row of its own.
 *
 * Linux: the first field of `/proc/thread-self/schedstat` (nanoseconds on the CPU), read through one
 * kept descriptor (a `read` at offset 0, ~10 µs). Node 20 has no `process.threadCpuUsage()` (Node 23.9+).
 * Elsewhere `undefined`: the benchmark then charges process CPU to steps, as before.
 */
import { openSync, readSync } from 'node:fs';

const SCHEDSTAT = '/proc/thread-self/schedstat';
/** Room for the file's three decimal fields. */
const BUFFER_BYTES = 128;

const fd = (() => {
  try {
    return openSync(SCHEDSTAT, 'r');
  } catch {
    return undefined;
  }
})();
const buffer = Buffer.alloc(BUFFER_BYTES);

/** Milliseconds the calling thread has been on a CPU, or undefined where the system does not say. */
export function threadCpuMs(): number | undefined {
  if (fd === undefined) return undefined;
  const n = readSync(fd, buffer, 0, BUFFER_BYTES, 0);
  const space = buffer.indexOf(32);
  return Number(buffer.toString('latin1', 0, space > 0 && space < n ? space : n)) / 1e6;
}
