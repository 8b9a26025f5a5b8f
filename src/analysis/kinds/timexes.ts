/** Timex records: TIMEX3 expressions with their normalised TimeML values. */
import * as z from 'zod';
import '../../stages/time/types.js';
import { defineRecordKind } from '../record-kind.js';
import { SpanSchema } from '../span-schema.js';

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export const TIMEX_MODS = [
  'START',
  'MID',
  'END',
  'APPROX',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
  'BEFORE',
  'AFTER',
  'ON_OR_AFTER',
] as const;
export const TIMEX_ANCHORS = ['publication', 'previous', 'publication-unknown'] as const;

export const TimexSchema = SpanSchema.extend({
  id: z.string(),
  type: z.enum(TIMEX_TYPES),
  value: z.string().describe('TimeML value: 2024-06-14, 2024-W45, PT24H, PAST_REF, XXXX-06-14 (unresolved)'),
  mod: z.enum(TIMEX_MODS).optional(),
  anchor: z
    .enum(TIMEX_ANCHORS)
    .optional()
    .describe('what a relative value was resolved against; publication-unknown leaves X in the value'),
  anchorId: z.string().optional().describe('the earlier timex a previous anchor refers to'),
})
  .strict()
  .meta({ id: 'Timex' });

export type TimexRecord = z.infer<typeof TimexSchema>;

export const TIMEXES = defineRecordKind({
  key: 'timexes',
  schema: TimexSchema,
  optIn: false,
  build: (doc) =>
    doc.layers.timexes?.map(
      (t): TimexRecord => ({
        id: t.id,
        type: t.type,
        value: t.value,
        ...(t.mod ? { mod: t.mod } : {}),
        ...(t.anchor ? { anchor: t.anchor } : {}),
        ...(t.anchorId ? { anchorId: t.anchorId } : {}),
        start: t.start,
        end: t.end,
        text: t.text,
      }),
    ),
});
