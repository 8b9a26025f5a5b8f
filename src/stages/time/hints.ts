/**
 * Every rule's hint tested in one pass over a window (speed only: the same answers as testing each
 * hint's regex on the window, which cost more than the rules' own regexes).
 *
 * Most hints are a finite set of strings written as a regex (`[Nn]oon|[Mm]idnight`, `(?:a|b)`,
 * `\.?`): those are expanded into their strings, and one Aho–Corasick automaton over all of them
 * finds every occurrence of every string in a single scan, so a window passes a rule's hint exactly
 * when one of the hint's strings occurs in it. A hint that is no finite set of ASCII strings
 * (`\d{4}`, `ties\b`) keeps its own regex test.
 *
 * Written by hand, not taken from npm: `modern-ahocorasick` 3.3 (the most used implementation) gave the
 * same answers on 300 PolNeAR texts but took ~3 s where this takes ~10 ms (it walks grapheme clusters
 * and builds a count per pattern); this job needs only ASCII strings and one bit per rule.
 */
import type { Rule } from './rule.js';

/** Says which rules may match in a window: `pass[k]` is 1 when rule `k` has no hint or its hint holds. */
export interface HintScanner {
  scan(window: string, pass: Uint8Array): void;
}

/** Expansions larger than this are left to the hint's regex (a guard against `[a-z]` classes). */
const MAX_STRINGS = 1024;
/** The automaton's alphabet: ASCII; any other character is in no hint string and leads back to the root. */
const ALPHABET = 128;

/**
 * The strings a regex source stands for, when it is a finite set of non-empty ASCII strings built from
 * literal characters, escaped punctuation, `[…]` classes of characters and ranges, `(?:…)` groups,
 * `|` and `?`; undefined for anything else (anchors, `\d`, `\b`, repeats, lookarounds, captures).
 */
export function expandHint(source: string): string[] | undefined {
  let at = 0;
  const fail = (): never => {
    throw new RangeError(source);
  };
  const alternatives = (): string[] => {
    const out = sequence();
    while (source[at] === '|') {
      at++;
      out.push(...sequence());
    }
    return out;
  };
  const sequence = (): string[] => {
    let heads = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let atom = item();
      if (source[at] === '?') {
        at++;
        atom = [...atom, ''];
      } else if ('*+{'.includes(source[at] as string)) fail();
      const next: string[] = [];
      for (const h of heads) for (const a of atom) next.push(h + a);
      if (next.length > MAX_STRINGS) fail();
      heads = next;
    }
    return heads;
  };
  const item = (): string[] => {
    const c = source[at] as string;
    if (c === '(') {
      if (!source.startsWith('(?:', at)) fail();
      at += 3;
      const inner = alternatives();
      if (source[at] !== ')') fail();
      at++;
      return inner;
    }
    if (c === '[') return charClass();
    if (c === '\\') {
      const e = source[at + 1] ?? '';
      if (!/^[!-/:-@[-`{-~]$/.test(e)) fail();
      at += 2;
      return [e];
    }
    if ('.^$*+?{}])'.includes(c)) fail();
    at++;
    return [c];
  };
  const charClass = (): string[] => {
    const end = source.indexOf(']', at + 1);
    const body = source.slice(at + 1, end);
    if (end < 0 || body === '' || body[0] === '^' || body.includes('\\')) fail();
    at = end + 1;
    const out: string[] = [];
    for (let i = 0; i < body.length; i++) {
      if (body[i + 1] === '-' && i + 2 < body.length) {
        for (let x = body.charCodeAt(i); x <= body.charCodeAt(i + 2); x++) out.push(String.fromCharCode(x));
        i += 2;
      } else out.push(body[i] as string);
    }
    return out;
  };
  try {
    const strings = alternatives();
    if (at !== source.length) return undefined;
    if (strings.some((s) => s === '' || !isAscii(s))) return undefined;
    return [...new Set(strings)];
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= ALPHABET) return false;
  return true;
}

/** The hints of `rules`, compiled once: an automaton for the expandable ones, regexes for the rest. */
export function hintScanner(rules: readonly Rule[]): HintScanner {
  const words = Math.ceil(rules.length / 32);
  const byString = new Map<string, number[]>();
  const tested: { rule: number; hint: RegExp }[] = [];
  const always: number[] = [];
  rules.forEach((rule, k) => {
    const hint = rule.hint;
    const strings = hint && hint.flags === '' ? expandHint(hint.source) : undefined;
    if (!hint) always.push(k);
    else if (!strings) tested.push({ rule: k, hint });
    else
      for (const s of strings) {
        const owners = byString.get(s) ?? [];
        owners.push(k);
        byString.set(s, owners);
      }
  });
  const automaton = buildAutomaton(byString, words);
  const found = new Uint32Array(words);
  return {
    scan(window, pass) {
      automaton.run(window, found);
      for (let k = 0; k < rules.length; k++) pass[k] = ((found[k >> 5] as number) >>> (k & 31)) & 1;
      for (const k of always) pass[k] = 1;
      for (const { rule, hint } of tested) pass[rule] = hint.test(window) ? 1 : 0;
    },
  };
}

interface Automaton {
  /** Sets in `found` the bit of every rule one of whose strings occurs in `text` (clears it first). */
  run(text: string, found: Uint32Array): void;
}

/**
 * Aho–Corasick over ASCII: a complete transition table (failure links folded in) over the characters
 * the strings use (every other character leads back to the root) and, per state, the rule bits of
 * every string ending there, suffixes included.
 */
function buildAutomaton(byString: ReadonlyMap<string, readonly number[]>, words: number): Automaton {
  // Symbol 0 stands for every character no string uses; the others are numbered from 1.
  const symbol = new Uint8Array(ALPHABET);
  let symbols = 1;
  for (const s of byString.keys())
    for (let i = 0; i < s.length; i++) if (symbol[s.charCodeAt(i)] === 0) symbol[s.charCodeAt(i)] = symbols++;
  const children: Map<number, number>[] = [new Map()];
  const bits: number[][] = [new Array<number>(words).fill(0)];
  for (const [s, owners] of byString) {
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      const c = symbol[s.charCodeAt(i)]!;
      let next = children[state]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        bits.push(new Array<number>(words).fill(0));
        children[state]!.set(c, next);
      }
      state = next;
    }
    for (const k of owners) bits[state]![k >> 5]! |= 1 << (k & 31);
  }
  const states = children.length;
  const delta = new Int32Array(states * symbols);
  const out = new Uint32Array(states * words);
  const fail = new Int32Array(states);
  // Breadth first: a state's failure state is shallower, so its transitions and bits are final.
  const queue: number[] = [0];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    for (let w = 0; w < words; w++)
      out[state * words + w] = bits[state]![w]! | out[fail[state]! * words + w]!;
    for (let c = 1; c < symbols; c++) {
      const child = children[state]!.get(c);
      const viaFail = state === 0 ? 0 : delta[fail[state]! * symbols + c]!;
      if (child === undefined) delta[state * symbols + c] = viaFail;
      else {
        delta[state * symbols + c] = child;
        fail[child] = viaFail;
        queue.push(child);
      }
    }
  }
  const hasOut = new Uint8Array(states);
  for (let s = 0; s < states; s++) for (let w = 0; w < words; w++) if (out[s * words + w]) hasOut[s] = 1;
  return {
    run(text, found) {
      found.fill(0);
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        state = c < ALPHABET ? (delta[state * symbols + (symbol[c] as number)] as number) : 0;
        if (hasOut[state]) for (let w = 0; w < words; w++) found[w]! |= out[state * words + w] as number;
      }
    },
  };
}
