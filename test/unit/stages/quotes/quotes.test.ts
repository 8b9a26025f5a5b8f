import { describe, it } from 'vitest';
import { type Expected, expectStatement } from './cases.test-helper.js';

// [pattern, text, the statement expected among those found]
const FOUND: [string, string, Expected][] = [
  [
    'quote before cue',
    '“We will not retreat,” Peskov stated.',
    { kind: 'direct', cue: 'stated', source: 'Peskov', content: '“We will not retreat,”' },
  ],
  [
    'quote after cue with colon',
    'Peskov said: “We will not retreat from our position.”',
    { kind: 'direct', cue: 'said', source: 'Peskov', content: '“We will not retreat from our position.”' },
  ],
  [
    'quote around cue',
    '“We will not retreat,” she said, “not now and not ever.”',
    {
      kind: 'direct',
      cue: 'said',
      source: 'she',
      content: '“We will not retreat,” | “not now and not ever.”',
    },
  ],
  [
    'single straight marks, inverted cue',
    "'We will not retreat,' said Dmitry Peskov.",
    {
      kind: 'direct',
      cue: 'said',
      source: 'Dmitry Peskov',
      speaker: 'Dmitry Peskov',
      content: "'We will not retreat,'",
    },
  ],
  [
    'time adjunct between subject and cue',
    'Senator Maria Lopez on Tuesday said the bill would pass easily.',
    {
      kind: 'indirect',
      cue: 'said',
      source: 'Senator Maria Lopez',
      content: 'the bill would pass easily',
    },
  ],
  [
    'bare weekday between subject and cue',
    'Lopez Friday said the bill would pass easily.',
    { kind: 'indirect', cue: 'said', source: 'Lopez', content: 'the bill would pass easily' },
  ],
  [
    'participial cue after an opening adverb',
    'Meanwhile, Lopez attacked the plan, saying it would fail badly.',
    { kind: 'indirect', cue: 'saying', source: 'Lopez', content: 'it would fail badly' },
  ],
  [
    'interview transcript line',
    '"LOPEZ: We will pass this bill before the recess, believe me.\n\n"LOPEZ: And the vote will not be close.',
    {
      kind: 'direct',
      cue: ':',
      source: 'LOPEZ',
      content: 'We will pass this bill before the recess, believe me',
    },
  ],
  [
    'guillemets',
    'Peskov told reporters, «We will never retreat from here.»',
    { kind: 'direct', cue: 'told', source: 'Peskov', content: '«We will never retreat from here.»' },
  ],
  [
    'doubled apostrophes',
    "''The plan is dead,'' said Mr. Burman.",
    { kind: 'direct', cue: 'said', source: 'Mr. Burman', content: "''The plan is dead,''" },
  ],
  [
    'nested quotes',
    '“He told me ‘never again’ and left,” Jones said.',
    { kind: 'direct', cue: 'said', source: 'Jones', content: '“He told me ‘never again’ and left,”' },
  ],
  [
    'reported speech',
    'Peskov said there were no concrete plans for a call.',
    { kind: 'indirect', cue: 'said', source: 'Peskov', content: 'there were no concrete plans for a call' },
  ],
  [
    'complement clause with auxiliary',
    'The Kremlin has indicated that the president is open to talks.',
    {
      kind: 'indirect',
      cue: 'indicated',
      source: 'The Kremlin',
      speaker: 'Kremlin',
      content: 'that the president is open to talks',
    },
  ],
  [
    'according to, first',
    'According to Peskov, the goals remain unchanged.',
    { kind: 'according-to', cue: 'According to', source: 'Peskov', content: 'the goals remain unchanged' },
  ],
  [
    'according to, last',
    'The goals remain unchanged, according to Peskov.',
    { kind: 'according-to', cue: 'according to', source: 'Peskov', content: 'The goals remain unchanged' },
  ],
  [
    'told X that',
    'Trump told NBC that a call could happen soon.',
    { kind: 'indirect', cue: 'told', source: 'Trump', content: 'that a call could happen soon' },
  ],
  [
    'noun cue before the clause',
    'In a statement, the ministry said the strikes had stopped.',
    { kind: 'indirect', cue: 'said', source: 'the ministry', content: 'the strikes had stopped' },
  ],
  [
    'participial cue with quote',
    'Zelensky voiced skepticism, saying, “It means losses for Ukraine.”',
    { kind: 'direct', cue: 'saying', source: 'Zelensky', content: '“It means losses for Ukraine.”' },
  ],
  [
    'participial cue, reported',
    'Peskov said there were no plans, adding it would be premature to discuss improvements.',
    {
      kind: 'indirect',
      cue: 'adding',
      source: 'Peskov',
      content: 'it would be premature to discuss improvements',
    },
  ],
  [
    'partial quote in reported speech',
    'Putin praised the remarks, noting they “deserved attention” and calling for dialogue.',
    { kind: 'mixed', cue: 'noting', source: 'Putin', content: 'they “deserved attention”' },
  ],
  [
    'appositive after name',
    'Hugh Hill, a doctor, said the clinic was overwhelmed.',
    {
      kind: 'indirect',
      cue: 'said',
      source: 'Hugh Hill, a doctor',
      speaker: 'Hugh Hill',
      content: 'the clinic was overwhelmed',
    },
  ],
  [
    'title before name',
    'Kremlin spokesperson Dmitry Peskov said the talks were over.',
    {
      kind: 'indirect',
      cue: 'said',
      source: 'Kremlin spokesperson Dmitry Peskov',
      speaker: 'Dmitry Peskov',
      content: 'the talks were over',
    },
  ],
  [
    'parenthesised party',
    'Sen. David Perdue (R-Ga.) said the plan would fail.',
    {
      kind: 'indirect',
      cue: 'said',
      source: 'Sen. David Perdue (R-Ga.)',
      speaker: 'David Perdue',
      content: 'the plan would fail',
    },
  ],
  [
    'inserted phrase',
    'Trump, speaking to veterans in Virginia, said he would order a review.',
    {
      kind: 'indirect',
      cue: 'said',
      source: 'Trump, speaking to veterans in Virginia',
      speaker: 'Trump',
      content: 'he would order a review',
    },
  ],
  [
    'inserted adverb',
    'Peskov, however, said no date was set.',
    { kind: 'indirect', cue: 'said', source: 'Peskov', content: 'no date was set' },
  ],
  [
    'passive cue with agent',
    'It was announced by the ministry that the border would close.',
    { kind: 'indirect', cue: 'announced', source: 'the ministry', content: 'that the border would close' },
  ],
  [
    'unnamed source',
    'An anonymous aide claimed that the two men had spoken seven times.',
    {
      kind: 'indirect',
      cue: 'claimed',
      source: 'An anonymous aide',
      speaker: 'an anonymous aide',
      content: 'that the two men had spoken seven times',
    },
  ],
  [
    'plural unnamed source',
    'Officials said the bridge would reopen next week.',
    { kind: 'indirect', cue: 'said', source: 'Officials', content: 'the bridge would reopen next week' },
  ],
  [
    'non-person source',
    'A new report found that wages rose in every state last year.',
    {
      kind: 'indirect',
      cue: 'found',
      source: 'A new report',
      content: 'that wages rose in every state last year',
    },
  ],
];

describe('quotes: patterns news uses to report speech', () => {
  it.each(FOUND)('%s', (_name, text, expected) => {
    expectStatement(text, expected);
  });
});
