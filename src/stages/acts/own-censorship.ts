/**
 * Own verb patterns for censorship (manual COERCE censor: "censor, ban or restrict access to
 * publications or other information"; withhold: "shut off power/internet/water/utilities"), coded
 * CAMEO 1721 (impose restrictions on freedoms of speech and expression): closing an outlet and
 * cutting internet or social media. Part of `OWN_VERB_PATTERNS` (own-verbs.ts).
 */
import type { OwnPatternWord } from './own-verbs.js';

type OwnPattern = readonly [string, readonly OwnPatternWord[], string, string];

/** Verbs that close an outlet, and the outlets (`shut down the radio station`, `closed two newspapers`). */
const CLOSING_VERBS: readonly string[] = ['close', 'shut', 'shut down'];
const MEDIA: readonly string[] = [
  'newspaper',
  'newspapers',
  'radio',
  'television',
  'station',
  'stations',
  'website',
  'websites',
];

/** Closing a newspaper or station: manual COERCE censor ("censor, ban or restrict access to publications"), CAMEO 1721. */
export const MEDIA_CLOSURES: readonly OwnPattern[] = CLOSING_VERBS.map(
  (verb) =>
    [verb, [MEDIA], '1721', 'closed a newspaper or station: manual COERCE censor (CAMEO 1721)'] as const,
);

/** Channels of information whose cut-off is censorship (`cut off internet access`, `blocked Facebook`). */
const CHANNELS: readonly string[] = ['internet', 'facebook', 'twitter', 'whatsapp', 'youtube'];
/** Verbs that cut a channel off, with the words between verb and channel (`shut down`, `cut off`). */
const CUTTING: readonly (readonly [string, readonly string[]])[] = [
  ['cut', ['off']],
  ['shut', ['off']],
  ['shut', ['down']],
  ['shut down', []],
  ['close', []],
  ['block', []],
  ['suspend', []],
  ['restrict', []],
];
/** Cutting internet or social media: manual COERCE censor ("restrict access to … information") and withhold ("shut off power/internet"), CAMEO 1721. */
export const INFORMATION_CUTOFFS: readonly OwnPattern[] = CUTTING.flatMap(([verb, particle]) =>
  [[CHANNELS], ['social', 'media']].map(
    (channel) =>
      [
        verb,
        [...particle, ...channel],
        '1721',
        'cut off internet or social media: manual COERCE censor, withhold (CAMEO 1721)',
      ] as const,
  ),
);
