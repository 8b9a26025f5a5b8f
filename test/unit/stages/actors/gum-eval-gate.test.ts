import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorsTask } from '../../../../src/eval/actors/task.js';

const GUM = join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'actors', 'gum-news');

// Floors a little under the measured GUM numbers (B³ F1 0.825, pronouns 0.844), at the targets, so quality cannot slip silently.
const MIN_B3_F1 = 0.8;
const MIN_PRONOUN_ACCURACY = 0.8;

describe('GUM news quality gate', () => {
  it.skipIf(!existsSync(GUM))('keeps B³ F1 and pronoun accuracy above their floors', async () => {
    const r = await actorsTask.evaluate!(GUM);
    expect(r.metrics['b3_f1']).toBeGreaterThanOrEqual(MIN_B3_F1);
    expect(r.metrics['pronoun_accuracy']).toBeGreaterThanOrEqual(MIN_PRONOUN_ACCURACY);
  });
});
