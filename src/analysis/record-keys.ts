/**
 * The record keys of an analysis in output order, as `RECORD_KINDS` (records.ts) lists them, without their
 * zod schemas: the store's writing thread orders stored analyses by them, and so loads no schema code
 * (~4.5 MB of its heap). test/unit/analysis/record-keys.test.ts keeps the two lists equal.
 */
export const RECORD_KEYS: readonly string[] = [
  'actors',
  'timexes',
  'statements',
  'acts',
  'claims',
  'responses',
  'positions',
  'sentences',
  'entities',
  'mentions',
  'tokens',
];
