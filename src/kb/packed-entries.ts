/**
 * A code book's entries packed into typed arrays: the Phoenix book's 27,236 entries and 37,276 dated codes
 * took ~5.5 MB of heap as objects (an entry, its codes array, a code object per code, their date strings),
 * held by every thread that codes actors (the analysing thread's acts stage, the writing thread's linking).
 * Packed, each entry is its name and a run of codes; each code three numbers into one table of the distinct
 * strings (codes and dates). An entry is unpacked into the same `KbEntry` when a lookup matches it.
 */
import type { DatedCode, KbEntry } from './types.js';

/** A code's absent date (`from` or `to` open). */
const NONE = -1;

export class PackedEntries {
  private readonly names: readonly string[];
  /** Per entry, its first code's index; entry `i`'s codes are `[first[i], first[i + 1])`. */
  private readonly first: Int32Array;
  /** Per code: its code, from and to as indexes into `strings` (NONE when absent). */
  private readonly parts: Int32Array;
  private readonly strings: readonly string[];

  constructor(entries: readonly KbEntry[]) {
    const ids = new Map<string, number>();
    const strings: string[] = [];
    const id = (s: string | undefined): number => {
      if (s === undefined) return NONE;
      let i = ids.get(s);
      if (i === undefined) {
        i = strings.length;
        strings.push(s);
        ids.set(s, i);
      }
      return i;
    };
    this.first = new Int32Array(entries.length + 1);
    let codes = 0;
    for (const e of entries) codes += e.codes.length;
    this.parts = new Int32Array(3 * codes);
    let c = 0;
    entries.forEach((e, i) => {
      this.first[i] = c;
      for (const code of e.codes) {
        this.parts[3 * c] = id(code.code);
        this.parts[3 * c + 1] = id(code.from);
        this.parts[3 * c + 2] = id(code.to);
        c++;
      }
    });
    this.first[entries.length] = c;
    this.names = entries.map((e) => e.name);
    this.strings = strings;
  }

  /** Entry `i` as the file gave it, or undefined past the end. */
  get(i: number): KbEntry | undefined {
    const name = this.names[i];
    if (name === undefined) return undefined;
    const codes: DatedCode[] = [];
    for (let c = this.first[i] as number; c < (this.first[i + 1] as number); c++) {
      const from = this.parts[3 * c + 1] as number;
      const to = this.parts[3 * c + 2] as number;
      codes.push({
        code: this.strings[this.parts[3 * c] as number] as string,
        ...(from === NONE ? {} : { from: this.strings[from] as string }),
        ...(to === NONE ? {} : { to: this.strings[to] as string }),
      });
    }
    return { name, codes };
  }
}
