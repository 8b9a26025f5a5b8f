/**
 * Extra training sentences for what CoNLL-2003 train lacks but news has:
 *  - Title Case headlines (`Putin Congratulates Trump, Expresses Willingness …`):
 *    copies of training sentences with every word capitalised except the few
 *    function words Title Case leaves lower-case; labels unchanged.
 *  - Letters-and-number codes of groups (`G7`, `G20`): the gazetteer lists `G 7` and
 *    `G 8` (PETRARCH2 international actors); copies of sentences whose one-token ORG
 *    is a listed international organisation's acronym, with that token replaced by such a code
 *    with a random number (the gazetteer folds the number, so the code shape is
 *    what must be learned, not particular numbers).
 * Each copy is its own one-sentence document so it does not disturb the document
 * features of the original. Seeded, so training stays reproducible.
 */

import { rng } from '../../src/learn/random.js';
import type { Gazetteer } from '../../src/stages/entities/tagger/gazetteer.js';
import { labelIndex, NER_TYPES } from '../../src/stages/entities/tagger/labels.js';
import { TITLE_LOWER_WORDS } from '../../src/stages/entities/tagger/sentence-case.js';
import type { TrainDocument } from '../../src/stages/entities/tagger/train.js';

export interface AugmentOptions {
  /** Title Case copies to add. */
  readonly titleCase: number;
  /** Group-code copies to add. */
  readonly codes: number;
  readonly seed: number;
}

/** Title Case of a token sequence: first letters up, function words (not first) left as they are. */
/** Shipped setting: about 7 % of CoNLL train sentences as Title Case copies, a few hundred code copies. */
export const AUGMENT_OPTIONS: AugmentOptions = { titleCase: 1000, codes: 300, seed: 7 };

export function titleCase(tokens: readonly string[]): string[] {
  return tokens.map((t, i) =>
    i > 0 && TITLE_LOWER_WORDS.has(t.toLowerCase()) ? t : t.charAt(0).toUpperCase() + t.slice(1),
  );
}

function shuffled<T>(xs: readonly T[], random: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/** Letter parts of the gazetteer's `letters number` codes in a category (`g` from `g 7`). */
function codeLetters(gazetteer: Gazetteer, category: string): string[] {
  const out = new Set<string>();
  for (const line of gazetteer.lines()) {
    const m = /^([^\t]+)\t([a-z]{1,3}) (\d{1,3})$/.exec(line);
    if (m && m[1] === category) out.add(m[2] as string);
  }
  return [...out];
}

export function augment(
  docs: readonly TrainDocument[],
  gazetteer: Gazetteer,
  o: AugmentOptions,
): TrainDocument[] {
  const random = rng(o.seed);
  const sentences = docs.flatMap((d) => d.sentences.map((s, k) => ({ s, l: d.labels[k] as Uint8Array })));
  const out: TrainDocument[] = [];
  // Title Case: running-text sentences with some lower-case words to capitalise
  const mixed = sentences.filter(({ s }) => s.length >= 4 && s.some((t) => /^\p{Ll}{4,}/u.test(t)));
  for (const { s, l } of shuffled(mixed, random).slice(0, o.titleCase))
    out.push({ sentences: [titleCase(s)], labels: [l] });
  // group codes in the place of one-token international organisations
  const letters = codeLetters(gazetteer, 'phx-intl');
  const uOrg = labelIndex('U', NER_TYPES.indexOf('ORG'));
  const intl = gazetteer.categories.indexOf('phx-intl');
  // an acronym (NATO, OPEC) listed as an international organisation: where a code can stand
  const isIntl = (t: string): boolean =>
    /^[A-Z]{2,6}$/.test(t) && gazetteer.match([t.toLowerCase()]).some((m) => m.category === intl);
  const withIntl = sentences.filter(({ s, l }) => s.some((t, i) => l[i] === uOrg && isIntl(t)));
  if (letters.length === 0) return out;
  for (const { s, l } of shuffled(withIntl, random).slice(0, o.codes)) {
    const tokens = s.map((t, i) => {
      if (l[i] !== uOrg || !isIntl(t)) return t;
      const letter = (letters[Math.floor(random() * letters.length)] as string).toUpperCase();
      return `${letter}${2 + Math.floor(random() * 98)}`;
    });
    out.push({ sentences: [tokens], labels: [l] });
  }
  return out;
}
