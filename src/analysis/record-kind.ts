/**
 * The extension point for record types. A record kind names the Analysis property its records go
 * in, the zod schema of one record, whether it is out by default or only on request (`include`),
 * and how to build its records from the document's layers. Adding a record type (Act, Claim) is one
 * file under kinds/ plus one entry in RECORD_KINDS (records.ts), then `npm run schema`.
 */
import type { z } from 'zod';
import type { Document } from '../model/document.js';

export interface RecordKind<K extends string = string, S extends z.ZodType = z.ZodType> {
  /** The Analysis property holding the records (`actors`, `statements`, `acts`). */
  readonly key: K;
  /** One record. */
  readonly schema: S;
  /** Internal records (tokens) are left out unless an include names `key`. */
  readonly optIn: boolean;
  /**
   * The records of `doc`, or undefined when the layers they come from were not computed (the
   * property is then absent). `include` is the resolved include set, for kinds that widen with it.
   */
  build(doc: Document, include: ReadonlySet<string>): z.infer<S>[] | undefined;
}

/** Declares a record kind, keeping its key and schema types for the Analysis type. */
export function defineRecordKind<const K extends string, S extends z.ZodType>(
  kind: RecordKind<K, S>,
): RecordKind<K, S> {
  return kind;
}

/** The Analysis properties the kinds add: each an optional array of its records. */
export type RecordShape<T extends readonly RecordKind[]> = {
  [E in T[number] as E['key']]: z.ZodOptional<z.ZodArray<E['schema']>>;
};
