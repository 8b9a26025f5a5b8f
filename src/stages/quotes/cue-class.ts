/**
 * The cue class of a statement (issue 21): `speech` (said, told, stated, added, according to…),
 * `belief` (believes, thinks, hopes), `evidence` (found, showed, suggests) or `other` (praised,
 * called on, expressed…). The same test classes gold cues (PolNeAR's Cue text) and ours, so the
 * speech-cue subset of a gold set and the speech profile of our output are defined alike.
 *
 * Hand-written word lists: the classes follow the definition (news quote datasets count
 * speech verbs), not any learned lexicon, and no npm package classes reporting verbs this way.
 */

/** What the class of a statement depends on (a statement record, or a stored row's columns). */
interface Cued {
  readonly kind: string;
  readonly cue: { readonly text: string };
}

export const CUE_CLASSES = ['speech', 'belief', 'evidence', 'other'] as const;
export type CueClass = (typeof CUE_CLASSES)[number];

/** Verbs of saying, writing and posting, with manner-of-speaking verbs (`quipped`, `scoffed`). */
const SPEECH_LEMMAS =
  'say tell state add announce explain write ask reply respond answer note declare comment remark insist ' +
  'argue claim assert contend maintain acknowledge admit concede confirm deny warn promise pledge vow ' +
  'recall repeat reiterate stress emphasize emphasise tweet retweet post email text testify report disclose ' +
  'mention observe continue conclude recount predict counter retort protest complain lament boast brag ' +
  'quip joke muse gush scoff sneer snort growl grumble bark chuckle sigh marvel opine intone drawl stammer ' +
  'stutter hiss fume rant rave blurt gasp exclaim shout yell scream cry whisper mutter murmur mumble snap ' +
  'interject chant tout urge echo allege charge caution advise inform assure remind reason specify elaborate ' +
  'clarify reckon grouse gripe carp bemoan rail thunder proclaim pronounce affirm attest swear concur ' +
  'recite quote cite read dictate relay convey';
/** Verbs of belief, wish and expectation. */
const BELIEF_LEMMAS =
  'think believe hope feel fear expect want wish doubt worry know consider prefer view see seem appear ' +
  'suspect assume trust imagine suppose guess wonder intend plan like favor favour dread anticipate';
/** Verbs of evidence: what findings, polls and documents show. */
const EVIDENCE_LEMMAS =
  'find show suggest indicate demonstrate reveal estimate prove document ' + 'measure rank project forecast';

/** Irregular and doubled forms the regular rules below cannot make. */
const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  thought: 'think',
  found: 'find',
  shown: 'show',
  knew: 'know',
  known: 'know',
  saw: 'see',
  seen: 'see',
  felt: 'feel',
  read: 'read',
  swore: 'swear',
  sworn: 'swear',
  spoke: 'speak',
  spoken: 'speak',
  quipped: 'quip',
  quipping: 'quip',
  snapped: 'snap',
  snapping: 'snap',
  chatted: 'chat',
  referred: 'refer',
  compelled: 'compel',
};

/** Words inside a cue phrase that never head it (`has said`, `also told`, `later wrote`). */
const SKIPPED =
  /^(has|have|had|having|is|are|was|were|be|been|being|will|would|could|should|may|might|also|later|then|now|first|again|repeatedly|previously|once|further|already|often|still|just|even|reportedly|publicly|privately|recently|he|she|they|it|we|i|you)$/;
/** Light verbs before the real cue (`issued a statement saying`, `went on to say`). */
const LIGHT = /^(issued?|issuing|went|go(es|ing)?|put|made|make|a|an|the|statement|on|to)$/;
/** Naming, not believing (`known as`, `seen as`). */
const NAMING_PHRASES = /^(known|seen|viewed|regarded) as\b/;
/** Cue phrases that report speech without a speech verb. */
const SPEECH_PHRASES =
  /^(according to|point(s|ed|ing)? out|as .* put it|put it|made (it )?clear|in (a|an|his|her|their) (statement|interview))/;

const lemmaClass = new Map<string, CueClass>();
for (const [list, cls] of [
  [SPEECH_LEMMAS, 'speech'],
  [BELIEF_LEMMAS, 'belief'],
  [EVIDENCE_LEMMAS, 'evidence'],
] as const) {
  for (const l of list.split(/\s+/)) if (!lemmaClass.has(l)) lemmaClass.set(l, cls);
}

/** Candidate lemmas of a word form by the regular English inflections (`argued` → argue, argu). */
function lemmas(word: string): string[] {
  const irregular = IRREGULAR[word];
  if (irregular) return [irregular];
  const out = [word];
  const strip = (suffix: string, ...adds: string[]): void => {
    if (word.length > suffix.length + 1 && word.endsWith(suffix))
      for (const a of adds) out.push(word.slice(0, -suffix.length) + a);
  };
  strip('ies', 'y');
  strip('ied', 'y');
  strip('es', '', 'e');
  strip('s', '');
  strip('ed', '', 'e');
  strip('ing', '', 'e');
  // A doubled final consonant (`admitted`, `quipping`) is written once in the lemma.
  const doubled = /^(.*([b-df-hj-np-tv-z]))\2(ed|ing)$/.exec(word);
  if (doubled) out.push(doubled[1] as string);
  return out;
}

/** The class of one word form (`said` → speech), when it has one. */
export function wordCueClass(word: string): CueClass | undefined {
  for (const l of lemmas(word.toLowerCase())) {
    const c = lemmaClass.get(l);
    if (c) return c;
  }
  return undefined;
}

/**
 * The class of a cue phrase: its first word that is neither an auxiliary, an adverb nor a light verb
 * decides (`has repeatedly said` → speech, `called for` → other, `issued a statement saying` → speech).
 * A punctuation cue (`:`, a dash, an opening quotation mark) introduces a quotation: speech.
 */
export function cueClassOfText(cue: string): CueClass {
  const text = cue.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!/\p{L}/u.test(text)) return 'speech';
  if (SPEECH_PHRASES.test(text)) return 'speech';
  if (NAMING_PHRASES.test(text)) return 'other';
  const words = text.match(/[\p{L}'’]+/gu) ?? [];
  let sawLight = false;
  for (const w of words) {
    if (SKIPPED.test(w)) continue;
    const c = wordCueClass(w);
    if (c) return c;
    if (LIGHT.test(w)) {
      sawLight = true;
      continue;
    }
    if (!sawLight) return 'other';
  }
  return 'other';
}

/** The cue class of one of our statements (a record, or a stored row's kind and cue text). */
export function cueClassOf(statement: Cued): CueClass {
  if (statement.kind === 'according-to') return 'speech';
  return cueClassOfText(statement.cue.text);
}
