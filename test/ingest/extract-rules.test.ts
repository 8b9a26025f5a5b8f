/** One test per extraction rule of session 3, on pages written for the test. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/html/extract.js';

const STORY = [
  'The council voted on Tuesday to close the old bridge for repairs, after engineers found cracks in two of its pillars.',
  'Repairs are expected to take eight months, and a ferry will carry pedestrians across the river in the meantime, officials said.',
  'Shop owners near the bridge said they feared losing customers, but welcomed the promise of a temporary footbridge by spring.',
];
const storyHtml = (): string => STORY.map((p) => `<p>${p}</p>`).join('\n');

function body(html: string): string {
  const a = extractArticle(html);
  return a.blocks
    .filter((b) => b.kind === 'paragraph' || b.kind === 'heading')
    .map((b) => a.text.slice(b.start, b.end))
    .join('\n');
}

describe('hidden content', () => {
  it('keeps React streamed content (<div hidden id="S:0">) and drops other hidden elements', () => {
    const html = `<html><body><main><template id="B:0"></template><p>Loading…</p></main>
      <div hidden id="S:0"><article><h1>Bridge closes</h1>${storyHtml()}</article></div>
      <div hidden><p>A hidden promotional paragraph that no reader ever sees on the page at all.</p></div></body></html>`;
    const text = body(html);
    for (const p of STORY) expect(text).toContain(p);
    expect(text).not.toContain('hidden promotional');
  });
});
