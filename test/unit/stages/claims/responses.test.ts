/** The guideline's cases, one sentence or two each: what is a response, its relation, responder and claim. */
import { describe, expect, it } from 'vitest';
import { claimsAnalyzer } from '../../../../src/eval/claims/task.js';

const analyzer = await claimsAnalyzer();

function responses(text: string) {
  const layer = analyzer.run({ text }).document.layers.claims;
  const byId = new Map((layer?.claims ?? []).map((c) => [c.id, c.content.text]));
  return (layer?.responses ?? []).map((r) => ({
    relation: r.relation,
    cue: r.cue.text,
    responder: r.responder?.text,
    claims: r.links.map((l) => byId.get(l.claimId)),
  }));
}

describe('claims: responses', () => {
  it('denied … that X: deny, claim X', () => {
    const [r] = responses('The ministry denied that its troops had crossed the border.');
    expect(r).toMatchObject({ relation: 'deny', cue: 'denied', responder: 'The ministry' });
    expect(r?.claims[0]).toBe('its troops had crossed the border');
  });

  it('dismissed this as speculation: deny linked back to the earlier claim', () => {
    const [r] = responses(
      'A former adviser claimed that the minister met the lobbyists twice. The minister dismissed this as speculation.',
    );
    expect(r).toMatchObject({ relation: 'deny', cue: 'dismissed' });
    expect(r?.claims.some((c) => c?.includes('the minister met the lobbyists twice'))).toBe(true);
  });

  it('acknowledged that X: confirm', () => {
    const [r] = responses('Senator Mary Jones acknowledged that the report was accurate.');
    expect(r).toMatchObject({ relation: 'confirm', cue: 'acknowledged' });
    expect(r?.claims[0]).toBe('the report was accurate');
  });

  it('disputed the figures: dispute', () => {
    const [r] = responses('The company disputed the figures in the audit.');
    expect(r).toMatchObject({ relation: 'dispute', cue: 'disputed', responder: 'The company' });
  });

  it.each([
    'The border guards denied entry to the journalists.',
    'The judge denied bail to the suspect.',
    'The spokesman declined to comment on the report.',
    'The parliament rejected the bill on Tuesday.',
    'Kyiv has rejected these terms, describing them as a demand for capitulation.',
    'The Senate will need to confirm the nominee.',
    'The diagnosis was confirmed by doctors.',
  ])('not a truth response: %s', (text) => {
    expect(responses(text)).toEqual([]);
  });
});
