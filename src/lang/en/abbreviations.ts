/**
 * English abbreviations written with a period (`Mr.`, `Gen.`, `Calif.`): the tokeniser keeps their
 * period inside the token, and sentence splitting knows which of them never end a sentence.
 */
import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from './calendar.js';

/** Titles before names (`Gen.`, `Sen.`); `Sr.`/`Jr.` follow names. */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Gen',
  'Sen',
  'Rep',
  'Gov',
  'Lt',
  'Col',
  'Sgt',
  'Capt',
  'Cmdr',
  'Adm',
  'Maj',
  'Cpl',
  'Pvt',
  'Rev',
  'Hon',
  'Pres',
  'Sec',
  'Amb',
  'Supt',
  'Insp',
  'Det',
  'Messrs',
  'Mme',
  'Mlle',
  'Fr',
  'Sr',
  'Jr',
  'St',
  'Mt',
  'Ft',
  'Gens',
  'Sens',
  'Reps',
];

/** Organisations, references, units, Latin and U.S. states. */
export const OTHER_ABBREVIATIONS: readonly string[] = [
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'Bros',
  'Assn',
  'Dept',
  'Univ',
  'Ave',
  'Blvd',
  'Rd',
  'Hwy',
  'No',
  'Nos',
  'Vol',
  'vol',
  'pp',
  'Fig',
  'fig',
  'vs',
  'v',
  'etc',
  'al',
  'approx',
  'est',
  'ca',
  'cf',
  'Ariz',
  'Calif',
  'Colo',
  'Conn',
  'Fla',
  'Ga',
  'Ill',
  'Ind',
  'Kan',
  'Ky',
  'La',
  'Mass',
  'Md',
  'Mich',
  'Minn',
  'Miss',
  'Mo',
  'Mont',
  'Neb',
  'Nev',
  'Okla',
  'Ore',
  'Pa',
  'Penn',
  'Tenn',
  'Tex',
  'Va',
  'Vt',
  'Wash',
  'Wis',
  'Wyo',
];

/**
 * Abbreviations that keep their final period as part of the token (`Mr.`, `Gen.`),
 * compared case-sensitively without the period. Initials (`J.`) and dotted forms
 * (`U.S.`, `e.g.`) keep theirs by shape, so they need no entry.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAY_ABBREVIATIONS,
  ...OTHER_ABBREVIATIONS,
]);

/** The longest entry of ABBREVIATIONS, so longer words skip the lookup. */
export const ABBREVIATION_MAX_LENGTH = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Name suffixes (`Jr.`, `Sr.`) can end a sentence; every other title cannot. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Sr', 'Jr']);

/**
 * Abbreviations (without the period) after which a sentence practically never
 * ends in news: titles before names, months and references before numbers.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS.filter((a) => !NAME_SUFFIXES.has(a)),
  ...MONTH_ABBREVIATIONS,
  // References before numbers and Latin connectives, which a sentence does not end with.
  ...['No', 'Nos', 'Vol', 'vol', 'pp', 'Fig', 'fig', 'vs', 'v', 'approx', 'ca', 'cf', 'e.g', 'i.e'],
]);
