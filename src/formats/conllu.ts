/**
 * CoNLL-U reading (https://universaldependencies.org/format.html): sentences
 * with their comments (`# text =`, `# newdoc`, `# newpar`), multiword-token
 * ranges (`1-2`) and syntactic words; empty nodes (`1.1`) are skipped.
 */
import { VerbatimError } from '../model/errors.js';

export interface ConlluWord {
  readonly form: string;
  readonly upos: string;
  readonly xpos: string;
  /** False when the word is followed by no space (`SpaceAfter=No` in MISC). */
  readonly spaceAfter: boolean;
}

/** A surface token: one word, or a multiword token (`don't` → `do` `n't`) covering several. */
export interface ConlluToken {
  readonly form: string;
  /** Indices into the sentence's `words`, `[first, last]`. */
  readonly first: number;
  readonly last: number;
  readonly spaceAfter: boolean;
}

export interface ConlluSentence {
  readonly id?: string;
  readonly text?: string;
  /** A `# newdoc` comment opens this sentence. */
  readonly newDoc: boolean;
  /** A `# newpar` (or `# newdoc`) comment opens this sentence. */
  readonly newPar: boolean;
  readonly words: ConlluWord[];
  readonly tokens: ConlluToken[];
}

export function parseConllu(content: string, file?: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current = emptySentence();
  let rangeEnd = 0;
  let rangeForm = '';
  let rangeSpace = true;
  let rangeFirst = 0;
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    if (line === '') {
      if (current.words.length > 0) sentences.push(current);
      current = emptySentence();
      continue;
    }
    if (line.startsWith('#')) {
      readComment(current, line);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) {
      throw new VerbatimError(
        'E_TASK_INPUT',
        `line ${n + 1}: expected 10 tab-separated columns`,
        file ? { file } : {},
      );
    }
    const id = cols[0] as string;
    if (id.includes('.')) continue;
    const dash = id.indexOf('-');
    if (dash > 0) {
      rangeFirst = current.words.length;
      rangeEnd = Number(id.slice(dash + 1));
      rangeForm = cols[1] as string;
      rangeSpace = !(cols[9] as string).includes('SpaceAfter=No');
      continue;
    }
    const spaceAfter = !(cols[9] as string).includes('SpaceAfter=No');
    current.words.push({
      form: cols[1] as string,
      upos: cols[3] as string,
      xpos: cols[4] as string,
      spaceAfter,
    });
    const index = current.words.length - 1;
    if (rangeEnd > 0) {
      if (Number(id) === rangeEnd) {
        current.tokens.push({ form: rangeForm, first: rangeFirst, last: index, spaceAfter: rangeSpace });
        rangeEnd = 0;
      }
    } else {
      current.tokens.push({ form: cols[1] as string, first: index, last: index, spaceAfter });
    }
  }
  if (current.words.length > 0) sentences.push(current);
  return sentences;
}

type MutableSentence = { -readonly [K in keyof ConlluSentence]: ConlluSentence[K] };

function emptySentence(): MutableSentence {
  return { newDoc: false, newPar: false, words: [], tokens: [] };
}

function readComment(s: MutableSentence, line: string): void {
  const m = /^#\s*([\w.-]+)(?:\s+id)?\s*(?:=\s?(.*))?$/.exec(line);
  if (!m) return;
  const key = m[1];
  if (key === 'text') s.text = m[2] ?? '';
  else if (key === 'sent_id') s.id = (m[2] ?? '').trim();
  else if (key === 'newdoc') {
    s.newDoc = true;
    s.newPar = true;
  } else if (key === 'newpar') s.newPar = true;
}
