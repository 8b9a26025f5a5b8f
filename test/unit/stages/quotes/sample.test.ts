/**
 * Golden test: the sample article yields the statements issue #6 lists, through the
 * general rules (no rule in the stage mentions this article).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import { createQuotesStage } from '../../../../src/stages/quotes/quotes.js';
import type { StatementKind } from '../../../../src/stages/quotes/types.js';

const text = readFileSync(new URL('../../../../examples/putin-trump-ukraine.txt', import.meta.url), 'utf8');
// The whole default pipeline, as `verbatim analyze` runs it: speakers come through the
// actors stage (running quotes alone once hid a speaker the actors layer got wrong).
const analyzer = await Analyzer.create();
const doc = analyzer.run({ text }).document;
const statements = doc.layers.quotes?.statements ?? [];

// [speaker, kind, cue, the content starts with]
const EXPECTED: [string, StatementKind, string, string][] = [
  ['Dmitry Peskov', 'direct', 'stated', '“The president has never suggested'],
  ['Volodymyr Zelensky', 'direct', 'saying', '“If it’s just fast'],
  ['Donald Trump', 'direct', 'remarked', '“I think we’ll speak,”'],
  ['Vladimir Putin', 'mixed', 'noting', 'they “deserved attention”'],
  ['Kremlin', 'indirect', 'indicated', 'that President Vladimir Putin is open'],
  ['Kremlin', 'indirect', 'clarified', 'that this does not imply'],
  ['Kremlin', 'mixed', 'noted', 'that relations between Moscow and Washington'],
  ['Kremlin', 'indirect', 'denied', 'reports that Trump and Putin have communicated'],
  ['Kremlin', 'indirect', 'dismissed', 'this as speculation'],
  ['Dmitry Peskov', 'indirect', 'underscored', 'this position'],
  ['Dmitry Peskov', 'indirect', 'explaining', 'that Russia’s goals regarding Ukraine have not shifted'],
  ['Dmitry Peskov', 'according-to', 'According to', 'Putin has consistently stated'],
  ['Dmitry Peskov', 'indirect', 'said', 'there were no concrete plans'],
  ['Dmitry Peskov', 'indirect', 'adding', 'it would be premature'],
  ['Donald Trump', 'indirect', 'claimed', 'he could resolve the conflict within 24 hours'],
  ['Donald Trump', 'indirect', 'disclosed', 'that he has not spoken with Putin'],
  ['Donald Trump', 'indirect', 'indicated', 'that a conversation could occur'],
  ['Joe Biden', 'indirect', 'warned', 'of a severe Western response'],
  [
    'an anonymous aide',
    'indirect',
    'claimed',
    'that Trump and Putin may have spoken as many as seven times since 2021',
  ],
];

describe('quotes: the sample article', () => {
  it.each(EXPECTED)('%s, %s, [%s] %s…', (speaker, kind, cue, content) => {
    const found = statements.find((s) => s.cue.text === cue && s.content[0]?.text.startsWith(content));
    expect(found, `no [${cue}] ${content}`).toBeDefined();
    expect(found?.kind).toBe(kind);
    expect(found?.speaker?.name).toBe(speaker);
  });

  // A headline noun after a possessive (`Moscow’s Demands Remain Firm`) and an opening participial
  // phrase (`Responding to Trump’s statements, Zelensky…`) are not statements or content.
  it('makes no statement of a possessive noun subject or an opening participial phrase', () => {
    expect(statements.map((s) => s.cue.text)).not.toContain('Demands');
    expect(statements.some((s) => s.content.some((c) => c.text.startsWith('Responding')))).toBe(false);
  });

  it('lists the statements grouped by speaker in the report', () => {
    const section = createQuotesStage().report?.(doc);
    expect(section?.title).toBe('Statements');
    const lines = section?.lines ?? [];
    const peskov = lines.findIndex((l) => l.trim().startsWith('Dmitry Peskov ('));
    expect(peskov).toBeGreaterThan(0);
    expect(lines[peskov + 1]).toMatch(/^\s+(direct|indirect|mixed|according-to)\s+\[\S+\] /);
    expect(lines[peskov + 2]).toMatch(/^\s+in: \S/);
  });
});
