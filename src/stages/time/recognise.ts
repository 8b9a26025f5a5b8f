/**
 * The time recogniser and normaliser, HeidelTime-style: a table of patterns
 * (`rules-date.ts`, `rules-period.ts`, `rules-other.ts`, `rules-anchored.ts`), each with its normalisation function.
 *
 * Why not chrono-node (decided on TBAQ dev numbers and speed): chrono-node 2.10
 * alone reaches ~0.54 value F1 on news dates (bare years never found, weekdays
 * resolve to the closest day, "last July" loses "last", weeks become days); it
 * has no DURATION or SET and its spans do not follow TempEval-3 conventions. Its
 * parser chain by itself runs at ~200,000 words/s on the bench corpus (measured
 * on 100 PolNeAR articles), so any refiner on top would already miss the stage's
 * 200,000 words/s target. This table of regular expressions covers all four
 * types, writes TimeML values (quarters, seasons, ISO weeks, X's, REFs), scores
 * value F1 0.805 on TBAQ and runs at ~400,000 words/s including resolution.
 *
 * Steps: windows around trigger words (rules whose hint fails skip a window) →
 * every rule's matches → keep the longest non-overlapping ones (ties: the
 * earlier rule) → absorb modifiers just before (`the end of`, `more than`) →
 * normalise in text order, so anchored expressions see the previous timex.
 */
import type { Ymd } from './calendar.js';
import { type HintScanner, hintScanner } from './hints.js';
import type { Normalised, RuleContext } from './resolve.js';
import type { Rule } from './rule.js';
import { ANCHORED_RULES } from './rules-anchored.js';
import { DATE_RULES } from './rules-date.js';
import { OTHER_RULES } from './rules-other.js';
import { PERIOD_RULES } from './rules-period.js';
import { type SentenceAt, type SentenceRange, type TagAt, type Tense, tenseAt } from './tense.js';
import type { TimexMod } from './types.js';

export const RULES: readonly Rule[] = [...DATE_RULES, ...PERIOD_RULES, ...OTHER_RULES, ...ANCHORED_RULES];

export interface RawTimex extends Normalised {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  /** Index of the earlier timex an anchored value came from. */
  readonly previousIndex?: number;
}

interface Candidate {
  start: number;
  end: number;
  order: number;
  match: RegExpExecArray;
}

/** Modifiers TempEval-3 annotators include in a DATE/TIME span, with their TimeML mod. */
const DATE_PREFIXES: readonly [RegExp, TimexMod][] = [
  [/(?:^|[^\p{L}])([Tt]he (?:very )?end of )$/u, 'END'],
  [/(?:^|[^\p{L}])([Tt]he (?:beginning|start) of )$/u, 'START'],
  [/(?:^|[^\p{L}])([Tt]he middle of )$/u, 'MID'],
];
/** Quantity modifiers included in a DURATION span. */
const DURATION_PREFIXES: readonly [RegExp, TimexMod][] = [
  [/(?:^|[^\p{L}])((?:[Mm]ore than|[Jj]ust over) )$/u, 'MORE_THAN'],
  [/(?:^|[^\p{L}])((?:[Ll]ess than|[Nn]early|[Aa]lmost|[Uu]nder|[Jj]ust under) )$/u, 'LESS_THAN'],
  [/(?:^|[^\p{L}])([Aa]t least )$/u, 'EQUAL_OR_MORE'],
  [/(?:^|[^\p{L}])((?:[Uu]p to|[Nn]o more than|[Aa]t most) )$/u, 'EQUAL_OR_LESS'],
  [/(?:^|[^\p{L}])((?:[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Ss]ome) )$/u, 'APPROX'],
];

/** A quarter named relative to the year before: not the story's current quarter. */
const YEAR_AGO_RE = /year[- ](?:ago|earlier)|prior|comparable|last year|previous/i;

/** Rules whose value is a shift of another time: they never become the anchor of later expressions. */
const SHIFT_RULES: ReadonlySet<string> = new Set(['shift', 'year-earlier']);

/**
 * Words (prefixes, case-insensitive) at least one of which every time expression
 * contains: rules only run in windows around them. In news about half the text
 * lies in such windows, so this halves the regex work; the windows' margins are
 * wider than any rule's reach beyond its trigger word.
 */
const TRIGGER_RE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|second|minute|hour|day|night|week|month|quarter|year|decade|centur|period|half|spring|summer|fall|autumn|winter|now|current|recent|future|past|term|lately|present|these days|today|yesterday|tomorrow|tonight|overnight|noon|midnight|midday|morning|afternoon|evening|daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|christmas|thanksgiving|easter|halloween|valentine|new year|independence day|labor day|memorial day|election day|good friday|nineteen|two thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|later date|soon)/gi;
/** Characters of context kept on each side of a trigger (longer than any prefix a rule reads or matches). */
const WINDOW_MARGIN = 64;

/** Disjoint windows `[start, end)` around trigger words, widened to white space. */
export function triggerWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  TRIGGER_RE.lastIndex = 0;
  for (let m = TRIGGER_RE.exec(text); m; m = TRIGGER_RE.exec(text)) {
    const s = Math.max(0, m.index - WINDOW_MARGIN);
    const e = Math.min(text.length, m.index + m[0].length + WINDOW_MARGIN);
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  for (const w of out) {
    while (w[0] > 0 && !/\s/.test(text[w[0] - 1]!)) w[0]--;
    while (w[1] < text.length && !/\s/.test(text[w[1]]!)) w[1]++;
  }
  // Widening may make neighbours touch: merge again.
  const merged: [number, number][] = [];
  for (const w of out) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push(w);
  }
  return merged;
}

/** The hint scanner of each rule table, made on first use (most callers use RULES only). */
const SCANNERS = new WeakMap<readonly Rule[], HintScanner>();

function scannerFor(rules: readonly Rule[]): HintScanner {
  let scanner = SCANNERS.get(rules);
  if (!scanner) {
    scanner = hintScanner(rules);
    SCANNERS.set(rules, scanner);
  }
  return scanner;
}

/** Finds candidate spans: the longest non-overlapping rule matches, in text order. */
export function matchRules(text: string, rules: readonly Rule[] = RULES): Candidate[] {
  const all: Candidate[] = [];
  const scanner = scannerFor(rules);
  const pass = new Uint8Array(rules.length);
  for (const [ws, we] of triggerWindows(text)) {
    const sub = text.slice(ws, we);
    scanner.scan(sub, pass);
    for (let order = 0; order < rules.length; order++) {
      if (pass[order]) matchRule(rules[order]!, order, sub, ws, all);
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: Candidate[] = [];
  // Characters already in a kept span: a candidate overlapping one is dropped. Checking its own
  // characters is linear in the text; comparing it with every kept span was quadratic in the timexes.
  const taken = new Uint8Array(text.length);
  for (const c of all) {
    if (anyTaken(taken, c.start, c.end)) continue;
    kept.push(c);
    taken.fill(1, c.start, c.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Adds the accepted matches of `rule` in the window `sub` (starting at `ws` in the text) to `all`. */
function matchRule(rule: Rule, order: number, sub: string, ws: number, all: Candidate[]): void {
  const re = rule.re;
  re.lastIndex = 0;
  for (let m = re.exec(sub); m; m = re.exec(sub)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (!rule.accept || rule.accept(m)) {
      all.push({ start: ws + m.index, end: ws + m.index + m[0].length, order, match: m });
    }
  }
}

function anyTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

/**
 * Recognises and normalises every time expression of `text` against `ref` (the
 * publication date). `tagAt` (from the `pos` layer, optional) sharpens tense;
 * `sentenceAt` gives the sentence whose words decide tense (the production
 * sentences in the pipeline; by default `text` is one sentence).
 */
export function recogniseTimexes(
  text: string,
  ref: Ymd | undefined,
  rules: readonly Rule[] = RULES,
  tagAt?: TagAt,
  sentenceAt: SentenceAt = () => ({ start: 0, end: text.length }),
): RawTimex[] {
  const out: RawTimex[] = [];
  let sentence: SentenceRange | undefined;
  let previousIndex: number | undefined;
  let quarter: string | undefined;
  for (const c of matchRules(text, rules)) {
    let start = c.start;
    const end = c.end;
    let tenseCache: Tense | undefined;
    const ctx: RuleContext = {
      ref,
      previous:
        previousIndex === undefined
          ? undefined
          : {
              value: out[previousIndex]!.value,
              id: String(previousIndex),
              distance: c.start - out[previousIndex]!.end,
            },
      quarter,
      tense: () => {
        if (tenseCache === undefined) {
          if (!sentence || start < sentence.start || end > sentence.end) sentence = sentenceAt(start, end);
          tenseCache = tenseAt(text, sentence, start, end, tagAt);
        }
        return tenseCache;
      },
    };
    const rule = rules[c.order]!;
    let norm = rule.normalise(c.match, ctx);
    const prefixes = norm.type === 'DURATION' ? DURATION_PREFIXES : DATE_PREFIXES;
    const head = text.slice(Math.max(0, start - 24), start);
    const lastEnd = out.length ? out[out.length - 1]!.end : 0;
    for (const [re, mod] of prefixes) {
      const p = re.exec(head);
      if (p && start - p[1]!.length >= lastEnd) {
        start -= p[1]!.length;
        if (!norm.mod) norm = { type: norm.type, value: norm.value, mod, anchor: norm.anchor };
        break;
      }
    }
    const anchoredToPrevious = norm.anchor === 'previous' && previousIndex !== undefined;
    // Every field named, in one order (no spread): one object shape for every timex (speed only).
    out.push({
      type: norm.type,
      value: norm.value,
      mod: norm.mod,
      anchor: norm.anchor,
      start,
      end,
      rule: rule.id,
      previousIndex: anchoredToPrevious ? previousIndex : undefined,
    });
    // Shifted expressions (`a year earlier`) do not become the anchor: the story's time stays where it was.
    const calendar = (norm.type === 'DATE' || norm.type === 'TIME') && /^\d{4}/.test(norm.value);
    if (calendar && norm.anchor !== 'previous' && !SHIFT_RULES.has(rule.id)) previousIndex = out.length - 1;
    if (/^\d{4}-Q\d$/.test(norm.value) && !YEAR_AGO_RE.test(c.match[0])) quarter = norm.value;
  }
  return out;
}
