/**
 * The analysis thread's first import (analysis-task.ts): sets again the V8 flags the process set before it
 * started this thread (`workerData.v8Flags`, from the pool), before anything else of the thread runs.
 * Creating this thread's isolate reset `--semi-space-growth-factor` for the whole process (runtime/v8-flags.ts).
 */
import { workerData } from 'node:worker_threads';
import { applyV8Flags } from '../../runtime/v8-flags.js';

applyV8Flags((workerData as { v8Flags?: readonly string[] } | null)?.v8Flags ?? []);
