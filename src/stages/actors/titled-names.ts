/**
 * A country's name right after a title (`Captain America`, `Miss America`, `Commissioner Jordan`)
 * is a character's, a title-holder's or a person's name, not the country. Kind of error fixed: the
 * dictionary (or a tagger that tagged only the country word) made such a name a mention of the
 * country, which then joined the country's actor in the document and across the corpus (Captain
 * America in the United States). The name is left out; the country's other mentions are untouched.
 */
import { DETERMINERS } from '../../lang/en/determiners.js';
import { honorificOf } from '../../lang/en/titles.js';
import type { ActorView } from './actor-view.js';
import type { ActorDictionary } from './dictionary.js';

/**
 * Tags of a word before the title that make the title a common noun heading its own phrase (`the
 * first African-American Senator Georgia has ever elected`: the country opens a relative clause).
 */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PROPN']);
/**
 * Sectors of role words that are titles of one holder (`Captain`, `Senator`, `Commissioner`); not
 * religions or groups (`Muslim Americans`, `Native Americans` are people of the country).
 */
const TITLE_SECTORS = /^(GOV|ELI|LEG|JUD|MIL|COP)/;

/**
 * True when token `t0` follows, in its sentence, a capitalised honorific or title word that no
 * determiner, adjective, number or proper noun comes before.
 */
export function afterTitle(view: ActorView, t0: number, dict: ActorDictionary): boolean {
  const prev = view.toks[t0 - 1];
  const sent = view.toks[t0]!.sent;
  if (!prev?.cap || prev.sent !== sent) return false;
  const word = prev.lower.endsWith('.') ? prev.lower.slice(0, -1) : prev.lower;
  const code = dict.roles.get(word);
  const title =
    honorificOf(word) !== undefined ||
    dict.leaderTitles.has(word) ||
    (code !== undefined && TITLE_SECTORS.test(code));
  if (!title) return false;
  const before = view.toks[t0 - 2];
  if (!before || before.sent !== sent) return true;
  const tag = view.upos?.[t0 - 2];
  // Without a POS layer the determiners alone say it.
  return !(DETERMINERS.has(before.lower) || (tag !== undefined && PHRASE_TAGS.has(tag)));
}
