/**
 * The actors layer of one document: candidates → alias clusters → pronoun/nominal resolution →
 * actor records with canonical names, types, countries, roles and every mention with offsets.
 * Split into a pure `findActors` and the stage's `setLayer`, like spaCy's match/set_annotations.
 */
import type { Document } from '../../model/document.js';
import { recordId } from '../../model/ids.js';
import { defaultStatementFinder } from '../quotes/statement-finder.js';
import { type ActorView, actorView } from './actor-view.js';
import type { Candidate } from './candidate.js';
import { findCandidates } from './candidates.js';
import { clusterNames, type Draft } from './cluster.js';
import type { ActorDictionary } from './dictionary.js';
import { entityNames, type NameFinder } from './name-finder.js';
import { resolveAll } from './resolve.js';
import { quotationSources } from './speakers.js';
import type { Actor, ActorMention, ActorRole, ActorsLayer, ActorType } from './types.js';

/** Words before an organisation that mark it as a news medium (`an interview with NBC`). */
const MEDIA_CUES =
  /\b(interview with|told|according to a report by|broadcaster|newspaper|news agency)\s+(the\s+)?$/i;
/** Phrases MEDIA_CUES needs, lower-cased: a cheap test that rules most names out before the regex runs. */
const MEDIA_CUE_PHRASES = [
  'interview with',
  'told',
  'according to a report by',
  'broadcaster',
  'newspaper',
  'news agency',
];
/** Words after an organisation that mark it as a news medium (`NBC reported`). */
const MEDIA_AFTER = /^\s*(reported|reports|broadcast|aired)\b/i;

export function findActors(
  doc: Document,
  dict: ActorDictionary,
  names: NameFinder = entityNames,
): ActorsLayer {
  // What lies inside a quotation, and who it is attributed to, come from the statements the quotes
  // stage finds (one finder).
  const finder = defaultStatementFinder();
  const view = actorView(doc, finder.quotations(doc));
  const cands = findCandidates(view, names(doc, view, dict), dict);
  const drafts = clusterNames(cands);
  const quotations = quotationSources(finder.statements(doc));
  const resolutions = resolveAll(view, cands, drafts, dict, quotations);
  const groupOf = new Map<Candidate, Draft[]>();
  for (const r of resolutions) if (r.drafts.length > 1) groupOf.set(r.cand, r.drafts);
  // Each draft's group mentions (`the two leaders` for Trump and for Putin), in resolution order.
  const groupMentionsOf = new Map<Draft, Candidate[]>();
  // (`forEach`, not `for…of`: no [key, value] pair allocated per entry.)
  groupOf.forEach((g, c) => {
    for (const d of new Set(g)) {
      const list = groupMentionsOf.get(d);
      if (list) list.push(c);
      else groupMentionsOf.set(d, [c]);
    }
  });
  markMedia(view, doc, drafts);

  const ids = new Map<Draft, string>();
  // Groups of common nouns are actors only when something refers back to them; a country's
  // government (`the Norwegian government`) is one from its first mention.
  const kept = drafts.filter((d) => d.names.length > 0 || d.mentions.length > 1 || d.key !== undefined);
  const taken = new Set<string>();
  for (const d of kept) {
    const f = d.names[0] ?? d.mentions[0]!;
    ids.set(d, uniqueActorId(taken, doc.scope, f.coreStart, f.coreEnd, actorType(d)));
  }
  const ownerOf = new Map<Candidate, Draft>();
  for (const d of kept) for (const c of d.mentions) ownerOf.set(c, d);
  inferCountries(kept);
  const mentionOf = new Map<Candidate, ActorMention>();
  const allMentions: ActorMention[] = [];
  for (const c of cands) {
    const owner = ownerOf.get(c);
    const group = groupOf.get(c);
    const m: { -readonly [K in keyof ActorMention]: ActorMention[K] } = {
      id: recordId('mention', doc.scope, c.start, c.end),
      start: c.start,
      end: c.end,
      text: doc.text.slice(c.start, c.end),
      kind: c.kind,
    };
    if (owner) m.actorId = ids.get(owner)!;
    if (group) m.actorIds = group.map((g) => ids.get(g)!).filter(Boolean);
    mentionOf.set(c, m);
    allMentions.push(m);
  }
  const actors: Actor[] = kept.map((d) => {
    const own = d.mentions.map((c) => mentionOf.get(c)!);
    for (const c of groupMentionsOf.get(d) ?? []) own.push(mentionOf.get(c)!);
    // Mostly in text order already: sorted (stable) only when not, which spares the sort's copy.
    if (!byStart(own)) own.sort((a, b) => a.start - b.start);
    const iso3 = d.iso3;
    const id = ids.get(d)!;
    const name = canonicalName(d, dict);
    const type = actorType(d);
    const aliases = [...new Set(d.names.map((c) => c.surface))];
    const roles = uniqueRoles(d.roles);
    // Two literals in the same key order, not a spread of `{ country }` or `{}` (a copy per actor).
    return iso3
      ? { id, name, type, country: iso3, aliases, roles, mentions: own }
      : { id, name, type, aliases, roles, mentions: own };
  });
  return { actors, mentions: allMentions };
}

function actorType(d: Draft): ActorType {
  if (d.type) return d.type;
  return d.mentions.some((c) => c.kind === 'pronoun') ? 'person' : 'other';
}

/** The fullest proper name: most tokens; for countries and governments the most used form. */
function canonicalName(d: Draft, dict: ActorDictionary): string {
  if (d.names.length === 0) {
    const country = d.key?.startsWith('government:') && d.iso3 ? dict.countryNames.get(d.iso3) : undefined;
    return country ? `${country} government` : d.mentions[0]!.surface;
  }
  const name = usedName(d);
  // A country the text only abbreviates (`U.S.`) takes its dictionary name.
  const full = d.type === 'country' && d.iso3 ? dict.countryNames.get(d.iso3) : undefined;
  if (full && !/\p{Ll}/u.test(name)) return full.replace(/ (Of|And|The) /g, (w) => w.toLowerCase());
  return name;
}

function usedName(d: Draft): string {
  const forms = d.names.map((c) => c.surface.replace(/^the\s+/i, ''));
  if (d.key) {
    const counts = new Map<string, number>();
    for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + f.length / 100 + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  }
  // The first form with the most words (each form's words counted once, not per comparison).
  let best = forms[0]!;
  let most = wordCount(best);
  for (let k = 1; k < forms.length; k++) {
    const words = wordCount(forms[k]!);
    if (words > most) {
      best = forms[k]!;
      most = words;
    }
  }
  return best;
}

/** The mentions are in order of their starts. */
function byStart(ms: readonly ActorMention[]): boolean {
  for (let k = 1; k < ms.length; k++) if (ms[k]!.start < ms[k - 1]!.start) return false;
  return true;
}

/** `s.split(/\s+/).length` without the array: runs of whitespace split, and an edge run leaves an empty piece. */
function wordCount(s: string): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}

/** `/\s/` for one UTF-16 code unit. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITESPACE_RE.test(String.fromCharCode(c));
}

/** JavaScript's whitespace class, for the rare non-ASCII code units. */
const WHITESPACE_RE = /\s/;

function uniqueRoles(roles: readonly ActorRole[]): ActorRole[] {
  const seen = new Set<string>();
  const out: ActorRole[] = [];
  for (const r of roles) {
    const k = `${r.start}:${r.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({
      start: r.start,
      end: r.end,
      text: r.text,
      role: r.role,
      ...(r.title ? { title: r.title } : {}),
    });
  }
  return out;
}

/**
 * A person whose title has no country (`President Volodymyr Zelensky`) takes the country that
 * is the subject of the sentence before the title, or of its own sentence (`Ukraine has rejected
 * these terms. President Volodymyr Zelensky…`).
 */
function inferCountries(drafts: readonly Draft[]): void {
  // Sorted by start (stable: the drafts' order among equal starts), so each person finds its
  // nearest country subject by a binary search, not by filtering them all (quadratic in a long text).
  const countrySubjects: { sent: number; start: number; iso3: string }[] = [];
  for (const d of drafts) {
    const iso3 = d.type === 'country' ? d.iso3 : undefined;
    if (iso3)
      for (const c of d.names) if (c.subject) countrySubjects.push({ sent: c.sent, start: c.start, iso3 });
  }
  countrySubjects.sort((a, b) => a.start - b.start);
  for (const d of drafts) {
    if (d.type !== 'person' || d.iso3 || d.roles.length === 0) continue;
    const first = d.names.find((c) => c.role) ?? d.names[0]!;
    const near = (s: { sent: number }): boolean => first.sent - s.sent <= 1;
    // The latest country subject before the name, in its sentence or the one before.
    let k = firstFrom(countrySubjects, first.start) - 1;
    while (k >= 0 && !near(countrySubjects[k]!)) k--;
    if (k < 0) continue;
    let hit = countrySubjects[k]!;
    for (let j = k - 1; j >= 0 && countrySubjects[j]!.start === hit.start; j--) {
      if (near(countrySubjects[j]!)) hit = countrySubjects[j]!;
    }
    d.iso3 = hit.iso3;
  }
}

/** Index of the first item starting at or after `offset` (items sorted by start). */
function firstFrom(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Organisations that the text treats as news media, or that a photo credit names. */
function markMedia(view: ActorView, doc: Document, drafts: Draft[]): void {
  const agencies = new Set(doc.blocks.map((b) => b.credit?.agency?.toLowerCase()).filter(Boolean));
  for (const d of drafts) {
    if (d.type !== 'organisation' && d.type !== undefined) continue;
    const isMedia = d.names.some((c) => {
      const before = view.text.slice(Math.max(0, c.start - 40), c.start);
      const after = view.text.slice(c.end, c.end + 20);
      const lower = before.toLowerCase();
      return (
        (MEDIA_CUE_PHRASES.some((p) => lower.includes(p)) && MEDIA_CUES.test(before)) ||
        MEDIA_AFTER.test(after) ||
        agencies.has(c.surface.toLowerCase())
      );
    });
    if (isMedia) d.type = 'media';
  }
}

/**
 * An actor's ID is the span of its first naming mention (docs/identity.md). Two actors can start from one
 * span (`Donald J.` read as a person and, elsewhere in a huge text, as a place): the later one takes its type
 * as `extra`, then its type and a count, so IDs stay unique and stable across runs.
 */
export function uniqueActorId(
  taken: Set<string>,
  scope: string,
  start: number,
  end: number,
  type: string,
): string {
  let id = recordId('actor', scope, start, end);
  for (let n = 1; taken.has(id); n++) {
    id = recordId('actor', scope, start, end, n === 1 ? type : `${type}${n}`);
  }
  taken.add(id);
  return id;
}
