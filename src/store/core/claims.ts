/**
 * Claims in the store (issue #20, item 3): an article's claims, responses and positions as rows,
 * its in-article claim links and its links across articles (claim-cross-links.ts), and the claim,
 * search and position queries over them.
 */
import type { Analysis } from '../../analysis/records.js';
import {
  RecordResolver,
  type ResolvedClaim,
  type ResolvedPosition,
  type ResolvedResponse,
} from '../../analysis/resolve.js';
import { contentWords } from '../../stages/claims/claims.js';
import { labelByContent, sameTopic } from '../../stages/claims/positions.js';
import type { PositionLabel } from '../../stages/claims/types.js';
import { crossLinks, LINK_COLUMNS, linkRow } from './claim-cross-links.js';
import type { Executor, SqlValue } from './driver.js';
import { insertMany } from './sql.js';
import type { Dialect } from './types.js';

/** Stored whole: with the fields the analysis leaves out when they repeat another record (analysis/resolve.ts). */
type ClaimRec = ResolvedClaim;
type ResponseRec = ResolvedResponse;

const day = (v: string | undefined): string | null =>
  v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;

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
