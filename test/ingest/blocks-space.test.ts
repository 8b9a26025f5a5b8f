/**
 * buildText collapses a line's white space by replacing only runs of two or more and single non-space
 * characters (blocks.ts COLLAPSIBLE_SPACE_RE), and counts link-only lines without copying the line:
 * the lines must be those of the plain rule (every white-space run to one space, trimmed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildText } from '../../src/ingest/html/blocks.js';
import { parseDocument } from '../../src/ingest/html/content.js';

const PIECES = [' ', '  ', '\n', '\t', '\u00a0', '\u2028', '\u3000', '\r\n', 'word', 'b', '“x”'];

function paragraph(html: string): Element {
  return parseDocument(`<html><body><div id="r">${html}</div></body></html>`).getElementById('r')!;
}

describe('buildText white space', () => {
  it('gives each line with its white-space runs made one space, trimmed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (pieces) => {
        const raw = pieces.join('');
        const root = paragraph(`<p>${raw}</p>`);
        const expected = (root.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
        const built = buildText(root);
        expect(built.text).toBe(expected);
        for (const b of built.blocks) expect(b.end - b.start).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });

  it('still makes a short line of link text boilerplate, and not a line with more plain text', () => {
    const nav = buildText(paragraph('<p><a href="/a">Read  more</a> </p>'));
    expect(nav.blocks.map((b) => b.kind)).toEqual(['boilerplate']);
    const prose = buildText(paragraph('<p><a href="/a">Read</a> the whole plan in full</p>'));
    expect(prose.blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });
});
