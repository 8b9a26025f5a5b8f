/**
 * The cue lexicon learned from PolNeAR train by scripts/train-quote-cues.ts
 * (models/quote-cues.json; provenance in quote-cues.meta.json). A form is a cue
 * when the data says it usually is one and usually is one on its own (a head
 * verb such as `said`, not the `has` of `has said`).
 */

import { VerbatimError } from '../../model/errors.js';
import { readModelTextSync } from '../../runtime/model-file.js';

export interface CueEntry {
  readonly form: string;
  readonly cue: number;
  readonly total: number;
  readonly precision: number;
  readonly contentAfter: number;
  readonly sourceBefore: number;
  readonly sourceAfter: number;
  readonly alone: number;
}

export interface CueSettings {
  /** Least share of a form's occurrences that are cues in the training data. */
  readonly minPrecision: number;
  /**
   * Forms this precise are the core lexicon; those between `minPrecision` and this are
   * admitted only where their statement yield (cue-yield.ts) clears the higher `rare` threshold.
   */
  readonly corePrecision: number;
  /** Least share of its cue occurrences where the form is the whole cue (a head, not an auxiliary). */
  readonly minAlone: number;
  /** Least number of cue occurrences. */
  readonly minCount: number;
  /** Also take verbs of belief and polling (`believes`, `shows`), which PolNeAR annotates as attributions. */
  readonly beliefs: boolean;
  /**
   * Least train-estimated probability that a statement of its cue form and shape is an
   * attribution (models/quote-cue-yield.json); 0 keeps every statement the patterns make;
   * unset takes the threshold chosen on PolNeAR dev and stored with the model.
   */
  readonly minYield?: number;
}

/** Forms this often cues count as heads even when annotated inside longer cue phrases. */
const PHRASE_HEAD_PRECISION = 0.6;

/** Settings chosen on PolNeAR dev (see docs/quotes.md). */
export const DEFAULT_CUE_SETTINGS: CueSettings = {
  minPrecision: 0.1,
  corePrecision: 0.2,
  minAlone: 0.1,
  minCount: 3,
  beliefs: true,
};

/** Forms of belief, wish and polling verbs: attributions in PolNeAR, not speech. */
export const BELIEF_FORMS: ReadonlySet<string> = new Set(
  (
    'think thinks thought believe believes believed feel feels felt fear fears feared hope hopes hoped ' +
    'want wants wanted know knows knew see sees saw expect expects expected seem seems seemed appear ' +
    'appears appeared show shows showed shown find finds found suggest suggests view views viewed ' +
    'worry worries worried doubt doubts doubted agree agrees agreed consider considers considered ' +
    'wish wishes wished plan plans planned'
  ).split(' '),
);

/** Words the data rates as cues but that head no attribution on their own in our patterns. */
const NEVER_CUES: ReadonlySet<string> = new Set(['according', 'statement']);

/** Closed-class words: parts of cue phrases (`has said`, `called for`), never their head. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the to of in on at for with by from about as into over out up down off that this these those ' +
    'it its he she they we i you his her their our my your him them us me is are was were be been being ' +
    'has have had do does did will would can could may might must should shall not no also just still ' +
    'and or but so if than then there here what which who whom whose when where why how all some any ' +
    'more most very even again further once back now only well too'
  ).split(' '),
);

export class CueLexicon {
  private readonly cues: Map<string, CueEntry>;

  constructor(
    entries: readonly CueEntry[],
    private readonly settings: CueSettings = DEFAULT_CUE_SETTINGS,
  ) {
    this.cues = new Map();
    for (const e of entries) {
      if (NEVER_CUES.has(e.form) || FUNCTION_WORDS.has(e.form) || !/\p{L}/u.test(e.form)) continue;
      if (e.cue < settings.minCount || e.precision < settings.minPrecision) continue;
      // A form that is usually a cue counts even when it is usually part of a phrase (`pointed out`).
      if (e.alone < settings.minAlone && e.precision < PHRASE_HEAD_PRECISION) continue;
      if (!settings.beliefs && BELIEF_FORMS.has(e.form)) continue;
      this.cues.set(e.form, e);
    }
  }

  /** True unless the form is a lexicon cue below the core precision (other cue kinds, `:`, `according to`, count as core). */
  isCore(form: string): boolean {
    const e = this.cues.get(form);
    return !e || e.precision >= this.settings.corePrecision;
  }

  get(form: string): CueEntry | undefined {
    return this.cues.get(form);
  }

  get size(): number {
    return this.cues.size;
  }
}

let cached: CueEntry[] | undefined;

/** Reads models/quote-cues.json once. */
export function loadCueEntries(): CueEntry[] {
  if (cached) return cached;
  const url = new URL('../../../models/quote-cues.json', import.meta.url);
  const raw = readModelTextSync(url, 'cue lexicon');
  const parsed = JSON.parse(raw) as { entries?: CueEntry[] };
  if (!Array.isArray(parsed.entries)) {
    throw new VerbatimError('E_MODEL_INVALID', `cue lexicon ${url.pathname} has no entries`);
  }
  cached = parsed.entries;
  return cached;
}
