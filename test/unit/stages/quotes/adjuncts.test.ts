/**
 * Session 4 rules (own sentences, none from any benchmark): a cue form after a possessive that is
 * the subject of a finite verb is a noun, not a speech verb; an opening participial or
 * prepositional phrase before the subject is not reported content; negated reporting verbs stay
 * statements (PolNeAR annotates them: 119 of 175 such statements on train are gold); a possessive
 * determiner is a cue noun's source; a one-word quotation closed on `,` `?` `!` is a whole reply; `that` or a quotation after a
 * cue's adjunct (`wrote of the budget that…`) opens its content; a quantifier heads a source
 * phrase (`Some observers, including…`, `some of the delegates`).
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './cases.test-helper.js';

/** [construction, text, cue that must make no statement, or content a statement must not have] */
const NOT_FOUND: [string, string, { cue?: string; content?: string }][] = [
  [
    'possessive noun subject in a title-case headline',
    'Talks Resume in Geneva, but Oslo’s Demands Remain Unchanged\nThe talks resumed on Monday.',
    { cue: 'Demands' },
  ],
  [
    'possessive noun subject before a modal',
    "The council met again. The group's claims would be tested in court next year, the clerk wrote.",
    { cue: 'claims' },
  ],
  [
    'possessive noun subject before a copula',
    'Nobody expected it. The senator’s announcement was delayed by the storm for two days.',
    { cue: 'announcement' },
  ],
  ['a one-word scare quote is no reply', 'The “reform” passed, the clerk said.', { content: '“reform”' }],
  [
    'opening participial phrase before the subject',
    'Reacting to the mayor’s remarks, Ortega thanked the volunteers but voiced doubts, saying, “We need more than words.”',
    { content: 'Reacting to the mayor’s remarks' },
  ],
  [
    'opening prepositional phrase before the subject',
    'During the long meeting in Lyon, Ruiz praised the staff.',
    { content: 'During the long meeting in Lyon' },
  ],
];

/** [construction, text, cue, content starts with] */
const FOUND: [string, string, string, string][] = [
  [
    'possessive noun with a that-clause',
    'It was a long year. Despite the mayor’s claims that the budget was balanced, the city borrowed.',
    'claims',
    'that the budget',
  ],
  [
    'possessive noun with an infinitive',
    'It was a long year. The governor’s decision to veto the tax bill surprised the city.',
    'decision',
    'to veto',
  ],
  [
    'the participial cue after an opening phrase stays',
    'Reacting to the mayor’s remarks, Ortega thanked the volunteers but voiced doubts, saying, “We need more than words.”',
    'saying',
    '“We need more than words.”',
  ],
  [
    'a clause before the cue is content',
    'The talks in Lyon failed, Ruiz said.',
    'said',
    'The talks in Lyon failed',
  ],
  [
    'a that-clause after an adjunct of the cue, with an opening adjunct before the subject',
    'Later in the week, after the vote had closed, Ortega wrote of the budget that the deficit “was not good.”',
    'wrote',
    'of the budget that the deficit',
  ],
  [
    'a quotation after an adjunct of the cue',
    'After the long debate, Ruiz said on Tuesday “we have waited long enough for this.”',
    'said',
    'on Tuesday “we have waited',
  ],
  [
    'a one-word reply in quotation marks',
    'Would she run again? “Absolutely,” she said.',
    'said',
    '“Absolutely,”',
  ],
  ['a one-word question', 'Where would they meet? “Lisbon?” he asked.', 'asked', '“Lisbon?”'],
  [
    'a negated reporting verb with its object',
    'She promised to cut taxes, though she has not offered details on how she would pay for it.',
    'offered',
    'details on how she would pay',
  ],
];

/** [construction, text, cue, source] */
const SOURCE: [string, string, string, string][] = [
  [
    'possessive determiner of a cue noun',
    'Ms. Ortega spoke last. Her argument that the tax was unfair won the room.',
    'argument',
    'Her',
  ],
  [
    'possessive determiner with an adjective',
    'The senator left early. His deep reluctance to vote for the bill was plain.',
    'reluctance',
    'His',
  ],
  [
    'a quantified subject across an inserted phrase',
    'Some observers, including the Yale professor Ann Lee, criticized the group for promoting the leaked files.',
    'criticized',
    'Some observers, including the Yale professor Ann Lee',
  ],
  [
    'a quantifier over an of-phrase',
    'Some of the younger delegates argued that the rules were unfair.',
    'argued',
    'Some of the younger delegates',
  ],
];

describe('quotes: possessive nouns, opening adjuncts, negation', () => {
  it.each(SOURCE)('%s', (_name, text, cue, source) => {
    const found = statementsOf(text).find((s) => s.cue.text === cue);
    expect(found, `no statement with cue ${cue}`).toBeDefined();
    expect(found?.source?.text).toBe(source);
  });

  it.each(NOT_FOUND)('%s', (_name, text, not) => {
    const found = statementsOf(text);
    if (not.cue) expect(found.map((s) => s.cue.text)).not.toContain(not.cue);
    if (not.content) expect(found.map((s) => s.content[0]?.text)).not.toContain(not.content);
  });

  it.each(FOUND)('%s', (_name, text, cue, content) => {
    const found = statementsOf(text).find((s) => s.cue.text === cue);
    expect(found, `no statement with cue ${cue}`).toBeDefined();
    expect(found?.content[0]?.text.startsWith(content)).toBe(true);
  });
});
