/**
 * Claims in the store (issue #20, item 3): an article's claims, responses and positions as rows,
 * its in-article claim links, and links across articles: a response in one article answers a claim
 * in another when they state the same proposition (shared names and content words) and the claim
 * is not dated after the response; each link keeps its score and evidence.
 */
import type { Analysis } from '../../analysis/records.js';
import {
  RecordResolver,
  type ResolvedClaim,
  type ResolvedPosition,
  type ResolvedResponse,
} from '../../analysis/resolve.js';
import {
  contentWords,
  matchWords,
  type PropositionMatch,
  type PropositionWords,
  propositionWords,
} from '../../stages/claims/claims.js';
import { labelByContent, sameTopic } from '../../stages/claims/positions.js';
import type { PositionLabel } from '../../stages/claims/types.js';
import type { Executor, SqlValue } from './driver.js';
import { insertMany } from './sql.js';
import type { Dialect } from './types.js';

/** Days either side of a response that a claim it answers may be dated (news cycles are short). */
const CROSS_WINDOW_DAYS = 30;
/** Least proposition score (stages/claims/claims.ts) for a cross-article link. */
const CROSS_MIN_SCORE = 0.5;

/** Stored whole: with the fields the analysis leaves out when they repeat another record (analysis/resolve.ts). */
type ClaimRec = ResolvedClaim;
type ResponseRec = ResolvedResponse;

const day = (v: string | undefined): string | null =>
  v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;

function shiftDay(d: string, days: number): string {
  const t = new Date(`${d}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

interface StoredClaim {
  article_id: number;
  record_id: string;
  content: string;
  claimant: string | null;
  date_day: string | null;
}

/**
 * Claims stated in a response are left out of cross-article matching. Their stored record (`JSON.stringify`, no
 * spaces) is the only place that says so, and its `origin` key is the one place this text can occur: a quote
 * inside a string value is escaped (`\"`). Filtered in SQL, so a window's records are not read and parsed
 * per article (the window grows with the store: writer CPU at 1,800 stored articles 24.5 → 23.3 ms, loaded).
 */
const RESPONSE_ORIGIN_LIKE = '%"origin":"response"%';

/**
 * The claim's content holds one of the names of a JSON array parameter (a substring, as `mayShareName` asks):
 * the window's other claims are never read. A window holds every claim of 30 days (thousands in a large store)
 * and reading their rows was most of an article's claim-linking CPU (on 840 PolNeAR articles ~1.1 of ~2.3 ms).
 * Names are letters and hyphens only (claims.ts `names`), which JSON carries to both databases as they are.
 */
const CONTAINS_ANY: Readonly<Record<Dialect, string>> = {
  sqlite: 'EXISTS (SELECT 1 FROM json_each(?) n WHERE instr(c.content, n.value) > 0)',
  postgres: 'EXISTS (SELECT 1 FROM json_array_elements_text(?::json) n WHERE strpos(c.content, n) > 0)',
};

interface StoredResponseProp {
  article_id: number;
  record_id: string;
  responder_name: string | null;
  date_day: string | null;
  content: string;
}

function linkRow(
  responseArticle: number,
  responseId: string,
  claimArticle: number,
  claimId: string,
  basis: string,
  score: number,
  evidence: object | null,
): SqlValue[] {
  return [
    responseArticle,
    responseId,
    claimArticle,
    claimId,
    basis,
    score,
    evidence ? JSON.stringify(evidence) : null,
  ];
}

const LINK_COLUMNS = [
  'response_article_id',
  'response_record_id',
  'claim_article_id',
  'claim_record_id',
  'basis',
  'score',
  'evidence',
];

/** Writes the claims, responses, positions and claim links of one stored article (inside its ingest transaction). */
export async function storeClaims(
  tx: Executor,
  articleId: number,
  analysis: Analysis,
  dialect: Dialect,
): Promise<void> {
  const resolver = new RecordResolver(analysis);
  const claims: readonly ClaimRec[] = (analysis.claims ?? []).map((c) => resolver.claim(c));
  const responses: readonly ResponseRec[] = (analysis.responses ?? []).map((r) => resolver.response(r));
  const published = day(analysis.document.publishedAt ?? undefined);
  const claimDay = (c: ClaimRec) => day(c.date) ?? published;
  const responseDay = (r: ResponseRec) => day(r.date) ?? published;
  await insertMany(
    tx,
    'claims',
    ['article_id', 'record_id', 'statement_record_id', 'record', 'content', 'claimant', 'date_day'],
    claims.map((c) => [
      articleId,
      c.id,
      c.statementId ?? null,
      JSON.stringify(c),
      c.content.text,
      c.claimant ?? null,
      claimDay(c),
    ]),
  );
  await insertMany(
    tx,
    'responses',
    ['article_id', 'record_id', 'relation', 'responder_name', 'date_day', 'record'],
    responses.map((r) => [
      articleId,
      r.id,
      r.relation,
      r.responderName ?? null,
      responseDay(r),
      JSON.stringify(r),
    ]),
  );
  await insertMany(
    tx,
    'positions',
    ['article_id', 'actor_name', 'actor_norm', 'topic', 'record'],
    (analysis.positions ?? [])
      .map((p) => resolver.position(p))
      .map((p) => [articleId, p.actor, p.actor.toLowerCase(), p.topic.join(' '), JSON.stringify(p)]),
  );
  const rows: SqlValue[][] = responses.flatMap((r) =>
    r.links.map((l) => linkRow(articleId, r.id, articleId, l.claimId, l.basis, 1, null)),
  );
  rows.push(...(await crossLinks(tx, dialect, articleId, claims, responses, claimDay, responseDay)));
  await insertMany(tx, 'claim_links', LINK_COLUMNS, rows);
}

async function crossLinks(
  tx: Executor,
  dialect: Dialect,
  articleId: number,
  claims: readonly ClaimRec[],
  responses: readonly ResponseRec[],
  claimDay: (c: ClaimRec) => string | null,
  responseDay: (r: ResponseRec) => string | null,
): Promise<SqlValue[][]> {
  const rows: SqlValue[][] = [];
  const byId = new Map(claims.map((c) => [c.id, c]));
  // Each text's words once per article: every response meets every stored claim of its window.
  const seenWords = new Map<string, PropositionWords>();
  const wordsOf = (text: string): PropositionWords => {
    let w = seenWords.get(text);
    if (!w) {
      w = propositionWords(text);
      seenWords.set(text, w);
    }
    return w;
  };
  // This article's responses, each with the texts of its own claims and their names.
  const asked = responses.flatMap((r) => {
    const d = responseDay(r);
    const own = r.links
      .filter((l) => l.basis === 'inside')
      .map((l) => byId.get(l.claimId)?.content.text ?? '');
    return d && own.length ? [{ r, d, own, names: new Set(own.flatMap((o) => [...wordsOf(o).names])) }] : [];
  });
  // Each window is read once per article and day (an article's records mostly share its publication day),
  // not once per record, and only its claims naming one of the day's responses' names (see CONTAINS_ANY).
  const earlierClaims = perDay((d) => {
    const names = [...new Set(asked.flatMap((a) => (a.d === d ? [...a.names] : [])))];
    if (names.length === 0) return Promise.resolve([]);
    return tx.all<StoredClaim>(
      `SELECT c.article_id, c.record_id, c.content, c.claimant, c.date_day FROM claims c
       JOIN articles a ON a.id = c.article_id
       WHERE a.latest = 1 AND c.article_id <> ? AND c.date_day >= ? AND c.date_day <= ?
         AND c.record NOT LIKE ? AND ${CONTAINS_ANY[dialect]}`,
      [articleId, shiftDay(d, -CROSS_WINDOW_DAYS), d, RESPONSE_ORIGIN_LIKE, JSON.stringify(names)],
    );
  });
  // This article's responses → earlier claims of other articles.
  for (const { r, d, own, names: ownNames } of asked) {
    for (const c of await earlierClaims(d)) {
      if (!mayShareName(ownNames, c.content)) continue;
      const best = bestMatch(own, c.content, wordsOf);
      if (best && c.claimant !== r.responderName) {
        rows.push(
          linkRow(articleId, r.id, c.article_id, c.record_id, 'cross-article', best.score, {
            ...best,
            claimDate: c.date_day,
            responseDate: d,
          }),
        );
      }
    }
  }
  // Responses already stored in other articles → this article's claims dated no later.
  const laterResponses = perDay((d) =>
    tx.all<StoredResponseProp>(
      // The link must be the response's own (same article): record ids repeat across copies of one text.
      `SELECT r.article_id, r.record_id, r.responder_name, r.date_day, k.content FROM responses r
       JOIN articles a ON a.id = r.article_id
       JOIN claim_links l ON l.response_article_id = r.article_id AND l.response_record_id = r.record_id
         AND l.basis = 'inside'
       JOIN claims k ON k.record_id = l.claim_record_id AND k.article_id = r.article_id
       WHERE a.latest = 1 AND r.article_id <> ? AND r.date_day >= ? AND r.date_day <= ?`,
      [articleId, d, shiftDay(d, CROSS_WINDOW_DAYS)],
    ),
  );
  for (const c of claims) {
    const d = claimDay(c);
    if (!d || c.origin === 'response') continue;
    const claimNames = wordsOf(c.content.text).names;
    for (const r of await laterResponses(d)) {
      if (!mayShareName(claimNames, r.content)) continue;
      const best = bestMatch([r.content], c.content.text, wordsOf);
      if (best && c.claimant !== r.responder_name) {
        rows.push(
          linkRow(r.article_id, r.record_id, articleId, c.id, 'cross-article', best.score, {
            ...best,
            claimDate: d,
            responseDate: r.date_day,
          }),
        );
      }
    }
  }
  return rows;
}

/** A per-day query, run once per distinct day. */
function perDay<T>(query: (day: string) => Promise<T[]>): (day: string) => Promise<T[]> {
  const seen = new Map<string, Promise<T[]>>();
  return (day) => {
    const rows = seen.get(day) ?? query(day);
    seen.set(day, rows);
    return rows;
  };
}

/**
 * False when no name of `names` occurs in `text` (as a substring): the two texts then share no name, which
 * bestMatch requires, so the other text's words need not be made. A window holds every claim of 30 days
 * (thousands in a large store), and making their words was most of an article's claim-matching CPU.
 */
function mayShareName(names: ReadonlySet<string>, text: string): boolean {
  for (const n of names) if (text.includes(n)) return true;
  return false;
}

function bestMatch(own: readonly string[], other: string, wordsOf: (text: string) => PropositionWords) {
  let best: PropositionMatch | undefined;
  const otherWords = wordsOf(other);
  for (const o of own) {
    const m = matchWords(wordsOf(o), otherWords);
    if (m.sharedNames.length >= 1 && m.score >= CROSS_MIN_SCORE && (!best || m.score > best.score)) best = m;
  }
  return (
    best && {
      score: Math.round(best.score * 1000) / 1000,
      sharedNames: best.sharedNames,
      sharedWords: best.sharedWords,
    }
  );
}

export interface ClaimResponseRow {
  readonly relation: string;
  readonly responder: string | null;
  readonly date: string | null;
  readonly articleId: number;
  readonly responseId: string;
  readonly basis: string;
  readonly score: number;
  readonly evidence: unknown;
}

export interface ClaimPage {
  readonly claim: ClaimRec & { readonly articleId: number };
  readonly responses: readonly ClaimResponseRow[];
}

/** One claim with every response linked to it, in this article or another, by date. */
export async function claimPage(db: Executor, recordId: string): Promise<ClaimPage | undefined> {
  const c = await db.get<{ article_id: number; record: string }>(
    'SELECT article_id, record FROM claims WHERE record_id = ?',
    [recordId],
  );
  if (!c) return undefined;
  const rows = await db.all<{
    relation: string;
    responder_name: string | null;
    date_day: string | null;
    article_id: number;
    record_id: string;
    basis: string;
    score: number;
    evidence: string | null;
  }>(
    `SELECT r.relation, r.responder_name, r.date_day, r.article_id, r.record_id, l.basis, l.score, l.evidence
     FROM claim_links l JOIN responses r ON r.record_id = l.response_record_id AND r.article_id = l.response_article_id
     WHERE l.claim_record_id = ? ORDER BY r.date_day, r.id`,
    [recordId],
  );
  return {
    claim: { ...(JSON.parse(c.record) as ClaimRec), articleId: c.article_id },
    responses: rows.map((r) => ({
      relation: r.relation,
      responder: r.responder_name,
      date: r.date_day,
      articleId: r.article_id,
      responseId: r.record_id,
      basis: r.basis,
      score: Number(r.score),
      evidence: r.evidence ? JSON.parse(r.evidence) : null,
    })),
  };
}

/** Claims whose content contains all of `words` (for finding a claim page), newest first. */
export async function findClaims(
  db: Executor,
  words: string,
  limit = 20,
): Promise<Array<{ recordId: string; content: string; claimant: string | null; date: string | null }>> {
  const terms = words.toLowerCase().split(/\s+/).filter(Boolean);
  const where = terms.map(() => 'LOWER(content) LIKE ?').join(' AND ') || '1 = 1';
  const rows = await db.all<{
    record_id: string;
    content: string;
    claimant: string | null;
    date_day: string | null;
  }>(
    `SELECT record_id, content, claimant, date_day FROM claims WHERE ${where} ORDER BY date_day DESC, id DESC LIMIT ${Math.max(1, Math.min(limit, 1000))}`,
    terms.map((t) => `%${t}%`),
  );
  return rows.map((r) => ({
    recordId: r.record_id,
    content: r.content,
    claimant: r.claimant,
    date: r.date_day,
  }));
}

export interface PositionStep {
  readonly date: string | null;
  readonly label: PositionLabel;
  readonly content: string;
  readonly articleId: number;
  readonly cue?: string;
}

export interface ActorPosition {
  readonly actor: string;
  readonly topic: readonly string[];
  readonly steps: readonly PositionStep[];
}

type PositionRec = ResolvedPosition;

/**
 * An actor's positions across the store: every stored entry of the actor, grouped by topic
 * (content overlap), in date order, relabelled against the actor's earlier entries in any article;
 * a cue word in the entry (`reaffirmed`) keeps its label.
 */
export async function actorPositions(db: Executor, actor: string, topic?: string): Promise<ActorPosition[]> {
  const rows = await db.all<{ article_id: number; actor_name: string; record: string }>(
    'SELECT article_id, actor_name, record FROM positions WHERE actor_norm LIKE ? ORDER BY id',
    [`%${actor.toLowerCase()}%`],
  );
  const entries = rows.flatMap((r) => {
    const p = JSON.parse(r.record) as PositionRec;
    return p.entries.map((e) => ({
      actor: r.actor_name,
      articleId: r.article_id,
      e,
      words: contentWords(e.content.text),
    }));
  });
  const wanted = topic ? contentWords(topic) : undefined;
  const groups: Array<typeof entries> = [];
  for (const x of entries) {
    if (wanted && ![...wanted].some((w) => x.words.has(w))) continue;
    const g = groups.find((gr) => gr[0]?.actor === x.actor && gr.some((o) => sameTopic(o.words, x.words)));
    if (g) g.push(x);
    else groups.push([x]);
  }
  return groups.map((g) => {
    const ordered = [...g].sort((a, b) => (a.e.date ?? '').localeCompare(b.e.date ?? ''));
    const counts = new Map<string, number>();
    for (const x of g) for (const w of x.words) counts.set(w, (counts.get(w) ?? 0) + 1);
    const steps = ordered.map((x, i): PositionStep => {
      const prev = ordered[i - 1];
      const label = x.e.cue ? x.e.label : labelByContent(prev?.e.content.text, x.e.content.text);
      return {
        date: x.e.date ?? null,
        label,
        content: x.e.content.text,
        articleId: x.articleId,
        ...(x.e.cue ? { cue: x.e.cue.text } : {}),
      };
    });
    const terms = [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(([w]) => w);
    return { actor: g[0]?.actor ?? actor, topic: terms, steps };
  });
}
