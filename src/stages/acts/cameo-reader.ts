/**
 * Reader for PETRARCH2's CAMEO verb-pattern dictionary (CAMEO.2.0.txt) and the CAMEO→PLOVER
 * conversion table (CAMEO2PLOVER-2021.txt). Pure functions over file text, used by
 * scripts/build-acts-verbs.ts.
 *
 * Verb file: `&SET` synonym sets (`+WORD` members); blocks opened by `---  NAME  [code]  ---`, with
 * verb lines (`WORD {IRREGULAR FORMS} [own code]`, `+MULTI_WORD {…}`) and pattern lines
 * (`- words * words  [code]  # comment`), `*` standing for the verb. Syntax marks of the patterns
 * (`$` source, `+` target, `^` skip, `%` compound, parentheses and braces for phrases) are dropped:
 * our matcher looks for the words in order around the verb (see triggers.ts).
 */

import { PLOVER_TYPES, type PloverType } from './types.js';
import type { PatternWord, PloverCoding, VerbBlock, VerbPattern } from './verb-file.js';

export interface CameoVerbs {
  readonly blocks: VerbBlock[];
  readonly lemmas: Map<string, number>;
  readonly lemmaCodes: Map<string, string>;
  readonly forms: Map<string, string>;
  /** Lemma → where it comes from (`CAMEO.2.0.txt:8330`: the file and the verb's line). */
  readonly origins: Map<string, string>;
}

/** `[042:043]` → `042`; `[:173]` → `173`; `[---]` → `---`. */
export function cameoCode(bracket: string): string | undefined {
  const m = /\[\s*([0-9-]*)\s*(?::\s*([0-9-]*))?\s*\]/.exec(bracket);
  if (!m) return undefined;
  return m[1] || m[2] || undefined;
}

function words(raw: string): string {
  return raw.replace(/^\+/, '').replace(/_+$/, '').replace(/_/g, ' ').toLowerCase().trim();
}

const VOWELS = /[aeiou]/;

/** Regular inflections of a one-word verb (PETRARCH generates them the same way). */
export function regularForms(lemma: string): string[] {
  const out = new Set([lemma]);
  const last = lemma.at(-1) ?? '';
  if (/(s|x|z|ch|sh)$/.test(lemma)) out.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) out.add(`${lemma.slice(0, -1)}ies`);
  else out.add(`${lemma}s`);
  if (last === 'e') {
    out.add(`${lemma}d`);
    out.add(`${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    out.add(`${lemma.slice(0, -1)}ied`);
    out.add(`${lemma}ing`);
  } else {
    out.add(`${lemma}ed`);
    out.add(`${lemma}ing`);
    // Consonant-vowel-consonant endings double (`ban` → `banned`), as in most one-syllable verbs.
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) && (lemma.match(VOWELS) ?? []).length >= 1) {
      out.add(`${lemma}${last}ed`);
      out.add(`${lemma}${last}ing`);
    }
  }
  return [...out];
}

function patternWords(raw: string, sets: ReadonlyMap<string, readonly string[]>): PatternWord[] {
  const out: PatternWord[] = [];
  for (const tok of raw.replace(/[(){}]/g, ' ').split(/\s+/)) {
    if (!tok || /^[$+^%|]+$/.test(tok)) continue;
    if (tok.startsWith('&')) {
      const members = sets.get(tok.replace(/_+$/, ''));
      if (members?.length) out.push(members);
      continue;
    }
    const w = words(tok.replace(/^[$+^%]+/, ''));
    if (w) out.push(w.split(' ').length > 1 ? [w] : [w]);
  }
  return out;
}

/** `source` names the file in the provenance of each verb and pattern (`CAMEO.2.0.txt:718`). */
export function readCameoVerbs(
  text: string,
  source = 'CAMEO.2.0.txt',
  extraMembers: ReadonlyMap<string, readonly string[]> = new Map(),
): CameoVerbs {
  const lines = text.split('\n');
  const origins = new Map<string, string>();
  const sets = new Map<string, string[]>();
  let set: string[] | undefined;
  const blocks: VerbBlock[] = [];
  const lemmas = new Map<string, number>();
  const lemmaCodes = new Map<string, string>();
  const forms = new Map<string, string>();
  let block: { name: string; code: string; patterns: VerbPattern[] } | undefined;
  let blockLemmas = new Set<string>();
  let inVerbs = false;
  for (const [n, raw] of lines.entries()) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    const at = `${source}:${n + 1}`;
    if (/VERB PATTERNS/.test(raw)) {
      inVerbs = true;
      continue;
    }
    if (!inVerbs) {
      if (line.startsWith('&')) {
        const name = line.trim().replace(/_+$/, '');
        set = [...(extraMembers.get(name) ?? [])];
        sets.set(name, set);
      } else if (line.startsWith('+') && set) set.push(words(line));
      else if (!line.trim()) set = undefined;
      continue;
    }
    const head = /^---\s+(\S+)\s+(\[[^\]]*\])\s+---/.exec(line);
    if (head?.[1] && head[2]) {
      block = { name: head[1], code: cameoCode(head[2]) ?? '---', patterns: [] };
      blocks.push(block);
      blockLemmas = new Set();
      continue;
    }
    if (!block || !line.trim()) continue;
    if (line.startsWith('-')) {
      const m = /^-\s*(.*?)\s*(\[[^\]]*\])\s*$/.exec(line);
      const code = m?.[2] ? cameoCode(m[2]) : undefined;
      if (!m?.[1] || !code) continue;
      const star = m[1].indexOf('*');
      if (star < 0) continue;
      // A pattern over a word class (`* &CEASEFIRE`) is about meaning and holds for the synonyms.
      const verb = m[1].includes('&') ? undefined : patternVerb(raw, blockLemmas);
      block.patterns.push({
        before: patternWords(m[1].slice(0, star), sets),
        after: patternWords(m[1].slice(star + 1), sets),
        code,
        ...(verb ? { verb } : {}),
        from: at,
      });
      continue;
    }
    const v = /^(\+?[A-Z][A-Z0-9_.'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(line.trim());
    if (!v?.[1]) continue;
    const lemma = words(v[1]);
    const index = blocks.length - 1;
    if (!lemmas.has(lemma)) {
      lemmas.set(lemma, index);
      origins.set(lemma, at);
    }
    blockLemmas.add(lemma);
    const own = v[3] ? cameoCode(v[3]) : undefined;
    if (own) lemmaCodes.set(lemma, own);
    const explicit = v[2] ? v[2].slice(1, -1).trim().split(/\s+/).filter(Boolean).map(words) : [];
    const all = lemma.includes(' ')
      ? [lemma, ...explicit, ...multiWordForms(lemma)]
      : [...regularForms(lemma), ...explicit];
    for (const f of all) if (!forms.has(f)) forms.set(f, lemma);
  }
  return { blocks, lemmas, lemmaCodes, forms, origins };
}

/**
 * The verb a pattern was written for: its comment names one verb of the block (`- * PART [030] # TAKE`).
 * The file's blocks merged TABARI's per-verb pattern lists into synonym sets, and idioms do not carry
 * over to synonyms (`take part` is AGREE, `captured part of a stronghold` is not), so a pattern of literal
 * words applies to its own verb only. A comment naming no verb of the block (a coder's initials) restricts nothing.
 */
function patternVerb(raw: string, blockLemmas: ReadonlySet<string>): string | undefined {
  const comment = /#\s*(.*)$/.exec(raw)?.[1]?.trim();
  if (!comment) return undefined;
  const lemma = words(comment);
  return blockLemmas.has(lemma) ? lemma : undefined;
}

/** `ask for` → `asks for`, `asked for`, `asking for` (the first word inflects). */
function multiWordForms(lemma: string): string[] {
  const [first, ...rest] = lemma.split(' ');
  if (!first) return [];
  return regularForms(first).map((f) => [f, ...rest].join(' '));
}

export interface CameoToPlover {
  /** CAMEO code → [type, mode, context]. */
  readonly codings: Map<string, PloverCoding>;
  /** CAMEO code → where its coding comes from (`CAMEO2PLOVER-2021.txt:107`). */
  readonly origins: Map<string, string>;
}

/** Parses CAMEO2PLOVER-2021.txt: `0311: AGREE,  ,   economic # …` → code → [type, mode, context]. */
export function readCameoToPlover(text: string, source = 'CAMEO2PLOVER-2021.txt'): CameoToPlover {
  const out = new Map<string, PloverCoding>();
  const origins = new Map<string, string>();
  for (const [n, raw] of text.split('\n').entries()) {
    const line = raw.replace(/#.*$/, '');
    const m = /^\s*(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,]*))?(?:,(.*))?$/.exec(line);
    if (!m?.[1] || !m[2]) continue;
    if (!(PLOVER_TYPES as readonly string[]).includes(m[2])) continue;
    const context = (m[4] ?? '').split(';')[0]?.trim() ?? '';
    out.set(m[1], [m[2] as PloverType, (m[3] ?? '').trim(), context]);
    origins.set(m[1], `${source}:${n + 1}`);
  }
  return { codings: out, origins };
}
