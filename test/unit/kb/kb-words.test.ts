/**
 * kbWords' plain-text path (no regular expressions for ASCII words parted by single spaces) answers what the
 * full definition answers, and a code book's remembered misses never change an answer.
 */
import { describe, expect, it } from 'vitest';
import { type ActorCodeBook, kbWords } from '../../../src/kb/actor-codes.js';
import { bookFromPhoenix } from '../../../src/kb/extra.js';

/** kbWords as defined before the plain-text path (every text through the replacements). */
function reference(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[\s,;:()"“”]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/(?<=\p{L}{2})\.$/u, ''))
    .filter(Boolean);
}

/** A small deterministic generator (no test depends on Math.random). */
function* texts(n: number, alphabet: string): Generator<string> {
  let seed = 7;
  for (let i = 0; i < n; i++) {
    let t = '';
    const len = 1 + (i % 23);
    for (let j = 0; j < len; j++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      t += alphabet[seed % alphabet.length];
    }
    yield t;
  }
}

describe('kbWords', () => {
  it('answers plain texts as the full definition does', () => {
    const plain = ['Hillary Clinton', 'of', 'US', 'G20 summit', 'Vladimir Putin', 'ABC News 2016'];
    for (const t of plain) expect(kbWords(t)).toEqual(reference(t));
    for (const t of texts(3000, 'aZ9 ')) expect(kbWords(t)).toEqual(reference(t));
  });

  it('answers other texts as the full definition does', () => {
    const other = [
      'U.S.',
      'Putin’s',
      "Clinton's campaign",
      '  two  spaces ',
      'Jr.',
      'Zelenskyy’s',
      '(the) "Kremlin"',
      'São Paulo',
      'tab\there',
      '',
    ];
    for (const t of other) expect(kbWords(t)).toEqual(reference(t));
    for (const t of texts(3000, "aZ9 .'’,-é")) expect(kbWords(t)).toEqual(reference(t));
  });
});

describe('remembered misses', () => {
  const book = (): ActorCodeBook =>
    bookFromPhoenix('VLADIMIR_PUTIN_\n+PUTIN_\n\t[RUSGOV >080508]\n', 'test', 'POLICE_ [~COP]\n');

  it('answer nothing again for a text that matched nothing, and leave matches as they were', () => {
    const b = book();
    expect(b.lookup('of')).toBeUndefined();
    expect(b.lookup('of')).toBeUndefined();
    expect(b.lookup('Hillary Clinton')).toBeUndefined();
    expect(b.lookup('Putin', '2010-01-01')).toMatchObject({ country: 'RUS', sector: 'GOV' });
    expect(b.lookup('Putin', '2010-01-01')).toEqual(book().lookup('Putin', '2010-01-01'));
    expect(b.agent('riot police')).toEqual({ phrase: 'police', sector: 'COP' });
    expect(b.dated('Hillary Clinton')).toBe(false);
    expect(b.dated('Putin')).toBe(true);
  });
});
