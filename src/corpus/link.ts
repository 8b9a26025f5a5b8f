/**
 * Links the actors of one article being stored to corpus actors, inside the article's ingest transaction
 * (so an article is stored with its links or not at all). Two queries find every candidate and
 * every user correction for all the article's keys at once; decide.ts makes each decision; new
 * corpus actors and their keys are written, and each article actor gets its corpus actor, the link's
 * score and evidence, and its codes at the article's date: answered to the store, which inserts the
 * article's actor rows with them (linking runs before they exist; it reads other articles' rows only).
 */
import type { Analysis } from '../analysis/records.js';
import { type CodeResult, codeActor, codesAtDay, codesDependOnDate } from '../kb/actor-coder.js';
import type { ActorCodeBook } from '../kb/actor-codes.js';
import { kbWords } from '../kb/actor-codes.js';
import type { Executor } from '../store/core/driver.js';
import type { ActorLink } from '../store/core/rows.js';
import type { Dialect } from '../store/core/types.js';
import { BoundedMemo } from '../util/bounded-memo.js';
import { isCountryPart, withContainers, withRegions } from './article-names.js';
import { byCooccurrence } from './cooccurrence.js';
import { type ArticleActor, type Candidate, decide, joinUnresolved, unresolvedKeys } from './decide.js';
import { corpusActorsByKey, correctionsByKey } from './key-reads.js';
import { type LinkedActor, LinkWrites, type NewCorpusActor, storedKey } from './link-writes.js';
import { actorKeys, isDescription, isNoName, nameWords, normalise, typeGroup } from './names.js';
import { type RoleDate, roleDates } from './role-dates.js';

/**
 * Codes and KB keys of names seen before are reused: the same names recur across a corpus and the
 * dictionary lookups are most of linking's CPU time. Cleared when full (bounded memory).
 */
const MEMO_LIMIT = 50_000;
const memo = new BoundedMemo<string, unknown>(MEMO_LIMIT);

/** Forgets remembered codes (benchmarks measure a cold start with it). */
export function clearLinkMemo(): void {
  memo.clear();
}

function memoised<T>(key: string, make: () => T): T {
  return memo.through(key, make) as T;
}

/**
 * An actor's codes at the article's day, remembered across articles: by name, type, country and roles
 * only when no dated dictionary code can make the day matter (codesDependOnDate), and then reused at
 * another day, with the day its named entry's evidence gives moved to this one (`knowledge base '…' at
 * 2016-05-01`: codesAtDay); coded again when other evidence names the day.
 */
function codesOf(
  books: readonly ActorCodeBook[],
  name: string,
  type: string,
  country: string | undefined,
  roles: readonly string[],
  day: string | undefined,
): CodeResult {
  const dayFree = memoised(`d\u0000${name}`, () => !codesDependOnDate(books, name));
  const key = `c\u0000${name}\u0000${type}\u0000${country ?? ''}\u0000${dayFree ? '' : (day ?? '')}\u0000${roles.join('\u0001')}`;
  const hit = memo.get(key) as { day: string | undefined; code: CodeResult } | undefined;
  const reusable =
    hit !== undefined &&
    (hit.day === day || (hit.day !== undefined && !hit.code.evidence.some((e) => e.includes(hit.day!))));
  if (reusable) return hit.code;
  const moved = dayFree && hit?.day !== undefined && day ? codesAtDay(hit.code, hit.day, day) : undefined;
  if (moved) return moved;
  const code = codeActor(books, {
    text: name,
    roles,
    type,
    ...(country ? { country } : {}),
    ...(day ? { date: day } : {}),
  });
  memo.set(key, { day, code });
  return code;
}

/** PostgreSQL advisory lock id serialising linking across concurrent ingests (SQLite's write lock does that already). */
const LINK_LOCK_ID = 18_001;

interface Planned {
  readonly actor: ArticleActor;
  readonly day: string | null;
  readonly keys: readonly string[];
  readonly country?: string;
  readonly sector?: string;
  readonly kbName?: string;
  readonly codeEvidence: readonly string[];
  /** Roles the article dates by a timex of their sentence. */
  readonly roleDates?: readonly RoleDate[];
}

/** Role titles (`president`, `president-elect`) of an actor's stated roles. */
function titlesOf(roles: readonly { role: string; title?: string }[]): string[] {
  return [...new Set(roles.map((r) => r.title ?? normalise(r.role)).filter(Boolean))];
}

/** The knowledge-base key when the whole name is a KB phrase of an entry of a fitting kind. */
function kbKeyOf(
  books: readonly ActorCodeBook[],
  name: string,
  type: string,
): { key: string; name: string } | undefined {
  const words = kbWords(name).join(' ');
  const group = typeGroup(type);
  if (group === 'person' && nameWords(name).length < 2) return undefined;
  for (const b of books) {
    const hit = b.lookup(name);
    if (!hit?.code || !hit.name || hit.matched.split(' + ')[0] !== words) continue;
    const countryOnly = hit.code.length === 3;
    // A place is only ever known to the KB as a country's city (`Tokyo` → Japan): no identity. A place
    // the KB knows as a person or body (`Putin` typed place by the stage) links to that entry.
    if (type === 'place' ? countryOnly : group === 'geo' ? !countryOnly : countryOnly) return undefined;
    // A part of a country the dictionaries code as the country (`Wales` → United Kingdom) is not the country.
    if (countryOnly && isCountryPart(words)) return undefined;
    return { key: `k:${normalise(hit.name)}`, name: hit.name };
  }
  return undefined;
}

function plan(analysis: Analysis, books: readonly ActorCodeBook[]): Planned[] {
  const date = analysis.document.publishedAt;
  const stated = roleDates(analysis);
  const out: Planned[] = [];
  for (const a of analysis.actors ?? []) {
    const k = actorKeys(a.name, a.aliases ?? [], a.type);
    const kb =
      isNoName(a.name, a.type) || isDescription(a.name, a.type)
        ? undefined
        : memoised(`k\u0000${a.name}\u0000${a.type}`, () => kbKeyOf(books, a.name, a.type));
    const roles = (a.roles ?? []).map((r) => r.role);
    const day = date?.slice(0, 10);
    const code = codesOf(books, a.name, a.type, a.country, roles, day);
    const actor: ArticleActor = {
      recordId: a.id,
      name: a.name,
      type: a.type,
      ...(a.country ? { country: a.country } : {}),
      ...(code.country ? { codeCountry: code.country } : {}),
      titles: titlesOf(a.roles ?? []),
      names: k.names,
      ...(k.surname ? { surname: k.surname } : {}),
      surnameOnly: k.surnameOnly,
      // A name the knowledge base knows keeps its identity: no word key (retyped-words.ts).
      ...(k.word && !kb ? { word: k.word } : {}),
      ...(kb ? { kbKey: kb.key } : {}),
    };
    out.push({
      actor,
      day: date ? date.slice(0, 10) : null,
      keys: [
        ...k.names,
        ...(k.surname ? [k.surname] : []),
        ...(k.word && !kb ? [k.word] : []),
        ...(kb ? [kb.key] : []),
      ],
      ...(code.country ? { country: code.country } : {}),
      ...(code.sector ? { sector: code.sector } : {}),
      ...(kb ? { kbName: kb.name } : {}),
      codeEvidence: code.evidence,
      ...(stated.has(a.id) ? { roleDates: stated.get(a.id)! } : {}),
    });
  }
  // Full names first, so a bare surname can find its bearer named earlier in the same article;
  // longer names first, so a short name (`Columbia`) finds the long one it ends (`Space Shuttle Columbia`).
  // Word counts once per actor, not once per comparison (nameWords folds and splits the name).
  const length = new Map(out.map((p) => [p.actor.name, nameWords(p.actor.name).length]));
  return withRegions(withContainers(out)).sort(
    (x, y) =>
      Number(x.actor.surnameOnly) - Number(y.actor.surnameOnly) ||
      length.get(y.actor.name)! - length.get(x.actor.name)!,
  );
}

/** A candidate as the index keeps it while an article is linked (grown in place). */
interface Entry {
  /** Order of first insertion: candidates are listed in it, as before the index existed. */
  readonly seq: number;
  readonly id: number;
  /** Name, type and country of the latest addition (an article actor just linked to it replaces the row's). */
  name: string;
  type: string;
  country: string | null;
  titles: readonly string[];
  readonly keys: Set<string>;
}

/**
 * Candidates by id, and by key the ids holding it: an actor only looks at the candidates sharing one of its
 * own keys, not at every candidate of the article (a common name can have thousands), so linking an
 * article costs what its own actors' candidates cost.
 */
class CandidateIndex {
  private readonly byId = new Map<number, Entry>();
  private readonly byKey = new Map<string, Set<number>>();
  /** The (corpus actor, key) pairs read from the store (storedKey): keys its writes need not insert again. */
  readonly stored = new Set<string>();

  add(
    id: number,
    r: { name: string; type: string; country: string | null; titles: string | readonly string[] },
    keys: readonly string[],
  ): void {
    const prev = this.byId.get(id);
    if (prev) {
      prev.name = r.name;
      prev.type = r.type;
      prev.country = r.country;
      // A database row repeats its corpus actor's titles once per matching key: they are known already.
      if (typeof r.titles !== 'string') prev.titles = [...new Set([...prev.titles, ...r.titles])];
      for (const k of keys) prev.keys.add(k);
    } else {
      this.byId.set(id, {
        seq: this.byId.size,
        id,
        name: r.name,
        type: r.type,
        country: r.country,
        titles: typeof r.titles === 'string' ? (JSON.parse(r.titles) as string[]) : r.titles,
        keys: new Set(keys),
      });
    }
    for (const k of keys) {
      const ids = this.byKey.get(k) ?? new Set<number>();
      ids.add(id);
      this.byKey.set(k, ids);
    }
  }

  /** The candidates sharing one of `keys` (in the order they were first added), each with the shared keys only. */
  sharing(keys: readonly string[]): Candidate[] {
    const ids = new Set<number>();
    for (const k of keys) for (const id of this.byKey.get(k) ?? []) ids.add(id);
    return [...ids]
      .map((id) => this.byId.get(id)!)
      .sort((x, y) => x.seq - y.seq)
      .map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        ...(e.country ? { country: e.country } : {}),
        titles: e.titles,
        keys: [...e.keys].filter((k) => keys.includes(k)),
      }));
  }
}

/** Candidate corpus actors, each with the keys it holds among `keys`. */
async function candidates(tx: Executor, keys: readonly string[], dialect: Dialect): Promise<CandidateIndex> {
  const out = new CandidateIndex();
  if (keys.length === 0) return out;
  for (const r of await corpusActorsByKey(tx, keys, dialect)) {
    out.add(Number(r.id), r, [r.key]);
    out.stored.add(storedKey(Number(r.id), r.key));
  }
  return out;
}

async function corrections(
  tx: Executor,
  keys: readonly string[],
  dialect: Dialect,
): Promise<{ pins: Map<string, number>; apart: Set<string> }> {
  const pins = new Map<string, number>();
  const apart = new Set<string>();
  if (keys.length === 0) return { pins, apart };
  for (const r of await correctionsByKey(tx, keys, dialect)) {
    if (r.kind === 'pin') pins.set(r.key, Number(r.corpus_actor_id));
    else apart.add(`${r.key}|${Number(r.corpus_actor_id)}`);
  }
  return { pins, apart };
}

export interface LinkOptions {
  readonly dialect: Dialect;
  readonly books: readonly ActorCodeBook[];
}

/**
 * Links every actor of the article `articleId` (its row in `articles` is written, its actor rows are not yet):
 * writes the corpus actors and keys, and answers each actor's link columns by record id.
 */
export async function linkArticle(
  tx: Executor,
  articleId: number,
  analysis: Analysis,
  options: LinkOptions,
): Promise<Map<string, ActorLink>> {
  if (!analysis.actors?.length) return new Map();
  const planned = plan(analysis, options.books);
  // Each key's unresolved form too: a tie joins the name's unresolved actor (decide.ts, UNRESOLVED_PREFIX).
  const allKeys = [...new Set(planned.flatMap((p) => [...p.keys, ...unresolvedKeys(p.keys)]))];
  // Taken once the article's actors are coded (no corpus state needed so far): the
  // lock is held until commit, so whatever comes before it here runs in parallel with other ingests.
  if (options.dialect === 'postgres')
    await tx.get('SELECT pg_advisory_xact_lock(?) AS locked', [LINK_LOCK_ID]);
  const index = await candidates(tx, allKeys, options.dialect);
  const { pins, apart } = await corrections(tx, allKeys, options.dialect);
  const articleSurnames = new Map<string, number[]>();
  const articleNames = new Map<string, number>();
  const writes = new LinkWrites(options.dialect, index.stored);
  /** Corpus actors this article's actors linked to so far (the co-occurrence context). */
  const linkedIds = new Set<number>();
  /** Unresolved actors this article's ties joined or made: a later actor of the article linked to one gives it unresolved keys too. */
  const unresolvedIds = new Set<number>();
  for (const p of planned) {
    const ctx = { pins, apart, articleSurnames, articleNames };
    const shared = index.sharing([...p.keys, ...unresolvedKeys(p.keys)]);
    const first = decide(p.actor, shared, ctx);
    const d =
      (first.tied && (await byCooccurrence(tx, articleId, first.tied, linkedIds))) ||
      joinUnresolved(p.actor, first, shared, ctx);
    const id = d.corpusActorId ?? writes.create(newCorpusActor(p));
    linkedIds.add(id);
    const name = normalise(p.actor.name);
    if (name && !articleNames.has(name)) articleNames.set(name, id);
    // An unresolved actor takes unresolved keys only, never the name's own (it would be a candidate again).
    if (d.holds) unresolvedIds.add(id);
    const keys = d.holds ?? (unresolvedIds.has(id) ? unresolvedKeys(p.keys) : p.keys);
    writes.add(id, linked(p, keys), d);
    index.add(
      id,
      { name: p.actor.name, type: p.actor.type, country: p.country ?? null, titles: p.actor.titles },
      keys,
    );
    if (p.actor.surname && !p.actor.surnameOnly) {
      const list = articleSurnames.get(p.actor.surname) ?? [];
      if (!list.includes(id)) list.push(id);
      articleSurnames.set(p.actor.surname, list);
    }
  }
  return writes.flush(tx);
}

/** The row of a new corpus actor made for `p`. */
function newCorpusActor(p: Planned): NewCorpusActor {
  return [
    // People get the knowledge base's spelling (`Vladimir Putin` for `Vladimir V. Putin`); bodies keep the article's.
    (p.actor.type === 'person' && p.kbName) || p.actor.name,
    p.actor.type,
    p.country ?? null,
    p.sector ?? null,
    p.day,
    p.kbName ?? null,
    JSON.stringify(p.actor.titles),
  ];
}

/** What the link's writes need of a planned actor. */
function linked(p: Planned, keys: readonly string[]): LinkedActor {
  return {
    recordId: p.actor.recordId,
    name: p.actor.name,
    titles: p.actor.titles,
    keys,
    day: p.day,
    ...(p.country ? { country: p.country } : {}),
    ...(p.sector ? { sector: p.sector } : {}),
    codeEvidence: p.codeEvidence,
    ...(p.roleDates ? { roleDates: p.roleDates } : {}),
  };
}
