/**
 * The V8 flags a process runs with, set again in each worker thread it starts.
 *
 * V8 flags are process-wide, but creating an isolate (each worker thread) raises `--semi-space-growth-factor`
 * back to at least 2 (V8's `Heap::ConfigureHeap` clamps it), so the `verbatim` command's setting
 * (bin/verbatim.js) lasted only until `verbatim ingest` started its analysis thread: from then on both threads
 * grew their young generation to 2 × 16 MB. The pool hands the flags set here to its threads
 * (`appliedV8Flags`), and each thread sets them again once it runs (`applyV8Flags`), which restores them for the
 * whole process. A library user who sets no flags gets none set by a worker.
 *
 * Node-only: imported by bin/verbatim.js and the analysis worker, never by code a browser loads.
 */
import { setFlagsFromString } from 'node:v8';

let applied: readonly string[] = [];

/** Sets V8 flags (`--name=value`) for the whole process and remembers them for the threads it starts. */
export function applyV8Flags(flags: readonly string[]): void {
  for (const flag of flags) setFlagsFromString(flag);
  applied = [...applied.filter((f) => !flags.includes(f)), ...flags];
}

/** The flags this thread set with `applyV8Flags`, in order (none unless the process's entry set some). */
export function appliedV8Flags(): readonly string[] {
  return applied;
}
