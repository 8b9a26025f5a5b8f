/** Builds the claims layer of a document from its sentences, statements, actors and dates. */
import type { Document } from '../../model/document.js';
import { recordId } from '../../model/ids.js';
import { spanOf } from '../../model/span.js';
import { type DocView, docView } from '../../pipeline/doc-view.js';
import type {} from '../actors/types.js';
import type {} from '../dating/types.js';
import type { Statement } from '../quotes/types.js';
import type {} from '../sentences/types.js';
import {
  ClaimWindows,
  type DraftClaim,
  DraftClaims,
  linkResponse,
  reportedClaims,
  statementClaims,
} from './claims.js';
import { mentionsOf } from './mentions.js';
import { positionsOf } from './positions.js';
import { claimAfter, type FoundResponse, sentenceResponses } from './responses.js';
import type { Claim, ClaimsLayer, Response } from './types.js';

/**
 * Sentence index → the statements whose sentence span overlaps it, in statement order: one pass
 * over the statements with a binary search each (a filter of every statement per sentence was
 * sentences × statements).
 */
function statementsBySentence(dv: DocView, statements: readonly Statement[]): Statement[][] {
  const out: Statement[][] = Array.from({ length: dv.sentences.length }, () => []);
  for (const st of statements) {
    const { from, to } = dv.sentencesOverlapping(st.sentence.start, st.sentence.end);
    for (let i = from; i < to; i++) out[i]?.push(st);
  }
  return out;
}

export function buildClaims(doc: Document): ClaimsLayer {
  const { text } = doc;
  const dv = docView(doc);
  const statements = doc.layers.quotes?.statements ?? [];
  const times = new Map((doc.layers.statementTimes ?? []).map((t) => [t.statementId, t.value] as const));
  const published = doc.meta.publishedAt?.slice(0, 10);
  const mentions = mentionsOf(text, doc.layers.actors);
  const sentenceOf = (at: number) => Math.max(0, dv.sentenceAt(at));
  const claimSet = new DraftClaims(statementClaims(statements, sentenceOf));
  const found: Array<{ r: FoundResponse; sentence: number; inside?: number }> = [];
  const overlapping = statementsBySentence(dv, statements);
  dv.sentences.forEach((s, i) => {
    const bySentence = overlapping[i] as Statement[];
    for (const d of reportedClaims(text, s, i, (from, end) => claimAfter(text, from, end))) claimSet.add(d);
    for (const r of sentenceResponses({
      text,
      start: s.start,
      end: s.end,
      statements: bySentence,
      mentions,
    })) {
      const inside = r.inside
        ? claimSet.add({ range: r.inside, origin: 'response', sentence: i })
        : undefined;
      found.push({ r, sentence: i, ...(inside !== undefined ? { inside } : {}) });
    }
  });
  const drafts = claimSet.list;
  const ids = claimIds(doc.scope, drafts, statements);
  const windows = new ClaimWindows(drafts);
  const claims: Claim[] = drafts.map((c, index) => {
    const date = (c.statementId && times.get(c.statementId)) || published;
    return {
      id: ids[index] as string,
      content: spanOf(text, c.range.start, c.range.end),
      origin: c.origin,
      ...(c.claimant ? { claimant: c.claimant } : {}),
      ...(c.claimantActorId ? { claimantActorId: c.claimantActorId } : {}),
      ...(date ? { date } : {}),
      ...(c.statementId ? { statementId: c.statementId } : {}),
    };
  });
  const responses: Response[] = found.map(({ r, sentence, inside }) => {
    const links = linkResponse(text, r, sentence, inside, drafts, windows).map((l) => {
      return { claimId: ids[l.index] as string, basis: l.basis };
    });
    const s = dv.sentences[sentence];
    // A statement whose sentence holds the cue overlaps the response's sentence: its list is enough.
    const around = (overlapping[sentence] ?? []).find(
      (st) =>
        st.cue.start <= r.cue.start && r.cue.start < st.sentence.end && st.sentence.start <= r.cue.start,
    );
    const date = (around && times.get(around.id)) || published;
    return {
      id: recordId('response', doc.scope, r.cue.start, r.cue.end),
      relation: r.relation,
      cue: spanOf(text, r.cue.start, r.cue.end),
      ...(r.responder ? { responder: spanOf(text, r.responder.start, r.responder.end) } : {}),
      ...(r.responder?.name ? { responderName: r.responder.name } : {}),
      ...(r.responder?.actorId ? { responderActorId: r.responder.actorId } : {}),
      links,
      sentence: spanOf(text, s?.start ?? r.cue.start, s?.end ?? r.cue.end),
      ...(date ? { date } : {}),
    };
  });
  return {
    claims,
    responses,
    positions: positionsOf(
      doc,
      statements,
      times,
      published,
      found.map((f) => f.r.cue),
    ),
  };
}

/**
 * Claim IDs: the span of the claim's content. Two statements can leave claims with one content span (a
 * statement and a longer one that starts at the same word, cut to the same clause); the later claims then
 * take their statement's cue start as `extra`, as statement IDs do, so every claim ID is unique.
 */
function claimIds(scope: string, drafts: readonly DraftClaim[], statements: readonly Statement[]): string[] {
  const cueStart = new Map(statements.map((s) => [s.id, s.cue.start] as const));
  const used = new Set<string>();
  return drafts.map((c, index) => {
    let id = recordId('claim', scope, c.range.start, c.range.end);
    if (used.has(id)) {
      const cue = c.statementId !== undefined ? cueStart.get(c.statementId) : undefined;
      id = recordId('claim', scope, c.range.start, c.range.end, String(cue ?? `n${index}`));
    }
    used.add(id);
    return id;
  });
}
