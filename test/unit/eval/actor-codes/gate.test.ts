/** Floors for `verbatim eval actor-codes` (trafilatura's eval_gate: quality cannot fall silently). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorCodesTask } from '../../../../src/eval/actor-codes/task.js';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const OWN = join(ROOT, 'test', 'fixtures', 'actor-codes', 'dated-cases.jsonl');
const GSR = join(ROOT, '..', 'shared', 'data', 'events', 'plover', 'gsr-dev.json');

describe('actor-codes eval gate', () => {
  it('codes our dated cases (former leaders, renamed countries) at their dates', async () => {
    const r = await actorCodesTask.evaluate!(OWN);
    expect(r.metrics['cases']).toBeGreaterThanOrEqual(40);
    expect(r.metrics['country_accuracy']).toBeGreaterThanOrEqual(0.95);
    expect(r.metrics['sector_accuracy']).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(!existsSync(GSR))('keeps its GSR figures (tuned half and held-out half)', async () => {
    const r = await actorCodesTask.evaluate!(GSR);
    expect(r.metrics['cases']).toBeGreaterThanOrEqual(150);
    expect(r.metrics['country_accuracy']).toBeGreaterThanOrEqual(0.92);
    expect(r.metrics['sector_accuracy']).toBeGreaterThanOrEqual(0.8);
    expect(r.metrics['held-out_country_accuracy']).toBeGreaterThanOrEqual(0.9);
    expect(r.metrics['held-out_sector_accuracy']).toBeGreaterThanOrEqual(0.78);
  });
});
