import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInclude } from '../../../src/analysis/records.js';
import { releaseUnreadLayers } from '../../../src/analysis/release.js';
import { Analyzer } from '../../../src/analyzer.js';
import { docView } from '../../../src/pipeline/doc-view.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'examples/putin-trump-ukraine.txt'), 'utf8');

describe('releaseUnreadLayers (analyze --format json/jsonl, before writing)', () => {
  for (const include of [[], ['tokens'], ['pos', 'sentences'], ['entities', 'mentions']]) {
    it(`keeps the records the same, with include [${include.join(', ')}]`, async () => {
      const analyzer = await Analyzer.create({ include });
      const { document, timings } = analyzer.run({ text: SAMPLE, published: '2024-11-08' });
      const before = JSON.stringify(analyzer.records(document, timings));
      releaseUnreadLayers(document, resolveInclude(include));
      expect(JSON.stringify(analyzer.records(document, timings))).toBe(before);
    });
  }

  it('drops the token-level layers no default record reads, and the cached view of them', async () => {
    const analyzer = await Analyzer.create();
    const { document } = analyzer.run({ text: SAMPLE });
    const view = docView(document);
    releaseUnreadLayers(document, resolveInclude([]));
    for (const layer of ['tokens', 'pos', 'sentences', 'entities'] as const)
      expect(document.layers[layer], layer).toBeUndefined();
    expect(document.layers.actors).toBeDefined();
    expect(document.layers.quotes).toBeDefined();
    // The view is gone with the layers: asking again is the typed missing-layer error, not the old view.
    expect(() => docView(document)).toThrow(/tokens/);
    expect(view.tokens.length).toBeGreaterThan(0);
  });

  it('keeps the layers an include reads', async () => {
    const analyzer = await Analyzer.create({ include: ['pos'] });
    const { document } = analyzer.run({ text: SAMPLE });
    releaseUnreadLayers(document, resolveInclude(['pos']));
    expect(document.layers.tokens).toBeDefined();
    expect(document.layers.pos).toBeDefined();
    expect(document.layers.sentences).toBeUndefined();
    expect(document.layers.entities).toBeUndefined();
  });
});
