/**
 * Blocks, mentions and timexes as export rows, derived from an article's stored analysis (schema v12 dropped
 * their tables: only exports read them, and the analysis holds the same records). The columns are those the
 * tables had, in their order. `id` numbers the rows of one export stream from 1, in article id order; the
 * tables' row ids were numbered across the store (nothing referred to them: a record's id is `record_id`).
 */
import type { MentionRecord } from '../../analysis/kinds/actors.js';
import type { Analysis } from '../../analysis/records.js';
import { recordId, recordScope } from '../../model/ids.js';
import type { Row } from './driver.js';

export type DerivedRecordType = 'blocks' | 'mentions' | 'timexes';

/** An export row before its `id`. */
type RowOf = Omit<Row, 'id'>;

/** Every mention: the `mentions` records when the analysis has them (unresolved ones too), else the actors' own. */
export function allMentions(analysis: Analysis): MentionRecord[] {
  if (analysis.mentions) return analysis.mentions;
  // An actor's own mentions carry no id: it is made from the record scope and the offsets (docs/identity.md).
  const scope = recordScope(analysis.document.id, analysis.document.version);
  return (analysis.actors ?? [])
    .flatMap((a) =>
      a.mentions.map((m) => ({
        id: recordId('mention', scope, m.start, m.end),
        ...m,
        ...(m.actorId || m.actorIds ? {} : { actorId: a.id }),
      })),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** One article's rows of a derived type, in the order ingest wrote them to the tables before v12. */
export function derivedRows(type: DerivedRecordType, articleId: number, analysis: Analysis): RowOf[] {
  if (type === 'blocks') {
    return analysis.blocks.map((b) => ({
      article_id: articleId,
      record_id: b.id,
      kind: b.kind,
      start: b.start,
      end: b.end,
    }));
  }
  if (type === 'mentions') {
    return allMentions(analysis).map((m) => ({
      article_id: articleId,
      record_id: m.id,
      actor_record_id: m.actorId ?? null,
      kind: m.kind,
      start: m.start,
      end: m.end,
      text: m.text,
    }));
  }
  return (analysis.timexes ?? []).map((t) => ({
    article_id: articleId,
    record_id: t.id,
    type: t.type,
    value: t.value,
    mod: t.mod ?? null,
    anchor: t.anchor ?? null,
    start: t.start,
    end: t.end,
    text: t.text,
  }));
}
