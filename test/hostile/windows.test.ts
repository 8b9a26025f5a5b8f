/**
 * Huge documents in windows (src/analysis/windows.ts, window-merge.ts): windows cut at paragraph
 * ends (a giant paragraph at a sentence end), and the merged analysis keeps every invariant of a
 * whole one: spans hold their text, record IDs are unique and every reference resolves, actors of
 * one name and type are one actor across windows, and a warning says what windows mean.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeInput } from '../../bench/suites/scaling-inputs.js';
import type { Analysis } from '../../src/analysis/records.js';
import { cutPoint, planWindows } from '../../src/analysis/windows.js';
import { Analyzer } from '../../src/analyzer.js';
import { textDocument } from '../../src/ingest/text-document.js';
import { VerbatimError } from '../../src/model/errors.js';

/** Window length of these tests: small, so a text of a few paragraphs already has several windows. */
const WINDOW = 2000;

/** Window lengths the property draws from (an Analyzer each). */
const PROPERTY_WINDOWS = [1000, 1700, 2600];

let windowed: Analyzer;
let whole: Analyzer;
const byWindow: Analyzer[] = [];

beforeAll(async () => {
  const include = ['mentions', 'sentences'];
  windowed = await Analyzer.create({ windowChars: WINDOW, include });
  whole = await Analyzer.create({ include });
  for (const windowChars of PROPERTY_WINDOWS) byWindow.push(await Analyzer.create({ windowChars, include }));
});

/** Every `{start, end, text}` object of the analysis (the text itself excluded). */
function spans(a: Analysis): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o['start'] === 'number' && typeof o['text'] === 'string') {
        out.push(o as { start: number; end: number; text: string });
      }
      for (const x of Object.values(o)) walk(x);
    }
  };
  for (const [k, v] of Object.entries(a)) if (k !== 'text') walk(v);
  return out;
}

/** Checks the invariants of a (merged) analysis; returns its record IDs. */
function checkInvariants(a: Analysis): Set<string> {
  for (const s of spans(a)) expect(a.text.slice(s.start, s.end), `[${s.start}, ${s.end})`).toBe(s.text);
  const ids = [
    ...(a.actors ?? []),
    ...(a.timexes ?? []),
    ...(a.statements ?? []),
    ...(a.acts ?? []),
    ...(a.sentences ?? []),
    ...a.blocks,
  ].map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  // Mentions are left out above: the actors stage lists a few twice, windowed or not.
  const known = new Set([...ids, ...(a.mentions ?? []).map((m) => m.id)]);
  for (const m of a.mentions ?? []) if (m.actorId) expect(known).toContain(m.actorId);
  for (const s of a.statements ?? []) {
    if (s.speaker?.actorId) expect(known).toContain(s.speaker.actorId);
    expect(known).toContain(s.sentenceId);
  }
  for (const act of a.acts ?? []) {
    for (const p of [...(act.actors ?? []), ...(act.recipients ?? [])]) {
      if (p.actorId) expect(known).toContain(p.actorId);
    }
    if (act.statementId) expect(known).toContain(act.statementId);
    if (act.date?.timexId) expect(known).toContain(act.date.timexId);
  }
  for (const s of a.sentences ?? []) expect(known).toContain(s.blockId);
  return known;
}

describe('planning windows', () => {
  it('cuts at paragraph ends, each window at most the window length, every block in order', () => {
    const text = makeInput('news-gen', 20_000);
    const doc = textDocument(text, {});
    const windows = planWindows(doc, WINDOW);
    expect(windows.length).toBeGreaterThan(8);
    const blocks = windows.flatMap((w) => w.blocks.map((b) => b.block.id));
    expect(blocks).toEqual(doc.blocks.map((b) => b.id));
    for (const w of windows) {
      expect(w.end - w.start).toBeLessThanOrEqual(WINDOW);
      expect(w.blocks[0]?.start).toBe(w.start);
      expect(w.blocks.at(-1)?.end).toBe(w.end);
    }
  });

  it('cuts a paragraph longer than a window after a sentence end, else at a space', () => {
    const sentence = 'The council met again on Monday and agreed on nothing at all. ';
    const text = sentence.repeat(100).trim();
    const windows = planWindows(textDocument(text, {}), WINDOW);
    expect(windows.length).toBeGreaterThan(2);
    for (const w of windows) {
      expect(w.end - w.start).toBeLessThanOrEqual(WINDOW);
      expect(text.slice(w.start, w.end)).toMatch(/^The council.*all\.$/s);
    }
    const words = 'word '.repeat(1000);
    expect(words[cutPoint(words, 0, WINDOW)]).toBe(' ');
  });

  it('refuses a window length that is not an integer of at least 1000', async () => {
    await expect(Analyzer.create({ windowChars: 10 })).rejects.toBeInstanceOf(VerbatimError);
    await expect(Analyzer.create({ windowChars: 1.5e3 + 0.5 })).rejects.toMatchObject({
      code: 'E_OPTION_INVALID',
    });
  });
});

describe('a document analysed in windows', () => {
  const text = makeInput('news-gen', 24_000);

  it('keeps every invariant, merges actors across windows and says it was windowed', () => {
    const a = windowed.analyze({ text, meta: { source: 'book.txt' } });
    checkInvariants(a);
    expect(a.warnings.join('\n')).toMatch(/book\.txt: \d+ characters is over 2000 .* \d+ windows/);
    // One named actor per name and type, with mentions from several windows; `the lawyers` of two
    // windows stay two actors, as they do in one text.
    const named = (a.actors ?? []).filter((x) => x.mentions.some((m) => m.kind === 'name'));
    const keys = named.map((x) => `${x.type}:${x.name.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
    const spread = (a.actors ?? []).map((x) => {
      const starts = x.mentions.map((m) => m.start);
      return Math.max(...starts) - Math.min(...starts);
    });
    expect(Math.max(...spread)).toBeGreaterThan(4 * WINDOW);
  });

  it('finds about what the whole analysis finds (the cost of window borders)', () => {
    const w = windowed.analyze(text);
    const u = whole.analyze(text);
    expect(u.warnings.join('\n')).not.toMatch(/windows/);
    const ids = (a: Analysis) => new Set((a.statements ?? []).map((s) => s.id));
    const same = [...ids(w)].filter((id) => ids(u).has(id)).length;
    expect(same / (u.statements?.length ?? 1)).toBeGreaterThan(0.9);
    expect(w.timexes?.map((t) => t.value)).toEqual(u.timexes?.map((t) => t.value));
  });

  it('holds when a quotation runs across a window border', () => {
    const filler = 'The committee published its annual figures on the budget for the coming year. ';
    const para = (n: number) => filler.repeat(n).trim();
    const quote = [
      para(12),
      '“We will not accept this plan, and we have told the minister so many times before',
      'nor will we accept the next one,” Angela Merkel said on Monday.',
      `${para(12)} Merkel said the plan was wrong.`,
    ].join('\n\n');
    const a = windowed.analyze({ text: quote, published: '2024-03-04' });
    checkInvariants(a);
    const merkel = (a.actors ?? []).filter((x) => x.name === 'Angela Merkel');
    expect(merkel).toHaveLength(1);
  });

  it('property: spans hold and IDs are unique for any paragraphs and window length', () => {
    const sentences = [
      '“This is a quotation that runs on,” the spokesman said.',
      'Angela Merkel told reporters on Tuesday that the talks had failed.',
      'According to the ministry, prices rose by 4 percent in 2023.',
      '“It starts here',
      'and it ends here,” she said.',
      'Officials said the plan would be announced next week.',
    ];
    const paragraph = fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 4, maxLength: 40 }),
        fc.integer({ min: 0, max: PROPERTY_WINDOWS.length - 1 }),
        (paras, which) => {
          const body = paras.map((p) => p.join(' ')).join('\n\n');
          const a = (byWindow[which] as Analyzer).analyze({ text: body, published: '2024-01-10' });
          checkInvariants(a);
        },
      ),
      { numRuns: 12 },
    );
  });
});
