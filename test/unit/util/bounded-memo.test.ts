/** BoundedMemo: remembers answers, undefined ones too, and starts over when a new key would pass its limit. */
import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../../src/util/bounded-memo.js';

describe('BoundedMemo', () => {
  it('makes an answer once, an undefined one too', () => {
    const memo = new BoundedMemo<string, number | undefined>(10);
    let made = 0;
    const make = (v: number | undefined) => () => {
      made++;
      return v;
    };
    expect(memo.through('a', make(1))).toBe(1);
    expect(memo.through('a', make(2))).toBe(1);
    expect(memo.through('u', make(undefined))).toBeUndefined();
    expect(memo.through('u', make(3))).toBeUndefined();
    expect(made).toBe(2);
  });

  it('starts over when a new key comes to a full memo, not when a kept key is set again', () => {
    const memo = new BoundedMemo<string, number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('b', 3);
    expect(memo.size).toBe(2);
    expect(memo.get('a')).toBe(1);
    memo.set('c', 4);
    expect(memo.size).toBe(1);
    expect(memo.has('a')).toBe(false);
    expect(memo.get('c')).toBe(4);
    expect(memo.delete('c')).toBe(true);
    expect(memo.size).toBe(0);
  });
});
