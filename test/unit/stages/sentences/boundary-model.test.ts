import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BoundaryModel,
  decodeBoundaryModel,
  encodeBoundaryModel,
  MODEL_URL,
} from '../../../../src/stages/sentences/boundary-model.js';
import {
  gapContext,
  gapFeatures,
  RULE_NONE,
  RULE_WEAK_NO,
  RULE_WEAK_YES,
} from '../../../../src/stages/sentences/features.js';
import { type GapJudge, segmentTokens } from '../../../../src/stages/sentences/segment.js';
import { defaultJudge } from '../../../../src/stages/sentences/stage.js';
import { tokenizeSpan } from '../../../../src/stages/tokens/stage.js';

function split(text: string, judge: GapJudge | null = defaultJudge()): string[] {
  const tokens = tokenizeSpan(text, 0, text.length);
  const out: string[] = [];
  segmentTokens(
    text,
    tokens,
    0,
    tokens.length,
    { add: (a, b) => void out.push(text.slice(tokens[a]!.start, tokens[b - 1]!.end)) },
    judge ?? undefined,
  );
  return out;
}

/** Informal text (our own, not from any corpus): unpunctuated lines, emoticons, `I` and lower-case starts. */
const INFORMAL: [string, string[]][] = [
  [
    'Great food and friendly staff :) We will be back for sure',
    ['Great food and friendly staff :)', 'We will be back for sure'],
  ],
  [
    'Thanks for the quick reply!! I will send the forms tomorrow',
    ['Thanks for the quick reply!!', 'I will send the forms tomorrow'],
  ],
  ['ok thanks so much!! i will try that tonight', ['ok thanks so much!!', 'i will try that tonight']],
  ['Has anyone tried this? it works for me', ['Has anyone tried this?', 'it works for me']],
  ['Best place in town!!! highly recommend it', ['Best place in town!!!', 'highly recommend it']],
  [
    'Marta Lindqvist 04/12/2003 09:15 AM Please review the attached draft before Friday',
    ['Marta Lindqvist', '04/12/2003 09:15 AM', 'Please review the attached draft before Friday'],
  ],
  ['See you at the meeting. see you there', ['See you at the meeting.', 'see you there']],
  ['Best regards, Marta Lindqvist', ['Best regards,', 'Marta Lindqvist']],
  ['Loved the pasta :) The staff were lovely', ['Loved the pasta :)', 'The staff were lovely']],
];

/** News the model must leave as the rules have it. */
const NEWS: [string, string[]][] = [
  [
    'Rep. Anna Cole (D-Ore.) said the bill would pass.',
    ['Rep. Anna Cole (D-Ore.) said the bill would pass.'],
  ],
  ['She told host Chris Cuomo: This is our win.', ['She told host Chris Cuomo: This is our win.']],
  ['“We are ready,” Cole said. Voters were not.', ['“We are ready,” Cole said.', 'Voters were not.']],
  [
    'He started out by insulting them… now he is back.',
    ['He started out by insulting them… now he is back.'],
  ],
  ['On Tuesday, Labor Secretary Thomas Perez spoke.', ['On Tuesday, Labor Secretary Thomas Perez spoke.']],
  ['Troops left the U.S. The move was new.', ['Troops left the U.S.', 'The move was new.']],
  ['The 2nd Amendment was cited by #Trump2016 fans.', ['The 2nd Amendment was cited by #Trump2016 fans.']],
];

describe('sentences: learned boundaries', () => {
  it.each(INFORMAL)('splits %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('adds what the rules alone miss', () => {
    expect(split('Friendly staff :) We will be back', null)).toHaveLength(1);
    expect(split('Friendly staff :) We will be back')).toHaveLength(2);
  });

  it.each(NEWS)('keeps news as the rules have it: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('scores a gap as the sum of its features’ weights', () => {
    const weights = decodeBoundaryModel(readFileSync(fileURLToPath(MODEL_URL)), 'model').weights;
    const model = new BoundaryModel({ weights, add: 0, veto: 0 });
    const piece = fc.constantFrom(
      'Thanks',
      'i',
      'I',
      ':',
      ')',
      '-',
      '!!',
      'AM',
      '10:15',
      'www.x.org',
      ' ',
      'Ok',
      '😀',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 2, maxLength: 12 }),
        fc.nat(),
        fc.nat(2),
        (pieces, at, rule) => {
          const text = pieces.join(' ');
          const tokens = tokenizeSpan(text, 0, text.length);
          if (tokens.length < 2) return;
          const i = at % (tokens.length - 1);
          const sentStart = Math.floor(i / 2);
          const r = [RULE_NONE, RULE_WEAK_YES, RULE_WEAK_NO][rule] as number;
          let sum = 0;
          for (const h of gapFeatures(
            gapContext(tokens, 0, tokens.length, i),
            r,
            i + 1 - sentStart,
            tokens.length - i - 1,
          ))
            sum += weights.get(h) ?? 0;
          expect(model.score(tokens, 0, tokens.length, i, r, i + 1 - sentStart)).toBeCloseTo(sum, 3);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes and reads a model back', () => {
    const weights = new Map([
      [7, 0.5],
      [3, -1.25],
      [4_000_000_000, 2],
    ]);
    const back = decodeBoundaryModel(encodeBoundaryModel({ weights, add: 0.5, veto: -2 }, 1000), 'x');
    expect([...back.weights].sort((a, b) => a[0] - b[0])).toEqual([
      [3, -1.25],
      [7, 0.5],
      [4_000_000_000, 2],
    ]);
    expect([back.add, back.veto]).toEqual([0.5, -2]);
    expect(() => decodeBoundaryModel(new Uint8Array([1, 2, 3]), 'bad')).toThrow(/not gzipped JSON/);
  });

  it('stays linear on a megabyte without punctuation', () => {
    const text = 'word Word '.repeat(100_000);
    expect(split(text).join(' ').length).toBe(text.trimEnd().length);
  });
});
