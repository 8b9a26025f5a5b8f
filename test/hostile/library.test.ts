/**
 * The library API and what leaves the engine: typed errors for bad inputs and
 * sizes, http(s) URLs only, escape and bidi characters neutralised in the human
 * report (JSON keeps the exact text and offsets), bidi controls flagged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer, analyze } from '../../src/analyzer.js';
import { parseFeed } from '../../src/ingest/feed.js';
import { feedArticles } from '../../src/ingest/feed-articles.js';
import { htmlInput } from '../../src/ingest/html/document.js';
import { VerbatimError } from '../../src/model/errors.js';

const SAY = 'The minister said on Monday that the plan would work. "We are ready," she told reporters.';
let analyzer: Analyzer;

beforeAll(async () => {
  analyzer = await Analyzer.create({ stages: ['sentences'], include: ['sentences'] });
});

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(VerbatimError);
    return (error as VerbatimError).code;
  }
  return 'no error';
}

describe('library inputs', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', ['text']],
    ['{text: 123}', { text: 123 }],
    ['{text} with meta null', { text: 'x', meta: null }],
    ['{text} with warnings of numbers', { text: 'x', warnings: [1] }],
  ])('%s is E_INPUT_INVALID (was a raw TypeError)', (_name, input) => {
    expect(codeOf(() => analyzer.analyze(input as never))).toBe('E_INPUT_INVALID');
    expect(codeOf(() => analyzer.run(input as never))).toBe('E_INPUT_INVALID');
  });

  it('one-shot analyze() rejects too', async () => {
    await expect(analyze(null as never, { stages: ['sentences'] })).rejects.toMatchObject({
      code: 'E_INPUT_INVALID',
    });
  });

  it('refuses an impossible published date with the reason', () => {
    expect(() => analyzer.analyze({ text: SAY, published: '2023-02-29' })).toThrow(
      /February 2023 has 28 days/,
    );
  });

  it('has the CLI default size limit (a 50 MB string ran 3 minutes to 4 GB) and a checked option', async () => {
    const big = 'a'.repeat(33 * 1024 * 1024);
    const started = Date.now();
    expect(codeOf(() => analyzer.analyze(big))).toBe('E_INPUT_TOO_LARGE');
    expect(Date.now() - started).toBeLessThan(2000);
    const small = await Analyzer.create({ stages: ['sentences'], maxBytes: 100 });
    // 40 characters of 3 UTF-8 bytes each: 120 bytes, over 100.
    expect(codeOf(() => small.analyze('€'.repeat(40)))).toBe('E_INPUT_TOO_LARGE');
    expect(codeOf(() => small.analyze('e'.repeat(100)))).toBe('no error');
    await expect(Analyzer.create({ maxBytes: 0 })).rejects.toMatchObject({ code: 'E_OPTION_INVALID' });
  });
});

describe('only http(s) URLs leave the engine', () => {
  it('drops a javascript: canonical link with a warning (it came out as meta.url)', () => {
    const html = `<html><head><title>T</title><link rel="canonical" href="javascript:alert(1)"></head><body><article><p>${SAY.repeat(6)}</p></article></body></html>`;
    const a = analyzer.analyze(htmlInput(html, { source: 'page.html' }));
    expect(a.document.url).toBeUndefined();
    expect(a.warnings.join(' ')).toMatch(/dropped the page URL 'javascript:alert\(1\)'/);
  });

  it('keeps an https canonical link', () => {
    const html = `<html><head><link rel="canonical" href="https://example.org/story"></head><body><article><p>${SAY.repeat(6)}</p></article></body></html>`;
    expect(analyzer.analyze(htmlInput(html)).document.url).toBe('https://example.org/story');
  });

  it('drops a javascript: feed item link with a warning (it came out as meta.url and meta.source)', async () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Evil</title><link>javascript:alert(document.cookie)</link><guid>e1</guid><description>${SAY}</description></item></channel></rss>`,
    );
    const [item] = await feedArticles(feed, 'feed.xml');
    expect(item).not.toBeInstanceOf(VerbatimError);
    const a = analyzer.analyze(item as never);
    expect(a.document.url).toBeUndefined();
    expect(a.document.source ?? '').not.toMatch(/javascript/);
    expect(a.warnings.join(' ')).toMatch(/dropped the item's link 'javascript:alert\(document\.cookie\)'/);
  });

  it('drops a non-http meta.url given by a library caller', () => {
    const a = analyzer.analyze({ text: SAY, meta: { url: 'data:text/html,hi', source: 'vbscript:x' } });
    expect(a.document.url).toBeUndefined();
    expect(a.document.source).toBeUndefined();
    expect(a.warnings.filter((w) => w.startsWith('dropped'))).toHaveLength(2);
  });
});

describe('terminal escapes and bidi controls', () => {
  const ESC = '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u001b[2J\u001b[31mred\u009b0m';
  const RLO = '\u202e';
  // Each escape opens a paragraph, so the report's structure preview shows it.
  const text = `${ESC} ${SAY}\n\n"${RLO}gnp.exe" was safe, the admin said.\r\nDone.`;

  it('makes them visible in the human report (they reached the terminal)', () => {
    const { document } = analyzer.run({ text });
    const report = analyzer.report(document);
    expect(report).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(report).toContain('\\x1B]8;;https://evil.example\\x07click');
    expect(report).toContain('<U+202E>gnp.exe');
  });

  it('keeps the exact text and offsets in JSON', () => {
    const a = analyzer.analyze(text);
    expect(a.text).toBe(text);
    const sentences = (a.sentences ?? []) as { start: number; end: number }[];
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.map((s) => a.text.slice(s.start, s.end)).join(' ')).toContain('\u202egnp.exe');
  });

  it('flags bidi controls in the warnings with their offsets', () => {
    const a = analyzer.analyze(text);
    const w = a.warnings.find((x) => x.includes('bidi'));
    expect(w).toMatch(new RegExp(`1 bidi override/isolate control \\(at ${text.indexOf(RLO)}\\)`));
    expect(analyzer.analyze(SAY).warnings.some((x) => x.includes('bidi'))).toBe(false);
  });
});
