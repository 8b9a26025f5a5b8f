/**
 * The response cues of GUIDELINE.md (../shared/data/claims/) as patterns over one sentence.
 * Hand-written: no npm library detects claim responses (stance packages label whole documents,
 * not a cue with its claim), so the cue lists and their exclusions are stated here, once.
 *
 * A `verb` cue has a subject responder and its claim after it (`denied reports that X`); a
 * `predicate` cue judges a subject inside a statement (`X are "lies"`), and its responder is the
 * statement's speaker.
 */
import type { ResponseRelation } from './types.js';

export type CueKind = 'verb' | 'predicate' | 'called';

export interface CuePattern {
  readonly relation: ResponseRelation;
  readonly kind: CueKind;
  /** Group 1 is the cue itself; the match may extend after it to check the object. */
  readonly re: RegExp;
}

/** Nouns that name a claim; `dismissed/rejected/questioned` count only with one of them (or an anaphor) as object. */
export const CLAIM_NOUNS =
  'reports?|claims?|allegations?|accusations?|charges|assertions?|notion|idea|suggestions?|speculation|rumou?rs?|stor(?:y|ies)|criticism|characteri[sz]ation|account|eligibility|accuracy|figures|numbers|validity|veracity|findings|comments?|remarks?|statements?';

/**
 * Anaphors that point back to a claim made earlier: a bare pronoun (`dismissed this as speculation`),
 * a claim noun not followed by its content (`denied the report`, not `the report that …`), or a
 * possessor's claim noun (`Trump's statement was "true"`).
 */
export const ANAPHOR = new RegExp(
  `^(?:(?:this|that|it|these|those|them)(?=\\s*(?:[.,;:!?"”]|as\\b|$))|(?:(?:the|those|these|such|his|her|their|its)\\s+(?:[\\w%-]+\\s+)?|(?:[\\p{Lu}][\\w.]*\\s+)?[\\p{Lu}][\\w-]*['’]s\\s+(?:[\\w%-]+\\s+)?)(?:${CLAIM_NOUNS})\\b(?!\\s+(?:that|of|about)\\b))`,
  'iu',
);

/** What `acknowledged` takes without confirming a claim (`acknowledged an openness to`, `acknowledged Trump's comments`). */
export const ACKNOWLEDGED_NOT_A_CLAIM =
  /^\s+(?:(?:an?|the|his|her|their|its|[\p{Lu}][\w-]*['’]s)\s+)?(?:openness|need|importance|role|contributions?|efforts?|crowd|applause|comments|remarks|receipt|letter|greetings?|congratulations)\b/u;

const OBJECT = `(?:\\s+(?:\\w+ly\\s+)?(?:(?:(?:the|those|these|such|any|all|his|her|their|its|a|an|this|that)\\s+)?(?:[\\w’'-]+\\s+){0,2}(?:${CLAIM_NOUNS})\\b|(?:this|that|it|them|these|those)(?=\\s*(?:[.,;:!?]|as\\b|$))))`;

/** Words after `deny` that make it a refusal (entry, bail), not a truth judgement. */
const DENY_REFUSAL =
  '(?!\\s+(?:entry|bail|access|permission|permits?|requests?|visas?|service|the right|rights|us|them|him|her|me|you|justice|funding|a hearing))';

export const CUE_PATTERNS: readonly CuePattern[] = [
  {
    relation: 'deny',
    kind: 'verb',
    re: new RegExp(`\\b(den(?:ied|ies|ying)|denial of)\\b${DENY_REFUSAL}`, 'gi'),
  },
  { relation: 'deny', kind: 'verb', re: /\b(refut(?:ed|es|ing)|debunk(?:ed|s|ing))\b/gi },
  {
    relation: 'deny',
    kind: 'verb',
    re: new RegExp(`\\b(dismiss(?:ed|es|ing)|reject(?:ed|s|ing))${OBJECT}`, 'gi'),
  },
  {
    relation: 'deny',
    kind: 'called',
    re: /\b(call(?:ed|s|ing)|label(?:l?ed|s)|branded|described)\b(?!\s+(?:for|on|in|out|up|off)\b)/gi,
  },
  {
    relation: 'deny',
    kind: 'predicate',
    re: /\b(?:is|are|was|were)\s+[“"‘']?(?:\w+\s+)?[“"‘']?(lying|(?:a\s+)?lies?|untrue|not true|baseless|unsubstantiated|fabricated|fake|(?:100 percent |flat out |completely |absolutely |simply |just )?wrong)\b/gi,
  },
  { relation: 'deny', kind: 'predicate', re: /\b(unsubstantiated|not true|untrue)\b/gi },
  {
    relation: 'confirm',
    kind: 'verb',
    re: /\b(confirm(?:ed|s|ing)|acknowledg(?:ed|es|ing)|conced(?:ed|es|ing)|verifi(?:ed|es))\b/gi,
  },
  {
    relation: 'confirm',
    kind: 'verb',
    re: /\b(admit(?:s|ted|ting)?)\b(?!\s+(?:to\s+(?:the\s+)?hospital|[A-Z]))/g,
  },
  {
    relation: 'confirm',
    kind: 'predicate',
    re: /\b((?:absolutely|exactly|completely|entirely)\s+right|(?:is|was|are|were|'s|’s)\s+(?:\w+ly\s+)?(?:correct|right|accurate)|(?:is|was|were|are)\s+[“"‘']?(?:mostly\s+|entirely\s+)?true)\b/gi,
  },
  {
    relation: 'confirm',
    kind: 'verb',
    re: /\b((?:rat|label)(?:ed|led)\s+(?:it\s+)?[“"‘']?(?:Mostly\s+)?True)\b/g,
  },
  {
    relation: 'dispute',
    kind: 'verb',
    re: /\b(disput(?:ed|es|ing)|contest(?:ed|s|ing)|took issue|takes issue|pushed back|pushes back)\b/gi,
  },
  {
    relation: 'dispute',
    kind: 'predicate',
    re: /\b(exaggerat(?:ed|es|ing)|overstat(?:ed|es|ing)|misrepresent(?:ed|s|ing)|mischaracteri[sz](?:ed|es|ing)|distort(?:ed|s|ing)|misleading)\b/gi,
  },
  { relation: 'dispute', kind: 'verb', re: new RegExp(`\\b(question(?:ed|s|ing))${OBJECT}`, 'gi') },
  {
    relation: 'retract',
    kind: 'verb',
    re: /\b(retract(?:ed|s|ing)|walked back|walks back|walking back|apologi[sz](?:ed|es) for (?:saying|claiming|suggesting))\b/gi,
  },
];

/** Judgement words after `called X …` that make it a denial (`called climate change a hoax`). */
export const CALLED_JUDGEMENT =
  /\b(?:a\s+|an\s+)?(hoax|fake(?:\s+news)?|lies?|false|untrue|baseless|unsubstantiated|fabricated|nonsense|speculation|conspiracy theor(?:y|ies)|made[- ]up)\b/i;

/** Words before a cue that make it hypothetical (`could deny`, `to confirm`): then only a `that` clause or gerund object counts. */
export const MODAL_BEFORE = /\b(?:to|could|would|might|may|can|will|should|must)\s+$/i;

/** A form of `be` before an `-ed` cue makes it passive (`was confirmed`): no responder acts. */
export const PASSIVE_BEFORE = /\b(?:be|was|were|been|being|is|are)\s+$/i;

/** A verb cue after one of these words takes a `that` clause or a gerund as its claim; bare infinitives are not asserted. */
export const THAT_OR_GERUND_AFTER = /^\s+(?:that\b|\w+ing\b)/i;
