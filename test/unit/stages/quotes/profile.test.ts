import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import { analyse } from '../../../../src/eval/quotes/profile-eval.js';
import { VerbatimError } from '../../../../src/model/errors.js';
import {
  DEFAULT_QUOTE_PROFILE,
  type ProfileStatement,
  parseQuoteProfile,
  profileStatements,
  type QuoteProfile,
} from '../../../../src/stages/quotes/profile.js';
import { quotesReport } from '../../../../src/stages/quotes/report.js';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await Analyzer.create({ stages: ['quotes', 'pos'] });
});

function run(text: string, profile: QuoteProfile): ProfileStatement[] {
  const { statements, ctx } = analyse(analyzer, text);
  const out = profileStatements(statements, profile, ctx);
  for (const p of out) for (const c of p.content) expect(text.slice(c.start, c.end)).toBe(c.text);
  return out;
}

const contents = (ps: readonly ProfileStatement[]): string[] =>
  ps.map((p) => p.content.map((c) => c.text).join(' | '));

describe('quote profiles', () => {
  it('parses --profile, speech by default, with a typed error for unknown names', () => {
    expect(parseQuoteProfile(undefined)).toBe(DEFAULT_QUOTE_PROFILE);
    expect(parseQuoteProfile('attributions')).toBe('attributions');
    expect(() => parseQuoteProfile('beliefs')).toThrow(VerbatimError);
    try {
      parseQuoteProfile('beliefs');
    } catch (e) {
      expect((e as VerbatimError).code).toBe('E_OPTION_INVALID');
    }
  });

  it('speech: one record per quoted sentence, with the statement’s cue and speaker', () => {
    const text = '“We will win. We will win big. Nobody can stop us,” Trump said on Monday.';
    const speech = run(text, 'speech');
    expect(contents(speech)).toEqual(['We will win.', 'We will win big.', 'Nobody can stop us']);
    expect(new Set(speech.map((p) => p.statement.cue.text))).toEqual(new Set(['said']));
    expect(contents(run(text, 'attributions'))).toHaveLength(1);
  });

  it('speech keeps speech cues only; attributions keeps every class', () => {
    const text =
      'Jones said that taxes will rise next year. Smith believes that the deal will fail. ' +
      'A new poll found that most voters oppose the deal.';
    expect(contents(run(text, 'speech'))).toEqual(['that taxes will rise next year']);
    expect(run(text, 'attributions').map((p) => p.cueClass)).toEqual(['speech', 'belief', 'evidence']);
  });

  it('speech drops prepositional, whether and noun complements of a speech verb', () => {
    for (const text of [
      'Smith asked whether the vote would happen before Friday.',
      'Jones told reporters about the new rules for the port.',
      'The mayor announced a plan to rebuild the bridge next year.',
    ]) {
      expect(run(text, 'attributions').length, text).toBeGreaterThan(0);
      expect(run(text, 'speech'), text).toEqual([]);
    }
    expect(contents(run('Jones said of the plan that it was a disaster.', 'speech'))).toHaveLength(1);
  });

  it('the report lists speech first and the other attributions under their class', () => {
    const text = 'Jones said that taxes will rise next year. Smith believes that the deal will fail.';
    const { statements } = analyse(analyzer, text);
    const lines = quotesReport(statements).lines;
    expect(lines[0]).toBe('1 speech statement from 1 source; 1 other attribution');
    const other = lines.findIndex((l) => l.includes('other attributions (belief 1, evidence 0, other 0)'));
    expect(other).toBeGreaterThan(lines.findIndex((l) => l.includes('[said]')));
    expect(lines[other + 1]).toMatch(/^\s+belief\s+Smith \[believes\] that the deal will fail/);
  });
});
