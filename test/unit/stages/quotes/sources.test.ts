/**
 * Session 5 source rules (own sentences, none from any benchmark): poll shares as sources
 * (`About 9 percent said`, `one in five say`, `those surveyed said`), and what stays out of them;
 * opening participles after `despite`, `without`, `having` take the main clause's subject; `X went
 * on to say…` is X's statement; an opening `Hours later,` is no subject; `workers here said`; `X, noting Y, said`; `Speaking in Salem, New Hampshire, X…`; a that-less complement after a cue's object is the content.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './cases.test-helper.js';

/** [construction, text, cue, source (undefined: none)] */
const SOURCE: [string, string, string, string | undefined][] = [
  [
    'a percentage with an approximator',
    'About 9 percent said they had no preference.',
    'said',
    'About 9 percent',
  ],
  ['a percent sign', 'On taxes, 42% say they want cuts.', 'say', '42%'],
  [
    'a share with an of-phrase',
    'In Utah, 85% of Democrats said the system favors the rich.',
    'said',
    '85% of Democrats',
  ],
  [
    'a fraction with an approximator and an of-phrase',
    'In Ohio, about half of rural voters said they want a change.',
    'said',
    'about half of rural voters',
  ],
  ['one in five', 'One in five say that will not be true.', 'say', 'One in five'],
  [
    'four out of 10',
    'About four out of 10 voters said life would be worse.',
    'said',
    'About four out of 10 voters',
  ],
  ['those surveyed', 'By 60%-30%, those surveyed say the plan should pass.', 'say', 'those surveyed'],
  [
    'a quantifier over those polled',
    'Some of those polled said the fund should stay.',
    'said',
    'Some of those polled',
  ],
  [
    'a place adverb after the subject',
    'The campaign workers here said they have been busy since the spring.',
    'said',
    'The campaign workers',
  ],
  [
    'a subject across an inserted participle cue',
    'Sen. Anna Berg, noting the crowd, said the race was close.',
    'said',
    'Sen. Anna Berg, noting the crowd',
  ],
  ['a share object is no subject', 'Sales fell 5 percent, analysts said.', 'said', 'analysts'],
  ['a plain number subject stays as it was', 'Two said they would go.', 'said', 'Two'],
];

/** [construction, text, cue, source]: an opening participle takes the main clause's subject. */
const OPENING: [string, string, string, string][] = [
  [
    'despite + participle',
    'Despite criticizing the plan, Ortega said she would vote for it.',
    'criticizing',
    'Ortega',
  ],
  [
    'having + past participle',
    'Having announced that he would resign, Judge Lee left the room.',
    'announced',
    'Judge Lee',
  ],
  [
    'an opening time phrase is no subject',
    'Hours later, Ortega returned the favor, telling reporters that the deal was good.',
    'telling',
    'Ortega',
  ],
  [
    'an opening participle phrase ending in a place and its state',
    'Speaking at a rally in Salem, New Hampshire, Lee went after Ortega, calling him "a total stiff."',
    'calling',
    'Lee',
  ],
  [
    'went on to say + quotation',
    'Ortega went on to say, “The plan is dead and we all know it.”',
    'say',
    'Ortega',
  ],
  ['went on to say + that-clause', 'The mayor went on to say that the vote was rigged.', 'say', 'The mayor'],
  [
    'without + participle',
    'Without naming the mayor, the governor argued that the budget was wrong.',
    'naming',
    'the governor',
  ],
  [
    'a state abbreviation in an address is no subject',
    'Donna Ruiz, 59, of Ashton, Md., who watched the rally, said it ran long.',
    'said',
    'Donna Ruiz, 59, of Ashton, Md., who watched the rally',
  ],
  [
    'a number with a slash inside the source',
    '9/11 widow Terry Strada said the bill must pass.',
    'said',
    '9/11 widow Terry Strada',
  ],
];

describe('quotes: poll shares as sources', () => {
  it.each(SOURCE)('%s', (_name, text, cue, source) => {
    const found = statementsOf(text).find((s) => s.cue.text === cue);
    expect(found, `no statement with cue ${cue}`).toBeDefined();
    expect(found?.source?.text).toBe(source);
  });
});

describe('quotes: opening participles after despite, without, having; went on to say', () => {
  it.each(OPENING)('%s', (_name, text, cue, source) => {
    const found = statementsOf(text).find((s) => s.cue.text === cue);
    expect(found, `no statement with cue ${cue}`).toBeDefined();
    expect(found?.source?.text).toBe(source);
  });

  it('`went on to win` is no statement', () => {
    expect(statementsOf('He went on to win the race in the fall.').map((s) => s.cue.text)).toEqual([]);
  });
});

/** [construction, text, cue, content] */
const CONTENT: [string, string, string, string][] = [
  [
    'a that-less complement after the object',
    'She called the donors, telling them they wouldn\'t "have to pay a dime."',
    'telling',
    'they wouldn\'t "have to pay a dime."',
  ],
  ['an object then a quotation', 'He told reporters, "We are done here."', 'told', '"We are done here."'],
];

describe('quotes: content after a cue and its object', () => {
  it.each(CONTENT)('%s', (_name, text, cue, content) => {
    const found = statementsOf(text).find((s) => s.cue.text === cue);
    expect(found, `no statement with cue ${cue}`).toBeDefined();
    expect(found?.content[0]?.text).toBe(content);
  });
});
