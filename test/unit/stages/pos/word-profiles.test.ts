import { describe, expect, it } from 'vitest';
import { hashFolded } from '../../../../src/learn/hashing.js';
import {
  CONTEXT_WORDS,
  capBin,
  freqBin,
  leftContext,
  ProfileBuilder,
  rightContext,
} from '../../../../src/stages/pos/word-profiles.js';

/** Profiles of a small made-up text: `Moscow` always capitalised mid-sentence, `bank` never. */
function build(): Map<number, number> {
  const b = new ProfileBuilder();
  for (let k = 0; k < 8; k++) {
    b.addLine(['They', 'went', 'to', 'Moscow', 'and', 'the', 'bank', '.']);
    b.addLine(['The', 'bank', 'said', 'so', '.']);
  }
  b.addLine(['rare', 'words', 'here']);
  return b.build();
}

describe('word profiles', () => {
  const profiles = build();
  const of = (w: string): number => profiles.get(hashFolded(w)) ?? 0;

  it.each([
    ['Moscow', 5],
    ['bank', 1],
  ])('bins how often %s is capitalised where capitals are free', (word, bin) => {
    expect(capBin(of(word))).toBe(bin);
  });

  it('gives no profile to words seen fewer than three times', () => {
    expect(of('rare')).toBe(0);
    expect(of('Moscow')).not.toBe(0);
  });

  it('keeps frequency as a log2 bin and the most frequent neighbours as context words', () => {
    expect(freqBin(of('bank'))).toBe(4); // 16 occurrences
    // Both neighbours of `Moscow` are context words (the text has fewer than CONTEXT_WORDS types).
    expect(CONTEXT_WORDS).toBeGreaterThan(10);
    expect(leftContext(of('Moscow'))).toBeGreaterThan(0);
    expect(rightContext(of('Moscow'))).toBeGreaterThan(0);
    expect(leftContext(of('Moscow'))).not.toBe(rightContext(of('Moscow')));
    // `bank` always follows `the` / `The` (one folded word), as `and` always precedes it.
    expect(leftContext(of('bank'))).toBe(rightContext(of('and')));
    expect(leftContext(of('bank'))).not.toBe(leftContext(of('said')));
  });
});
