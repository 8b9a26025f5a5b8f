/**
 * Statement yield: the probability, estimated on PolNeAR train by
 * scripts/train-quote-cues.ts (models/quote-cue-yield.json), that a statement the
 * patterns make from a cue form in a given shape is an attribution the gold
 * annotates (`spoke to reporters`, `filed for bankruptcy`, `called him a liar`
 * mostly are not; `said that …` nearly always is). The shape is where the content
 * lies and how it opens (`that`, a quotation mark, a preposition, a pronoun…), so
 * the same verb can be kept in one construction and dropped in another. Estimates
 * are smoothed towards the form's overall yield, and that towards the shape's.
 */

import { DOUBLE_MARK_RE, OPENS_WITH_MARK_RE } from '../../lang/en/quote-marks.js';
import { VerbatimError } from '../../model/errors.js';
import { readModelTextSync } from '../../runtime/model-file.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Counts per key (`form|shape`, `form|*`, `*|shape`): statements made, and how many matched gold. */
export interface YieldCounts {
  readonly made: number;
  readonly right: number;
}

/** Pseudo-counts pulling a sparse key towards its back-off estimate. */
const SMOOTHING = 3;

const PREPOSITIONS = new Set(
  'to for with in on at from about of by into over against after before during since through toward towards under'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(
  'a an the his her their its our my your this these those no some any every'.split(' '),
);
const SUBJECT_PRONOUNS = new Set('he she they it we i you there this'.split(' '));
const WH_WORDS = new Set('what whether how why when where who if'.split(' '));

/** The construction of a statement: content before the cue, or how the content after it opens. */
export function statementShape(text: string, cue: Range, content: readonly Range[]): string {
  // A floating quotation's cue is its opening mark.
  if (cue.end - cue.start === 1 && OPENS_WITH_MARK_RE.test(text[cue.start] ?? '')) return 'float';
  const first = content[0];
  if (!first) return 'none';
  const quoted = content.some((c) => DOUBLE_MARK_RE.test(text.slice(c.start, c.end)));
  if (first.start < cue.start) return quoted ? 'before-q' : 'before';
  const head = text.slice(first.start, Math.min(first.end, first.start + 40));
  if (OPENS_WITH_MARK_RE.test(head)) return 'q';
  const word = (/^[\p{L}\p{N}'’]+/u.exec(head)?.[0] ?? '').toLowerCase();
  if (word === 'that') return 'that';
  if (PREPOSITIONS.has(word)) return word;
  if (WH_WORDS.has(word)) return 'wh';
  if (DETERMINERS.has(word)) return quoted ? 'det-q' : 'det';
  if (SUBJECT_PRONOUNS.has(word)) return 'pron';
  if (/^\p{Lu}/u.test(head)) return quoted ? 'cap-q' : 'cap';
  return quoted ? 'other-q' : 'other';
}

/** Cue forms whose probabilities are kept (the lexicon has fewer; `quoted by … as saying` forms vary). */
const MAX_KNOWN_FORMS = 10_000;

export class CueYield {
  /**
   * @param counts statements made and matched per key
   * @param thresholds the least yields chosen on PolNeAR dev (core and rare lexicon forms)
   */
  constructor(
    private readonly counts: ReadonlyMap<string, YieldCounts>,
    readonly thresholds = { core: 0, rare: 0 },
  ) {}

  /**
   * Probabilities already estimated, by cue form then shape: each estimate built three keys and
   * looked them up, for every statement of every document (forms are the lexicon's, shapes few).
   */
  private readonly known = new Map<string, Map<string, number>>();

  /** Smoothed probability that a statement of this cue form and shape is a gold attribution. */
  probability(form: string, shape: string): number {
    let byShape = this.known.get(form);
    let p = byShape?.get(shape);
    if (p !== undefined) return p;
    p = this.estimate(form, shape);
    if (!byShape && this.known.size < MAX_KNOWN_FORMS) {
      byShape = new Map();
      this.known.set(form, byShape);
    }
    byShape?.set(shape, p);
    return p;
  }

  private estimate(form: string, shape: string): number {
    const all = this.counts.get('*|*') ?? { made: 1, right: 1 };
    const base = all.right / Math.max(1, all.made);
    const est = (key: string, prior: number): number => {
      const c = this.counts.get(key);
      return c ? (c.right + SMOOTHING * prior) / (c.made + SMOOTHING) : prior;
    };
    const byShape = est(`*|${shape}`, base);
    const byForm = est(`${form}|*`, byShape);
    return est(`${form}|${shape}`, byForm);
  }

  static empty(): CueYield {
    return new CueYield(new Map());
  }
}

let cached: CueYield | undefined;

/** Reads models/quote-cue-yield.json once. */
export function loadCueYield(): CueYield {
  if (cached) return cached;
  const url = new URL('../../../models/quote-cue-yield.json', import.meta.url);
  const raw = readModelTextSync(url, 'cue yield model');
  const parsed = JSON.parse(raw) as {
    thresholds?: { core: number; rare: number };
    counts?: Record<string, [number, number]>;
  };
  if (!parsed.counts || typeof parsed.counts !== 'object') {
    throw new VerbatimError('E_MODEL_INVALID', `cue yield model ${url.pathname} has no counts`);
  }
  cached = new CueYield(
    new Map(Object.entries(parsed.counts).map(([k, [made, right]]) => [k, { made, right }])),
    parsed.thresholds ?? { core: 0, rare: 0 },
  );
  return cached;
}
