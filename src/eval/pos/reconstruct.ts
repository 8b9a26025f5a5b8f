/**
 * Rebuilds running text from a CoNLL-U file's `# text =` lines, as a document
 * per `# newdoc`: paragraphs (`# newpar`) become blocks separated by a blank
 * line, sentences of a paragraph are joined by one space. Records where each
 * gold sentence and each gold word lies in that text, to score segmentation.
 */

import type { ConlluSentence } from '../../formats/conllu.js';
import { type Block, createDocument, type Document } from '../../model/document.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface GoldDocument {
  readonly doc: Document;
  readonly sentences: Range[];
  /** Gold words; a multiword token whose words don't spell it out counts as one unit. */
  readonly words: Range[];
}

export function reconstructDocuments(sentences: readonly ConlluSentence[]): GoldDocument[] {
  const groups: ConlluSentence[][] = [];
  for (const s of sentences) {
    if (s.newDoc || groups.length === 0) groups.push([]);
    groups[groups.length - 1]?.push(s);
  }
  return groups.map((g, n) => buildDocument(g, n));
}

function buildDocument(group: readonly ConlluSentence[], n: number): GoldDocument {
  let text = '';
  const sentences: Range[] = [];
  const words: Range[] = [];
  const paragraphs: Range[] = [];
  let parStart = 0;
  for (const [k, s] of group.entries()) {
    const sentText =
      s.text ??
      s.tokens
        .map((t) => t.form + (t.spaceAfter ? ' ' : ''))
        .join('')
        .trim();
    if (k > 0) {
      if (s.newPar) {
        paragraphs.push({ start: parStart, end: text.length });
        text += '\n\n';
        parStart = text.length;
      } else text += ' ';
    }
    const start = text.length;
    text += sentText;
    sentences.push({ start, end: text.length });
    locateWords(s, sentText, start, words);
  }
  paragraphs.push({ start: parStart, end: text.length });
  const docId = `doc_gold${n}`;
  const blocks: Block[] = paragraphs.map((p, k) => ({
    id: `blk_${n}_${k}`,
    kind: 'paragraph',
    start: p.start,
    end: p.end,
    text: text.slice(p.start, p.end),
  }));
  const doc = { ...createDocument(text, blocks), id: docId };
  return { doc, sentences, words };
}

/** Finds each token's form in order in the sentence text; splits multiword tokens when their words spell them. */
function locateWords(s: ConlluSentence, sentText: string, offset: number, out: Range[]): void {
  let cursor = 0;
  for (const t of s.tokens) {
    const at = sentText.indexOf(t.form, cursor);
    if (at < 0) continue;
    cursor = at + t.form.length;
    const parts = s.words.slice(t.first, t.last + 1).map((w) => w.form);
    if (parts.length > 1 && parts.join('') === t.form) {
      let p = offset + at;
      for (const part of parts) {
        out.push({ start: p, end: p + part.length });
        p += part.length;
      }
    } else out.push({ start: offset + at, end: offset + cursor });
  }
}
