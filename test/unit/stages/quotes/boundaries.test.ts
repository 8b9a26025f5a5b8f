/**
 * Session 3 rules on quotation extent and sources (own sentences, none from any benchmark):
 * each row names the construction and the statement expected among those found.
 */
import { describe, expect, it } from 'vitest';
import { type Expected, expectStatement, statementsOf } from './cases.test-helper.js';

const FOUND: [string, string, Expected][] = [
  [
    'a right mark opening a signed quotation line',
    'Readers wrote in.\n”Worry is real. I am truly afraid of the winter.” ― Ana Lopez',
    {
      kind: 'direct',
      cue: '―',
      source: 'Ana Lopez',
      content: '”Worry is real. I am truly afraid of the winter.”',
    },
  ],
  [
    'inverted cue opening the sentence',
    'The mayor has ignored the budget. Said Ortega: “I have no sense that she cares about the deficit.”',
    {
      kind: 'direct',
      cue: 'Said',
      source: 'Ortega',
      content: '“I have no sense that she cares about the deficit.”',
    },
  ],
  [
    'a verb outside the lexicon between two pieces of one quotation',
    '“All that you have told me,” the referee exclaimed, “is what I saw.”',
    {
      kind: 'direct',
      cue: 'exclaimed',
      source: 'the referee',
      content: '“All that you have told me,” | “is what I saw.”',
    },
  ],
  [
    'a quotation closed on a question mark, then `while`',
    '"Did you see him? He had better be safe," she shouts while crossing the square.',
    { kind: 'direct', cue: 'shouts', source: 'she', content: '"Did you see him? He had better be safe,"' },
  ],
  [
    'a quotation after `said,` follows an opening participle clause',
    'Asked to name the supplier, Okafor said, "We will not go into that today."',
    { kind: 'direct', cue: 'said', source: 'Okafor', content: '"We will not go into that today."' },
  ],
  [
    '`asked about` takes no object before its content',
    'Asked about the rumour that the plant would close, Okafor said, "Nothing is decided."',
    { kind: 'indirect', cue: 'Asked', content: 'the rumour that the plant would close' },
  ],
  [
    'a conjunction after the cue ends a quotation statement',
    '“Are you winning?” she said, but the old man was already asleep in his chair again.',
    { kind: 'direct', cue: 'said', source: 'she', content: '“Are you winning?”' },
  ],
  [
    'a participle after the cue ends a quotation statement',
    '"That is what I know, and it is enough," Ruiz said, going on to compare the two tax plans.',
    { kind: 'direct', cue: 'said', source: 'Ruiz', content: '"That is what I know, and it is enough,"' },
  ],
  [
    'reported speech continues after the cue even with a conjunction',
    'Most of the guests were older, she said, and they had come a long way to hear him.',
    {
      kind: 'indirect',
      cue: 'said',
      source: 'she',
      content: 'Most of the guests were older | and they had come a long way to hear him',
    },
  ],
  [
    'a space before a straight closing mark',
    `"I never liked the word 'outreach,' " he told the group, adding that it sounded distant.`,
    { kind: 'direct', cue: 'told', source: 'he', content: `"I never liked the word 'outreach,' "` },
  ],
  [
    'an interview transcript turn runs to the paragraph end',
    '"LOPEZ: Well, look, she thinks this is a game show. But this is a serious race. And the tweet was mocking her.\n\n"HOST: I have to ask you about the tweet.\n\n"LOPEZ: I will answer that.',
    {
      kind: 'direct',
      cue: ':',
      source: 'LOPEZ',
      content:
        'Well, look, she thinks this is a game show. But this is a serious race. And the tweet was mocking her',
    },
  ],
  [
    'a headline colon keeps the clause after a semicolon',
    'Ruiz: Voters Worried About the Budget; It’s ‘in Their Heads.’\n\nRuiz said more on Monday.',
    {
      kind: 'mixed',
      cue: ':',
      source: 'Ruiz',
      content: 'Voters Worried About the Budget; It’s ‘in Their Heads.’',
    },
  ],
  [
    'an object with an infinitive is part of the content',
    'The mayor asked the crowd to welcome the governor, "my new best friend."',
    {
      kind: 'mixed',
      cue: 'asked',
      source: 'The mayor',
      content: 'the crowd to welcome the governor, "my new best friend."',
    },
  ],
  [
    'a nested quotation of the same curly kind',
    'Readers wrote in.\n“As a nurse, I would rather live in what he calls “hell” than in his world.” ― Ana Ruiz',
    {
      kind: 'direct',
      cue: '―',
      source: 'Ana Ruiz',
      content: '“As a nurse, I would rather live in what he calls “hell” than in his world.”',
    },
  ],
  [
    'a subject before an inserted relative clause with a cue of its own',
    'Donna Ruiz, 59, of Ashton, who watched the parade on a screen, said the event brought back memories.',
    { kind: 'indirect', cue: 'said', content: 'the event brought back memories' },
  ],
  [
    'a clause ending in a colon before a quotation',
    'The senator scolded him: “The scientific community is united against you on these products.”',
    {
      kind: 'direct',
      cue: ':',
      source: 'The senator',
      content: '“The scientific community is united against you on these products.”',
    },
  ],
  [
    'a cue inside an opening absolute clause ends at its comma',
    'With party leaders worried about a lack of passion among young voters, President Ruiz is rolling out a new message.',
    {
      kind: 'indirect',
      cue: 'worried',
      source: 'party leaders',
      content: 'about a lack of passion among young voters',
    },
  ],
  [
    'a quotation resumed after a participle phrase',
    '“Every time you say that,” Tester said, referring to the excuse, “you give ammunition to the critics.”',
    {
      kind: 'direct',
      cue: 'said',
      source: 'Tester',
      content: '“Every time you say that,” | “you give ammunition to the critics.”',
    },
  ],
  [
    'a quotation resumed after `and`',
    'Ruiz is “smart as hell,” Mosko wrote in an email to a colleague, and “full of nonsense.”',
    {
      kind: 'mixed',
      cue: 'wrote',
      source: 'Mosko',
      content: 'Ruiz is “smart as hell,” | “full of nonsense.”',
    },
  ],
  [
    '`, but he` after a closing mark ends the content',
    'Ruiz is promising lower taxes and “jobs, jobs, jobs,” but he has also sharpened his attacks on his rival.',
    { kind: 'mixed', cue: 'promising', source: 'Ruiz', content: 'lower taxes and “jobs, jobs, jobs,”' },
  ],
  [
    'a mis-decoded name stays one word',
    '"Europe must be able to defend itself," President FranÃÂ§ois Hollande said Friday.',
    {
      kind: 'direct',
      cue: 'said',
      source: 'President FranÃÂ§ois Hollande',
      content: '"Europe must be able to defend itself,"',
    },
  ],
  [
    'a dash signature signs its whole line',
    'Readers wrote in.\n“Money is all he has.” And that is all “he will ever have.” ― Cris Lastra',
    {
      kind: 'direct',
      cue: '―',
      source: 'Cris Lastra',
      content: '“Money is all he has.” And that is all “he will ever have.”',
    },
  ],
  [
    'a head noun with an adjective complement is the source',
    'People familiar with the talks said the deal was close.',
    {
      kind: 'indirect',
      cue: 'said',
      source: 'People familiar with the talks',
      content: 'the deal was close',
    },
  ],
  [
    '`those close to him` is the source',
    'Those close to him say that he would have to consider other options.',
    {
      kind: 'indirect',
      cue: 'say',
      source: 'Those close to him',
      content: 'that he would have to consider other options',
    },
  ],
  [
    'an opening phrase continued after its comma is not the subject',
    'Chastened by the analyses, as well as complaints over the costs, Ruiz revised his plan, promising to focus on workers.',
    { kind: 'indirect', cue: 'promising', source: 'Ruiz', content: 'to focus on workers' },
  ],
  [
    'a cue after a coordinated bare noun stays inside the content',
    'Ryan said the spate of shootings and protests demands that all Americans engage in "more listening."',
    {
      kind: 'mixed',
      cue: 'said',
      source: 'Ryan',
      content: 'the spate of shootings and protests demands that all Americans engage in "more listening."',
    },
  ],
  [
    'a cue after `, and` and a bare noun starts its own statement',
    'Ruiz emphasized that the reforms were not complete, and rights groups warned that the plan would fail.',
    { kind: 'indirect', cue: 'emphasized', source: 'Ruiz', content: 'that the reforms were not complete' },
  ],
];

describe('quotes: quotation extent and inverted cues', () => {
  it.each(FOUND)('%s', (_name, text, expected) => {
    expectStatement(text, expected);
  });

  it('does not continue a signed quotation into the next reader’s line', () => {
    const found = statementsOf(
      '“He is no leader. He is a dictator, plain and simple.” ― Luis Olid\n“No one wants a man who insults her, not one of us.” ― Cris Lastra',
    );
    expect(found.map((s) => [s.source?.text, s.content.length])).toEqual([
      ['Luis Olid', 1],
      ['Cris Lastra', 1],
    ]);
  });

  it('keeps a headline colon whose name is not a cue verb', () => {
    const found = statementsOf(
      'Poll: Voters split on the budget ahead of the vote\nThe poll was taken on Monday.',
    );
    expect(found.map((s) => s.cue.text)).toContain(':');
  });
});
