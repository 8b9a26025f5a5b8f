/**
 * The claims board (issue #17): stored claims that some response answers, the most recently answered first,
 * each with every response linked to it (in its own article or another), with the words of both on their
 * articles' text (spans), the responder, the date and, across articles, the link's score and evidence.
 */
import { encodeCursor, offsetOf, pageSize } from './cursor.js';
import type { Executor } from './driver.js';
import { likeEscape } from './sql.js';
import type { Page, PageQuery } from './types.js';

export interface ClaimsBoardQuery extends PageQuery {
  /** Words the claim's content holds (all of them, case-insensitive). */
  readonly q?: string;
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface BoardResponse {
  readonly id: string;
  readonly articleId: number;
  readonly articleTitle?: string;
  readonly relation: string;
  readonly responder?: string;
  /** `YYYY-MM-DD`: stated in the text, or the article's day. */
  readonly date?: string;
  /** How it was linked: inside, anaphora, same-proposition (its article) or cross-article. */
  readonly basis: string;
  readonly score: number;
  readonly evidence?: Record<string, unknown>;
  readonly cue?: Span;
  readonly sentence?: Span;
}

export interface BoardClaim {
  readonly id: string;
  readonly articleId: number;
  readonly articleTitle?: string;
  readonly date?: string;
  readonly claimant?: string;
  readonly content: Span;
  readonly statementId?: string;
  readonly responses: readonly BoardResponse[];
}

export async function claimsBoard(db: Executor, q: ClaimsBoardQuery): Promise<Page<BoardClaim>> {
  const limit = pageSize(q.limit);
  const offset = offsetOf(q.cursor);
  const terms = (q.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const where = terms.map(() => "lower(c.content) LIKE ? ESCAPE '\\'");
  const claims = await db.all<{
    article_id: number;
    record_id: string;
    record: string;
    claimant: string | null;
    date_day: string | null;
    title: string | null;
    answered: string | null;
  }>(
    `SELECT c.article_id, c.record_id, c.record, c.claimant, c.date_day, a.title, max(r.date_day) AS answered
     FROM claim_links l
     JOIN claims c ON c.record_id = l.claim_record_id AND c.article_id = l.claim_article_id
     JOIN responses r ON r.record_id = l.response_record_id AND r.article_id = l.response_article_id
     JOIN articles a ON a.id = c.article_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     GROUP BY c.article_id, c.record_id, c.record, c.claimant, c.date_day, a.title
     ORDER BY (max(r.date_day) IS NULL), max(r.date_day) DESC, c.record_id LIMIT ? OFFSET ?`,
    [...terms.map((t) => `%${likeEscape(t)}%`), limit + 1, offset],
  );
  const items: BoardClaim[] = [];
  for (const c of claims.slice(0, limit)) {
    const rec = JSON.parse(c.record) as { content: Span; statementId?: string };
    items.push({
      id: c.record_id,
      articleId: Number(c.article_id),
      ...(c.title ? { articleTitle: c.title } : {}),
      ...(c.date_day ? { date: c.date_day } : {}),
      ...(c.claimant ? { claimant: c.claimant } : {}),
      content: rec.content,
      ...(rec.statementId ? { statementId: rec.statementId } : {}),
      responses: await responsesOf(db, c.record_id, Number(c.article_id)),
    });
  }
  return { items, ...(claims.length > limit ? { nextCursor: encodeCursor([offset + limit]) } : {}) };
}

async function responsesOf(db: Executor, claimId: string, claimArticle: number): Promise<BoardResponse[]> {
  const rows = await db.all<{
    article_id: number;
    record_id: string;
    relation: string;
    responder_name: string | null;
    date_day: string | null;
    record: string;
    title: string | null;
    basis: string;
    score: number;
    evidence: string | null;
  }>(
    `SELECT r.article_id, r.record_id, r.relation, r.responder_name, r.date_day, r.record, a.title,
       l.basis, l.score, l.evidence
     FROM claim_links l
     JOIN responses r ON r.record_id = l.response_record_id AND r.article_id = l.response_article_id
     JOIN articles a ON a.id = r.article_id
     WHERE l.claim_record_id = ? AND l.claim_article_id = ? ORDER BY r.date_day, r.id`,
    [claimId, claimArticle],
  );
  return rows.map((r) => {
    const rec = JSON.parse(r.record) as { cue?: Span; sentence?: Span };
    return {
      id: r.record_id,
      articleId: Number(r.article_id),
      ...(r.title ? { articleTitle: r.title } : {}),
      relation: r.relation,
      ...(r.responder_name ? { responder: r.responder_name } : {}),
      ...(r.date_day ? { date: r.date_day } : {}),
      basis: r.basis,
      score: Number(r.score),
      ...(r.evidence ? { evidence: JSON.parse(r.evidence) as Record<string, unknown> } : {}),
      ...(rec.cue ? { cue: rec.cue } : {}),
      ...(rec.sentence ? { sentence: rec.sentence } : {}),
    };
  });
}
