/**
 * The claims of a document: statement contents (asserted by their speakers), reported claims
 * (`reports that X`, `an aide claimed that X`) and the claims stated inside responses; and the
 * links from each response to the claims it answers (inside, by anaphora, by the same proposition).
 */
import type { Statement } from '../quotes/types.js';
import type { Mention } from './mentions.js';
import type { FoundResponse, Range } from './responses.js';
import type { ClaimLink, ClaimOrigin } from './types.js';

export interface DraftClaim {
  readonly range: Range;
  readonly origin: ClaimOrigin;
  readonly claimant?: string;
  readonly claimantActorId?: string;
  readonly statementId?: string;
  readonly sentence: number;
}

/** A reported claim: `claimed/alleged/reports/allegations … that X`. */
const REPORTED =
  /\b(?:claim(?:ed|s|ing)?|alleg(?:ed|es|ing|ations?)|report(?:ed|s|ing)?|asserted|insisted|suggested|charged|rumou?rs?|accusations?)\s+(?:\w+\s+){0,3}?that\s+/gi;
/** Words before a statement's proposition (`reports that`, `that`). */
const PROPOSITION_LEAD =
  /^(?:(?:reports?|claims?|allegations?|accusations?|suggestions?)\s+)?(?:that|whether)\s+/i;
/** How many sentences back an anaphor (`this`, `the report`) looks for its claim. */
const ANAPHOR_WINDOW = 3;
/** How many sentences either side a claim stated in a response looks for the same proposition. */
const SAME_PROPOSITION_WINDOW = 3;
/** Shared capitalised words (names) that make two claims state the same proposition… */
const MIN_SHARED_NAMES = 2;
/** …or the share of content words they must have in common (Jaccard). */
const MIN_CONTENT_JACCARD = 0.4;

const STOP = new Set(
  'the a an and or of to in on at for with by from that this it is are was were be been has have had may might will would could should as than since about into over not no its their his her he she they we i you'.split(
    ' ',
  ),
);

export function contentWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

function names(text: string): Set<string> {
  return new Set((text.match(/\b\p{Lu}[\p{L}-]+/gu) ?? []).filter((w) => !STOP.has(w.toLowerCase())));
}

/** How far two claim texts state one proposition: the names and content words they share. */
export interface PropositionMatch {
  readonly sharedNames: readonly string[];
  readonly sharedWords: readonly string[];
  /** Content-word Jaccard. */
  readonly jaccard: number;
  /** In [0, 1]: half the share of the fewer names matched, half the Jaccard. */
  readonly score: number;
}

/** The names and content words of a claim text: what `propositionMatch` compares (computed once per text). */
export interface PropositionWords {
  readonly names: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
}

export function propositionWords(text: string): PropositionWords {
  return { names: names(text), words: contentWords(text) };
}

export function propositionMatch(a: string, b: string): PropositionMatch {
  return matchWords(propositionWords(a), propositionWords(b));
}

/** `propositionMatch` of two texts' words (the store compares each text with many others). */
export function matchWords(a: PropositionWords, b: PropositionWords): PropositionMatch {
  const { names: na, words: wa } = a;
  const { names: nb, words: wb } = b;
  const sharedNames = [...na].filter((n) => nb.has(n));
  const sharedWords = [...wa].filter((w) => wb.has(w));
  const union = wa.size + wb.size - sharedWords.length;
  const jaccard = union ? sharedWords.length / union : 0;
  const nameShare = sharedNames.length / Math.max(1, Math.min(na.size, nb.size));
  return { sharedNames, sharedWords, jaccard, score: 0.5 * nameShare + 0.5 * jaccard };
}

/** True when two claim texts state the same proposition (shared names, or much shared content). */
export function sameProposition(a: string, b: string): boolean {
  const m = propositionMatch(a, b);
  return (
    m.sharedNames.length >= MIN_SHARED_NAMES || (m.sharedWords.length > 0 && m.jaccard >= MIN_CONTENT_JACCARD)
  );
}

export function statementClaims(
  statements: readonly Statement[],
  sentenceOf: (at: number) => number,
): DraftClaim[] {
  const out: DraftClaim[] = [];
  for (const s of statements) {
    const longest = [...s.content].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    if (!longest) continue;
    // The proposition only: `denied reports that X` and `said that X` state X.
    const lead = PROPOSITION_LEAD.exec(longest.text)?.[0].length ?? 0;
    if (longest.end - longest.start - lead < 3) continue;
    out.push({
      range: { start: longest.start + lead, end: longest.end },
      origin: 'statement',
      ...(s.speaker?.name ? { claimant: s.speaker.name } : s.source ? { claimant: s.source.text } : {}),
      ...(s.speaker?.actorId ? { claimantActorId: s.speaker.actorId } : {}),
      statementId: s.id,
      sentence: sentenceOf(longest.start),
    });
  }
  return out;
}

export function reportedClaims(
  text: string,
  sentence: Range,
  index: number,
  claimAfter: (from: number, end: number) => Range | undefined,
): DraftClaim[] {
  const out: DraftClaim[] = [];
  REPORTED.lastIndex = 0;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(REPORTED)) {
    const range = claimAfter(sentence.start + m.index + m[0].length, sentence.end);
    if (range) out.push({ range, origin: 'reported', sentence: index });
  }
  return out;
}

function overlapShare(a: Range, b: Range): number {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o > 0 ? o / (a.end - a.start) : 0;
}

/** Characters per block of the claims' position index (a claim sits in every block its range touches). */
const BLOCK_CHARS = 512;

/**
 * A document's draft claims with an index by position: adding a claim compares it only with the claims
 * whose range shares a block with it (a claim it can match overlaps it), not with every claim, which grew
 * the stage 3× per doubling of an 8 MB input.
 */
export class DraftClaims {
  readonly list: DraftClaim[] = [];
  private readonly blocks = new Map<number, number[]>();

  constructor(initial: readonly DraftClaim[]) {
    for (const c of initial) this.push(c);
  }

  /**
   * Adds `next` unless a claim already holds it (mostly the same span, or a statement's content that
   * contains a reported claim: `an aide claimed that X` is one claim, the aide's); returns its index (the
   * first claim that holds it).
   */
  add(next: DraftClaim): number {
    let found = -1;
    for (let b = blockOf(next.range.start); b <= blockOf(next.range.end - 1); b++) {
      for (const i of this.blocks.get(b) ?? []) {
        if ((found < 0 || i < found) && holds(this.list[i] as DraftClaim, next)) found = i;
      }
    }
    return found >= 0 ? found : this.push(next);
  }

  private push(c: DraftClaim): number {
    const i = this.list.length;
    this.list.push(c);
    for (let b = blockOf(c.range.start); b <= blockOf(c.range.end - 1); b++) {
      const at = this.blocks.get(b);
      if (at) at.push(i);
      else this.blocks.set(b, [i]);
    }
    return i;
  }
}

function blockOf(at: number): number {
  return Math.floor(at / BLOCK_CHARS);
}

/** Whether claim `c` already holds `next`; true only when their ranges overlap. */
function holds(c: DraftClaim, next: DraftClaim): boolean {
  return (
    (overlapShare(next.range, c.range) >= 0.5 && overlapShare(c.range, next.range) >= 0.5) ||
    (next.origin === 'reported' && c.origin === 'statement' && overlapShare(next.range, c.range) === 1)
  );
}

function sameSource(c: DraftClaim, responder: Mention | undefined): boolean {
  if (!responder) return false;
  if (c.claimantActorId && responder.actorId) return c.claimantActorId === responder.actorId;
  return !!c.claimant && !!responder.name && c.claimant === responder.name;
}

/** The links of one response: its inside claim, the claim its anaphor points to, claims stating the same proposition. */
/**
 * A document's claims ordered by sentence, so that linking a response reads only the claims in its sentence
 * window: with every claim read for every response, the claims stage grew 3× per doubling of an 8 MB input.
 */
export class ClaimWindows {
  private readonly order: number[];

  constructor(private readonly claims: readonly DraftClaim[]) {
    this.order = claims
      .map((_, i) => i)
      .sort((a, b) => sentenceAt(claims, a) - sentenceAt(claims, b) || a - b);
  }

  /** Indices of the claims whose sentence lies in [lo, hi], in claim order. */
  within(lo: number, hi: number): number[] {
    let a = 0;
    let b = this.order.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (sentenceAt(this.claims, this.order[m] as number) < lo) a = m + 1;
      else b = m;
    }
    const out: number[] = [];
    for (let k = a; k < this.order.length; k++) {
      const i = this.order[k] as number;
      if (sentenceAt(this.claims, i) > hi) break;
      out.push(i);
    }
    return out.sort((x, y) => x - y);
  }
}

function sentenceAt(claims: readonly DraftClaim[], i: number): number {
  return (claims[i] as DraftClaim).sentence;
}

export function linkResponse(
  text: string,
  r: FoundResponse,
  sentence: number,
  insideIndex: number | undefined,
  claims: readonly DraftClaim[],
  windows: ClaimWindows = new ClaimWindows(claims),
): Array<ClaimLink & { index: number }> {
  const links: Array<ClaimLink & { index: number }> = [];
  if (insideIndex !== undefined) links.push({ index: insideIndex, claimId: '', basis: 'inside' });
  if (r.anaphoric) {
    let best: number | undefined;
    // A claim of a later sentence starts after the cue, so the window ends at the response's sentence.
    for (const i of windows.within(sentence - ANAPHOR_WINDOW, sentence)) {
      const c = claims[i] as DraftClaim;
      if (c.origin === 'response' || c.range.end > r.cue.start) continue;
      if (sameSource(c, r.responder)) continue;
      const b = best === undefined ? undefined : claims[best];
      if (!b || c.range.end > b.range.end || (c.origin === 'reported' && c.range.end >= b.range.start))
        best = i;
    }
    if (best !== undefined) links.push({ index: best, claimId: '', basis: 'anaphora' });
  }
  const inside = insideIndex === undefined ? undefined : claims[insideIndex];
  if (inside) {
    const own = text.slice(inside.range.start, inside.range.end);
    for (const i of windows.within(sentence - SAME_PROPOSITION_WINDOW, sentence + SAME_PROPOSITION_WINDOW)) {
      const c = claims[i] as DraftClaim;
      if (i === insideIndex || c.origin === 'response' || sameSource(c, r.responder)) continue;
      if (links.some((l) => l.index === i)) continue;
      if (sameProposition(own, text.slice(c.range.start, c.range.end))) {
        links.push({ index: i, claimId: '', basis: 'same-proposition' });
      }
    }
  }
  return links;
}
