/**
 * Quote profiles (issue 21): `attributions` is every statement the stage finds (what PolNeAR
 * marks: speech, beliefs, evidence, stances); `speech` is what people said, counted the way news
 * quote datasets and journalists count quotes: speech cues only (cue-class.ts), one record per
 * quoted sentence or content piece.
 */
import { VerbatimError } from '../../model/errors.js';
import type { Span } from '../../model/span.js';
import type { Upos } from '../pos/types.js';
import { type CueClass, cueClassOf } from './cue-class.js';
import { statementShape } from './cue-yield.js';
import type { Statement } from './types.js';

export const QUOTE_PROFILES = ['speech', 'attributions'] as const;
export type QuoteProfile = (typeof QUOTE_PROFILES)[number];
/** The profile of `predict quotes`, `eval quotes` and the report when none is named. */
export const DEFAULT_QUOTE_PROFILE: QuoteProfile = 'speech';

/** `--profile` as given on the command line. */
export function parseQuoteProfile(value: string | undefined): QuoteProfile {
  if (value === undefined) return DEFAULT_QUOTE_PROFILE;
  if ((QUOTE_PROFILES as readonly string[]).includes(value)) return value as QuoteProfile;
  throw new VerbatimError('E_OPTION_INVALID', `unknown quote profile '${value}'`, {
    hint: `--profile takes one of: ${QUOTE_PROFILES.join(', ')}`,
  });
}

/** What the speech profile reads from the analysed document besides its statements. */
export interface ProfileContext {
  readonly text: string;
  readonly sentences: readonly Span[];
  /** Tokens with their UPOS tags, when the pos stage ran: a noun complement has no verb. */
  readonly tokens?: readonly Span[];
  readonly upos?: readonly Upos[];
}

/** A statement of a profile: for `speech`, one content piece (sentence) of a speech statement. */
export interface ProfileStatement {
  readonly statement: Statement;
  readonly cueClass: CueClass;
  readonly content: readonly Span[];
}

/**
 * Shapes of content after a speech verb that report no speech: `spoke about…`, `argued for…`
 * (prepositions; `before` is left out: that shape name means content before the cue).
 */
const NOT_REPORTED = new Set([
  'for',
  'with',
  'in',
  'on',
  'at',
  'from',
  'about',
  'of',
  'by',
  'into',
  'over',
  'against',
  'after',
  'during',
  'since',
  'through',
  'toward',
  'towards',
  'under',
]);
/** Unquoted content opening like this is a noun phrase unless it has a verb: `announced a plan`. */
const NOUN_SHAPES = new Set(['det', 'cap', 'other']);
const VERB_TAGS: ReadonlySet<Upos> = new Set(['VERB', 'AUX']);

/** The statements of `profile`; for `speech`, split at sentence boundaries and content pieces. */
export function profileStatements(
  statements: readonly Statement[],
  profile: QuoteProfile,
  ctx: ProfileContext,
  /** Ablation: keep speech statements whose complement reports no speech. */
  keepAllComplements = false,
): ProfileStatement[] {
  const classed = statements.map((s) => ({ statement: s, cueClass: cueClassOf(s) }));
  if (profile === 'attributions') return classed.map((c) => ({ ...c, content: c.statement.content }));
  const out: ProfileStatement[] = [];
  for (const c of classed) {
    if (c.cueClass !== 'speech' || (!keepAllComplements && !reportsSpeech(c.statement, ctx))) continue;
    for (const piece of sentencePieces(c.statement.content, ctx)) out.push({ ...c, content: [piece] });
  }
  return out;
}

/** False for a speech verb whose complement is no reported speech (prepositional, `whether`, noun). */
export function reportsSpeech(s: Statement, ctx: ProfileContext): boolean {
  if (s.quoted.length > 0 || s.kind === 'according-to') return true;
  const shape = statementShape(ctx.text, s.cue, s.content);
  const first = s.content[0];
  if (!first) return false;
  // `said of the plan that…`: the reported clause follows the prepositional phrase.
  if (NOT_REPORTED.has(shape)) return /\bthat\b/i.test(ctx.text.slice(first.start, first.end));
  if (shape === 'wh' && /^(whether|if)\b/i.test(ctx.text.slice(first.start, first.end))) return false;
  if (NOUN_SHAPES.has(shape) && ctx.tokens && ctx.upos)
    return hasFiniteVerb(first, { ...ctx, tokens: ctx.tokens, upos: ctx.upos });
  return true;
}

/**
 * Whether `span` has a verb that can head a clause: a VERB or AUX token not after `to` (`a plan to
 * rebuild`) and, for an `-ing` form, right after an auxiliary (`are leaving`, not `a bill raising`).
 * The tagger gives UPOS only, so finiteness is read from these two contexts.
 */
function hasFiniteVerb(
  span: Span,
  ctx: ProfileContext & { tokens: readonly Span[]; upos: readonly Upos[] },
): boolean {
  const { tokens, upos } = ctx;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Span).end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tokens.length && (tokens[i] as Span).start < span.end; i++) {
    if (!VERB_TAGS.has(upos[i] as Upos)) continue;
    const prev = i > 0 ? (tokens[i - 1] as Span).text.toLowerCase() : '';
    if (prev === 'to') continue;
    if (/ing$/i.test((tokens[i] as Span).text) && upos[i - 1] !== 'AUX') continue;
    return true;
  }
  return false;
}

/** Characters trimmed off a piece's ends: a piece of only these is no quote. */
const TRIM = /^[\s"'“”‘’«»„,;:.!?—–-]+|[\s"'“”‘’«»„,;:—–-]+$/gu;

/** The content cut at sentence boundaries: one span per sentence a piece crosses, trimmed, non-empty. */
export function sentencePieces(content: readonly Span[], ctx: ProfileContext): Span[] {
  const out: Span[] = [];
  for (const c of content) {
    const cuts = [c.start];
    for (const s of ctx.sentences) if (s.start > c.start && s.start < c.end) cuts.push(s.start);
    cuts.push(c.end);
    for (let k = 0; k + 1 < cuts.length; k++) {
      const raw = ctx.text.slice(cuts[k], cuts[k + 1]);
      const lead = raw.length - raw.replace(/^[\s"'“”‘’«»„,;:.!?—–-]+/u, '').length;
      const body = raw.replace(TRIM, '');
      if (!/[\p{L}\p{N}]/u.test(body)) continue;
      const start = (cuts[k] as number) + lead;
      const end = start + body.length;
      out.push({ start, end, text: ctx.text.slice(start, end) });
    }
  }
  return out;
}
