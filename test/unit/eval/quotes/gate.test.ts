/**
 * Quality floor on PolNeAR dev (trafilatura's eval_gate): fails when the quotes
 * stage regresses. Skipped when the shared data is absent.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreDirectory } from '../../../../src/eval/quotes/task.js';

const dataDir =
  process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../../../../shared/data', import.meta.url));
const devDir = `${dataDir}/quotes/polnear/dev`;

describe('quotes: PolNeAR dev floor', () => {
  it.skipIf(!existsSync(devDir))(
    'keeps F1, speaker accuracy and quote-mark recall above their floors',
    async () => {
      const { at30, at80 } = await scoreDirectory(devDir);
      expect(at30.f1).toBeGreaterThanOrEqual(0.795);
      expect(at80.f1).toBeGreaterThanOrEqual(0.745);
      expect(at30.speakerAccuracy).toBeGreaterThanOrEqual(0.89);
      expect(at80.quotedRecall).toBeGreaterThanOrEqual(0.89);
    },
  );
});
