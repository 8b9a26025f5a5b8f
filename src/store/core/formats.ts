/**
 * A stored analysis in the field's exchange formats, for `verbatim export`:
 * brat standoff (statements as PolNeAR attributions), CoNLL-2003 (tokens with
 * IOB2 entity tags; needs the tokens, sentences and entities records, which
 * ingest includes) and TimeML (TIMEX3 tags in the text). Reads the
 * `verbatim.analysis/2` records, like rows.ts.
 */
import type { Analysis } from '../../analysis/records.js';
import { writeBrat } from '../../formats/brat.js';
import { entitiesToIob2 } from '../../formats/conll.js';
import { readTimeml, writeTimeml } from '../../formats/timeml.js';

export function toBratAnn(analysis: Analysis): string {
  const statements = analysis.statements ?? [];
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
  const tokens = analysis.tokens ?? [];
  const sentences = analysis.sentences ?? [];
  const entities = analysis.entities ?? [];
  const out = ['-DOCSTART- O', ''];
  // Records carry character offsets: a sentence's tokens and an entity's tokens are the ones inside its span.
  for (const s of sentences) {
    const words = tokens.filter((t) => t.start >= s.start && t.end <= s.end);
    const index = (offset: number, edge: 'start' | 'end'): number =>
      edge === 'start'
        ? words.findIndex((t) => t.start >= offset)
        : words.findLastIndex((t) => t.end <= offset) + 1;
    const inside = entities
      .filter((e) => e.start >= s.start && e.end <= s.end)
      .map((e) => ({ start: index(e.start, 'start'), end: index(e.end, 'end'), type: e.type }))
      .filter((e) => e.start >= 0 && e.end > e.start);
    const tags = entitiesToIob2(inside, words.length);
    words.forEach((t, i) => {
      out.push(`${t.text.replace(/\s+/g, '_')} ${tags[i]}`);
    });
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A TimeML document: DCT from the publication date when known, TIMEX3 tags around each expression. */
export function toTimeml(analysis: Analysis): string {
  const published = analysis.document.publishedAt?.slice(0, 10);
  const dct = published
    ? `<DCT><TIMEX3 tid="t0" type="DATE" value="${published}" functionInDocument="CREATION_TIME">${published}</TIMEX3></DCT>\n`
    : '';
  const body = analysis.text.replace(/[&<>]/g, (c) => XML_ESCAPES[c]!);
  const raw = `<?xml version="1.0" ?>\n<TimeML>\n<DOCID>${analysis.document.id}</DOCID>\n${dct}<TEXT>${body}</TEXT>\n</TimeML>\n`;
  const doc = readTimeml(raw);
  const timexes = (analysis.timexes ?? []).map((t, i) => ({
    start: t.start,
    end: t.end,
    tid: `t${i + 1}`,
    type: t.type,
    value: t.value,
    ...(t.mod ? { mod: t.mod } : {}),
  }));
  return writeTimeml(raw, doc, timexes);
}
