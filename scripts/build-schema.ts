/** Rewrites schema/analysis.schema.json from the zod record schemas (src/analysis/). Review the diff. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisJsonSchemaText, SCHEMA_FILE } from '../src/analysis/json-schema.js';

const file = join(import.meta.dirname, '..', SCHEMA_FILE);
writeFileSync(file, analysisJsonSchemaText());
console.log(`wrote ${SCHEMA_FILE}`);
