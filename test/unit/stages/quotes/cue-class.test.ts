import { describe, expect, it } from 'vitest';
import { type CueClass, cueClassOfText, wordCueClass } from '../../../../src/stages/quotes/cue-class.js';

// [cue text, class]: the examples, auxiliaries and adverbs skipped, light verbs read through,
// punctuation cues, manner-of-speaking verbs and doubled consonants.
const CASES: [string, CueClass][] = [
  ['said', 'speech'],
  ['has repeatedly said', 'speech'],
  ['told', 'speech'],
  ['stated', 'speech'],
  ['added', 'speech'],
  ['according to', 'speech'],
  ['pointed out', 'speech'],
  ['issued a statement saying', 'speech'],
  ['went on to say', 'speech'],
  [':', 'speech'],
  ['―', 'speech'],
  ['quipped', 'speech'],
  ['scoffed', 'speech'],
  ['admitted', 'speech'],
  ['believes', 'belief'],
  ['thinks', 'belief'],
  ['hopes', 'belief'],
  ['is expected', 'belief'],
  ['found', 'evidence'],
  ['showed', 'evidence'],
  ['suggests', 'evidence'],
  ['praised', 'other'],
  ['called on', 'other'],
  ['expressed', 'other'],
  ['known as', 'other'],
  ['declined', 'other'],
];

describe('cue classes', () => {
  it.each(CASES)('%s → %s', (cue, cls) => {
    expect(cueClassOfText(cue)).toBe(cls);
  });

  it('leaves unknown words unclassed', () => {
    expect(wordCueClass('bridge')).toBeUndefined();
    expect(wordCueClass('Says')).toBe('speech');
  });
});
