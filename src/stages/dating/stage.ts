/**
 * The `dating` stage: gives every statement the time it was made. A statement is
 * dated by the time expression governing its sentence outside its own content
 * (`On Thursday, Putin … noting they “deserved attention”` → that Thursday; the
 * `within 24 hours` inside a claim says what, not when), else by the publication
 * date, marked 'reported-on' (see `spanDater` in the time stage).
 */
import { type Document, getLayer, setLayer } from '../../model/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { spanDater } from '../time/dating.js';
import type { StatementTime } from './types.js';

export function createDatingStage(): Stage {
  return { run: dateStatements };
}

function dateStatements(doc: Document): void {
  const dateOf = spanDater(doc);
  const times: StatementTime[] = getLayer(doc, 'quotes').statements.map((s) => {
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (const c of s.content) {
      start = Math.min(start, c.start);
      end = Math.max(end, c.end);
    }
    const d = dateOf(start, end);
    // Literals rather than spreads of optional fields: the same keys, in the same order (speed only).
    if (d.value && d.timex) return { statementId: s.id, basis: d.kind, value: d.value, timexId: d.timex.id };
    if (d.value) return { statementId: s.id, basis: d.kind, value: d.value };
    if (d.timex) return { statementId: s.id, basis: d.kind, timexId: d.timex.id };
    return { statementId: s.id, basis: d.kind };
  });
  setLayer(doc, 'statementTimes', times);
}
