/** Word lists that steer tokenisation, following Universal Dependencies English (EWT) conventions. */

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
