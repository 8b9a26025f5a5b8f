/**
 * The omission rules every record follows (docs/records.md), so a record holds each fact once:
 * - a flag (`negated`, `inherited`…) is present only when true;
 * - a list that may be empty (`recipients`, `quoted`, `aliases`…) is present only when not empty;
 * - a copy of another record's field (an actor's name in an act, a statement's content in a claim)
 *   is present only when it differs from what the referenced record says.
 * The helpers here are the one way the record builders apply them.
 */
import * as z from 'zod';
import type { Document } from '../model/document.js';
import type { Span } from '../model/span.js';
import type { Actor } from '../stages/actors/types.js';
import type { Statement } from '../stages/quotes/types.js';

/** The schema of a flag: `true`, or absent for false. */
export function flagSchema(description: string) {
  return z.literal(true).optional().describe(`${description} (present only when true)`);
}

/** `{ [key]: true }` when `value`, else nothing (spread into a record). */
export function flag<K extends string>(key: K, value: boolean): { [P in K]?: true } {
  return (value ? { [key]: true } : {}) as { [P in K]?: true };
}

/** `{ [key]: list }` when the list has items, else nothing (spread into a record). */
export function nonEmpty<K extends string, T>(key: K, list: readonly T[]): { [P in K]?: T[] } {
  return (list.length > 0 ? { [key]: [...list] } : {}) as { [P in K]?: T[] };
}

/** `{ [key]: value }` when the value is set and differs from the referenced record's, else nothing. */
export function unlessSame<K extends string, T>(
  key: K,
  value: T | undefined,
  referenced: T | undefined,
): { [P in K]?: T } {
  return (value !== undefined && value !== referenced ? { [key]: value } : {}) as { [P in K]?: T };
}

/** The actors of a document by id (empty when the actors stage did not run). */
export function actorsById(doc: Document): ReadonlyMap<string, Actor> {
  return new Map((doc.layers.actors?.actors ?? []).map((a) => [a.id, a]));
}

/** The statements of a document by id (empty when the quotes stage did not run). */
export function statementsById(doc: Document): ReadonlyMap<string, Statement> {
  return new Map((doc.layers.quotes?.statements ?? []).map((s) => [s.id, s]));
}

/** True when `span` is the whole content of `statement` (one piece, same offsets). */
export function isStatementContent(span: Span, statement: Statement | undefined): boolean {
  const only = statement?.content.length === 1 ? statement.content[0] : undefined;
  return !!only && only.start === span.start && only.end === span.end;
}
