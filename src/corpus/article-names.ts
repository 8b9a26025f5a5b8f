/**
 * What an article's own names say about each other before its actors are linked: a short form of one
 * longer name of the article (`Columbia` of `Space Shuttle Columbia`, `the North` of `North Korea`), and
 * the parts of countries that are not their country (`Wales`).
 */
import type { ArticleActor } from './decide.js';
import { compassPoint, nameWords, typeGroup } from './names.js';

/** What these rules read of a planned article actor. */
interface Planned {
  readonly actor: ArticleActor;
}

/**
 * Constituent countries and territories the Phoenix and CountryInfo lists give their sovereign's code
 * (`Wales`, `Scotland` → GBR): coded as that country, but never the country's identity (`k:` key).
 */
const COUNTRY_PARTS: ReadonlySet<string> = new Set([
  'england',
  'scotland',
  'wales',
  'northern ireland',
  'greenland',
  'faroe islands',
  'puerto rico',
  'guam',
  'hong kong',
  'macau',
  'macao',
]);

/** True for a constituent country or territory's name (kbWords, joined): see COUNTRY_PARTS. */
export function isCountryPart(words: string): boolean {
  return COUNTRY_PARTS.has(words);
}

/**
 * Marks each compass point alone (`North`, `the South`: no name across articles, see isNoName) that opens the
 * name of exactly one place or country of the article (`North Korea`): there it is that place's short form.
 */
export function withRegions<P extends Planned>(planned: P[]): P[] {
  const places = [
    ...new Set(planned.flatMap((p) => (typeGroup(p.actor.type) === 'geo' ? [nameWords(p.actor.name)] : []))),
  ].filter((w) => w.length > 1);
  return planned.map((p) => {
    const point = typeGroup(p.actor.type) === 'person' ? undefined : compassPoint(p.actor.name);
    if (!point) return p;
    const opened = [...new Set(places.filter((w) => w[0] === point).map((w) => w.join(' ')))];
    return opened.length === 1 ? { ...p, actor: { ...p.actor, compassOf: opened[0]! } } : p;
  });
}

/** Words that make what follows them a modifier, not the head of a name (`Bank of America`). */
const LINKING_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'in', 'at', 'on', 'de', 'the']);

/**
 * Marks each organisation (or one-word person name, see below) whose name ends exactly one longer
 * organisation name of the article (`Columbia` in `Space Shuttle Columbia`): the short form of that
 * name. Places are left alone (`Los Angeles` is not `East Los Angeles`), and so is a name ending after
 * `of` (`America` in `Bank of America`).
 */
export function withContainers<P extends Planned>(planned: P[]): P[] {
  const orgs = planned.filter((p) => typeGroup(p.actor.type) === 'org');
  // Each org name's words once (not once per pair of names: an article can have a hundred organisations).
  const words = new Map(orgs.map((p) => [p.actor.name, nameWords(p.actor.name)]));
  const names = [...new Set(orgs.map((p) => words.get(p.actor.name)!.join(' ')).filter(Boolean))];
  const namesWords = names.map((l) => ({ name: l, w: nameWords(l) }));
  // Surnames of the article's full-named people: a one-word person name bearing one is that person's.
  const surnames = new Set(
    planned.flatMap((p) => (!p.actor.surnameOnly && p.actor.surname ? [p.actor.surname] : [])),
  );
  return planned.map((p) => {
    // A one-word name the stage typed a person (`Endeavour` beside `Space Shuttle Endeavour`) is the short
    // form too, unless a full-named person of the article bears it as surname.
    const lone = p.actor.surnameOnly && p.actor.surname !== undefined && !surnames.has(p.actor.surname);
    if (typeGroup(p.actor.type) !== 'org' && !lone) return p;
    const short = words.get(p.actor.name)?.join(' ') ?? nameWords(p.actor.name).join(' ');
    const n = nameWords(short).length;
    const longer = namesWords.filter(
      ({ w }) => w.length > n && w.slice(-n).join(' ') === short && !LINKING_WORDS.has(w[w.length - n - 1]!),
    );
    return longer.length === 1 ? { ...p, actor: { ...p.actor, container: longer[0]!.name } } : p;
  });
}
