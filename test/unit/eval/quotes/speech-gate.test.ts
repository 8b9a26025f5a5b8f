/**
 * Quality floor of the speech profile (issue 21) on PolNeAR dev's speech-cue subset, one record per
 * sentence or piece on both sides. Skipped when the shared data is absent.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreSpeech } from '../../../../src/eval/quotes/profile-eval.js';

const dataDir =
  process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../../../../shared/data', import.meta.url));
const devDir = `${dataDir}/quotes/polnear/dev`;

describe('quotes: speech profile floor on PolNeAR dev', () => {
  it.skipIf(!existsSync(devDir))('keeps precision ≥ 0.85 and F1 above its floor', async () => {
    const { at30, at80 } = await scoreSpeech(devDir);
    expect(at30.precision).toBeGreaterThanOrEqual(0.87);
    expect(at30.f1).toBeGreaterThanOrEqual(0.84);
    expect(at80.precision).toBeGreaterThanOrEqual(0.85);
    expect(at30.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
