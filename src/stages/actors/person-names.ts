/**
 * Person names the tagger mistyped or swallowed into a longer name. Once an article names a
 * person in full (`Andy Warhol`), the same words elsewhere name that person too:
 * - a name of another type made only of the full name or the surname (`Warhol` typed as an
 *   organisation in a headline) becomes a person;
 * - a longer non-person name that starts with them (`the Andy Warhol Foundation`, `Warhol
 *   Polaroids`) keeps its type, and the person's words inside it become a mention of their own,
 *   as news coreference counts them (the foundation is an organisation, `Andy Warhol` in it is
 *   the artist).
 * Dictionary names (countries, capitals, known organisations) are left alone.
 */
import type { Candidate, DocView } from './candidates.js';
import { type ActorDictionary, lookupKey } from './dictionary.js';
import { HONORIFICS } from './lexicon.js';

/** Lower-case words of a candidate's tokens, honorifics and a trailing clitic left out. */
function words(view: DocView, c: Candidate): string[] {
  const out: string[] = [];
  for (let t = c.t0; t < c.t1; t++) {
    const w = view.toks[t]!.lower;
    if (out.length === 0 && HONORIFICS.has(w)) continue;
    out.push(w);
  }
  return out;
}

/** Full names (≥ 2 words) and surnames of the persons the tagger found. */
function personForms(view: DocView, cands: readonly Candidate[]): { full: Set<string>; last: Set<string> } {
  const full = new Set<string>();
  const last = new Set<string>();
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== 'person') continue;
    const w = words(view, c);
    if (w.length < 2 || !w.every((x) => /^\p{L}/u.test(x))) continue;
    full.add(w.join(' '));
    last.add(w.at(-1)!);
  }
  return { full, last };
}

/**
 * Retypes names that are a known person's full name or surname and returns the nested person
 * mentions at the start of longer names.
 */
export function personNamesInside(
  view: DocView,
  cands: readonly Candidate[],
  dict: ActorDictionary,
): Candidate[] {
  const { full, last } = personForms(view, cands);
  if (full.size === 0) return [];
  const isPerson = (w: readonly string[]): boolean =>
    w.length === 1 ? last.has(w[0]!) : full.has(w.join(' '));
  const nested: Candidate[] = [];
  for (const c of cands) {
    if (c.kind !== 'name' || c.type === 'person' || c.iso3 || c.metonym) continue;
    if (c.type !== undefined && c.type !== 'organisation' && c.type !== 'place') continue;
    const key = lookupKey(c.surface);
    if (dict.orgs.has(key) || dict.places.has(key)) continue;
    const w = words(view, c);
    const skip = c.t1 - c.t0 - w.length;
    if (isPerson(w)) {
      c.type = 'person';
      continue;
    }
    for (let n = Math.min(w.length - 1, 3); n >= 1; n--) {
      if (!isPerson(w.slice(0, n))) continue;
      const t0 = c.t0 + skip;
      const t1 = t0 + n;
      const tok0 = view.toks[t0]!;
      const end = view.toks[t1 - 1]!.end;
      nested.push({
        start: tok0.start,
        end,
        coreStart: tok0.start,
        coreEnd: end,
        t0,
        t1,
        sent: tok0.sent,
        kind: 'name',
        surface: view.text.slice(tok0.start, end),
        type: 'person',
        plural: false,
        subject: false,
        inQuote: tok0.inQuote,
        possessive: true,
      });
      break;
    }
  }
  return nested;
}
