import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import { NER_MODEL_URL } from '../../../../src/stages/entities/tagger/load.js';

const MODEL = existsSync(fileURLToPath(NER_MODEL_URL));

/** News phrasing the tagger must handle: [text, expected `TYPE:text` mentions in order]. */
const CASES: [string, string[]][] = [
  [
    'Kremlin spokesperson Dmitry Peskov told reporters on Monday that talks had stalled.',
    ['LOC:Kremlin', 'PER:Dmitry Peskov'],
  ],
  [
    'Germany’s foreign minister Annalena Baerbock arrived in Kyiv.',
    ['LOC:Germany', 'PER:Annalena Baerbock', 'LOC:Kyiv'],
  ],
  ['Officials said U.S.-China trade talks would resume in Geneva.', ['LOC:U.S.', 'LOC:China', 'LOC:Geneva']],
  ['The European Commission fined Google on Tuesday.', ['ORG:European Commission', 'ORG:Google']],
  // Title Case headlines: capitalised common words (and inflections of them) are not names
  ['Biden Signs Executive Order on Artificial Intelligence Safety', ['PER:Biden']],
  ['G7 Leaders Pledge Support as NATO Summit Opens in Vilnius', ['ORG:G7', 'ORG:NATO', 'LOC:Vilnius']],
];

describe.skipIf(!MODEL)('entities on news text', () => {
  let analyzer: Analyzer;
  beforeAll(async () => {
    analyzer = await Analyzer.create({ stages: ['entities'] });
  });

  it.each(CASES)('%s', (text, expected) => {
    const { document } = analyzer.run({ text });
    const got = (document.layers.entities ?? []).map((m) => `${m.type}:${m.text}`);
    expect(got).toEqual(expected);
  });
});
