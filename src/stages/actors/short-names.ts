/**
 * The last word of a tagged organisation's name, alone, is its short form where the tagger missed it
 * (`Discovery has been retired` after `Space Shuttle Discovery`; the tagger found `Atlantis` beside
 * `Space Shuttle Atlantis` but not `Discovery`). Such a word becomes a name of the same type; corpus
 * linking then joins it to the one longer name it ends (article-names.ts, `short-name-in-article`).
 *
 * A name's last word is often its kind, not its own part (`Verwoerd Government`, `Navarro College`,
 * `Harvard Law School`): such a word alone is a common noun phrase (`the Government`) or another name
 * (`School of Open Africa`). So only when the longer name is all capitalised words (`Museum of Flight`
 * ends in a word after `of`), its last word is a proper noun there (the part-of-speech tagger) and no
 * organisation word (`College`, name-finder.ts), the word ends exactly one tagged organisation name of
 * the document (`Center` ends two space centres), the document never writes it in lower case, and
 * where it stands alone no determiner precedes it (`the Government`), no `of` touches it (`Secretary
 * of State` beside `Islamic State`, `School of Open Africa`), no capitalised word touches it but a
 * sentence's first; and no known first name is in the longer name (`Council Chair Larry Summers`,
 * a person the tagger ran into an organisation).
 */
import { DETERMINERS } from '../../lang/en/determiners.js';
import type { ActorView } from './actor-view.js';
import type { ActorDictionary } from './dictionary.js';
import { type NameSpan, ORG_WORDS } from './name-finder.js';

/** Shortest short form: shorter words are too often abbreviations (`US`, `Ave`). */
const MIN_SHORT_LENGTH = 4;

/** A word of letters only (no digits: `2016` ends `Fan Expo Canada 2016` and is no name). */
const WORD = /^\p{L}+$/u;

export function shortNames(
  view: ActorView,
  covered: Uint8Array,
  tagged: readonly NameSpan[],
  dict: ActorDictionary,
): NameSpan[] {
  const toks = view.toks;
  const upos = view.upos;
  if (!upos) return [];
  // Last word → the distinct tagged organisation names it ends (joined words).
  const ends = new Map<string, Set<string>>();
  for (const n of tagged) {
    if (n.type !== 'ORG' || n.tokenEnd - n.tokenStart < 2) continue;
    const words: string[] = [];
    for (let k = n.tokenStart; k < n.tokenEnd; k++) words.push(toks[k]!.text);
    const last = words[words.length - 1]!;
    if (!words.every((w) => /^\p{Lu}/u.test(w)) || last.length < MIN_SHORT_LENGTH || !WORD.test(last))
      continue;
    if (upos[n.tokenEnd - 1] !== 'PROPN' || ORG_WORDS.test(last)) continue;
    // A known first name inside: a person the tagger ran into the name (`Council Chair Larry Summers`).
    if (words.some((w) => dict.firstNames.has(w.toLowerCase()))) continue;
    const set = ends.get(last) ?? new Set<string>();
    set.add(words.join(' '));
    ends.set(last, set);
  }
  const shorts = new Set([...ends].filter(([, names]) => names.size === 1).map(([w]) => w));
  // A word tagged alone somewhere is found by the tagger or as a repeat (repeated-names.ts) already.
  for (const n of tagged) if (n.tokenEnd - n.tokenStart === 1) shorts.delete(toks[n.tokenStart]!.text);
  if (shorts.size === 0) return [];
  const lowered = new Set<string>();
  for (const t of toks) if (!t.cap) lowered.add(t.lower);
  const out: NameSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (covered[i] || !shorts.has(t.text) || lowered.has(t.lower) || !standsAlone(view, i)) continue;
    out.push({ start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, type: 'ORG' });
    covered[i] = 1;
  }
  return out;
}

/**
 * Token `i` alone in its sentence: no capitalised word right after, nor right before but a sentence's
 * first; no determiner before it and no `of` on either side.
 */
function standsAlone(view: ActorView, i: number): boolean {
  const toks = view.toks;
  const after = toks[i + 1];
  const before = toks[i - 1];
  const sent = toks[i]!.sent;
  if (after && after.sent === sent && (after.cap || after.lower === 'of')) return false;
  if (!before || before.sent !== sent) return true;
  if (DETERMINERS.has(before.lower) || before.lower === 'of') return false;
  return !(before.cap && i - 1 !== view.sentStart[i - 1]);
}
