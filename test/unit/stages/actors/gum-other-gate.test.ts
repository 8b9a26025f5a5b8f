import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorsTask } from '../../../../src/eval/actors/task.js';

const GUM_OTHER = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'shared',
  'data',
  'actors',
  'gum-other',
);

// Floors a little under the measured figures (interview B³ 0.788, bio 0.803; interview pronouns
// 0.800, bio pronouns 0.902), so the generalisation to other genres cannot slip silently.
const FLOORS = {
  b3_f1_interview: 0.77,
  b3_f1_bio: 0.79,
  pronoun_accuracy_bio: 0.89,
  pronoun_accuracy_interview: 0.77,
} as const;

describe('GUM interviews and bios quality gate', () => {
  it.skipIf(!existsSync(GUM_OTHER))(
    'keeps per-genre B³ F1 and pronoun accuracy above their floors',
    async () => {
      const r = await actorsTask.evaluate!(GUM_OTHER, undefined, { genres: ['interview', 'bio'] });
      for (const [k, floor] of Object.entries(FLOORS)) expect(r.metrics[k], k).toBeGreaterThanOrEqual(floor);
    },
  );
});
