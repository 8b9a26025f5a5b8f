import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textDocument } from '../../../../src/ingest/text-document.js';
import { spanHolds } from '../../../../src/model/span.js';
import { findActors } from '../../../../src/stages/actors/actors.js';
import { capitalisedNames } from '../../../../src/stages/actors/name-finder.js';
import { addProductionLayers, dictionary } from './helpers.js';

/** Pieces that stress offsets and the rules: emoji, combining marks, CRLF, quotes, clitics, titles. */
const PIECES = [
  'Putin',
  ' ',
  '\n',
  '\r\n',
  '😀',
  '👩‍👩‍👧',
  'é',
  'e\u0301',
  '“',
  '”',
  '"',
  '’s',
  "'s",
  ' he ',
  ' she ',
  ' they ',
  'President ',
  'the president',
  'Kremlin',
  ' Moscow',
  'U.S.',
  ', a spokesman,',
  ' said ',
  '.',
  'the two leaders',
  'Vladimir Putin',
  'Mr. Smith',
  'NATO',
  'his',
  'I ',
  'مرحبا',
  '\u00a0',
];

const arbitraryText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join('')),
);

describe('actors offsets (property)', () => {
  it('never crashes and every mention and role span holds its text', async () => {
    const dict = await dictionary();
    fc.assert(
      fc.property(arbitraryText, (text) => {
        if (!text.trim()) return;
        const doc = textDocument(text);
        addProductionLayers(doc);
        const layer = findActors(doc, dict, capitalisedNames);
        for (const m of layer.mentions) expect(spanHolds(doc.text, m)).toBe(true);
        for (const a of layer.actors) {
          for (const r of a.roles) expect(spanHolds(doc.text, r)).toBe(true);
          for (const m of a.mentions) expect(m.actorId === a.id || m.actorIds?.includes(a.id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
