/** Word lists that steer tokenisation, following Universal Dependencies English (EWT) conventions. */

/**
 * Abbreviations that keep their final period as part of the token (`Mr.`, `Gen.`),
 * compared case-sensitively without the period. Initials (`J.`) and dotted forms
 * (`U.S.`, `e.g.`) keep theirs by shape, so they need no entry.
 */
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

/** Months as news abbreviates them (`Nov. 8`). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

/** Days as news abbreviates them. */
export const DAY_ABBREVIATIONS: readonly string[] = [
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thur',
  'Thurs',
  'Fri',
  'Sat',
  'Sun',
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

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS,
  ...DAY_ABBREVIATIONS,
  ...OTHER_ABBREVIATIONS,
]);

/** The longest entry of ABBREVIATIONS, so longer words skip the lookup. */
export const ABBREVIATION_MAX_LENGTH = 6;

/** Prefixes that UD English keeps attached before a hyphen (`e-mail`, `non-profit`); other hyphens split. */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'e',
  'co',
  'non',
  'pre',
  'post',
  're',
  'anti',
  'mid',
  'pro',
  'multi',
  'ex',
  'sub',
  'semi',
  'neo',
  'cross',
  'vice',
  'un',
  'micro',
  'intra',
  'inter',
  'socio',
  'psycho',
  'over',
  'bi',
  'tri',
  'quasi',
  'counter',
]);

/** The longest hyphen prefix. */
export const HYPHEN_PREFIX_MAX_LENGTH = 7;

/** Clitics split off after an apostrophe (`'s`, `'ll`…), lower-cased; `n't` is handled on its own. */
export const APOSTROPHE_CLITICS: ReadonlySet<string> = new Set(['s', 'll', 're', 've', 'm', 'd']);

/** Words UD English writes as two (`cannot` → `can` `not`): word → length of the first part. */
export const SPLIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['cannot', 3],
  ['gonna', 3],
  ['wanna', 3],
  ['gotta', 3],
]);
