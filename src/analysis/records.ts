/**
 * Document → Analysis: the typed, versioned record of one analysed article (schema
 * `verbatim.analysis/2`). The zod schemas here and in kinds/ are the one source of truth: the
 * TypeScript types are inferred from them and schema/analysis.schema.json is generated from them
 * (`npm run schema`). Every record carries its evidence as `{start, end, text}` spans into `text`.
 */
import * as z from 'zod';
import type { Document } from '../model/document.js';
import { VerbatimError } from '../model/errors.js';
import type { StageTiming } from '../pipeline/pipeline.js';
import { BlockSchema, blockRecord, DocumentSchema, ProducerSchema, TimingSchema } from './document-schema.js';
import { ACTORS, MENTIONS } from './kinds/actors.js';
import { ACTS } from './kinds/acts.js';
import { CLAIMS, POSITIONS, RESPONSES } from './kinds/claims.js';
import { STATEMENTS } from './kinds/statements.js';
import { ENTITIES, SENTENCES, TOKENS } from './kinds/text.js';
import { TIMEXES } from './kinds/timexes.js';
import type { RecordKind, RecordShape } from './record-kind.js';
import { documentRecord, producerStamp } from './stamp.js';
import { RecordsJson, windowedRecords } from './window-records.js';

export const ANALYSIS_SCHEMA = 'verbatim.analysis/2';

/**
 * Every record type, in output order: the default kinds, then the opt-in ones. A new record type is
 * one import and one line here, then `npm run schema`.
 */
// biome-ignore format: one line per kind, so kinds added on different branches merge cleanly
export const RECORD_KINDS = [
  ACTORS,
  TIMEXES,
  STATEMENTS,
  ACTS,
  CLAIMS,
  RESPONSES,
  POSITIONS,
  SENTENCES,
  ENTITIES,
  MENTIONS,
  TOKENS,
] as const;

/** Include names that are not a record kind: `pos` (tokens with their tags), `timings` (ms per stage). */
const EXTRA_INCLUDES = ['pos', 'timings'] as const;

/** What `include` may name: the opt-in record kinds and the extras. */
export const INCLUDE_NAMES: readonly string[] = [
  ...RECORD_KINDS.filter((k) => k.optIn).map((k) => k.key),
  ...EXTRA_INCLUDES,
];

function recordShape<T extends readonly RecordKind[]>(kinds: T): RecordShape<T> {
  return Object.fromEntries(kinds.map((k) => [k.key, z.array(k.schema).optional()])) as RecordShape<T>;
}

export const AnalysisSchema = z
  .object({
    schema: z.literal(ANALYSIS_SCHEMA),
    producer: ProducerSchema,
    document: DocumentSchema,
    text: z.string().describe('the analysed text, unchanged (for HTML: the extracted article text)'),
    blocks: z.array(BlockSchema),
    ...recordShape(RECORD_KINDS),
    warnings: z.array(z.string()).describe('non-fatal problems (e.g. a Latin-1 fallback)'),
    timings: z
      .array(TimingSchema)
      .optional()
      .describe(
        'milliseconds per stage for this document, with include timings (else the output is deterministic)',
      ),
  })
  .strict()
  .meta({
    id: 'Analysis',
    title: 'Verbatim analysis',
    description: `One analysed article (${ANALYSIS_SCHEMA}): document, blocks and records, each with spans into text.`,
  });

export type Analysis = z.infer<typeof AnalysisSchema>;

export interface RecordOptions {
  /** What to add to the default records: any of INCLUDE_NAMES (`tokens`, `pos`, `sentences`, `timings`…). */
  readonly include?: readonly string[];
}

/** Checks include names (from `--include tokens,pos` or the library option); `pos` implies `tokens`. */
export function resolveInclude(names: readonly string[] = []): ReadonlySet<string> {
  const out = new Set<string>();
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    if (!INCLUDE_NAMES.includes(name)) {
      throw new VerbatimError('E_OPTION_INVALID', `unknown include '${name}'`, {
        hint: `include one or more of: ${INCLUDE_NAMES.join(', ')}`,
      });
    }
    out.add(name);
    if (name === 'pos') out.add('tokens');
  }
  return out;
}

/** The records of an analysed document. `timings` name the stages that ran, in order. */
export function toAnalysis(
  doc: Document,
  timings: readonly StageTiming[],
  options: RecordOptions = {},
): Analysis {
  const entries = [...analysisEntries(doc, timings, options)];
  return Object.fromEntries(
    entries.map(([k, v]) => [k, v instanceof RecordsJson ? v.parse() : v]),
  ) as Analysis;
}

/**
 * The Analysis's properties in output order, each built when it is reached (a windowed document's
 * records come as RecordsJson, window-records.ts): the one definition of an analysis, read whole by
 * `toAnalysis` and one record kind at a time by `analysisJsonChunks` (json-stream.ts), which so never
 * holds every kind's records at once.
 */
export function* analysisEntries(
  doc: Document,
  timings: readonly StageTiming[],
  options: RecordOptions = {},
): Generator<readonly [key: string, value: unknown]> {
  const include = resolveInclude(options.include);
  const producer = producerStamp(timings.map((t) => t.stage));
  yield ['schema', ANALYSIS_SCHEMA];
  yield ['producer', producer];
  yield ['document', documentRecord(doc, producer)];
  yield ['text', doc.text];
  yield ['blocks', doc.blocks.map(blockRecord)];
  // A huge document analysed with `windowedJson` has its records as JSON already (window-records.ts).
  const windowed = windowedRecords(doc);
  for (const kind of RECORD_KINDS as readonly RecordKind[]) {
    if (kind.optIn && !include.has(kind.key)) continue;
    const built = windowed ? windowed.get(kind.key) : kind.build(doc, include);
    if (built) yield [kind.key, built];
  }
  yield ['warnings', [...doc.warnings]];
  if (include.has('timings'))
    yield ['timings', timings.map((t) => ({ stage: t.stage, ms: Math.round(t.ms * 1000) / 1000 }))];
}
