import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandHint, hintScanner } from '../../../../src/stages/time/hints.js';
import { RULES, triggerWindows } from '../../../../src/stages/time/recognise.js';
import type { Rule } from '../../../../src/stages/time/rule.js';

describe('expandHint', () => {
  // [regex source, the strings it stands for]
  const finite: [string, string[]][] = [
    ['[Tt]hat |[Ss]ame ', ['That ', 'that ', 'Same ', 'same ']],
    [
      '[AaPp]\\.?[Mm]',
      [
        'A.M',
        'A.m',
        'AM',
        'Am',
        'a.M',
        'a.m',
        'aM',
        'am',
        'P.M',
        'P.m',
        'PM',
        'Pm',
        'p.M',
        'p.m',
        'pM',
        'pm',
      ],
    ],
    ['Q[1-3]|[1-2]Q', ['Q1', 'Q2', 'Q3', '1Q', '2Q']],
    ['-(?:day|week)s?', ['-day', '-days', '-week', '-weeks']],
    ["o'clock", ["o'clock"]],
    ['a|a', ['a']],
  ];
  it.each(finite)('%s', (source, strings) => {
    expect(expandHint(source)?.sort()).toEqual(strings.sort());
  });

  // Not a finite set of non-empty ASCII strings: left to the regex.
  const other = [
    '\\d{4}',
    'ties\\b',
    'ab*',
    'ab+',
    '^ab',
    'ab$',
    '(ab)',
    '[^a]',
    'a?',
    'a.b',
    '(?=a)b',
    '’s',
    'a|',
  ];
  it.each(other)('%s stays a regex', (source) => {
    expect(expandHint(source)).toBeUndefined();
  });
});

describe('hintScanner', () => {
  const rule = (id: string, hint?: RegExp): Rule => ({
    id,
    hint,
    re: /x/g,
    normalise: () => ({ type: 'DATE', value: 'X' }),
  });

  it('answers as each rule hint regex does, overlapping strings and non-ASCII text included', () => {
    const rules = [
      rule('a', /year|years/),
      rule('b', /ear-ago|[Yy]ear-/),
      rule('c', /\d{4}/),
      rule('d'),
      rule('e', /[Nn]oon|oo/),
    ];
    const scanner = hintScanner(rules);
    const pass = new Uint8Array(rules.length);
    for (const text of [
      'a year-ago quarter',
      'in 2019 at noon',
      'the Year-end',
      'Noon',
      'café “years”',
      '',
      'yea-ago',
    ]) {
      scanner.scan(text, pass);
      expect([...pass], text).toEqual(rules.map((r) => (!r.hint || r.hint.test(text) ? 1 : 0)));
    }
  });

  it('agrees with every time rule hint over the windows of real news text', () => {
    const dir = new URL('../../../fixtures/', import.meta.url);
    const texts = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
    texts.push(
      readFileSync(new URL('../../../../examples/putin-trump-ukraine.txt', import.meta.url), 'utf8'),
    );
    const scanner = hintScanner(RULES);
    const pass = new Uint8Array(RULES.length);
    let windows = 0;
    for (const text of texts) {
      for (const [start, end] of triggerWindows(text)) {
        const window = text.slice(start, end);
        scanner.scan(window, pass);
        expect([...pass]).toEqual(RULES.map((r) => (!r.hint || r.hint.test(window) ? 1 : 0)));
        windows++;
      }
    }
    expect(windows).toBeGreaterThan(20);
  });
});
