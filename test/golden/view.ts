/**
 * Golden fixtures: `test/fixtures/<slug>/input.txt` (+ optional `options.json`)
 * and `expected.json`, the reviewable view of what Verbatim makes of the input.
 *
 * The view keeps what a reviewer can check by eye (blocks with offsets, meta,
 * and compact projections of later layers) and leaves out timings and bulky
 * layers. `npm run fixtures:update` rewrites every expected.json so changes show
 * up as diffs in review.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { decodeBytes } from '../../src/ingest/decode.js';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

export interface FixtureOptions {
  readonly published?: string;
}

export interface Fixture {
  readonly slug: string;
  readonly dir: string;
  readonly options: FixtureOptions;
}

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const dir = join(FIXTURES_DIR, e.name);
      const optionsPath = join(dir, 'options.json');
      const options = existsSync(optionsPath)
        ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as FixtureOptions)
        : {};
      return { slug: e.name, dir, options };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export async function analyzeFixture(fixture: Fixture, analyzer?: Analyzer): Promise<Analysis> {
  const a = analyzer ?? (await Analyzer.create());
  const decoded = decodeBytes(readFileSync(join(fixture.dir, 'input.txt')), { source: 'input.txt' });
  return a.analyze({
    text: decoded.text,
    meta: { source: `test/fixtures/${fixture.slug}/input.txt` },
    ...(fixture.options.published ? { published: fixture.options.published } : {}),
  });
}

/** The reviewable projection of an analysis. Later layers add their compact projections here. */
export function fixtureView(analysis: Analysis): Record<string, unknown> {
  return {
    id: analysis.id,
    meta: analysis.meta,
    blocks: analysis.blocks.map(({ id: _id, ...b }) => b),
  };
}
