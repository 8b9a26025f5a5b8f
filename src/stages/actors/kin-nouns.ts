/**
 * Kinship nouns with an owner (`his brother`, `her late mother`, `my husband`, `Moreau 's father`):
 * one person that later pronouns may refer to (`My brother was a runner … they called him`). The
 * mention runs from the owner to the noun, as GUM marks it; a person name right after it (`Her
 * father Mohammed Hadid`, `his brother, George Whitman`) is the same person.
 */

import { type ActorView, opensClause } from './actor-view.js';
import { type Candidate, makeCandidate, nominalInfo } from './candidate.js';
import type { Gender } from './dictionary.js';
import { POSSESSIVE_TOKENS } from './lexicon.js';

/**
 * Singular kinship nouns and the gender each states (`null`: none). A closed class, so a list
 * rather than WordNet senses (which were tried for all person nouns and did not hold across genres).
 */
export const KIN_NOUNS: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ['mother', 'f'],
  ['father', 'm'],
  ['mom', 'f'],
  ['mum', 'f'],
  ['dad', 'm'],
  ['wife', 'f'],
  ['husband', 'm'],
  ['daughter', 'f'],
  ['son', 'm'],
  ['sister', 'f'],
  ['brother', 'm'],
  ['grandmother', 'f'],
  ['grandfather', 'm'],
  ['grandson', 'm'],
  ['granddaughter', 'f'],
  ['uncle', 'm'],
  ['aunt', 'f'],
  ['nephew', 'm'],
  ['niece', 'f'],
  ['stepmother', 'f'],
  ['stepfather', 'm'],
  ['boyfriend', 'm'],
  ['girlfriend', 'f'],
  ['widow', 'f'],
  ['widower', 'm'],
  ['child', null],
  ['parent', null],
  ['cousin', null],
  ['spouse', null],
  ['grandchild', null],
  ['sibling', null],
]);

/** Possessive determiners that give a kinship noun its owner. */
export const KIN_OWNERS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'our', 'their', 'your']);
/** Lower-case modifiers allowed between the owner and the noun (`his late father`, `her first daughter`). */
const MAX_MODIFIERS = 2;

/**
 * The kinship mention whose owner is token `i`: a possessive determiner, or a possessive clitic
 * after the person name `owner` (`Moreau 's father`; the mention then starts at the name).
 * `names` maps a token index to the person name candidate starting there.
 */
export function kinNounAt(
  view: ActorView,
  i: number,
  nameAt: Uint8Array,
  names: ReadonlyMap<number, Candidate>,
  owner?: Candidate,
): Candidate | undefined {
  const toks = view.toks;
  const det = toks[i]!;
  if (owner ? !POSSESSIVE_TOKENS.has(det.lower) : !KIN_OWNERS.has(det.lower)) return undefined;
  for (let h = i + 1; h <= Math.min(i + 1 + MAX_MODIFIERS, toks.length - 1); h++) {
    const tok = toks[h]!;
    if (tok.sent !== det.sent || nameAt[h] || !/^\p{Ll}[\p{Ll}-]*$/u.test(tok.text)) return undefined;
    const gender = KIN_NOUNS.get(tok.lower);
    if (gender === undefined) continue;
    const next = toks[h + 1];
    // `his father's house`, `the son of`: the noun is not the whole phrase.
    if (next && next.sent === det.sent && (next.lower === 'of' || POSSESSIVE_TOKENS.has(next.lower)))
      return undefined;
    const first = owner ? toks[owner.t0]! : det;
    const t0 = owner ? owner.t0 : i;
    // A name right after it, or after a comma, is the same person.
    const after = next?.text === ',' ? h + 2 : h + 1;
    const named = toks[after]?.sent === det.sent ? names.get(after) : undefined;
    return makeCandidate({
      start: first.start,
      end: tok.end,
      coreStart: tok.start,
      coreEnd: tok.end,
      t0,
      t1: h + 1,
      sent: det.sent,
      kind: 'nominal',
      surface: view.text.slice(first.start, tok.end),
      type: 'person',
      gender: gender || undefined,
      plural: false,
      subject: opensClause(view, t0),
      inQuote: det.inQuote,
      nominal: nominalInfo('person', tok.lower),
      apposOf: named || undefined,
    });
  }
  return undefined;
}
