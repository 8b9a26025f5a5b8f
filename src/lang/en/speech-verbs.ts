/**
 * Verbs of saying. The quotes stage learns its cue lexicon from PolNeAR (models/quote-cues.json);
 * these closed lists serve the rules that only need to know a speech verb when they see one.
 */

/** Speech verbs next to a quotation's speaker (`,” Peskov said`, `Peskov told reporters: “…`). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'explained',
  'stated',
  'noted',
  'remarked',
  'asked',
  'replied',
  'insisted',
  'argued',
  'warned',
  'continued',
  'wrote',
  'commented',
  'asserted',
  'asserts',
  'admitted',
  'claimed',
]);

/**
 * Verbs of a speech tag after a quotation (`“Stop!” Peskov said`): the sentence goes on after the
 * quotation's own final mark. Wider than SPEECH_VERBS (manner of speaking, posting).
 */
export const QUOTE_TAG_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'asked',
  'asks',
  'told',
  'added',
  'adds',
  'stated',
  'wrote',
  'writes',
  'replied',
  'shouted',
  'noted',
  'insisted',
  'declared',
  'remarked',
  'explained',
  'continued',
  'tweeted',
  'posted',
  'warned',
  'argued',
  'recalled',
  'exclaimed',
  'cried',
  'yelled',
  'responded',
  'countered',
]);

/** Speech verbs whose object comes before the reported clause (`told NBC that…`, `urged Republicans to…`). */
export const OBJECT_SPEECH_VERBS: ReadonlySet<string> = new Set(
  'told tells telling tell asked asks asking informed assured warned warns urged urges reminded promised notified convinced'.split(
    ' ',
  ),
);
