import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classAt, SEP } from '../../../../src/stages/tokens/char-class.js';
import { tokenizeSpan } from '../../../../src/stages/tokens/stage.js';

function words(text: string): string[] {
  return tokenizeSpan(text, 0, text.length).map((t) => t.text);
}

const CASES: [string, string[]][] = [
  ['Russia’s President', ['Russia', '’s', 'President']],
  [
    "U.S. President-elect Donald Trump can't",
    ['U.S.', 'President', '-', 'elect', 'Donald', 'Trump', 'ca', "n't"],
  ],
  [
    'don’t won’t I’m we’ll they’re I’ve he’d',
    ['do', 'n’t', 'wo', 'n’t', 'I', '’m', 'we', '’ll', 'they', '’re', 'I', '’ve', 'he', '’d'],
  ],
  [
    'J.D. Vance met Mr. Smith and Gen. Gerasimov.',
    ['J.D.', 'Vance', 'met', 'Mr.', 'Smith', 'and', 'Gen.', 'Gerasimov', '.'],
  ],
  [
    'Sen. Warren (D-Mass.) spoke on Jan. 6.',
    ['Sen.', 'Warren', '(', 'D', '-', 'Mass.', ')', 'spoke', 'on', 'Jan.', '6', '.'],
  ],
  ['MOSCOW (Reuters) - The Kremlin', ['MOSCOW', '(', 'Reuters', ')', '-', 'The', 'Kremlin']],
  ['“the same,” Peskov stated.', ['“', 'the', 'same', ',', '”', 'Peskov', 'stated', '.']],
  ['a "victory plan" that', ['a', '"', 'victory', 'plan', '"', 'that']],
  ['$1,000.50 and 3.5% and €20m', ['$', '1,000.50', 'and', '3.5', '%', 'and', '€', '20m']],
  [
    'on 11/28/2000 at 10:30 p.m. in 2019-2021',
    ['on', '11/28/2000', 'at', '10:30', 'p.m.', 'in', '2019-2021'],
  ],
  [
    'See https://example.com/a?b=1. Or www.rt.com!',
    ['See', 'https://example.com/a?b=1', '.', 'Or', 'www.rt.com', '!'],
  ],
  ['Write to (john.doe@example.org).', ['Write', 'to', '(', 'john.doe@example.org', ')', '.']],
  [
    'Wait... what… war—and peace – maybe -- no',
    ['Wait', '...', 'what', '…', 'war', '—', 'and', 'peace', '–', 'maybe', '--', 'no'],
  ],
  [
    'e-mail non-profit U.S.-Russia long-term',
    ['e-mail', 'non-profit', 'U.S.', '-', 'Russia', 'long', '-', 'term'],
  ],
  ['AT&T and O’Brien rock’n’roll', ['AT&T', 'and', 'O’Brien', 'rock’n’roll']],
  ['I cannot, gonna', ['I', 'can', 'not', ',', 'gon', 'na']],
  ['and/or REUTERS/Kevin Lamarque', ['and', '/', 'or', 'REUTERS', '/', 'Kevin', 'Lamarque']],
  ['No. 10 Downing St. London', ['No.', '10', 'Downing', 'St.', 'London']],
  ['the G20 and 1990s', ['the', 'G20', 'and', '1990s']],
  ['👍🏽 ok 👨‍👩‍👧 café naïve', ['👍🏽', 'ok', '👨‍👩‍👧', 'café', 'naïve']],
  ['مرحبا بالعالم. שלום', ['مرحبا', 'بالعالم', '.', 'שלום']],
  [
    'Wow!!! Really?! ***** ===== <<see>>',
    ['Wow', '!!!', 'Really', '?!', '*****', '=====', '<<', 'see', '>>'],
  ],
];

describe('tokenizer: news cases', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

/** Every token is exact; tokens are ordered, disjoint, non-empty; every uncovered character is a separator. */
function checkTokens(text: string): void {
  const tokens = tokenizeSpan(text, 0, text.length);
  let last = 0;
  for (const [n, t] of tokens.entries()) {
    expect(t.index).toBe(n);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.start).toBeGreaterThanOrEqual(last);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    for (let p = last; p < t.start; p++) expect(classAt(text, p)).toBe(SEP);
    last = t.end;
  }
  for (let p = last; p < text.length; p++) expect(classAt(text, p)).toBe(SEP);
}

const PIECES = [
  'U.S.',
  'Mr.',
  ' ',
  '\r\n',
  '\t',
  'don’t',
  "can't",
  '’s',
  '“',
  '”',
  '"',
  "'",
  '-',
  '—',
  '…',
  '...',
  '.',
  ',',
  'é',
  '\u0301',
  '👍',
  '🏽',
  '\u200d',
  '\ufe0f',
  'ب',
  'א',
  '$',
  '%',
  '1,000',
  'http://a.b/c',
  'a@b.co',
  '\u0000',
  '\u200b',
  'Word',
  'word',
  '\ud800',
  '\udc00',
  'J.',
  '&',
];

describe('tokenizer: offsets on arbitrary text', () => {
  it('holds for arbitrary Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => checkTokens(s)),
      { numRuns: 300 },
    );
  });

  it('holds for arbitrary UTF-16 (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => checkTokens(s)),
      {
        numRuns: 300,
      },
    );
  });

  it('holds for news-like pieces glued together', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) =>
        checkTokens(parts.join('')),
      ),
      { numRuns: 500 },
    );
  });

  it('tokenises a sub-range without reading outside it', () => {
    const text = 'Mr. Smith. U.S. and don’t';
    const tokens = tokenizeSpan(text, 4, 9, 7);
    expect(tokens.map((t) => [t.text, t.index])).toEqual([['Smith', 7]]);
  });
});

describe('tokenizer: bad input', () => {
  const big = 'a'.repeat(1 << 20);
  const BAD: [string, string, number][] = [
    ['1 MB single word', big, 1],
    ['1 MB of words without punctuation', 'word '.repeat(200_000), 200_000],
    ['1 MB of dots', '.'.repeat(1 << 20), 1],
    ['1 MB of apostrophes between letters', "a'".repeat(1 << 19), -1],
    ['1 MB of whitespace and control characters', ' \t\u0000\u0007\r\n\u200b'.repeat(150_000), 0],
    ['no letters', '!!! ??? 123 ### *** ...', -1],
    ['1 MB of hyphenated digits', '1-'.repeat(1 << 19), -1],
    ['1 MB of a mail-like chunk', `${'a@'.repeat(1 << 19)}.com`, -1],
  ];
  it.each(BAD)('%s: no crash, offsets exact', (_name, text, count) => {
    const tokens = tokenizeSpan(text, 0, text.length);
    if (count >= 0) expect(tokens.length).toBe(count);
    const sample = tokens.filter((_, i) => i % 997 === 0 || i === tokens.length - 1);
    for (const t of sample) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('handles mixed scripts and RTL text', () => {
    const text = 'Путин said «нет» in Москва; العربية and עברית, 中文测试 ok.';
    checkTokens(text);
    expect(words(text)).toContain('العربية');
    expect(words(text)).toContain('«');
  });
});
