/**
 * Issue #20's targets on the sample article, reached through the general rules (nothing in the
 * claims stage names this article): both Kremlin responses deny and link to the anonymous aide's
 * claim; Ukraine's rejection of Putin's terms is a REJECT act, not a truth response; Peskov's
 * "remain the same" is Putin's position on the operation's goals, reaffirmed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import { spanHolds } from '../../../../src/model/span.js';

const text = readFileSync(new URL('../../../../examples/putin-trump-ukraine.txt', import.meta.url), 'utf8');
const analyzer = await Analyzer.create();
const doc = analyzer.run({ text, published: '2024-11-08' }).document;
const layer = doc.layers.claims ?? { claims: [], responses: [], positions: [] };
const claimById = new Map(layer.claims.map((c) => [c.id, c]));

function responseAt(cue: string, sentenceHas: string) {
  return layer.responses.find((r) => r.cue.text === cue && r.sentence.text.includes(sentenceHas));
}

describe('claims on the sample article', () => {
  it.each([
    ['denied', 'denied reports that Trump and Putin'],
    ['dismissed', 'dismissed this as speculation'],
  ])('the Kremlin %s: a denial linked to the anonymous aide’s claim', (cue, sentence) => {
    const r = responseAt(cue, sentence);
    expect(r?.relation).toBe('deny');
    expect(r?.responderName).toBe('Kremlin');
    const linked = (r?.links ?? []).map((l) => claimById.get(l.claimId));
    const aide = linked.find((c) => c?.claimant === 'an anonymous aide');
    expect(aide?.content.text).toContain('may have spoken as many as seven times since 2021');
  });

  it('Ukraine rejecting the terms is a REJECT act, not a truth response', () => {
    const at = text.indexOf('Ukraine has rejected these terms');
    expect(at).toBeGreaterThan(0);
    const inSentence = (s: number) => s >= at && s < at + 40;
    expect(layer.responses.filter((r) => inSentence(r.cue.start))).toEqual([]);
    const reject = (doc.layers.acts?.acts ?? []).find(
      (a) => a.type === 'REJECT' && inSentence(a.trigger.start),
    );
    expect(reject?.trigger.text).toContain('rejected');
  });

  it('Peskov’s "remain the same" is Putin’s position on the operation’s goals, reaffirmed', () => {
    const putin = layer.positions.filter((p) => p.actor === 'Vladimir Putin');
    const entry = putin
      .flatMap((p) => p.entries.map((e) => ({ p, e })))
      .find(({ e }) => e.content.text.includes('remain the same'));
    expect(entry?.e.label).toBe('reaffirmed');
    expect(entry?.p.topic).toContain('goals');
  });

  it('every span holds its text', () => {
    for (const c of layer.claims) expect(spanHolds(text, c.content)).toBe(true);
    for (const r of layer.responses) {
      expect(spanHolds(text, r.cue)).toBe(true);
      if (r.responder) expect(spanHolds(text, r.responder)).toBe(true);
      for (const l of r.links) expect(claimById.has(l.claimId)).toBe(true);
    }
    for (const p of layer.positions) for (const e of p.entries) expect(spanHolds(text, e.content)).toBe(true);
  });
});
