/**
 * Speakers of quotations, for coreference: `I`/`me`/`my` in a quotation go to the person the
 * quotation is attributed to, `we`/`us`/`our` to the organisation or country of the speaker's
 * role, and a third-person pronoun inside it never does (a speaker says `I`, not `he`). Who the
 * quotation is attributed to is the quotes stage's decision, read here (see `speakerFinder`).
 */

import { sourceHead } from '../quotes/speaker.js';
import type { Range, RawStatement } from '../quotes/unit-context.js';
import type { ActorView } from './actor-view.js';
import type { Candidate } from './candidate.js';
import type { Draft } from './cluster.js';
import type { ActorDictionary } from './dictionary.js';

/** A resolved candidate (the shape resolve.ts produces). */
interface Resolved {
  readonly cand: Candidate;
  readonly drafts: Draft[];
}

/** Token index → person draft, for person mentions outside quotations. */
export function personsByToken(draftOf: ReadonlyMap<Candidate, Draft>): Map<number, Draft> {
  const personAt = new Map<number, Draft>();
  for (const [c, d] of draftOf) if (d.type === 'person' && !c.inQuote) personAt.set(c.t0, d);
  return personAt;
}

/** Words between a speaker's name and the organisation or country of its title (`Tunisia 's coach`). */
const SIDE_WINDOW = 4;

/** `I`/`me`/`my` in a quotation → the person the quotation is attributed to (`we` → its side). */
export function resolveSpeakers(
  view: ActorView,
  out: Resolved[],
  owner: Map<Candidate, Draft>,
  dict: ActorDictionary,
  quotations: QuotationSources,
): void {
  // Most documents have no first-person pronoun in a quotation: nothing to index then.
  if (!out.some((r) => r.cand.pronoun?.firstPerson && !r.cand.dialogue)) return;
  const draftOf = new Map<Candidate, Draft>(owner);
  for (const r of out) if (r.drafts.length === 1) draftOf.set(r.cand, r.drafts[0]!);
  const personAt = personsByToken(draftOf);
  const find = speakerFinder(view, personAt, quotations);
  const sides = new Map<Draft, Draft | undefined>();
  const sideAt = sidesByToken(owner);
  for (const r of out) {
    if (!r.cand.pronoun?.firstPerson || r.cand.dialogue) continue;
    const speaker = find(r.cand.t0);
    if (!speaker) continue;
    let target: Draft | undefined = speaker;
    if (r.cand.pronoun.plural) {
      if (!sides.has(speaker)) sides.set(speaker, sideOf(view, speaker, sideAt, dict));
      target = sides.get(speaker);
    }
    if (!target) continue;
    r.drafts.push(target);
    target.mentions.push(r.cand);
  }
}

/**
 * The side a speaker's `we` stands for: the organisation or country named in the title next to
 * the speaker's name (`Tunisia's coach`, `NASA Administrator`, `Gomez, Panama coach,`). Heads of state and government are left out: their
 * `we` is as often the two leaders talking (`“I think we’ll speak,” he remarked`) as the country.
 */
function sideOf(
  view: ActorView,
  speaker: Draft,
  sideAt: ReadonlyMap<number, Draft>,
  dict: ActorDictionary,
): Draft | undefined {
  if (speaker.roles.some((r) => r.title && dict.leaderTitles.has(r.title.replace(/-elect$/, ''))))
    return undefined;
  const toks = view.toks;
  for (const c of speaker.names) {
    // Before the name: `Tunisia's coach Nabil Maaloul`, `NASA Administrator Charles Bolden`.
    for (let k = c.t0 - 1; k >= Math.max(0, c.t0 - SIDE_WINDOW); k--) {
      const side = sideAt.get(k);
      if (side) return side;
      if (toks[k]!.sent !== toks[c.t0]!.sent || !WORD.test(toks[k]!.text)) break;
    }
    // After it, in an apposition: `Hernan Dario Gomez, Panama coach, said`.
    if (toks[c.t1]?.text === ',') {
      for (let k = c.t1 + 1; k < Math.min(toks.length, c.t1 + 1 + SIDE_WINDOW); k++) {
        const side = sideAt.get(k);
        if (side) return side;
        if (!WORD.test(toks[k]!.text)) break;
      }
    }
  }
  return undefined;
}

/** A word or a possessive clitic: what may stand between a name and its title's organisation. */
const WORD = /^[\p{L}'’]+$/u;

/** Token index → organisation or country draft named there (the sides a `we` may stand for). */
function sidesByToken(owner: ReadonlyMap<Candidate, Draft>): Map<number, Draft> {
  const out = new Map<number, Draft>();
  for (const [c, d] of owner) {
    if (d.type === undefined || d.type === 'person' || d.type === 'place' || d.type === 'group') continue;
    for (let t = c.t0; t < c.t1; t++) out.set(t, d);
  }
  return out;
}

/**
 * A memoised `speakerOf` for one document: the token's statement is the one whose quoted words
 * hold it (the statements the quotes stage finds, `statement-finder.ts`), its speaker the person
 * heading that statement's source (`sourceHead`, the rule the quotes stage resolves speakers with),
 * so the speaker of `I` and the speaker of the statement cannot disagree.
 */
export function speakerFinder(
  view: ActorView,
  personAt: Map<number, Draft>,
  quotations: QuotationSources,
): (t: number) => Draft | undefined {
  const memo = new Map<Range, Draft | undefined>();
  return (t) => {
    const source = quotations.sourceAt(view.toks[t]!.start);
    if (!source) return undefined;
    if (!memo.has(source)) memo.set(source, personHeading(view, source, personAt));
    return memo.get(source);
  };
}

/** The person heading a source phrase, among the person names (and resolved pronouns) in it. */
function personHeading(view: ActorView, source: Range, personAt: Map<number, Draft>): Draft | undefined {
  const toks = view.toks;
  const covering: { start: number; end: number; draft: Draft }[] = [];
  for (let k = firstTokenFrom(toks, source.start); k < toks.length && toks[k]!.start < source.end; k++) {
    const d = personAt.get(k);
    if (d) covering.push({ start: toks[k]!.start, end: toks[k]!.end, draft: d });
  }
  return sourceHead(view.text, source, covering)?.draft;
}

function firstTokenFrom(toks: ActorView['toks'], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The source of the statement whose quoted words hold a character offset. */
export interface QuotationSources {
  sourceAt(offset: number): Range | undefined;
}

/** Quoted spans of the document's statements that have a source, indexed by offset. */
export function quotationSources(statements: readonly RawStatement[]): QuotationSources {
  // A loop, not `flatMap`: the generic builtin and an array per statement cost more than the index.
  const spans: { start: number; end: number; source: Range }[] = [];
  for (const s of statements) {
    const source = s.source;
    if (source) for (const q of s.quoted) spans.push({ start: q.start, end: q.end, source });
  }
  spans.sort((a, b) => a.start - b.start);
  // Greatest end among spans[0..i]: the walk back stops once nothing earlier reaches the offset.
  const maxEnd: number[] = [];
  let max = -1;
  for (const x of spans) {
    max = Math.max(max, x.end);
    maxEnd.push(max);
  }
  return {
    sourceAt(offset) {
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid]!.start <= offset) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo - 1; i >= 0 && maxEnd[i]! > offset; i--)
        if (spans[i]!.end > offset) return spans[i]!.source;
      return undefined;
    },
  };
}
