/**
 * Regression test: 8 MB of news (over ~100,000 candidate mentions) overflowed the stack in
 * `findCandidates`, which appended lists with `out.push(...list)` — every item an argument on the
 * stack — and the whole document failed with E_INTERNAL. Fed more candidates than one argument
 * spread can take in this thread (measured first, so the test shows the old code would have
 * failed here), it must return them all.
 */
import { describe, expect, it } from 'vitest';
import type { ActorView, Tok } from '../../../../src/stages/actors/actor-view.js';
import { findCandidates } from '../../../../src/stages/actors/candidates.js';
import { dictionary } from './helpers.js';

/** One sentence: two pronouns and a predicate noun phrase (`a minister`, a candidate naming `she`). */
const SENTENCE = ['He', 'said', 'she', 'is', 'a', 'minister', '.'];
/** Candidates wanted per spread argument the stack takes: a margin over the overflow point. */
const MARGIN = 1.2;

/** A view of `sentences` copies of SENTENCE, as actorView builds it from a document's layers. */
function repeatedView(sentences: number): ActorView {
  const toks: Tok[] = [];
  const sentStart: number[] = [];
  const words = new Map<string, number>();
  let offset = 0;
  for (let s = 0; s < sentences; s++) {
    const first = toks.length;
    for (const text of SENTENCE) {
      toks.push({
        start: offset,
        end: offset + text.length,
        text,
        lower: text.toLowerCase(),
        sent: s,
        inQuote: false,
        cap: /^[A-Z]/.test(text),
        word: words.get(text.toLowerCase()) ?? words.set(text.toLowerCase(), words.size).size - 1,
      });
      sentStart.push(first);
      offset += text.length + 1;
    }
  }
  return { text: toks.map((t) => t.text).join(' '), toks, sentStart, words: words.size };
}

/** The smallest power-of-two count of arguments a spread call cannot take in this thread. */
function spreadOverflowCount(): number {
  for (let n = 1 << 14; ; n *= 2) {
    try {
      [].push(...(new Array(n).fill(0) as never[]));
    } catch (error) {
      if (error instanceof RangeError) return n;
      throw error;
    }
  }
}

describe('findCandidates on a huge document', () => {
  it('returns every candidate where an argument spread of them overflows the stack', async () => {
    const dict = await dictionary();
    const overflow = spreadOverflowCount();
    // Two pronouns a sentence: the pronouns alone are more than one spread takes (the old code
    // spread them, with every other candidate, in one `push`).
    const sentences = Math.ceil((overflow * MARGIN) / 2);
    const candidates = findCandidates(repeatedView(sentences), [], dict);
    expect(candidates.filter((c) => c.kind === 'pronoun').length).toBeGreaterThan(overflow);
    expect(candidates.filter((c) => c.kind === 'pronoun')).toHaveLength(2 * sentences);
    expect(candidates.filter((c) => c.predicateOf !== undefined)).toHaveLength(sentences);
    const sorted = candidates.every((c, i) => i === 0 || c.start >= candidates[i - 1]!.start);
    expect(sorted).toBe(true);
  }, 600_000);
});
