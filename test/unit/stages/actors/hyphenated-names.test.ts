import { describe, expect, it } from 'vitest';
import { spanHolds } from '../../../../src/model/span.js';
import { joinHyphenatedNames } from '../../../../src/stages/actors/hyphenated-names.js';
import type { NameSpan } from '../../../../src/stages/actors/name-finder.js';
import { actorsOf } from './helpers.js';

/** Whitespace-and-hyphen tokens of `text` with offsets (a hyphen is a token of its own, as the tokenizer splits it). */
function tokens(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(/[\p{L}']+|-|[^\s\p{L}]/gu)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    text: m[0],
  }));
}

function span(toks: ReturnType<typeof tokens>, a: number, b: number, type: NameSpan['type']): NameSpan {
  return { start: toks[a]!.start, end: toks[b - 1]!.end, tokenStart: a, tokenEnd: b, type };
}

describe('hyphenated given names (one person, not two)', () => {
  it('joins a two-word person name, a touching hyphen and a capitalised syllable', () => {
    const text = 'Yesterday Park Ji-Sung scored twice.';
    const toks = tokens(text);
    const out = joinHyphenatedNames([span(toks, 1, 3, 'PER'), span(toks, 4, 5, 'PER')], toks, undefined);
    expect(out).toHaveLength(1);
    expect(text.slice(out[0]!.start, out[0]!.end)).toBe('Park Ji-Sung');
    expect(out[0]!.type).toBe('PER');
  });

  it('takes a lower-case syllable only when the tagger calls it a proper noun', () => {
    const text = 'Kim Jong-un and the Donald Trump-backed plan';
    const toks = tokens(text);
    const names = [span(toks, 0, 2, 'PER'), span(toks, 6, 8, 'PER')];
    const upos = toks.map((t) => (t.text === 'un' ? 'PROPN' : t.text === 'backed' ? 'VERB' : 'X'));
    const out = joinHyphenatedNames(names, toks, upos);
    expect(out.map((n) => text.slice(n.start, n.end))).toEqual(['Kim Jong-un', 'Donald Trump']);
  });

  it('keeps apart a name the text also uses on its own, spaced dashes and one-word names', () => {
    const text = 'The Hillary Clinton-Trump race ended . Trump won . Lee Sun - Woo left . Obama-Biden';
    const toks = tokens(text);
    const at = (w: string): number => toks.findIndex((t) => t.text === w);
    const names = [
      span(toks, at('Hillary'), at('Clinton') + 1, 'PER'),
      span(toks, at('Clinton') + 2, at('Clinton') + 3, 'PER'),
      span(toks, at('Lee'), at('Sun') + 1, 'PER'),
      span(toks, at('Woo'), at('Woo') + 1, 'PER'),
      span(toks, at('Obama'), at('Obama') + 1, 'PER'),
      span(toks, at('Biden'), at('Biden') + 1, 'PER'),
    ];
    expect(joinHyphenatedNames(names, toks, undefined)).toEqual(names);
  });

  it('makes one actor of the name wherever the tagger split it', async () => {
    const t = 'In the second half, Hwang Hee-Chan was booked. Later Hwang Hee-Chan’s header went wide.';
    const layer = await actorsOf(t, { 'Hwang Hee': 'PER', Chan: 'PER' });
    expect(layer.actors.map((a) => a.name)).toEqual(['Hwang Hee-Chan']);
    expect(layer.actors[0]!.mentions.map((m) => m.text)).toEqual(['Hwang Hee-Chan', 'Hwang Hee-Chan']);
    for (const m of layer.mentions) expect(spanHolds(t, m)).toBe(true);
  });

  it('joins the hyphenated surname written alone, before or after the full name', async () => {
    const t =
      'Cobb-Pratt wins. Economist Nora Cobb-Pratt spoke on Monday. Later Cobb-Pratt said the plan fails.';
    const layer = await actorsOf(t, { Cobb: 'ORG', Pratt: 'PER', 'Nora Cobb': 'PER' });
    expect(layer.actors.map((a) => a.name)).toEqual(['Nora Cobb-Pratt']);
    expect(layer.actors[0]!.mentions.map((m) => m.text)).toEqual([
      'Cobb-Pratt',
      'Nora Cobb-Pratt',
      'Cobb-Pratt',
    ]);
  });
});
