import { describe, expect, it } from 'vitest';
import { ACTOR_CODES_URL } from '../../../src/kb/load.js';
import { PackedEntries } from '../../../src/kb/packed-entries.js';
import type { ActorCodeFile, KbEntry } from '../../../src/kb/types.js';
import { readModelFileSync } from '../../../src/runtime/model-file.js';

describe('PackedEntries', () => {
  it('gives back every entry of the Phoenix book as the file has it', () => {
    const file = JSON.parse(
      new TextDecoder().decode(readModelFileSync(ACTOR_CODES_URL, 'actor-code knowledge base')),
    ) as ActorCodeFile;
    const packed = new PackedEntries(file.entries);
    const unpacked = file.entries.map((_, i) => packed.get(i));
    expect(unpacked).toEqual(file.entries);
    expect(packed.get(file.entries.length)).toBeUndefined();
  });

  it('keeps open dates absent and an entry without codes empty', () => {
    const entries: KbEntry[] = [
      {
        name: 'A',
        codes: [
          { code: 'RUSGOV', from: '2008-05-08' },
          { code: 'RUSELI', to: '1999-08-09' },
        ],
      },
      { name: 'B', codes: [] },
      { name: 'C', codes: [{ code: 'RUSGOV' }] },
    ];
    const packed = new PackedEntries(entries);
    expect([0, 1, 2].map((i) => packed.get(i))).toStrictEqual(entries);
  });
});
