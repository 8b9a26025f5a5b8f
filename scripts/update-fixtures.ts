/** Rewrites every test/fixtures/<slug>/expected.json from the current code. Review the diff before committing. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFixture, fixtureAnalyzer, fixtureView, listFixtures } from '../test/golden/view.js';

const analyzer = await fixtureAnalyzer();
for (const fixture of listFixtures()) {
  const view = fixtureView(await analyzeFixture(fixture, analyzer));
  writeFileSync(join(fixture.dir, 'expected.json'), `${JSON.stringify(view, null, 2)}\n`);
  console.log(`updated ${fixture.slug}`);
}
