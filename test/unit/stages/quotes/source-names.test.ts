/**
 * Names in source phrases (source-names.ts): the capitalised core of a source, and the article's
 * multi-word names by their last word. Table-driven; the cases with tabs, doubled spaces and
 * possessives pin the answers of the split-and-join reading the fast paths stand in for.
 */
import { describe, expect, it } from 'vitest';
import { buildNameIndex, NAME_RUN_RE, nameOfSource } from '../../../../src/stages/quotes/source-names.js';

/** [source phrase, its core name or undefined] */
const CORES: [string, string | undefined][] = [
  ['Kremlin spokesperson Dmitry Peskov', 'Dmitry Peskov'],
  ['Dmitry Peskov', 'Dmitry Peskov'],
  ['President Vladimir Putin', 'Vladimir Putin'],
  ['Michael Mulgrew, president of the union,', 'Michael Mulgrew'],
  ['Sen. David Perdue (R-Ga.)', 'David Perdue'],
  ['Anna Berg — the minister', 'Anna Berg'],
  ['Anna Berg -- the minister', 'Anna Berg'],
  ['Putin’s', 'Putin'],
  ["Trump's", 'Trump'],
  ['Russia’s Vladimir Putin', 'Vladimir Putin'],
  ['Anna\tBerg', 'Anna Berg'],
  ['President\tAnna Berg', 'Anna Berg'],
  ['the spokesman', undefined],
  ['President', undefined],
  ['he', undefined],
  ['', undefined],
];

describe('nameOfSource', () => {
  it.each(CORES)('%j → %j', (source, core) => {
    expect(nameOfSource(source)).toBe(core);
  });
});

/** [text, last word, fullest name of that word, or undefined when no two- or three-word name ends in it] */
const FULLEST: [string, string, string | undefined][] = [
  ['Vladimir Putin met Trump. Putin said…', 'putin', 'Vladimir Putin'],
  ['President Vladimir Putin spoke.', 'putin', 'Vladimir Putin'],
  ['Vladimir Vladimirovich Putin spoke.', 'putin', 'Vladimir Vladimirovich Putin'],
  // Four words (once `The` is dropped) are no entry; runs across tabs or doubled spaces are joined by one space.
  ['The Big Apple Bagel Company opened.', 'company', undefined],
  ['Mr.\tDonald Trump and Ms. Anna Berg.', 'trump', 'Donald Trump'],
  ['Ms. Anna Berg’s plan.', 'berg', 'Anna Berg'],
  ["Anna Berg's plan.", 'berg', 'Anna Berg'],
  ['Anna\tBerg spoke.', 'berg', 'Anna Berg'],
  ['Anna  Berg  Smith met  Ann\t\tLee.', 'lee', 'Ann Lee'],
  ['Anna  Berg  Smith met  Ann\t\tLee.', 'smith', 'Anna Berg Smith'],
];

describe('buildNameIndex', () => {
  it.each(FULLEST)('%j: %s → %j', (text, word, name) => {
    expect(buildNameIndex([{ start: 0, text }]).fullest.get(word)).toBe(name);
  });

  it('lists every capitalised run with its offset, titles dropped', () => {
    const text = 'Ms. Anna Berg met Donald Trump.';
    expect(buildNameIndex([{ start: 10, text }]).mentions).toEqual([
      { pos: 14, name: 'Anna Berg' },
      { pos: 28, name: 'Donald Trump' },
    ]);
  });

  // The index tries NAME_RUN_RE only where a capital letter starts: the runs are those of the regex's own
  // scan, with capitals outside ASCII (`Élan`, `İstanbul`), astral ones (𝐀, U+1D400) and lone surrogates.
  it.each([
    'Élan Vital met Ana Ruiz; İstanbul Ankara.',
    'x𝐀bc Def and 😀 Ab Cd',
    '\uDC00Ab Cd and \uD835Ab Cd, then É É.',
    'lower only, no names at all.',
    'A B. C D',
  ])('runs of %j are NAME_RUN_RE’s', (text) => {
    const re = new RegExp(NAME_RUN_RE.source, 'gu');
    const expected: number[] = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text)) expected.push(m.index);
    expect(buildNameIndex([{ start: 0, text }]).mentions.map((m) => m.pos)).toEqual(expected);
  });
});
