/**
 * Actor and recipient of a trigger, syntax-light: the actor is the nearest candidate before the
 * trigger that is not the object of a preposition (with `A and B` joined into a compound actor);
 * the recipient is the first candidate after it, before the clause reports who said it. Passive
 * triggers (`were killed by …`) swap the two.
 */
import type { Candidate } from './candidates.js';
import type { SentenceView } from './sentence-view.js';

const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'on',
  'at',
  'for',
  'to',
  'from',
  'with',
  'against',
  'by',
  'about',
  'into',
  'over',
  'between',
  'since',
  'during',
  'after',
  'before',
  'under',
]);
/** Words after which the clause reports its source, not the act's participants. */
const REPORT_STOPS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'according', 'reported', ';']);
/** Tokens between a noun trigger and a modifier that is its actor (`U.S. military and financial support`). */
const NOUN_ACTOR_GAP = 4;
const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got']);

/** The candidate is the object of a preposition (`for Ukraine`), not a noun modifier (`to U.S. support`). */
function prepositionObject(view: SentenceView, c: Candidate): boolean {
  const before = view.words[c.first - 1] ?? '';
  if (!PREPOSITIONS.has(before) && !(before === 'the' && PREPOSITIONS.has(view.words[c.first - 2] ?? ''))) {
    return false;
  }
  const next = view.upos[c.last];
  return next !== 'NOUN';
}

export function isPassive(view: SentenceView, head: number): boolean {
  const prev = view.words[head - 1] ?? '';
  const prev2 = view.words[head - 2] ?? '';
  const tag = view.xpos?.[head];
  return (
    (BE_FORMS.has(prev) || (BE_FORMS.has(prev2) && view.upos[head - 1] === 'ADV')) &&
    (tag === undefined || tag === 'VBN')
  );
}

/** Nearest usable candidate ending before token `head`, with coordinated ones (`A and B`). */
export function subjectOf(
  view: SentenceView,
  cands: readonly Candidate[],
  head: number,
  noun = false,
): Candidate[] {
  if (noun) {
    // A noun trigger's actor is its modifier or possessor (`U.S. support`, `Russia's demands`).
    for (let j = cands.length - 1; j >= 0; j--) {
      const c = cands[j];
      if (!c || c.last > head) continue;
      if (head - c.last > NOUN_ACTOR_GAP) break;
      if (!c.pronoun && !c.place && !prepositionObject(view, c)) return [c];
    }
  }
  let k = -1;
  for (let j = cands.length - 1; j >= 0; j--) {
    const c = cands[j];
    if (!c || c.last > head) continue;
    if (c.pronoun || c.place || c.modifier || c.possessor || prepositionObject(view, c)) continue;
    k = j;
    break;
  }
  const main = cands[k];
  if (!main) return [];
  const out = [main];
  for (let j = k - 1; j >= 0; j--) {
    const c = cands[j];
    const next = out[0];
    if (!c || !next) break;
    if (c.modifier) continue;
    if (joined(view, cands, c, next)) out.unshift(c);
    else break;
  }
  return out;
}

/**
 * `A and B`, `A, B`: only a conjunction stands between the two, once modifiers and title words of
 * B's noun phrase are set aside (`Vladimir Putin and U.S. President Donald Trump`).
 */
function joined(view: SentenceView, cands: readonly Candidate[], a: Candidate, b: Candidate): boolean {
  const between: string[] = [];
  for (let i = a.last; i < b.first; i++) {
    const inModifier = cands.some((c) => c.modifier && c.first <= i && i < c.last);
    if (inModifier || view.words[i] === 'the' || view.upos[i] === 'PROPN') continue;
    between.push(view.words[i] ?? '');
  }
  return between.length === 1 && (between[0] === 'and' || between[0] === ',');
}

/**
 * The candidate with the modifiers of its noun phrase (`U.S. President Joe Biden`, `European
 * Community foreign ministers`): the span grows over them, the head keeps its actor and codes
 * (a missing country comes from the nearest modifier that has one).
 */
export function withModifiers(cands: readonly Candidate[], c: Candidate): Candidate {
  let k = cands.indexOf(c);
  let start = c;
  let country = c.country;
  while (k > 0) {
    const prev = cands[k - 1];
    if (!prev?.modifier || prev.last > start.first) break;
    start = prev;
    country ??= prev.country;
    k--;
  }
  if (start === c) return c;
  // The text is re-read from the document by the stage (stage.ts, participant()).
  return { ...c, start: start.start, first: start.first, ...(country ? { country } : {}) };
}

/** First usable candidates after the trigger's last token, before a reporting clause. */
export function objectOf(
  view: SentenceView,
  cands: readonly Candidate[],
  after: number,
  exclude: readonly Candidate[],
): Candidate[] {
  let stop = view.words.length;
  for (let i = after; i < view.words.length; i++) {
    if (REPORT_STOPS.has(view.words[i] ?? '')) {
      stop = i;
      break;
    }
  }
  const same = (c: Candidate): boolean =>
    exclude.some((e) => e.start === c.start || (e.actorId !== undefined && e.actorId === c.actorId));
  const found = cands.find(
    (c) => c.first >= after && c.last <= stop && !c.pronoun && !c.modifier && !c.owned && !same(c),
  );
  if (!found) return [];
  const out = [found];
  for (const c of cands) {
    const prev = out.at(-1);
    if (!prev || c.first < prev.last || c === found) continue;
    const between = view.words.slice(prev.last, c.first).filter((w) => w !== 'the');
    if (c.last <= stop && between.length === 1 && (between[0] === 'and' || between[0] === ',') && !same(c))
      out.push(c);
    else if (c.first >= prev.last) break;
  }
  return out;
}

/** `by X` after a passive trigger: the agent. */
export function passiveAgent(view: SentenceView, cands: readonly Candidate[], head: number): Candidate[] {
  const by = view.words.indexOf('by', head);
  if (by < 0) return [];
  const c = cands.find((x) => x.first > by && x.first <= by + 3);
  return c ? [c] : [];
}

/** `in Osaka`, `at the summit in Tokyo`: the first place candidate after `in`/`at` following the trigger. */
export function placeOf(
  view: SentenceView,
  cands: readonly Candidate[],
  head: number,
): Candidate | undefined {
  return cands.find(
    (c) =>
      c.first > head &&
      (c.place || c.actorType === 'place') &&
      ['in', 'at'].includes(view.words[c.first - 1] ?? ''),
  );
}
