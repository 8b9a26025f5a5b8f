/**
 * Quality floors on UD English EWT dev (trafilatura's eval_gate idea): UPOS
 * accuracy with gold tokens, sentence boundary F1 and token F1 must not regress.
 * Skipped when the data is absent.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { posTask } from '../../src/eval/pos/task.js';

const DATA = resolve(
  process.env.VERBATIM_DATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data'),
);
const DEV = join(DATA, 'pos', 'ud-english-ewt', 'dev.conllu');

/** Floors a little under the measured values (0.9507, 0.930, 0.988). */
const FLOORS = { upos_accuracy: 0.948, sentence_boundary_f1: 0.92, token_f1: 0.98 };

describe('pos eval gate (EWT dev)', () => {
  it.skipIf(!existsSync(DEV))('stays above its floors', async () => {
    const report = await posTask.evaluate!(DEV);
    for (const [metric, floor] of Object.entries(FLOORS)) {
      expect(report.metrics[metric], metric).toBeGreaterThanOrEqual(floor);
    }
  });
});
