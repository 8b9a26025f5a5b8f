/** The span record every other record points at the text with: `text.slice(start, end) === text`. */
import * as z from 'zod';

const Offset = z.number().int().nonnegative();

export const SpanSchema = z
  .object({
    start: Offset.describe('first UTF-16 code unit of the span in the analysis text'),
    end: Offset.describe('one past the last UTF-16 code unit (half-open)'),
    text: z.string().describe('exactly text.slice(start, end)'),
  })
  .strict()
  .meta({
    id: 'Span',
    description: 'Half-open UTF-16 offsets into the analysis text, with the text they hold.',
  });

export type SpanRecord = z.infer<typeof SpanSchema>;

/** A span as a record: only its three fields, whatever else the layer object carries. */
export function spanRecord(s: {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}): SpanRecord {
  return { start: s.start, end: s.end, text: s.text };
}
