import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import { spanHolds } from '../../../../src/model/span.js';
import type { Act } from '../../../../src/stages/acts/types.js';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await Analyzer.create({ stages: ['acts', 'quotes', 'time', 'actors', 'entities', 'pos'] });
});

function acts(text: string, published = '2024-11-08'): Act[] {
  return [...(analyzer.run({ text, published }).document.layers.acts?.acts ?? [])].sort(
    (a, b) => b.confidence - a.confidence,
  );
}

const names = (a: Act | undefined, k: 'actors' | 'recipients'): string =>
  (a?.[k] ?? []).map((p) => p.text).join('+');

describe('acts stage', () => {
  // [sentence, type of the first act, actor words, recipient words] — our own sentences.
  const CASES: [string, string, string, string][] = [
    [
      'The Kenyan government called on Somalia to release the hostages.',
      'REQUEST',
      'Kenyan government',
      'Somalia',
    ],
    ['Brazil rejected the proposal from Argentina on Tuesday.', 'REJECT', 'Brazil', 'Argentina'],
    ['Norway imposed sanctions on Iran last week.', 'SANCTION', 'Norway', 'Iran'],
    ['Chilean police arrested twelve protesters in Santiago.', 'COERCE', 'Chilean police', ''],
    ['The Indian prime minister praised Japan for its help.', 'SUPPORT', 'Indian prime minister', 'Japan'],
  ];
  it.each(CASES)('%s', (text, type, actor, recipient) => {
    const first = acts(text)[0];
    expect(first?.type).toBe(type);
    expect(names(first, 'actors')).toContain(actor.split(' ').at(-1));
    if (recipient) expect(names(first, 'recipients')).toContain(recipient);
  });

  it('marks negation, hypotheticals and dates', () => {
    const neg = acts('Kenya has not spoken with Uganda since March.').find((a) => a.type === 'CONSULT');
    expect(neg?.negated).toBe(true);
    const hist = acts('Peru last spoke to Chile in February 2019.', '2024-11-08').find(
      (a) => a.type === 'CONSULT',
    );
    expect(hist?.historical).toBe(true);
    expect(hist?.date).toMatchObject({ value: '2019-02', basis: 'stated' });
    const hyp = acts('Canada could impose sanctions on Iran.')[0];
    expect(hyp?.hypothetical).toBe(true);
  });

  it('takes no owned noun phrase (`its soldiers`) as the recipient', () => {
    const first = acts('Chad sent its soldiers to Niger last week.')[0];
    expect(names(first, 'actors')).toBe('Chad');
    expect(names(first, 'recipients')).toBe('Niger');
  });

  it('codes a reciprocal consultation with everyone as actor', () => {
    const a = acts('Kenya and Uganda met in Nairobi on Monday.').find((x) => x.type === 'CONSULT');
    expect(a?.reciprocal).toBe(true);
    expect(a?.actors.length).toBe(2);
    expect(a?.recipients.length).toBe(0);
  });

  it('keeps every span on its text (sample article)', () => {
    const text = readFileSync(
      new URL('../../../../examples/putin-trump-ukraine.txt', import.meta.url),
      'utf8',
    );
    const { document } = analyzer.run({ text, published: '2024-11-08' });
    const all = document.layers.acts?.acts ?? [];
    expect(all.length).toBeGreaterThan(5);
    for (const a of all) {
      for (const s of [a.trigger, a.evidence, ...a.actors, ...a.recipients])
        expect(spanHolds(text, s)).toBe(true);
    }
  });
});
