/**
 * The learned verb model (models/acts-verb-model.json.gz, built by scripts/train-acts-verb-model.ts):
 * naive Bayes counts of a verb's context features (its stem, particle, object head, nearby nouns) per
 * PLOVER type, from the lead sentences of the NGEC synthetic stories. The coder asks it only about a
 * sentence in which the dictionary finds no trigger (coder.ts), and only a verb whose stem the model
 * has seen often enough may become an act, so it extends the dictionary's vocabulary without deciding
 * anything the dictionary decides. Naive Bayes rather than a perceptron: its counts say how much
 * evidence a verb has (MIN_STEM_COUNT), which a sentence with no event needs.
 */
import { VerbatimError } from '../../model/errors.js';
import { modelFilePath, readModelFileSync } from '../../runtime/model-file.js';
import type { VerbLexicon } from './lexicon.js';
import { isVerb, type SentenceView } from './sentence-view.js';
import { PLOVER_TYPES, type PloverType } from './types.js';

export const VERB_MODEL_URL = new URL('../../../models/acts-verb-model.json.gz', import.meta.url);
export const VERB_MODEL_FORMAT = 'verbatim.acts-verb-model/1';

/** Tokens after the verb searched for its object's head noun (`clashed with riot police`). */
const OBJECT_WINDOW = 5;
/** Tokens either side of the verb whose nouns describe the act (`strike`, `troops`, `aid`). */
const NOUN_WINDOW = 4;
/** Add-α smoothing of the per-type feature counts. */
const ALPHA = 0.5;
/** Words that end an object search: the clause moves on. */
const OBJECT_STOPS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PUNCT', 'SCONJ', 'CCONJ', 'PRON']);

export interface VerbModelFile {
  readonly format: typeof VERB_MODEL_FORMAT;
  /** Feature → counts per type, in PLOVER_TYPES order. */
  readonly features: Readonly<Record<string, readonly number[]>>;
  /** Examples per type (the prior). */
  readonly examples: readonly number[];
}

/**
 * A crude verb stem shared by training and coding (the dictionary's lemma when it knows the form,
 * else the form without its inflection): a feature key, not a dictionary lemma.
 */
export function stemOf(lex: VerbLexicon, w: string): string {
  const lemma = lex.lemma(w);
  if (lemma) return lemma;
  if (w.length > 5 && (w.endsWith('ied') || w.endsWith('ies'))) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Noun stem (plural stripped): the object and context features. */
function nounStem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const isNoun = (view: SentenceView, i: number): boolean => view.upos[i] === 'NOUN';

/** The verbs of a sentence the model may read (tagged verbs, not reporting verbs). */
export function modelVerbs(lex: VerbLexicon, view: SentenceView): number[] {
  const out: number[] = [];
  for (let i = 0; i < view.words.length; i++) {
    if (!isVerb(view, i)) continue;
    const lemma = lex.lemma(view.words[i] ?? '');
    if (lemma && lex.isSilent(lemma)) continue;
    out.push(i);
  }
  return out;
}

/** Context features of verb `i`: `v=` stem, `vp=` stem+particle, `o=`/`vo=` object head, `n=` nearby nouns. */
export function verbFeatures(lex: VerbLexicon, view: SentenceView, i: number): string[] {
  const stem = stemOf(lex, view.words[i] ?? '');
  const out = [`v=${stem}`];
  const next = view.upos[i + 1];
  if (next === 'ADP' || next === 'PART' || next === 'ADV') out.push(`vp=${stem}_${view.words[i + 1]}`);
  for (let k = i + 1; k < Math.min(view.words.length, i + 1 + OBJECT_WINDOW); k++) {
    if (OBJECT_STOPS.has(view.upos[k] ?? '')) break;
    if (isNoun(view, k) && !isNoun(view, k + 1)) {
      const obj = nounStem(view.words[k] ?? '');
      out.push(`o=${obj}`, `vo=${stem}_${obj}`);
      break;
    }
  }
  for (let k = Math.max(0, i - NOUN_WINDOW); k < Math.min(view.words.length, i + 1 + NOUN_WINDOW); k++)
    if (k !== i && isNoun(view, k)) out.push(`n=${nounStem(view.words[k] ?? '')}`);
  return out;
}

export class VerbTypeModel {
  private readonly features: ReadonlyMap<string, readonly number[]>;
  private readonly logPrior: Float64Array;
  private readonly logDenominator: Float64Array;

  constructor(file: VerbModelFile) {
    this.features = new Map(Object.entries(file.features));
    const n = PLOVER_TYPES.length;
    const examples = file.examples.reduce((s, x) => s + x, 0);
    this.logPrior = new Float64Array(n);
    this.logDenominator = new Float64Array(n);
    const totals = new Float64Array(n);
    for (const counts of this.features.values())
      for (let t = 0; t < n; t++) totals[t] = (totals[t] ?? 0) + (counts[t] ?? 0);
    for (let t = 0; t < n; t++) {
      this.logPrior[t] = Math.log(((file.examples[t] ?? 0) + 1) / (examples + n));
      this.logDenominator[t] = Math.log((totals[t] ?? 0) + ALPHA * this.features.size);
    }
  }

  /**
   * What the stem alone says: its training examples, its most frequent type and that type's share
   * (`kill` 289 examples, ASSAULT 0.71; `play` 6, spread over four types).
   */
  stem(stem: string): { count: number; type: PloverType; share: number } {
    const counts = this.features.get(`v=${stem}`) ?? [];
    let count = 0;
    let best = 0;
    counts.forEach((c, t) => {
      count += c;
      if (c > (counts[best] ?? 0)) best = t;
    });
    return { count, type: PLOVER_TYPES[best] ?? 'AGREE', share: count ? (counts[best] ?? 0) / count : 0 };
  }

  /** Posterior probability of each type (PLOVER_TYPES order) for a verb with these features. */
  posterior(feats: readonly string[]): Float64Array {
    const n = PLOVER_TYPES.length;
    const score = Float64Array.from(this.logPrior);
    for (const f of feats) {
      const counts = this.features.get(f);
      if (!counts) continue;
      for (let t = 0; t < n; t++)
        score[t] = (score[t] ?? 0) + Math.log((counts[t] ?? 0) + ALPHA) - (this.logDenominator[t] ?? 0);
    }
    const top = Math.max(...score);
    let z = 0;
    for (let t = 0; t < n; t++) {
      score[t] = Math.exp((score[t] ?? 0) - top);
      z += score[t] ?? 0;
    }
    for (let t = 0; t < n; t++) score[t] = (score[t] ?? 0) / z;
    return score;
  }

  /** The most probable type of a verb with these features, and its posterior probability. */
  classify(feats: readonly string[]): { type: PloverType; probability: number } {
    const n = PLOVER_TYPES.length;
    const score = this.posterior(feats);
    let best = 0;
    for (let t = 1; t < n; t++) if ((score[t] ?? 0) > (score[best] ?? 0)) best = t;
    return { type: PLOVER_TYPES[best] ?? 'AGREE', probability: score[best] ?? 0 };
  }
}

let shared: VerbTypeModel | undefined;

export function parseVerbModel(json: string, file: string): VerbTypeModel {
  const parsed = JSON.parse(json) as VerbModelFile;
  if (parsed.format !== VERB_MODEL_FORMAT) {
    throw new VerbatimError('E_MODEL_INVALID', `unknown acts verb model format '${String(parsed.format)}'`, {
      file,
      hint: 'rebuild it with npx tsx scripts/train-acts-verb-model.ts',
    });
  }
  return new VerbTypeModel(parsed);
}

export function defaultVerbModel(): VerbTypeModel {
  if (shared) return shared;
  const bytes = readModelFileSync(VERB_MODEL_URL, 'acts verb model');
  shared = parseVerbModel(new TextDecoder().decode(bytes), modelFilePath(VERB_MODEL_URL));
  return shared;
}
