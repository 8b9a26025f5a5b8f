/**
 * Readers for the Phoenix/PETRARCH2 dictionary formats (pure functions over the file text).
 *
 * Actor files: a group of lines separated by blank lines; a primary name (`VLADIMIR_PUTIN_`),
 * aliases (`+PUTIN_`), and codes either on the name's line (`RUSSIAN_FEDERATION_ [RUS]`) or on
 * tab-indented lines with optional date restrictions (`[RUSGOV >080508]`, `[RUSELI 700101-990809]`).
 * Agent files: `PHRASE {plural forms} [~SECTOR]`, with `!MACRO! = A, B` substitutions.
 */
import type { DatedCode, KbEntry } from './types.js';

/** Two-digit years below this are 20xx, others 19xx (the dictionaries date from 1960 onwards). */
const CENTURY_PIVOT = 40;

export interface PhoenixGroup {
  readonly entry: KbEntry;
  /** Every phrase of the group (primary and aliases), lower case, words joined by spaces. */
  readonly phrases: readonly string[];
}

/** `VLADIMIR_V._PUTIN_` → `vladimir v. putin`. */
export function phrase(raw: string): string {
  return raw.replace(/^\+/, '').replace(/_+/g, ' ').trim().toLowerCase().replace(/\s+/g, ' ');
}

function readable(p: string): string {
  return p.replace(/\b([a-z])/g, (c) => c.toUpperCase());
}

/** `080508` → `2008-05-08`; `20070101` → `2007-01-01`; undefined when malformed. */
export function phoenixDate(raw: string): string | undefined {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(raw)) {
    y = Number(raw.slice(0, 4));
    rest = raw.slice(4);
  } else if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    y = yy < CENTURY_PIVOT ? 2000 + yy : 1900 + yy;
    rest = raw.slice(2);
  } else return undefined;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** `[RUSGOV >080508]` → `{code: 'RUSGOV', from: '2008-05-08'}`. */
export function datedCode(bracket: string): DatedCode | undefined {
  const m = /^\[\s*~?([A-Z]{3,})\s*([^\]]*)\]/.exec(bracket.trim());
  if (!m?.[1]) return undefined;
  const code = m[1];
  const when = (m[2] ?? '').trim();
  if (!when) return { code };
  if (when.startsWith('>')) {
    const from = phoenixDate(when.slice(1));
    return from ? { code, from } : { code };
  }
  if (when.startsWith('<')) {
    const to = phoenixDate(when.slice(1));
    return to ? { code, to } : { code };
  }
  const range = /^(\d+)-(\d+)$/.exec(when);
  const from = range?.[1] ? phoenixDate(range[1]) : undefined;
  const to = range?.[2] ? phoenixDate(range[2]) : undefined;
  return { code, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function stripComment(line: string): string {
  const i = line.indexOf('#');
  return i < 0 ? line : line.slice(0, i);
}

/**
 * Actor entries of a Phoenix `.actors.txt` file. A primary line (no `+`) opens an entry, `+` lines
 * add aliases to it, tab-indented `[CODE dates]` lines add codes to it. An entry left without a
 * code takes the inline code of the entry before it in the same blank-line group
 * (`UN_ [IGOUNO]` / `U.N._`).
 */
export function readPhoenixActors(text: string): PhoenixGroup[] {
  const groups: PhoenixGroup[] = [];
  let current: { phrases: string[]; codes: DatedCode[] } | undefined;
  let groupCode: DatedCode | undefined;
  const close = (): void => {
    if (current?.phrases[0]) {
      const codes = current.codes.length ? current.codes : groupCode ? [groupCode] : [];
      if (codes.length) {
        groups.push({ entry: { name: readable(current.phrases[0]), codes }, phrases: current.phrases });
      }
    }
    current = undefined;
  };
  for (const raw of text.split('\n')) {
    // A comment-only line is no group break (`# <Government> field…` inside the USA group).
    if (raw.trim().startsWith('#')) continue;
    const line = stripComment(raw);
    if (!line.trim()) {
      close();
      groupCode = undefined;
      continue;
    }
    if (/^\s/.test(line) && line.trim().startsWith('[')) {
      const c = datedCode(line.trim());
      if (c && current) current.codes.push(c);
      continue;
    }
    const m = /^(\+?[^[\s{]+)\s*(?:\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(line.trim());
    if (!m?.[1]) continue;
    const p = phrase(m[1]);
    if (!p) continue;
    const inline = m[2] ? datedCode(m[2]) : undefined;
    if (m[1].startsWith('+') && current) {
      current.phrases.push(p);
      if (inline) current.codes.push(inline);
      continue;
    }
    close();
    current = { phrases: [p], codes: inline ? [inline] : [] };
    if (inline) groupCode = inline;
  }
  close();
  return groups;
}

/**
 * Agent phrases of `Phoenix.agents.txt` → sector code: the first three letters after `~`, or with
 * `pick: 'last'` the last three (`~CVLOPP` → OPP: PLOVER writes the most specific sector last).
 */
export function readPhoenixAgents(text: string, pick: 'first' | 'last' = 'first'): Map<string, string> {
  const macros = new Map<string, string[]>();
  const out = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = stripComment(raw).trim();
    if (!line) continue;
    const macro = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(line);
    if (macro?.[1] && macro[2]) {
      macros.set(
        macro[1],
        macro[2].split(',').map((w) => w.trim()),
      );
      continue;
    }
    const m = /^([^[{\s]+)\s*(\{[^}]*\})?\s*\[~?((?:[A-Z]{3})+)[A-Z]*\]/.exec(line);
    if (!m?.[1] || !m[3]) continue;
    const sector = pick === 'last' ? m[3].slice(-3) : m[3].slice(0, 3);
    const forms = [m[1], ...(m[2] ? m[2].slice(1, -1).trim().split(/\s+/).filter(Boolean) : [])];
    for (const f of forms) {
      for (const expanded of expandMacros(f, macros)) {
        const p = phrase(expanded);
        if (p && !out.has(p)) out.set(p, sector);
      }
    }
  }
  return out;
}

function expandMacros(form: string, macros: ReadonlyMap<string, readonly string[]>): string[] {
  const m = /!([A-Z]+)!/.exec(form);
  if (!m?.[1]) return [form];
  const alts = macros.get(m[1]) ?? [];
  return alts.flatMap((a) => expandMacros(form.replace(m[0], `_${a}`), macros));
}
