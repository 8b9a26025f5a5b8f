/**
 * The reference date of a document, in the documented order of trust:
 *   1. `meta.publishedAt` (input metadata or `--published`);
 *   2. a dateline's date (`KYIV, Nov 8, 2024 (AP) —`), when it names the year;
 *   3. a byline or publication stamp block (`Published 8 November 2024`).
 * Found dates are written back to `meta.publishedAt` with `publishedAtSource`.
 * The clock is never read: with none of these the reference stays unknown and
 * relative expressions keep X's.
 */
import type { Document, PublishedAtSource } from '../../model/document.js';
import { parseIsoDate, type Ymd } from './calendar.js';
import { recogniseTimexes } from './recognise.js';

export interface Reference {
  readonly date: Ymd | undefined;
  readonly source: PublishedAtSource | undefined;
}

/** The first full calendar date (YYYY-MM-DD) an absolute expression in `text` names, if any. */
export function absoluteDateIn(text: string): string | undefined {
  for (const t of recogniseTimexes(text, undefined)) {
    if (/^\d{4}-\d{2}-\d{2}/.test(t.value) && t.anchor === undefined) return t.value.slice(0, 10);
  }
  return undefined;
}

/** Finds the document's reference date and records where it came from in `doc.meta`. */
export function resolveReference(doc: Document, published?: string): Reference {
  const meta = doc.meta;
  if (!meta.publishedAt && published) {
    meta.publishedAt = published;
    meta.publishedAtSource = 'option';
  }
  const fromMeta = parseIsoDate(meta.publishedAt);
  if (fromMeta) return { date: fromMeta, source: meta.publishedAtSource ?? 'metadata' };
  for (const kind of ['dateline', 'byline'] as const) {
    for (const b of doc.blocks) {
      if (b.kind !== kind) continue;
      const text = kind === 'dateline' ? (b.dateline?.dateText ?? '') : b.text;
      const found = text ? absoluteDateIn(text) : undefined;
      if (found) {
        meta.publishedAt = found;
        meta.publishedAtSource = kind;
        return { date: parseIsoDate(found), source: kind };
      }
    }
  }
  return { date: undefined, source: undefined };
}
