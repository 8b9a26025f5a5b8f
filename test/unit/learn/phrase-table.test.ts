import { describe, expect, it } from 'vitest';
import { PhraseTable } from '../../../src/learn/phrase-table.js';

/** Keys of a few shapes: words, phrases, a prefix of another key, non-Latin-1 text, one character. */
const KEYS = ['new', 'new york', 'new york city', 'são paulo', 'київ', 'g#', 'x', 'united states'];

describe('PhraseTable', () => {
  it('answers every key of the map it packed, and nothing else', () => {
    const map = new Map(KEYS.map((k, i) => [k, i === 0 ? 1 << 30 : i * 7 - 3] as const));
    const table = new PhraseTable(map);
    expect(table.size).toBe(KEYS.length);
    for (const [k, v] of map) expect(table.get(k)).toBe(v);
    // Asked with a new string of the same text: compared by content, not identity.
    for (const [k, v] of map) expect(table.get([...k].join(''))).toBe(v);
    for (const miss of ['', 'ne', 'new yor', 'new york cit', 'york', 'xx', 'united state', 'київи'])
      expect(table.get(miss)).toBeUndefined();
    expect([...table.entries()]).toEqual([...map]);
  });

  it('keeps every key apart when thousands share the hash index', () => {
    const map = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) map.set(`w${i.toString(36)} ${i % 97}`, i);
    const table = new PhraseTable(map);
    for (const [k, v] of map) expect(table.get(k)).toBe(v);
    expect(table.get('w0 1')).toBeUndefined();
  });

  it('packs an empty map', () => {
    const table = new PhraseTable(new Map());
    expect(table.size).toBe(0);
    expect(table.get('a')).toBeUndefined();
    expect([...table.entries()]).toEqual([]);
  });
});
