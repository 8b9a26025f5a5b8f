import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFixture, fixtureAnalyzer, fixtureView, listFixtures } from './view.js';

const analyzer = await fixtureAnalyzer();

describe('golden fixtures (npm run fixtures:update rewrites them)', () => {
  for (const fixture of listFixtures()) {
    it(fixture.slug, async () => {
      const expectedPath = join(fixture.dir, 'expected.json');
      expect(existsSync(expectedPath), `${expectedPath} missing: run npm run fixtures:update`).toBe(true);
      const analysis = await analyzeFixture(fixture, analyzer);
      for (const b of analysis.blocks)
        expect(0 <= b.start && b.start <= b.end && b.end <= analysis.text.length).toBe(true);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
      expect(JSON.parse(JSON.stringify(fixtureView(analysis)))).toEqual(expected);
    });
  }
});
