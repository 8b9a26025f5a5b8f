import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import { parseConllu } from '../../../../src/formats/conllu.js';
import { getLayer } from '../../../../src/model/document.js';
import { defaultTagger, MODEL_URL } from '../../../../src/stages/pos/load-model.js';

const HAS_MODEL = existsSync(fileURLToPath(MODEL_URL));

describe.skipIf(!HAS_MODEL)('pos stage', () => {
  it('tags every token of the sample article, with the obvious tags right', async () => {
    const analyzer = await Analyzer.create({ stages: ['pos'] });
    const text = readFileSync(
      new URL('../../../../examples/putin-trump-ukraine.txt', import.meta.url),
      'utf8',
    );
    const doc = analyzer.run({ text }).document;
    const tokens = getLayer(doc, 'tokens');
    const { upos } = getLayer(doc, 'pos');
    expect(upos).toHaveLength(tokens.length);
    const tagOf = (word: string): string[] => tokens.flatMap((t, i) => (t.text === word ? [upos[i]!] : []));
    const CASES: [string, string][] = [
      ['Putin', 'PROPN'],
      ['Kremlin', 'PROPN'],
      ['the', 'DET'],
      ['stated', 'VERB'],
      ['has', 'AUX'],
      ['.', 'PUNCT'],
      ['’s', 'PART'],
      ['“', 'PUNCT'],
      ['conflict', 'NOUN'],
      ['24', 'NUM'],
    ];
    for (const [word, tag] of CASES) {
      const tags = tagOf(word);
      expect(tags.length, word).toBeGreaterThan(0);
      expect(tags.filter((t) => t === tag).length / tags.length, word).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('predict pos keeps the input tokens, order and blank lines', async () => {
    const { posTask } = await import('../../../../src/eval/pos/task.js');
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-pos-'));
    const input = join(dir, 'in.txt');
    const output = join(dir, 'out.tsv');
    writeFileSync(input, 'The\nKremlin\nsaid\nso\n.\n\n\nHe\nleft\r\n\n');
    await posTask.predict!(input, output);
    const lines = readFileSync(output, 'utf8').split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual([
      'The',
      'Kremlin',
      'said',
      'so',
      '.',
      '',
      '',
      'He',
      'left',
      '',
      '',
    ]);
    expect(lines[1]).toBe('Kremlin\tPROPN');
    for (const l of lines.filter((x) => x !== '')) expect(l).toMatch(/^[^\t]+\t[A-Z]+$/);
  });

  const DATA =
    process.env['VERBATIM_DATA'] ?? fileURLToPath(new URL('../../../../../shared/data', import.meta.url));
  const DEV = `${DATA}/pos/ud-english-ewt/dev.conllu`;
  it.skipIf(!existsSync(DEV))('keeps UPOS accuracy on EWT dev above its floor (gold tokens)', () => {
    const tagger = defaultTagger();
    let right = 0;
    let total = 0;
    for (const s of parseConllu(readFileSync(DEV, 'utf8'), DEV)) {
      const tags = tagger.tag(s.words.map((w) => w.form));
      s.words.forEach((w, i) => {
        if (tags[i] === w.upos) right++;
        total++;
      });
    }
    // Measured 0.9515 (models/pos-ewt.meta.json); the floor catches a broken model or feature drift.
    expect(right / total).toBeGreaterThan(0.95);
  });
});
