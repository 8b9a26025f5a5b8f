import { describe, expect, it } from 'vitest';
import { CueYield, statementShape } from '../../../../src/stages/quotes/cue-yield.js';

/** Ranges of the first occurrence of `cue` and of `content` in `text`. */
function shapeOf(text: string, cue: string, content: string): string {
  const c = text.indexOf(cue);
  const s = text.indexOf(content);
  return statementShape(text, { start: c, end: c + cue.length }, [{ start: s, end: s + content.length }]);
}

describe('cue yield: statement shapes', () => {
  it.each([
    ['Mara said that the bridge would close.', 'said', 'that the bridge would close', 'that'],
    ['Mara said the bridge would close.', 'said', 'the bridge would close', 'det'],
    ['Mara said he would resign.', 'said', 'he would resign', 'pron'],
    ['Mara spoke to reporters on Friday.', 'spoke', 'to reporters on Friday', 'to'],
    ['Mara said: “We are ready.”', 'said', '“We are ready.”', 'q'],
    ['“We are ready,” Mara said.', 'said', '“We are ready,”', 'before-q'],
    ['The bridge will close, Mara said.', 'said', 'The bridge will close', 'before'],
    ['Mara asked whether the bridge would close.', 'asked', 'whether the bridge would close', 'wh'],
    ['“We are ready for anything.”', '“', '“We are ready for anything.”', 'float'],
  ])('%s → %s', (text, cue, content, shape) => {
    expect(shapeOf(text, cue, content)).toBe(shape);
  });
});

describe('cue yield: smoothed probabilities', () => {
  const model = new CueYield(
    new Map([
      ['*|*', { made: 100, right: 80 }],
      ['*|to', { made: 20, right: 5 }],
      ['spoke|*', { made: 30, right: 6 }],
      ['spoke|to', { made: 20, right: 1 }],
      ['said|that', { made: 50, right: 49 }],
    ]),
  );

  it('trusts a well-attested key', () => {
    expect(model.probability('said', 'that')).toBeGreaterThan(0.9);
    expect(model.probability('spoke', 'to')).toBeLessThan(0.15);
  });

  it('backs off to the form, then the shape, then everything', () => {
    expect(model.probability('spoke', 'that')).toBeCloseTo((6 + 3 * 0.8) / 33, 5);
    expect(model.probability('uttered', 'to')).toBeCloseTo((5 + 3 * 0.8) / 23, 5);
    expect(model.probability('uttered', 'wh')).toBeCloseTo(0.8, 5);
  });
});
