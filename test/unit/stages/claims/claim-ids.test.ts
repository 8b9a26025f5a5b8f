/**
 * Claim IDs are unique within an analysis: two statements can leave claims with one content span (here a
 * statement cued by "called" and a longer one cued by "designed" that starts at the same word and is cut to
 * the same clause); before the fix both claims had the ID of that span.
 */
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';

const TEXT =
  'Voters are changing. A newsletter, called the "Daily," written by three staff writers, sends out stories, ' +
  'puzzles and other material designed to reach readers and win new voters across platforms such as Facebook ' +
  'and Reddit. So the party would pick at a convention. "Clearly, we wanted them to act sooner."\n';

const analyzer = await Analyzer.create();

describe('claim IDs', () => {
  it('are unique when two statements leave claims with the same content span', () => {
    const claims = analyzer.run({ text: TEXT }).document.layers.claims?.claims ?? [];
    const spans = claims.map((c) => `${c.content.start}-${c.content.end}`);
    // the case itself: two claims share one span
    expect(new Set(spans).size).toBeLessThan(spans.length);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it('link every response to an existing claim ID', () => {
    const layer = analyzer.run({ text: TEXT }).document.layers.claims;
    const ids = new Set(layer?.claims.map((c) => c.id));
    for (const r of layer?.responses ?? []) for (const l of r.links) expect(ids.has(l.claimId)).toBe(true);
  });
});
