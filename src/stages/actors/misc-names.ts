/**
 * Which MISC names (the tagger's names that are no person, place or organisation: `the Sea Org`,
 * `English`, `the World Cup`, `Afghans`, `Marilyn`) become actor mentions. News coreference counts
 * them as entities, and a name the stage drops can neither join its own later mentions nor link
 * across articles. Left out: a nationality or religion used as a modifier (`Afghan team`,
 * `the Islamic faith`), which names no entity of its own, unless the document uses the same name on its
 * own elsewhere (`the Sea Org group` after `the Sea Org`); the dictionary's adjectives are dropped
 * before this is asked.
 */
import type { ActorView } from './actor-view.js';
import type { ActorDictionary } from './dictionary.js';
import { lookupKey } from './dictionary.js';

/** Part-of-speech tags of a word a name modifies (`Afghan team`, `Islamic faith`, `Sea Org group`). */
const MODIFIED_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'NUM']);

/** How a MISC name of tokens [t0, t1) is admitted: not at all, as a group of people, or untyped. */
export type MiscAdmission = 'drop' | 'group' | 'untyped';

export function miscAdmission(
  view: ActorView,
  t0: number,
  t1: number,
  dict: ActorDictionary,
  standalone = false,
): MiscAdmission {
  const next = view.toks[t1];
  if (!standalone && next && next.sent === view.toks[t0]!.sent && startsLowerCase(next.text)) {
    // Without part-of-speech tags, any lower-case word after the name may be the noun it modifies.
    const tag = view.upos?.[t1];
    if (tag === undefined || MODIFIED_TAGS.has(tag)) return 'drop';
  }
  // `Afghans`, `Belgians`: the plural of a nationality is its people.
  if (t1 - t0 === 1) {
    const w = view.toks[t0]!.text;
    const stem = w.endsWith('s') ? dict.places.get(lookupKey(w.slice(0, -1))) : undefined;
    if (stem?.kind === 'adjective') return 'group';
  }
  return 'untyped';
}

/** Lower-case letters (`\p{Ll}`), for the first character of a token outside ASCII. */
const LOWER_FIRST_RE = /^\p{Ll}/u;

/** `/^\p{Ll}/u.test(s)`, without the regex for an ASCII first character (ASCII's Ll are a-z). */
function startsLowerCase(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER_FIRST_RE.test(s);
}
