/**
 * CoNLL-2003 style column files: `token [cols…] tag`, blank line between sentences,
 * `-DOCSTART-` lines between documents. Reads IOB1 and IOB2 tags, converts entity
 * tags to spans and back, and writes `token<TAB>tag` output in IOB2.
 */

export interface ConllSentence {
  readonly tokens: readonly string[];
  /** Last column of each line, as written (IOB1 or IOB2); `O` when the line has a single column. */
  readonly tags: readonly string[];
  /** Other columns between the token and the tag (e.g. POS, chunk). */
  readonly extra: readonly (readonly string[])[];
}

export interface ConllDocument {
  readonly sentences: ConllSentence[];
}

/** An entity over tokens `[start, end)` of one sentence. */
export interface TokenEntity {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** One parsed line of a CoNLL file, so a writer can reproduce the line structure exactly. */
export type ConllLine =
  | { readonly kind: 'blank' }
  | { readonly kind: 'docstart'; readonly raw: string }
  | {
      readonly kind: 'token';
      readonly token: string;
      readonly extra: readonly string[];
      readonly tag: string;
    };

export const DOCSTART = '-DOCSTART-';

/** Splits a file into lines; a line with one column is a token with tag `O`. */
export function parseConllLines(text: string): ConllLine[] {
  const raw = text.split(/\r?\n/);
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  return raw.map((line): ConllLine => {
    const trimmed = line.trim();
    if (trimmed === '') return { kind: 'blank' };
    const cols = trimmed.split(/\s+/);
    const token = cols[0] ?? '';
    if (token === DOCSTART) return { kind: 'docstart', raw: line };
    if (cols.length === 1) return { kind: 'token', token, extra: [], tag: 'O' };
    return { kind: 'token', token, extra: cols.slice(1, -1), tag: cols[cols.length - 1] ?? 'O' };
  });
}

/** Groups lines into documents of sentences (a file without `-DOCSTART-` is one document). */
export function groupConll(lines: readonly ConllLine[]): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let tokens: string[] = [];
  let tags: string[] = [];
  let extra: string[][] = [];
  const flushSentence = (): void => {
    if (tokens.length) doc.sentences.push({ tokens, tags, extra });
    tokens = [];
    tags = [];
    extra = [];
  };
  for (const line of lines) {
    if (line.kind === 'token') {
      tokens.push(line.token);
      tags.push(line.tag);
      extra.push([...line.extra]);
    } else if (line.kind === 'blank') {
      flushSentence();
    } else {
      flushSentence();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
    }
  }
  flushSentence();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

export function readConll(text: string): ConllDocument[] {
  return groupConll(parseConllLines(text));
}

function splitTag(tag: string): [string, string] {
  if (tag === 'O' || tag.length < 2 || tag[1] !== '-') return ['O', ''];
  return [tag[0] ?? 'O', tag.slice(2)];
}

/**
 * Entities of a tag sequence, read as conlleval does: IOB1 and IOB2 both work
 * (an `I-X` after `O` or after another type starts an entity; `B-X` always does).
 * BILOU/BIOES prefixes (`L`, `U`, `E`, `S`) are accepted too.
 */
export function tagsToEntities(tags: readonly string[]): TokenEntity[] {
  const out: TokenEntity[] = [];
  let start = -1;
  let type = '';
  const close = (i: number): void => {
    if (start >= 0) out.push({ start, end: i, type });
    start = -1;
    type = '';
  };
  for (let i = 0; i < tags.length; i++) {
    const [prefix, t] = splitTag(tags[i] ?? 'O');
    if (prefix === 'O') {
      close(i);
      continue;
    }
    const begins = prefix === 'B' || prefix === 'U' || prefix === 'S' || start < 0 || t !== type;
    if (begins) {
      close(i);
      start = i;
      type = t;
    }
    if (prefix === 'L' || prefix === 'U' || prefix === 'E' || prefix === 'S') close(i + 1);
  }
  close(tags.length);
  return out;
}

/** IOB2 tags for entities over a sentence of `length` tokens. */
export function entitiesToIob2(entities: readonly TokenEntity[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const e of entities) {
    for (let i = e.start; i < e.end; i++) tags[i] = `${i === e.start ? 'B' : 'I'}-${e.type}`;
  }
  return tags;
}
