import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { bagF1, countSnippets, prf } from '../../src/eval/extract/metrics.js';
import { extractTask } from '../../src/eval/extract/task.js';
import { classifyLines } from '../../src/ingest/html/lines.js';

const PARA =
  'The committee published its findings on Thursday, saying the plan would cost more than expected. ';
const PAGE = (title: string) =>
  `<html><head><title>${title}</title><meta name="author" content="Ann Writer"><meta property="article:published_time" content="2024-05-06T08:00:00Z"></head><body><article><h1>${title}</h1><p>${PARA.repeat(6)}</p></article></body></html>`;

describe('bag-of-words F1 and snippet counts', () => {
  it.each([
    ['a b c', 'a b c', 1],
    ['a b', 'a b c d', 2 / 3],
    ['', 'a', 0],
    ['', '', 1],
    ['Hello, WORLD', 'hello world', 1],
  ])('bagF1(%j, %j).f1 = %f', (pred, gold, f1) => {
    expect(bagF1(pred, gold).f1).toBeCloseTo(f1, 6);
  });

  it('counts with/without snippets after white-space normalisation', () => {
    const counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
    countSnippets('alpha beta gamma delta', ['beta  gamma', 'omega'], ['delta', 'zeta'], counts);
    expect(counts).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1 });
    expect(prf(1, 1, 1).f1).toBeCloseTo(0.5, 6);
  });
});

describe('predict extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-extract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('maps every <id>.html / <id>.html.gz to text, title, author and date', async () => {
    writeFileSync(join(dir, 'one.html'), PAGE('First title'));
    writeFileSync(join(dir, 'two.html.gz'), gzipSync(PAGE('Second title')));
    const out = join(dir, 'out.json');
    await extractTask.predict!(dir, out);
    expect(existsSync(out)).toBe(true);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(json).sort()).toEqual(['one', 'two']);
    expect(json.two).toMatchObject({ title: 'Second title', author: 'Ann Writer', date: '2024-05-06' });
    expect(json.one.text).toContain('The committee published its findings');
    expect(json.one.text).not.toContain('First title');
  });
});

describe('classifyLines', () => {
  const cases: [string, string][] = [
    ['By Jane Doe', 'byline'],
    ['Published: 8 November 2024', 'byline'],
    ['Advertisement', 'boilerplate'],
    ['Table of Contents', 'boilerplate'],
    ['This post contains affiliate links, and we may earn a commission.', 'boilerplate'],
    ['The minister said the talks would resume next week.', 'paragraph'],
  ];
  it.each(cases)('%j → %s', (line, kind) => {
    const text = `${line}\n${PARA.repeat(3)}`;
    const blocks = classifyLines(text, [
      { kind: 'paragraph', start: 0, end: line.length },
      { kind: 'paragraph', start: line.length + 1, end: text.length },
    ]);
    expect(blocks[0]?.kind).toBe(kind);
    expect(blocks[1]?.kind).toBe('paragraph');
  });

  it('cuts the tail after a comments marker in the last third, not in the first half', () => {
    const lines = [PARA, PARA, PARA, PARA, 'Comments', 'Great article, thanks!'];
    const text = lines.join('\n');
    let at = 0;
    const drafts = lines.map((l) => {
      const d = { kind: 'paragraph' as const, start: at, end: at + l.length };
      at += l.length + 1;
      return d;
    });
    const kinds = classifyLines(text, drafts).map((b) => b.kind);
    expect(kinds).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'boilerplate', 'boilerplate']);
    const early = classifyLines(`Comments\n${text}`, [
      { kind: 'paragraph', start: 0, end: 8 },
      ...drafts.map((d) => ({ ...d, start: d.start + 9, end: d.end + 9 })),
    ]);
    expect(early[1]?.kind).toBe('paragraph');
  });
});
