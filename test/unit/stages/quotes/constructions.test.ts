import { describe, expect, it } from 'vitest';
import { type Expected, expectStatement, statementsOf } from './cases.test-helper.js';

// [pattern, text, the statement expected among those found]: constructions beyond a plain cue
// (headline colons, dash signatures, coordinated and passive cues), speakers resolved from
// pronouns and roles, and where content ends.
const CONSTRUCTIONS: [string, string, Expected][] = [
  [
    'headline colon',
    'Trump: “I will win this election”\nTrump spoke to supporters in Ohio on Tuesday.',
    { kind: 'direct', cue: ':', source: 'Trump', content: '“I will win this election”' },
  ],
  [
    'dash signature',
    '“It is a disaster for farmers” ― Mary Jones',
    { kind: 'direct', cue: '―', source: 'Mary Jones', content: '“It is a disaster for farmers”' },
  ],
  [
    'coordinated cue inherits subject',
    'Trump disclosed that he had not spoken with Putin but indicated that a call could occur soon.',
    { kind: 'indirect', cue: 'indicated', source: 'Trump', content: 'that a call could occur soon' },
  ],
  [
    'pronoun resolved to earlier name',
    'Senator Mary Jones arrived late.\nShe said the vote would be delayed.',
    {
      kind: 'indirect',
      cue: 'said',
      source: 'She',
      speaker: 'Mary Jones',
      content: 'the vote would be delayed',
    },
  ],
  [
    'quotation closed on a comma, verb outside the lexicon',
    '“Get out of the water now, all of you,” the lifeguard Tom Ruiz hollers.',
    {
      kind: 'direct',
      cue: 'hollers',
      source: 'the lifeguard Tom Ruiz',
      content: '“Get out of the water now, all of you,”',
    },
  ],
  [
    'passive quoted as saying',
    'Senator Maria Lopez was quoted by the local paper as saying that the bill would pass.',
    {
      kind: 'indirect',
      cue: 'quoted by the local paper as saying',
      source: 'Senator Maria Lopez',
      content: 'that the bill would pass',
    },
  ],
  [
    'name set off after a role phrase',
    'The spokeswoman for the ministry, Anna Berg, said the talks had failed.',
    { kind: 'indirect', cue: 'said', source: 'Anna Berg', content: 'the talks had failed' },
  ],
  [
    'appositive after an inverted source is not content',
    '“The bill is dead,” said Lopez, a Democrat from Ohio who chairs the panel.',
    { kind: 'direct', cue: 'said', source: 'Lopez', content: '“The bill is dead,”' },
  ],
  [
    'a clause after a comma and a cue is content, not an inverted source',
    'The results of the national survey published this week, revealed that children in the north are short of iodine.',
    {
      kind: 'indirect',
      cue: 'revealed',
      source: 'The results of the national survey',
      content: 'that children in the north are short of iodine',
    },
  ],
  [
    'nominal speaker resolved to the name given with the role (after)',
    'Ministry spokeswoman Anna Berg arrived late.\n\nThe spokeswoman said the talks had failed.',
    {
      kind: 'indirect',
      cue: 'said',
      source: 'The spokeswoman',
      speaker: 'Anna Berg',
      content: 'the talks had failed',
    },
  ],
  [
    'nominal speaker resolved to the name given with the role (appositive)',
    'Anna Berg, the ministry spokeswoman, arrived late.\n\nThe spokeswoman said the talks had failed.',
    {
      kind: 'indirect',
      cue: 'said',
      source: 'The spokeswoman',
      speaker: 'Anna Berg',
      content: 'the talks had failed',
    },
  ],
  [
    'relative pronoun source takes the name before its age and place',
    'The crowd cheered for Donna Rawlings, 59, of Ashton, who said the event moved her deeply.',
    {
      kind: 'indirect',
      cue: 'said',
      source: 'who',
      speaker: 'Donna Rawlings',
      content: 'the event moved her deeply',
    },
  ],
  [
    'reported content ends at a semicolon',
    'The agency estimates that the plan would cost $2 billion; the union puts it far higher.',
    {
      kind: 'indirect',
      cue: 'estimates',
      content: 'that the plan would cost $2 billion',
    },
  ],
  [
    'reported content ends at but with a new subject',
    'Mayor Ann Cole promised lower rents and new parks, but she has also raised fees twice.',
    { kind: 'indirect', cue: 'promised', source: 'Mayor Ann Cole', content: 'lower rents and new parks' },
  ],
  [
    'a quoted title before the source is not the content',
    'On this week’s broadcast of “Meet the Voters,” Senator Ann Cole said the budget would pass.',
    { kind: 'indirect', cue: 'said', source: 'Senator Ann Cole', content: 'the budget would pass' },
  ],
  [
    'naming verb with as and a quotation',
    'Governor Alan Reeve has been pounding the senator as “a reckless gambler” for weeks.',
    {
      kind: 'mixed',
      cue: 'pounding',
      source: 'Governor Alan Reeve',
      content: 'the senator as “a reckless gambler”',
    },
  ],
  [
    'naming verb outside the lexicon, phrasal, two quotations',
    'The mayor has gone after the developer as a “land grabber” and a “bully.”',
    {
      kind: 'mixed',
      cue: 'gone',
      source: 'The mayor',
      content: 'the developer as a “land grabber” and a “bully.”',
    },
  ],
  [
    'quotation resuming after the cue and its object',
    '“We are not leaving,” she told the reporters, “whatever the council decides.”',
    {
      kind: 'direct',
      cue: 'told',
      source: 'she',
      content: '“We are not leaving,” | “whatever the council decides.”',
    },
  ],
  [
    'participial cue after an opening preposition takes the main subject',
    'After saying the bridge was unsafe, Mayor Ana Ruiz closed it for a week.',
    {
      kind: 'indirect',
      cue: 'saying',
      source: 'Mayor Ana Ruiz',
      content: 'the bridge was unsafe',
    },
  ],
  [
    'an adjunct between the subject and the cue stays with the subject',
    'Governor Ella Park in a radio interview blamed the storm for the long delays.',
    {
      kind: 'indirect',
      cue: 'blamed',
      source: 'Governor Ella Park in a radio interview',
      content: 'the storm for the long delays',
    },
  ],
  [
    'a name right after a clause-opening adjunct is the source',
    'In a long radio interview Ruiz declared that the bridge would close.',
    { kind: 'indirect', cue: 'declared', source: 'Ruiz', content: 'that the bridge would close' },
  ],
  [
    'coordinated cue inside a relative clause',
    'The tapes worry the nurses, who met on Monday and demanded that the clinic stay open.',
    {
      kind: 'indirect',
      cue: 'demanded',
      source: 'who',
      content: 'that the clinic stay open',
    },
  ],
  [
    'participial cue after a later pronoun subject',
    'Mayor Ana Ruiz said the plant was safe, and she later toured it, promising that jobs would return.',
    {
      kind: 'indirect',
      cue: 'promising',
      source: 'she',
      content: 'that jobs would return',
    },
  ],
  [
    'participial cue after a pronoun subject, no earlier source',
    'The lights went out, and she ran outside, shouting that the house was on fire.',
    { kind: 'indirect', cue: 'shouting', source: 'she', content: 'that the house was on fire' },
  ],
  [
    'a phrase opening with of is not the source',
    'The panel rated 40% of local claims as “false” in its review.',
    { kind: 'mixed', cue: 'claims', source: 'The panel', content: 'as “false” in its review' },
  ],
  [
    'a dateline is not the source',
    'LISBON - A new port authority that claims the harbour will double in size opened on Monday.',
    {
      kind: 'indirect',
      cue: 'claims',
      source: 'A new port authority',
      content: 'the harbour will double in size opened on Monday',
    },
  ],
  [
    'a quantifier over a relative pronoun',
    'Hundreds of nurses marched, many of whom say the clinic must stay open.',
    { kind: 'indirect', cue: 'say', source: 'many of whom', content: 'the clinic must stay open' },
  ],
];

describe('quotes: constructions, speakers and content extent', () => {
  it.each(CONSTRUCTIONS)('%s', (_name, text, expected) => {
    expectStatement(text, expected);
  });
});

// [pattern, text]: quotation marks that are not statements.
const NOT_FOUND: [string, string][] = [
  ['scare quotes', 'The so-called “peace plan” was never published.'],
  ['participle with by-agent', 'Four regions claimed by Russia remain contested.'],
  [
    'headline colon without a speaker',
    'Stealth Over Health: Clinton Was Headed to Hospital\nThe campaign denied it.',
  ],
];

describe('quotes: not statements', () => {
  it.each(NOT_FOUND)('%s', (_name, text) => {
    expect(statementsOf(text)).toEqual([]);
  });
});

// [pattern, text]: a cue may make a statement here, but the marked words are a name, not quoted speech.
const NOT_QUOTED: [string, string][] = [
  ['title of a work', 'She read “War and Peace” twice last summer.'],
  ['nickname', 'Fans call him “the Rocket” because of his speed.'],
  ['title in a floating sentence', '“Gone With the Wind” returns to cinemas this week.'],
  ['nickname with known as', 'The striker, known as “the Rocket,” scored twice.'],
  ['examples with such as', 'Terms such as “fake news” filled the debate.'],
];

describe('quotes: titles and nicknames are not quotations', () => {
  it.each(NOT_QUOTED)('%s', (_name, text) => {
    for (const s of statementsOf(text)) {
      expect(s.kind).not.toBe('direct');
      expect(s.kind).not.toBe('mixed');
      expect(s.quoted).toEqual([]);
    }
  });
});

describe('quotes: quotations over several sentences and paragraphs', () => {
  it('joins the quotation sentences after the cue to the same statement', () => {
    const text = '“We have waited long enough,” Jones said. “The bill must pass.”';
    const [s, ...rest] = statementsOf(text);
    expect(rest).toEqual([]);
    expect(s?.content.map((c) => c.text)).toEqual(['“We have waited long enough,”', '“The bill must pass.”']);
  });

  it('continues an open quotation into the next paragraph', () => {
    const text =
      'Senator Mary Jones spoke first.\n“We have waited long enough,” Jones said. “The bill must pass.\n“Nobody here can say they were not warned. We were warned many times.”\nThe vote is on Tuesday.';
    const all = statementsOf(text);
    expect(all).toHaveLength(1);
    expect(all[0]?.content).toHaveLength(3);
    expect(all[0]?.speaker?.name).toBe('Mary Jones');
  });

  it('gives a floating quotation paragraph the last speaker', () => {
    const text =
      'Mary Jones arrived late.\n“We will not give up on this bill, whatever it takes,” she added.\nThe hall fell silent.\n“Every family in this state deserves better than what they have now.”';
    const floating = statementsOf(text).find((s) => s.content[0]?.text.startsWith('“Every'));
    expect(floating?.kind).toBe('direct');
    expect(floating?.inherited).toBe(true);
    expect(floating?.speaker?.name).toBe('Mary Jones');
  });

  it('records the quoted words without their marks', () => {
    const [s] = statementsOf('Putin praised the remarks, noting they “deserved attention” at length.');
    const noting = statementsOf(
      'Putin praised the remarks, noting they “deserved attention” at length.',
    ).find((x) => x.cue.text === 'noting');
    expect(s).toBeDefined();
    expect(noting?.quoted.map((q) => q.text)).toEqual(['deserved attention']);
  });
});

describe('quotes: adjuncts are not sources', () => {
  it('does not take a clause-opening prepositional phrase as the source', () => {
    const found = statementsOf(
      'At a packed news conference announcing the closure of the old bridge, the mayor looked tired.',
    ).find((s) => s.cue.text === 'announcing');
    expect(found?.source?.text).not.toBe('a packed news conference');
  });
});
