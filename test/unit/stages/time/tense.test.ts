import { describe, expect, it } from 'vitest';
import { createDocument, setLayer } from '../../../../src/model/document.js';
import { defaultTagger } from '../../../../src/stages/pos/load-model.js';
import { tagDocument } from '../../../../src/stages/pos/stage.js';
import { sentencesOf } from '../../../../src/stages/sentences/stage.js';
import { tagLookup } from '../../../../src/stages/time/annotate.js';
import { parseIsoDate } from '../../../../src/stages/time/calendar.js';
import { RULES, recogniseTimexes } from '../../../../src/stages/time/recognise.js';
import type { TagAt } from '../../../../src/stages/time/tense.js';
import { tokenizeDocument } from '../../../../src/stages/tokens/stage.js';

/** Tags a test sentence with the shipped POS model, as the pipeline's `pos` stage does. */
function tagsOf(text: string): TagAt {
  const doc = createDocument(text, [{ id: 'b0', kind: 'paragraph', start: 0, end: text.length, text }]);
  setLayer(doc, 'tokens', tokenizeDocument(doc));
  setLayer(doc, 'sentences', sentencesOf(doc));
  setLayer(doc, 'pos', tagDocument(doc, defaultTagger()));
  return tagLookup(doc)!;
}

function timexValue(sentence: string, text: string, dct: string, withPos: boolean): string | undefined {
  const found = recogniseTimexes(sentence, parseIsoDate(dct), RULES, withPos ? tagsOf(sentence) : undefined);
  return found.find((t) => sentence.slice(t.start, t.end) === text)?.value;
}

describe('tense for bare months and weekdays', () => {
  // [sentence, expression, publication date, expected value]
  const cases: [string, string, string, string][] = [
    // `since` opens a state that lasts until now: its start lies in the past.
    [
      'The ship has been at sea since September and was scheduled to dock soon.',
      'September',
      '2023-03-10',
      '2022-09',
    ],
    // Irregular past forms are past cues (`brought`, `sold`): nearer than the future cue after them.
    ['In January, the firm brought in a chief who will start soon.', 'January', '2023-09-20', '2023-01'],
    ['In January, the chain sold four stores that will close soon.', 'January', '2023-09-20', '2023-01'],
    // Without a past cue, the future one decides.
    ['In January, the firm names a chief who will start soon.', 'January', '2023-09-20', '2024-01'],
    // A deadline met in the past perfect lies in the past.
    ['All the ministries had sent their budgets by Friday.', 'Friday', '2023-03-08', '2023-03-03'],
    ['Until Tuesday, the club had not named a coach.', 'Tuesday', '2023-03-09', '2023-03-07'],
    // A deadline with no past perfect still points forward.
    ['The board must decide by Friday.', 'Friday', '2023-03-08', '2023-03-10'],
    // A past perfect farther away in another clause does not turn a deadline into the past.
    [
      'The sale, which had been rumoured for weeks, is part of a plan to repay the whole loan by March.',
      'March',
      '2023-11-20',
      '2024-03',
    ],
  ];
  it.each(cases)('%s → %s', (sentence, text, dct, value) => {
    expect(timexValue(sentence, text, dct, true)).toBe(value);
  });

  it('with POS tags, an adjective in -ed form is no past cue', () => {
    const sentence = 'The bonus would be paid on a still unspecified date in January.';
    // Words alone read `unspecified` as a past verb; the tagger says it is an adjective.
    expect(timexValue(sentence, 'January', '2023-09-20', false)).toBe('2023-01');
    expect(timexValue(sentence, 'January', '2023-09-20', true)).toBe('2024-01');
  });
});
