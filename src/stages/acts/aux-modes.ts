/**
 * PLOVER auxiliary modes from the words before the trigger (its verb group): negated ("has not
 * spoken"), hypothetical ("could impose", "if … attacks"), future ("will meet", "plans to visit").
 * `historical` comes from the act's date (see dating in coder.ts).
 */
import type { SentenceView } from './sentence-view.js';

/** Tokens before the trigger read as its verb group. */
const GROUP_WINDOW = 4;
/** Tokens back from an infinitive trigger to an intention word (`willing to send material to help`). */
const INTENT_REACH = 6;
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'nt']);
const HYPOTHETICAL: ReadonlySet<string> = new Set([
  'could',
  'might',
  'may',
  'would',
  'if',
  'unless',
  'should',
]);
const FUTURE: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'wo']);
/** Words that may stand between an auxiliary and its verb. */
const GROUP_WORDS: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'be',
  'been',
  'is',
  'are',
  'was',
  'were',
  'to',
  'also',
  'yet',
  'again',
  'further',
  'reportedly',
  'soon',
  'still',
  'longer',
  'ever',
  'just',
  'already',
  'even',
  'then',
  'now',
  'jointly',
  'formally',
  'officially',
]);
/** Verbs whose `to`-complement is an intended act (`plans to meet`, `agreed to send`). */
const INTENT_VERBS: ReadonlySet<string> = new Set([
  'plan',
  'plans',
  'planned',
  'planning',
  'intend',
  'intends',
  'intended',
  'going',
  'set',
  'expected',
  'scheduled',
  'due',
  'ready',
  'willing',
  'prepared',
]);

/**
 * Reporting verbs after which `would` is the future of the reported clause (`said it would allow`:
 * an announced intention), not a hypothesis. Surface forms: the verb group is read word by word.
 */
const REPORTING_FORMS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'announced',
  'announces',
  'confirmed',
  'confirms',
  'told',
  'stated',
  'declared',
  'added',
  'promised',
  'pledged',
  'insisted',
  'indicated',
]);
/** How far back from `would` a reporting verb is looked for (`said on Monday that it would`). */
const REPORTING_REACH = 8;

/** `would` of a reported intention: a reporting verb shortly before, and no condition in the sentence. */
function reportedFuture(view: SentenceView, at: number): boolean {
  if (view.words.includes('if') || view.words.includes('unless')) return false;
  for (let i = at - 1; i >= Math.max(0, at - REPORTING_REACH); i--)
    if (REPORTING_FORMS.has(view.words[i] ?? '')) return true;
  return false;
}

/** Verbs that deny what follows them (`denied reports that A and B have communicated`). */
const DENIALS: ReadonlySet<string> = new Set(['denied', 'denies', 'deny', 'denying', 'refuted', 'dismissed']);
/** What is denied: the report or claim whose `that`-clause holds the trigger. */
const DENIED_CONTENT: ReadonlySet<string> = new Set([
  'that',
  'reports',
  'claims',
  'allegations',
  'rumours',
  'rumors',
  'suggestions',
  'accusations',
  'accusation',
  'charges',
  'allegation',
  'claim',
  'report',
]);
/** How far back from the trigger a denial is looked for. */
const DENIAL_REACH = 10;

/** The trigger is inside the content of a denial: the act is said not to have happened (negated). */
function denied(view: SentenceView, head: number): boolean {
  for (let i = head - 1; i >= Math.max(0, head - DENIAL_REACH); i--) {
    if (view.upos[i] === 'PUNCT' && view.words[i] !== ',') return false;
    if (DENIALS.has(view.words[i] ?? '') && DENIED_CONTENT.has(view.words[i + 1] ?? '')) return true;
  }
  return false;
}

export interface AuxModes {
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
}

export function auxModes(view: SentenceView, head: number): AuxModes {
  const modes: AuxModes = { negated: false, hypothetical: false, future: false };
  for (let i = head - 1, n = 0; i >= 0 && n < GROUP_WINDOW; i--, n++) {
    const w = view.words[i] ?? '';
    if (NEGATIONS.has(w)) modes.negated = true;
    else if (w === 'would' && reportedFuture(view, i)) modes.future = true;
    else if (HYPOTHETICAL.has(w)) modes.hypothetical = true;
    else if (FUTURE.has(w)) modes.future = true;
    else if (INTENT_VERBS.has(w) && view.words[i + 1] === 'to') modes.future = true;
    else if (
      !GROUP_WORDS.has(w) &&
      view.upos[i] !== 'ADV' &&
      view.upos[i] !== 'AUX' &&
      view.upos[i] !== 'PART'
    )
      break;
  }
  // `is willing to send material to help`: an intention a few words back covers the whole chain of infinitives.
  for (let i = head - 2, n = 0; i >= 0 && n < INTENT_REACH; i--, n++) {
    const w = view.words[i] ?? '';
    if (view.upos[i] === 'PUNCT') break;
    if (INTENT_VERBS.has(w) && view.words[i + 1] === 'to' && view.words[head - 1] === 'to')
      modes.future = true;
  }
  if (denied(view, head)) modes.negated = true;
  // A condition anywhere before the trigger in the sentence makes it hypothetical (`if Russia attacks`).
  for (let i = 0; i < head; i++)
    if (view.words[i] === 'if' || view.words[i] === 'unless') modes.hypothetical = true;
  return modes;
}
