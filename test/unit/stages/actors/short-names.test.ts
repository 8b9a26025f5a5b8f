import { describe, expect, it } from 'vitest';
import type { ActorView, Tok } from '../../../../src/stages/actors/actor-view.js';
import type { NameSpan } from '../../../../src/stages/actors/name-finder.js';
import { shortNames } from '../../../../src/stages/actors/short-names.js';
import { dictionary } from './helpers.js';

/**
 * A view of `text` split at spaces, sentences ending at ` . `; `propn` are the words the part-of-speech
 * tagger calls proper nouns (every other word a noun).
 */
function view(text: string, propn: readonly string[]): ActorView {
  const vocab = new Map<string, number>();
  const toks: Tok[] = [];
  const sentStart: number[] = [];
  let sent = 0;
  let first = 0;
  for (const m of text.matchAll(/\S+/g)) {
    const lower = m[0].toLowerCase();
    if (!vocab.has(lower)) vocab.set(lower, vocab.size);
    sentStart.push(first);
    toks.push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      lower,
      sent,
      inQuote: false,
      cap: /^\p{Lu}/u.test(m[0]),
      word: vocab.get(lower)!,
    });
    if (m[0] === '.') {
      sent += 1;
      first = toks.length;
    }
  }
  const upos = toks.map((t) => (propn.includes(t.text) ? 'PROPN' : t.text === '.' ? 'PUNCT' : 'NOUN'));
  return { text, toks, sentStart, words: vocab.size, upos };
}

/** The ORG name of the tokens spelling `name` (first occurrence). */
function org(v: ActorView, name: string): NameSpan {
  const start = v.text.indexOf(name);
  const a = v.toks.findIndex((t) => t.start === start);
  const b = v.toks.findIndex((t) => t.end === start + name.length);
  return { start, end: start + name.length, tokenStart: a, tokenEnd: b + 1, type: 'ORG' };
}

async function shorts(text: string, names: string[], propn: string[]): Promise<string[]> {
  const v = view(text, propn);
  const tagged = names.map((n) => org(v, n));
  const covered = new Uint8Array(v.toks.length);
  for (const n of tagged) covered.fill(1, n.tokenStart, n.tokenEnd);
  return shortNames(v, covered, tagged, await dictionary()).map(
    (n) => `${v.text.slice(n.start, n.end)}@${n.start}`,
  );
}

describe("an organisation name's last word alone is its short form", () => {
  it('finds the missed short form at a sentence start and inside a sentence', async () => {
    const text = 'The Polar Ferry Borealis sailed . Borealis docked today . Crews cleaned Borealis .';
    const got = await shorts(text, ['Polar Ferry Borealis'], ['Polar', 'Ferry', 'Borealis']);
    expect(got).toEqual([
      `Borealis@${text.indexOf('Borealis docked')}`,
      `Borealis@${text.lastIndexOf('Borealis')}`,
    ]);
  });

  it.each([
    [
      'the kind of the name (an organisation word)',
      'The Kestrel Ridge College opened . College classes began .',
      ['Kestrel Ridge College'],
      ['Kestrel', 'Ridge', 'College'],
    ],
    [
      'a last word the tagger calls a common noun',
      'The Kestrel Government fell . Government ministers left .',
      ['Kestrel Government'],
      ['Kestrel'],
    ],
    [
      'after a determiner',
      'The Polar Ferry Borealis sailed . We saw the Borealis .',
      ['Polar Ferry Borealis'],
      ['Polar', 'Ferry', 'Borealis'],
    ],
    [
      'beside `of`',
      'The Polar Ferry Borealis sailed . The Secretary of Borealis spoke .',
      ['Polar Ferry Borealis'],
      ['Polar', 'Ferry', 'Borealis', 'Secretary'],
    ],
    [
      'inside a longer capitalised run',
      'The Polar Ferry Borealis sailed . Then Borealis Bay froze .',
      ['Polar Ferry Borealis'],
      ['Polar', 'Ferry', 'Borealis', 'Bay'],
    ],
    [
      'a word the text also writes in lower case',
      'The Polar Ferry Aurora sailed . Aurora lights shone . An aurora rose .',
      ['Polar Ferry Aurora'],
      ['Polar', 'Ferry', 'Aurora'],
    ],
    [
      'a word ending two names',
      'The Kestrel Borealis and Osprey Borealis met . Borealis won .',
      ['Kestrel Borealis', 'Osprey Borealis'],
      ['Kestrel', 'Osprey', 'Borealis'],
    ],
    [
      'a person run into the name',
      'The Polar Council Chair Larry Summers spoke . Summers left .',
      ['Polar Council Chair Larry Summers'],
      ['Polar', 'Council', 'Chair', 'Larry', 'Summers'],
    ],
  ])('not for %s', async (_case, text, names, propn) => {
    expect(await shorts(text, names, propn)).toEqual([]);
  });
});
