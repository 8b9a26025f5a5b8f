/**
 * GUM coreference documents: the text is rebuilt from the WebAnno TSV (whose character offsets
 * locate every token; gaps become spaces, sentence gaps newlines), and the gold mentions with
 * their entity type and chain come from the CoNLL file of the same document (same tokens).
 */
import { VerbatimError } from '../model/errors.js';

export interface GumToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface GumMention {
  /** Tokens `[tokenStart, tokenEnd)`. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  /** GUM entity type: person, organization, place, object, event, time, abstract… */
  readonly type: string;
  /** Gold chain (entity) id within the document. */
  readonly chain: string;
}

export interface GumDocument {
  readonly name: string;
  readonly text: string;
  readonly tokens: readonly GumToken[];
  /** Sentences as token ranges `[start, end)`. */
  readonly sentences: readonly (readonly [number, number])[];
  readonly mentions: readonly GumMention[];
}

/** Tokens and sentences of a WebAnno TSV 3.x file, with the text rebuilt from the offsets. */
export function readWebAnnoTsv(tsv: string, file = 'tsv'): Omit<GumDocument, 'mentions' | 'name'> {
  const tokens: GumToken[] = [];
  const sentences: [number, number][] = [];
  for (const line of tsv.split(/\r?\n/)) {
    if (line.startsWith('#Text=')) {
      sentences.push([tokens.length, tokens.length]);
      continue;
    }
    const m = /^\d+-\d+(?:\.\d+)?\t(\d+)-(\d+)\t([^\t]*)/.exec(line);
    if (!m || /^\d+-\d+\.\d+/.test(line)) continue;
    tokens.push({ start: Number(m[1]), end: Number(m[2]), text: m[3]! });
    const s = sentences.at(-1);
    if (s) s[1] = tokens.length;
  }
  if (tokens.length === 0) throw new VerbatimError('E_TASK_INPUT', 'no tokens in WebAnno TSV', { file });
  const length = Math.max(...tokens.map((t) => t.end));
  const chars = new Array<string>(length).fill(' ');
  for (const t of tokens) {
    if (t.end - t.start !== t.text.length) {
      throw new VerbatimError(
        'E_TASK_INPUT',
        `token '${t.text}' does not fit its offsets ${t.start}-${t.end}`,
        { file },
      );
    }
    for (let i = 0; i < t.text.length; i++) chars[t.start + i] = t.text[i]!;
  }
  for (const [s] of sentences.slice(1)) {
    const t = tokens[s];
    if (t && t.start > 0 && chars[t.start - 1] === ' ') chars[t.start - 1] = '\n';
  }
  return { text: chars.join(''), tokens, sentences };
}

/** Gold mentions of a CoNLL coreference file (`(type-chain-wiki`, `type-chain)`), by token index. */
export function readCorefConll(conll: string, tokens: readonly GumToken[], file = 'conll'): GumMention[] {
  const out: GumMention[] = [];
  const open: { type: string; chain: string; token: number }[] = [];
  let t = 0;
  for (const line of conll.split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 3) continue;
    const col = cols[2]!;
    let i = 0;
    while (i < col.length && col !== '_') {
      const opening = col[i] === '(';
      if (opening) i++;
      let j = i;
      while (j < col.length && col[j] !== '(' && col[j] !== ')') j++;
      const label = col.slice(i, j);
      const [type = '', chain = ''] = label.split('-');
      const closing = col[j] === ')';
      if (opening && closing) push(out, tokens, type, chain, t, t + 1);
      else if (opening) open.push({ type, chain, token: t });
      else if (closing) {
        const k = open.findLastIndex((o) => o.chain === chain);
        if (k < 0)
          throw new VerbatimError('E_TASK_INPUT', `unbalanced mention '${label}' at token ${t}`, { file });
        const o = open.splice(k, 1)[0]!;
        push(out, tokens, o.type, o.chain, o.token, t + 1);
      }
      i = closing ? j + 1 : j;
    }
    t++;
  }
  if (t !== tokens.length) {
    throw new VerbatimError('E_TASK_INPUT', `CoNLL has ${t} tokens, TSV ${tokens.length}`, { file });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function push(
  out: GumMention[],
  tokens: readonly GumToken[],
  type: string,
  chain: string,
  a: number,
  b: number,
): void {
  out.push({ tokenStart: a, tokenEnd: b, start: tokens[a]!.start, end: tokens[b - 1]!.end, type, chain });
}
