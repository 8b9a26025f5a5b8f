/**
 * Claim links across articles (issue #20, item 3): a response in one article answers a claim in another when
 * they state the same proposition (shared names and content words) and the claim is not dated after the
 * response; each link keeps its score and evidence. Run in the ingest transaction of the newer article.
 */
import type { ResolvedClaim, ResolvedResponse } from '../../analysis/resolve.js';
import {
  matchWords,
  type PropositionMatch,
  type PropositionWords,
  propositionWords,
} from '../../stages/claims/claims.js';
import type { Executor, SqlValue } from './driver.js';
import type { Dialect } from './types.js';

/** Days either side of a response that a claim it answers may be dated (news cycles are short). */
const CROSS_WINDOW_DAYS = 30;
/** Least proposition score (stages/claims/claims.ts) for a cross-article link. */
const CROSS_MIN_SCORE = 0.5;

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
 * and reading their rows was a quarter of an article's claim CPU (840 PolNeAR articles: 2.4 → 1.8 ms, loaded).
 * Names are letters and hyphens only (stages/claims/claims.ts `names`), which JSON carries to both databases
 * as they are.
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

/** A `claim_links` row (LINK_COLUMNS order). */
export function linkRow(
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

export const LINK_COLUMNS = [
  'response_article_id',
  'response_record_id',
  'claim_article_id',
  'claim_record_id',
  'basis',
  'score',
  'evidence',
];

/** This article's responses → earlier claims of other articles, and stored responses → this article's claims. */
export async function crossLinks(
  tx: Executor,
  dialect: Dialect,
  articleId: number,
  claims: readonly ResolvedClaim[],
  responses: readonly ResolvedResponse[],
  claimDay: (c: ResolvedClaim) => string | null,
  responseDay: (r: ResolvedResponse) => string | null,
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
