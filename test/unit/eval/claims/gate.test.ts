/**
 * Quality floor on our claims dev gold (test/fixtures/claims-gold/dev, PolNeAR dev texts): fails when
 * the claims stage regresses below issue #20's targets. Skipped when the shared data is absent.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsTask } from '../../../../src/eval/claims/task.js';

const dataDir =
  process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../../../../shared/data', import.meta.url));
const textDir = `${dataDir}/quotes/polnear/dev/text`;
const goldDir = fileURLToPath(new URL('../../../fixtures/claims-gold/dev', import.meta.url));

describe('claims: dev gold floor', () => {
  it.skipIf(!existsSync(textDir))(
    'keeps response F1, relation and link accuracy at the targets',
    async () => {
      const report = await claimsTask.evaluate?.(goldDir, textDir);
      expect(report?.metrics.F1).toBeGreaterThanOrEqual(0.8);
      expect(report?.metrics['relation accuracy']).toBeGreaterThanOrEqual(0.9);
      expect(report?.metrics['link accuracy']).toBeGreaterThanOrEqual(0.8);
    },
  );
});
