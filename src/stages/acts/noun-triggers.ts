/**
 * Verbatim's noun triggers: nominal acts the verb dictionary cannot see (`the imposition of
 * sanctions on Russia`, `U.S. support for Ukraine`). Each noun has its CAMEO code, the reason, and a
 * test on its neighbours so that bare mentions (`sanctions policy`) stay out.
 */
import type { SentenceView } from './sentence-view.js';

export interface NounTrigger {
  readonly code: string;
  readonly reason: string;
  test(view: SentenceView, i: number): boolean;
}

/** A preposition that introduces the recipient of a nominal act. */
const RECIPIENT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'against', 'for', 'to']);
/** Adjectives that make `support` material (manual AID: material assistance). */
const MATERIAL: ReadonlySet<string> = new Set([
  'military',
  'financial',
  'economic',
  'humanitarian',
  'material',
]);

const followedByRecipient = (view: SentenceView, i: number): boolean =>
  RECIPIENT_PREPOSITIONS.has(view.words[i + 1] ?? '') ||
  (view.words[i + 1] === 'provided' && view.words[i + 2] === 'to');

const materialBefore = (view: SentenceView, i: number): boolean =>
  view.words.slice(Math.max(0, i - 4), i).some((w) => MATERIAL.has(w));

/** The noun is the object of a verb (`renewed negotiations`, `held talks`). */
const afterVerb = (view: SentenceView, i: number): boolean =>
  view.upos[i - 1] === 'VERB' ||
  (view.upos[i - 2] === 'VERB' && ['ADJ', 'DET'].includes(view.upos[i - 1] ?? ''));

const ofOrFrom = (view: SentenceView, i: number): boolean =>
  view.words[i + 1] === 'of' || view.words[i + 1] === 'from';

/** Protest nouns with their CAMEO code: 141 demonstrate, 143 strike, 145 riot. */
const PROTEST_NOUNS: readonly (readonly [string, string])[] = [
  ['demonstration', '141'],
  ['demonstrations', '141'],
  ['protests', '141'],
  ['rally', '141'],
  ['rallies', '141'],
  ['march', '141'],
  ['strike', '143'],
  ['strikes', '143'],
  ['riots', '145'],
];
/** Words before a protest noun that make it an event the subject takes part in (`during demonstrations`). */
const PROTEST_SETTINGS: ReadonlySet<string> = new Set([
  'during',
  'staged',
  'held',
  'launched',
  'organised',
  'organized',
  'began',
  'started',
  'joined',
  'led',
]);
/** A setting word right before the noun, or before its determiner or adjective (`staged a mass rally`). */
const protestSetting = (view: SentenceView, i: number): boolean => {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (PROTEST_SETTINGS.has(view.words[k] ?? '')) return true;
    if (!['DET', 'ADJ', 'NUM'].includes(view.upos[k] ?? '')) return false;
  }
  return false;
};

const entries: [string, NounTrigger][] = [
  [
    'sanctions',
    { code: '163', reason: 'sanctions on X: SANCTION discontinue (manual)', test: followedByRecipient },
  ],
  [
    'support',
    {
      code: '070',
      reason: 'X support for/provided to Y, or military/financial support: material aid (AID)',
      test: (v, i) => followedByRecipient(v, i) || materialBefore(v, i),
    },
  ],
  ['aid', { code: '070', reason: 'aid to X: AID', test: followedByRecipient }],
  ['assistance', { code: '070', reason: 'assistance to/for X: AID', test: followedByRecipient }],
  [
    'negotiations',
    { code: '046', reason: 'held/renewed negotiations: CONSULT', test: (v, i) => afterVerb(v, i) },
  ],
  ['talks', { code: '046', reason: 'held/opened talks: CONSULT', test: (v, i) => afterVerb(v, i) }],
  ['embargo', { code: '163', reason: 'embargo on X: SANCTION', test: followedByRecipient }],
  [
    'withdrawal',
    { code: '0872', reason: 'the withdrawal of forces / from X: RETREAT withdraw', test: ofOrFrom },
  ],
  ['pullout', { code: '0872', reason: 'the pullout of forces: RETREAT withdraw', test: ofOrFrom }],
  ...PROTEST_NOUNS.map(([noun, code]): [string, NounTrigger] => [
    noun,
    {
      code,
      reason: 'held/during/in demonstrations: PROTEST (manual: rallies, strikes, riots)',
      test: protestSetting,
    },
  ]),
];

export const NOUN_TRIGGERS: ReadonlyMap<string, NounTrigger> = new Map(entries);
