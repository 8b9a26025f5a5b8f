/**
 * `the New Zealand government`, `the Russian government`: a government noun right after a
 * country name or a country adjective is that country's government. The mention runs from the
 * country word to the noun, so it overlaps the country's own name mention, as news coreference
 * counts both (New Zealand the country, the New Zealand government the organisation).
 */

import type { ActorView } from './actor-view.js';
import { type Candidate, makeCandidate, nominalInfo } from './candidate.js';
import { type ActorDictionary, lookupKey } from './dictionary.js';
import { DEFINITE_DETERMINERS, GOVERNMENT_NOUNS } from './lexicon.js';

/** The government candidate whose noun is token `i`, if a country name or adjective precedes it. */
export function countryGovernmentAt(
  view: ActorView,
  i: number,
  dict: ActorDictionary,
  countryEndingAt: ReadonlyMap<number, Candidate>,
  opensClause: (t: number) => boolean,
): Candidate | undefined {
  const tok = view.toks[i]!;
  if (!GOVERNMENT_NOUNS.has(tok.lower) || i === 0) return undefined;
  const prev = view.toks[i - 1]!;
  if (prev.sent !== tok.sent) return undefined;
  let t0: number;
  let iso3: string | undefined;
  const country = countryEndingAt.get(i);
  if (country) {
    t0 = country.t0;
    iso3 = country.iso3;
  } else {
    const entry = prev.cap ? dict.places.get(lookupKey(prev.text)) : undefined;
    if (entry?.kind !== 'adjective') return undefined;
    t0 = i - 1;
    iso3 = entry.iso3;
  }
  if (!iso3) return undefined;
  const det = view.toks[t0 - 1];
  const subjectAt = det && DEFINITE_DETERMINERS.has(det.lower) && det.sent === tok.sent ? t0 - 1 : t0;
  const first = view.toks[t0]!;
  return makeCandidate({
    start: first.start,
    end: tok.end,
    coreStart: tok.start,
    coreEnd: tok.end,
    t0,
    t1: i + 1,
    sent: tok.sent,
    kind: 'nominal',
    surface: view.text.slice(first.start, tok.end),
    type: 'government',
    iso3,
    plural: false,
    subject: opensClause(subjectAt),
    inQuote: tok.inQuote,
    nominal: nominalInfo('government', tok.lower),
  });
}

/** `the Norwegian government` found as a nominal: the adjective before the noun gives its country. */
export function governmentCountry(view: ActorView, nom: Candidate, dict: ActorDictionary): void {
  if (nom.iso3 || nom.t1 - nom.t0 < 3) return;
  const adj = view.toks[nom.t1 - 2]!;
  const entry = adj.cap ? dict.places.get(lookupKey(adj.text)) : undefined;
  if (entry?.kind === 'adjective') nom.iso3 = entry.iso3;
}
