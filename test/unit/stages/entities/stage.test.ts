import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument, setLayer } from '../../../../src/model/document.js';
import { entitiesOf } from '../../../../src/stages/entities/stage.js';
import { FeatureExtractor } from '../../../../src/stages/entities/tagger/features.js';
import { entitiesToLabels } from '../../../../src/stages/entities/tagger/labels.js';
import { EntityTagger } from '../../../../src/stages/entities/tagger/tagger.js';
import { trainPerceptron } from '../../../../src/stages/entities/tagger/train.js';
import type { Sentence } from '../../../../src/stages/sentences/types.js';
import type { Token } from '../../../../src/stages/tokens/types.js';

/** A toy tagger: capitalised words after "met" are people. */
function toyTagger(): EntityTagger {
  const names = ['Ann', 'Bo', 'Cyd', 'Dee', 'Eli'];
  const docs = names.map((n) => {
    const tokens = ['We', 'met', n, 'today', '.'];
    return { sentences: [tokens], labels: [entitiesToLabels([{ start: 2, end: 3, type: 'PER' }], 5)] };
  });
  const extractor = new FeatureExtractor(undefined, undefined);
  return new EntityTagger(trainPerceptron(extractor, docs, { epochs: 4, seed: 1 }), extractor);
}

/** Whitespace tokens and one sentence per line: stand-ins for the real stages. */
function annotate(text: string) {
  const doc = createDocument(text, [{ id: 'b0', kind: 'paragraph', start: 0, end: text.length, text }]);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const m of text.matchAll(/[^\s]+|\n/g)) {
    if (m[0] === '\n') {
      if (tokens.length > lineStart) sentences.push(sentence(text, tokens, lineStart));
      lineStart = tokens.length;
      continue;
    }
    const start = m.index ?? 0;
    tokens.push({ index: tokens.length, start, end: start + m[0].length, text: m[0] });
  }
  if (tokens.length > lineStart) sentences.push(sentence(text, tokens, lineStart));
  setLayer(doc, 'tokens', tokens);
  setLayer(doc, 'sentences', sentences);
  return doc;
}

function sentence(text: string, tokens: Token[], from: number): Sentence {
  const start = (tokens[from] as Token).start;
  const end = (tokens[tokens.length - 1] as Token).end;
  return {
    id: `s${from}`,
    blockId: 'b0',
    start,
    end,
    text: text.slice(start, end),
    tokenStart: from,
    tokenEnd: tokens.length,
  };
}

describe('entities stage', () => {
  const tagger = toyTagger();

  it('finds a person with exact offsets', () => {
    const doc = annotate('Hello.\nWe  met Fay today .');
    const [m, ...rest] = entitiesOf(doc, tagger);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ type: 'PER', text: 'Fay', start: 15, end: 18, tokenStart: 3, tokenEnd: 4 });
  });

  it('takes an honorific the tagger put inside a name out of it and makes the name a person', () => {
    // A stand-in tagger that makes the slip the rule exists for: `Mr. Obama` as one ORG span.
    const slip = {
      tagDocument: (sentences: readonly (readonly string[])[]) =>
        sentences.map((words) => {
          const labels = new Uint8Array(words.length);
          const at = words.indexOf('Mr.');
          if (at >= 0) labels.set(entitiesToLabels([{ start: at, end: at + 2, type: 'ORG' }], words.length));
          return labels;
        }),
    } as unknown as EntityTagger;
    const [m, ...rest] = entitiesOf(annotate('Then Mr. Obama said so .'), slip);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ type: 'PER', text: 'Obama', start: 9, end: 14 });
  });

  it('takes a greeting the tagger put inside a name out of it (`Hey Frank`), keeping the type', () => {
    // A stand-in tagger that makes the slip: the greeting and the name as one PER span.
    const slip = {
      tagDocument: (sentences: readonly (readonly string[])[]) =>
        sentences.map((words) => {
          const labels = new Uint8Array(words.length);
          const at = words.findIndex((w) => /^(Hey|Oh)$/.test(w));
          if (at >= 0) labels.set(entitiesToLabels([{ start: at, end: at + 2, type: 'PER' }], words.length));
          return labels;
        }),
    } as unknown as EntityTagger;
    const [m, ...rest] = entitiesOf(annotate('He said Hey Frank to me .'), slip);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ type: 'PER', text: 'Frank', start: 12, end: 17 });
    // An exclamation is no greeting: `Oh Mom` stays as the tagger read it.
    const [o] = entitiesOf(annotate('She said Oh Mom again .'), slip);
    expect(o).toMatchObject({ text: 'Oh Mom' });
  });

  it('keeps text.slice(start, end) === text on arbitrary Unicode', () => {
    const piece = fc.constantFrom(
      'We',
      'met',
      'Ann',
      'Zoë',
      '😀',
      'e\u0301',
      '\r\n',
      '\n',
      ' ',
      'Paris',
      '.',
      '’s',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const doc = annotate(text);
        for (const m of entitiesOf(doc, tagger)) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.tokenEnd).toBeGreaterThan(m.tokenStart);
        }
      }),
      { numRuns: 200 },
    );
  });
});
