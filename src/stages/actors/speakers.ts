/**
 * Speakers of quotations, for coreference: `I`/`me`/`my` in a quotation go to the person the
 * quotation is attributed to, `we`/`us`/`our` to the organisation or country of the speaker's role, and a third-person pronoun inside it never does (a speaker says
 * `I`, not `he`). The speaker is a person mention next to a speech verb just after the closing
 * quote (`,” Peskov said` / `,” said Peskov`) or just before the opening quote (`Peskov said: “…`).
 */

import type { ActorView } from './actor-view.js';
import type { Candidate } from './candidate.js';
import type { Draft } from './cluster.js';
import type { ActorDictionary } from './dictionary.js';
import { SPEECH_VERBS } from './lexicon.js';

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

/** Tokens after a closing quote (or before an opening one) searched for the speaker. */
const SPEAKER_WINDOW = 5;
/** Words between a speaker's name and the organisation or country of its title (`Tunisia 's coach`). */
const SIDE_WINDOW = 4;
/** Tokens searched back from a speech verb right before the quote, for a speaker with an apposition. */
const APPOSED_SPEAKER_WINDOW = 20;

/**
 * `I`/`me`/`my` in a quotation → the person the quotation is attributed to: a person mention
 * next to a speech verb just after the closing quote (`,” Peskov said`/`,” said Peskov`) or just
 * before the opening quote (`Peskov said: “…`).
 */
export function resolveSpeakers(
  view: ActorView,
  out: Resolved[],
  owner: Map<Candidate, Draft>,
  dict: ActorDictionary,
): void {
  const draftOf = new Map<Candidate, Draft>(owner);
  for (const r of out) if (r.drafts.length === 1) draftOf.set(r.cand, r.drafts[0]!);
  const personAt = personsByToken(draftOf);
  const find = speakerFinder(view, personAt);
  const sides = new Map<Draft, Draft | undefined>();
  const sideAt = sidesByToken(owner);
  for (const r of out) {
    if (!r.cand.pronoun?.firstPerson) continue;
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
 * A memoised `speakerOf` for one document: the quotation around each token is found from arrays
 * built in one pass, and each quotation's speaker is looked up once.
 */
export function speakerFinder(
  view: ActorView,
  personAt: Map<number, Draft>,
): (t: number) => Draft | undefined {
  const { openOf, closeOf } = quotationBounds(view);
  const n = view.toks.length;
  const memo = new Map<number, Draft | undefined>();
  return (t) => {
    const key = openOf[t]! * (n + 1) + closeOf[t]!;
    if (!memo.has(key)) memo.set(key, speakerAround(view, openOf[t]!, closeOf[t]!, personAt));
    return memo.get(key);
  };
}

/** First and last token of the quotation around each token (the token itself outside one). */
interface QuotationBounds {
  readonly openOf: Int32Array;
  readonly closeOf: Int32Array;
}

/** Bounds per document view: the resolver asks twice (pronouns, then speakers). */
const BOUNDS = new WeakMap<ActorView, QuotationBounds>();

function quotationBounds(view: ActorView): QuotationBounds {
  const known = BOUNDS.get(view);
  if (known) return known;
  const toks = view.toks;
  const n = toks.length;
  const openOf = new Int32Array(n);
  const closeOf = new Int32Array(n);
  for (let t = 0; t < n; t++)
    openOf[t] = t > 0 && toks[t]!.inQuote && toks[t - 1]!.inQuote ? openOf[t - 1]! : t;
  for (let t = n - 1; t >= 0; t--) {
    const txt = toks[t]!.text;
    const stop = !toks[t]!.inQuote || txt === '”' || txt === '"';
    closeOf[t] = stop || t === n - 1 ? (stop ? t : n) : closeOf[t + 1]!;
  }
  const bounds = { openOf, closeOf };
  BOUNDS.set(view, bounds);
  return bounds;
}

/** The speaker of the quotation from token `open` to token `close`: see the module header. */
function speakerAround(
  view: ActorView,
  open: number,
  close: number,
  personAt: Map<number, Draft>,
): Draft | undefined {
  const toks = view.toks;
  let verb = false;
  for (let k = close + 1; k < Math.min(toks.length, close + 1 + SPEAKER_WINDOW); k++) {
    if (toks[k]!.inQuote && k > close + 1) break;
    if (SPEECH_VERBS.has(toks[k]!.lower)) verb = true;
    const d = personAt.get(k);
    if (d && (verb || SPEECH_VERBS.has(toks[k + 1]?.lower ?? ''))) return d;
  }
  for (let k = open - 1; k >= Math.max(0, open - SPEAKER_WINDOW - 1); k--) {
    const d = personAt.get(k);
    if (d && toks.slice(k, open).some((x) => SPEECH_VERBS.has(x.lower))) return d;
  }
  // `Hilary Braysmith, USI associate professor of art history, said, “…`: past an apposition.
  const verbAt = [open - 1, open - 2, open - 3].find((k) => k >= 0 && SPEECH_VERBS.has(toks[k]!.lower));
  if (verbAt === undefined) return undefined;
  for (let k = verbAt - 1; k >= Math.max(0, verbAt - APPOSED_SPEAKER_WINDOW); k--) {
    if (toks[k]!.sent !== toks[verbAt]!.sent || toks[k]!.inQuote) break;
    const d = personAt.get(k);
    if (d) return d;
  }
  return undefined;
}
