/**
 * The JSON Schema of an analysis, generated from the zod schemas (records.ts). The committed copy is
 * schema/analysis.schema.json (`npm run schema` rewrites it; a test fails when the two differ).
 */
import * as z from 'zod';
import { ANALYSIS_SCHEMA, AnalysisSchema } from './records.js';

/** Where the committed schema lives, relative to the repository root. */
export const SCHEMA_FILE = 'schema/analysis.schema.json';

export function analysisJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(AnalysisSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $id: ANALYSIS_SCHEMA, ...schema };
}

/** The file's exact text: stable key order and a final newline, so a regeneration diff is reviewable. */
export function analysisJsonSchemaText(): string {
  return `${JSON.stringify(analysisJsonSchema(), null, 2)}\n`;
}
