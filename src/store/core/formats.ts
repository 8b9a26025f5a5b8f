/**
 * A stored analysis in the field's exchange formats, for `verbatim export`:
 * brat standoff (statements as PolNeAR attributions), CoNLL-2003 (tokens with
 * IOB2 entity tags) and TimeML (TIMEX3 tags in the text). Reads today's
 * `verbatim.analysis/1` layers, like rows.ts.
 */
import type { Analysis } from '../../analysis/records.js';
import { writeBrat } from '../../formats/brat.js';
import { entitiesToIob2 } from '../../formats/conll.js';
import { readTimeml, writeTimeml } from '../../formats/timeml.js';
import type { EntityMention } from '../../stages/entities/types.js';
import type { QuotesLayer } from '../../stages/quotes/types.js';
import type { Sentence } from '../../stages/sentences/types.js';
import type { Timex } from '../../stages/time/types.js';
import type { Token } from '../../stages/tokens/types.js';

function layer<T>(analysis: Analysis, name: string): T | undefined {
  return analysis.layers[name] as T | undefined;
}

export function toBratAnn(analysis: Analysis): string {
  const statements = layer<QuotesLayer>(analysis, 'quotes')?.statements ?? [];
  return writeBrat(
    statements.map((s) => ({
      content: s.content,
      cue: s.cue,
      ...(s.source ? { source: s.source } : {}),
      ...(s.speaker ? { speaker: s.speaker.name } : {}),
    })),
    analysis.text,
  );
}

/** CoNLL-2003 lines of one article: `-DOCSTART-`, then `token tag` per line, a blank line after each sentence. */
export function toConll(analysis: Analysis): string {
  const tokens = layer<readonly Token[]>(analysis, 'tokens') ?? [];
  const sentences = layer<readonly Sentence[]>(analysis, 'sentences') ?? [];
  const entities = layer<readonly EntityMention[]>(analysis, 'entities') ?? [];
  const out = ['-DOCSTART- O', ''];
  for (const s of sentences) {
    const inside = entities
      .filter((e) => e.tokenStart >= s.tokenStart && e.tokenEnd <= s.tokenEnd)
      .map((e) => ({ start: e.tokenStart - s.tokenStart, end: e.tokenEnd - s.tokenStart, type: e.type }));
    const tags = entitiesToIob2(inside, s.tokenEnd - s.tokenStart);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const word = tokens[i]?.text.replace(/\s+/g, '_') ?? '_';
      out.push(`${word} ${tags[i - s.tokenStart]}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A TimeML document: DCT from the publication date when known, TIMEX3 tags around each expression. */
export function toTimeml(analysis: Analysis): string {
  const published = analysis.meta.publishedAt?.slice(0, 10);
  const dct = published
    ? `<DCT><TIMEX3 tid="t0" type="DATE" value="${published}" functionInDocument="CREATION_TIME">${published}</TIMEX3></DCT>\n`
    : '';
  const body = analysis.text.replace(/[&<>]/g, (c) => XML_ESCAPES[c]!);
  const raw = `<?xml version="1.0" ?>\n<TimeML>\n<DOCID>${analysis.id}</DOCID>\n${dct}<TEXT>${body}</TEXT>\n</TimeML>\n`;
  const doc = readTimeml(raw);
  const timexes = (layer<readonly Timex[]>(analysis, 'timexes') ?? []).map((t, i) => ({
    start: t.start,
    end: t.end,
    tid: `t${i + 1}`,
    type: t.type,
    value: t.value,
    ...(t.mod ? { mod: t.mod } : {}),
  }));
  return writeTimeml(raw, doc, timexes);
}
