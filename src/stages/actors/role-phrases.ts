/**
 * Role phrases beside a person name that are mentions of that person (appositions), where
 * person-context.ts's apposition (`NAME, a/the …,`) does not reach:
 * - before the name, with a determiner or possessor of its own: `Tunisia's coach Nabil Maaloul`,
 *   `the match referee Joel Aguilar`, `a Scientology attorney, Kendrick Moxon`. A bare title
 *   (`U.S. Senator John Cornyn`, `President Putin`) has neither: it is part of the name's mention
 *   and left alone (roles.ts reads it as the person's role);
 * - after the name, capitalised and without a determiner: `Hernan Dario Gomez, Panama coach,`,
 *   `Cres Eastman, Director of the National Iodine Nutrition study,`.
 *
 * Kind of error fixed: the phrase was either no mention at all or an unresolved role nominal
 * (`the Crown prosecutor` looks back for someone with that title and finds nobody, since the
 * holder is named after it).
 */

import type { ActorView } from './actor-view.js';
import { appositionCandidate, type Candidate } from './candidate.js';
import type { ActorDictionary } from './dictionary.js';
import { POSSESSIVE_TOKENS } from './lexicon.js';

/**
 * Occupation nouns for one person that the Phoenix role dictionary (political roles) leaves out;
 * news names people by them as often as by political titles.
 */
const OCCUPATION_NOUNS: ReadonlySet<string> = new Set(
  `coach goalkeeper referee striker midfielder defender player manager director secretary curator
  founder editor author writer novelist poet artist painter sculptor photographer designer singer
  musician actor actress producer architect engineer scientist researcher economist analyst
  historian physician surgeon doctor nurse teacher principal chairwoman chairperson treasurer
  executive owner investor entrepreneur detective officer inspector commissioner coroner judge
  barrister solicitor attorney lawyer prosecutor spokesperson spokeswoman spokesman astronaut
  pilot commander`
    .split(/\s+/)
    .filter(Boolean),
);

/** Determiners that open such a phrase (a demonstrative or `every` does not name one person). */
const PHRASE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Tokens a role phrase may span from its determiner or possessor to its head. */
const PHRASE_MAX_TOKENS = 7;

/** A word of a role phrase: letters (with inner hyphens or dots: `U.S.`, `co-founder`) or `-`. */
const PHRASE_WORD = /^(\p{L}[\p{L}.\-’']*|-)$/u;
/** Tags of the words between the determiner and the head (`the [match] referee`, `a [former Scientology] attorney`). */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PUNCT']);

/**
 * Role words of the dictionary that name a body, not one person: `the entire liberal media,
 * Rupert Murdoch, Fox News` is a list, not Murdoch's apposition.
 */
const COLLECTIVE_ROLES: ReadonlySet<string> = new Set(
  'media press police army military government administration staff leadership opposition clergy judiciary'.split(
    ' ',
  ),
);

/** A noun for one person by role or occupation (`coach`, `minister`). */
export function roleHead(lower: string, dict: ActorDictionary): boolean {
  if (COLLECTIVE_ROLES.has(lower)) return false;
  return OCCUPATION_NOUNS.has(lower) || dict.roles.has(lower) || dict.leaderTitles.has(lower);
}

/**
 * The role phrases before the person names among `cands` (sorted by start): new candidates, and
 * existing nominals that span exactly such a phrase get the name as their apposition.
 */
export function rolePrefixes(
  view: ActorView,
  cands: readonly Candidate[],
  dict: ActorDictionary,
): Candidate[] {
  const byStart = new Map<number, Candidate>();
  for (const c of cands) if (c.kind === 'nominal' || c.kind === 'title') byStart.set(c.t0, c);
  const out: Candidate[] = [];
  for (const name of cands) {
    if (name.kind !== 'name' || name.type !== 'person' || name.apposOf) continue;
    const span = phraseBefore(view, name, dict);
    if (!span) continue;
    const [t0, t1] = span;
    const existing = byStart.get(t0);
    if (existing) {
      if (existing.t1 === t1 && !existing.apposOf && !existing.predicateOf && existing.type !== 'group')
        existing.apposOf = name;
      continue;
    }
    out.push(appositionCandidate(view, t0, t1, name.sent, name));
  }
  return out;
}

/**
 * Token range `[t0, t1)` of the role phrase right before `name` (a comma between them allowed),
 * when it opens with a determiner or a possessor (`Tunisia 's`) and ends in a role noun. A
 * capitalised head right before the name after a determiner is a title glued to the name (`a
 * President Donald Trump`, `the Court Philippe Chatrier`), not a phrase of its own.
 */
function phraseBefore(view: ActorView, name: Candidate, dict: ActorDictionary): [number, number] | undefined {
  const toks = view.toks;
  let head = name.t0 - 1;
  const comma = toks[head]?.text === ',';
  if (comma) head--;
  const headTok = toks[head];
  if (!headTok || headTok.sent !== name.sent || !roleHead(headTok.lower, dict)) return undefined;
  for (let i = head - 1; i >= 0 && head - i < PHRASE_MAX_TOKENS; i--) {
    const tok = toks[i]!;
    if (tok.sent !== name.sent) return undefined;
    if (PHRASE_DETERMINERS.has(tok.lower)) return comma || !headTok.cap ? [i, head + 1] : undefined;
    // `’s` tagged as a verb is `is`/`has` (`It’s about President Obama`), not a possessive.
    if (POSSESSIVE_TOKENS.has(tok.lower) && tok.lower !== 's' && view.upos?.[i] !== 'AUX')
      return possessorStart(view, i, name.sent, head);
    if (!PHRASE_WORD.test(tok.text) || !MODIFIER_TAGS.has(view.upos?.[i] ?? 'NOUN')) return undefined;
  }
  return undefined;
}

/**
 * The phrase from the possessor before clitic `clitic` (`Labour 's Shadow Home Secretary`): proper
 * nouns only (not `It` of `It’s`, nor a headline's verb: `Trump Praises Breitbart’s Editor`).
 */
function possessorStart(
  view: ActorView,
  clitic: number,
  sent: number,
  head: number,
): [number, number] | undefined {
  const toks = view.toks;
  let i = clitic - 1;
  while (
    i >= 0 &&
    head - i < PHRASE_MAX_TOKENS &&
    toks[i]!.sent === sent &&
    /^\p{Lu}/u.test(toks[i]!.text) &&
    (view.upos?.[i] ?? 'PROPN') === 'PROPN'
  )
    i--;
  return i === clitic - 1 ? undefined : [i + 1, head + 1];
}

/** Tokens a capitalised apposition may have (`, Director of the National Iodine Nutrition study,`). */
const APPOSITION_MAX_TOKENS = 10;
/** Tokens from the apposition's start within which its role noun stands (`Panama coach`, `Director of …`). */
const ROLE_WITHIN = 3;
/** Tokens that end an apposition. */
const APPOSITION_ENDS: ReadonlySet<string> = new Set([',', '.', ';']);
/** Tags no apposition holds: a verb makes it a clause (`Obama, President Bush said,`). */
const CLAUSE_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PRON']);

/**
 * `NAME , Capitalised … role … ,`: the phrase between the commas is a mention of the person
 * named, when a role noun stands among its first words and no other name of a person, no verb
 * and no quote mark is in it (a list of names or a clause is no apposition).
 */
export function roleAppositions(
  view: ActorView,
  cands: readonly Candidate[],
  dict: ActorDictionary,
): Candidate[] {
  const toks = view.toks;
  const personAt = new Uint8Array(toks.length);
  for (const c of cands) if (c.type === 'person' && c.kind === 'name') personAt.fill(1, c.t0, c.t1);
  const out: Candidate[] = [];
  for (const name of cands) {
    if (name.kind !== 'name' || name.type !== 'person' || name.apposOf) continue;
    const k = name.t1;
    const first = toks[k + 1];
    if (toks[k]?.text !== ',' || !first || first.sent !== name.sent || !/^\p{Lu}/u.test(first.text)) continue;
    let role = false;
    for (let e = k + 1; e < Math.min(toks.length, k + 1 + APPOSITION_MAX_TOKENS); e++) {
      const t = toks[e]!;
      if (
        t.sent !== name.sent ||
        personAt[e] ||
        CLAUSE_TAGS.has(view.upos?.[e] ?? '') ||
        /^[“”"()]$/.test(t.text)
      )
        break;
      if (e - k <= ROLE_WITHIN && roleHead(t.lower, dict)) role = true;
      if (!APPOSITION_ENDS.has(t.text)) continue;
      if (!role || e === k + 1) break;
      out.push(appositionCandidate(view, k + 1, e, name.sent, name));
      break;
    }
  }
  return out;
}
