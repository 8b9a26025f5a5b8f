/**
 * Task `pos`: UPOS tagging on gold tokens (predict, eval), plus sentence
 * segmentation and tokenisation scored on text rebuilt from the same file.
 *
 * eval metrics (issue #3):
 *   - UPOS accuracy over every syntactic word (multiword ranges `1-2` and empty
 *     nodes `1.1` skipped), tagging the gold words sentence by sentence;
 *   - sentence boundary F1: sentence end offsets found by our tokens+sentences
 *     stages vs the gold ones, on text rebuilt from `# text =` lines (see
 *     reconstruct.ts); also printed for boundaries inside paragraphs only;
 *   - tokenisation F1: our token spans vs gold word spans, exact match.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseConllu } from '../../formats/conllu.js';
import { setLayer } from '../../model/document.js';
import { VerbatimError } from '../../model/errors.js';
import { defaultTagger } from '../../stages/pos/load-model.js';
import { sentencesOf } from '../../stages/sentences/stage.js';
import { tokenizeDocument } from '../../stages/tokens/stage.js';
import type { EvalReport, Task } from '../task.js';
import { type Range, reconstructDocuments } from './reconstruct.js';

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new VerbatimError('E_INPUT_NOT_FOUND', `cannot read ${file}`, { file, cause: error });
  }
}

/** IN: one token per line, blank lines between sentences. OUT: `token<TAB>UPOS`, blank lines kept. */
async function predict(input: string, output: string): Promise<void> {
  const tagger = defaultTagger();
  const lines = read(input).split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  let sentence: string[] = [];
  const flush = (): void => {
    if (sentence.length === 0) return;
    const tags = tagger.tag(sentence);
    for (let k = 0; k < sentence.length; k++) out.push(`${sentence[k]}\t${tags[k]}`);
    sentence = [];
  };
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      flush();
      out.push('');
    } else sentence.push(line);
  }
  flush();
  writeFileSync(output, out.length ? `${out.join('\n')}\n` : '');
}

interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

function f1(c: Counts): number {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function countMatches(
  pred: readonly Range[],
  gold: readonly Range[],
  key: (r: Range) => string,
  c: Counts,
): void {
  const g = new Set(gold.map(key));
  for (const r of pred) if (g.has(key(r))) c.tp++;
  c.pred += pred.length;
  c.gold += gold.length;
}

async function evaluate(gold: string): Promise<EvalReport> {
  const sentences = parseConllu(read(gold), gold);
  if (sentences.length === 0)
    throw new VerbatimError('E_TASK_INPUT', `no sentences in ${gold}`, { file: gold });
  const tagger = defaultTagger();
  let right = 0;
  let words = 0;
  for (const s of sentences) {
    const ids = tagger.tag(s.words.map((w) => w.form));
    for (let k = 0; k < ids.length; k++) if (ids[k] === s.words[k]?.upos) right++;
    words += ids.length;
  }
  const ends: Counts = { tp: 0, pred: 0, gold: 0 };
  const inner: Counts = { tp: 0, pred: 0, gold: 0 };
  const toks: Counts = { tp: 0, pred: 0, gold: 0 };
  for (const g of reconstructDocuments(sentences)) {
    const tokens = tokenizeDocument(g.doc);
    setLayer(g.doc, 'tokens', tokens);
    const found = sentencesOf(g.doc);
    const endKey = (r: Range): string => String(r.end);
    countMatches(found, g.sentences, endKey, ends);
    const blockEnds = new Set(g.doc.blocks.map((b) => b.end));
    const notBlockEnd = (r: Range): boolean => !blockEnds.has(r.end);
    countMatches(found.filter(notBlockEnd), g.sentences.filter(notBlockEnd), endKey, inner);
    countMatches(tokens, g.words, (r) => `${r.start}:${r.end}`, toks);
  }
  return {
    task: 'pos',
    gold,
    metrics: {
      upos_accuracy: right / words,
      sentence_boundary_f1: f1(ends),
      sentence_boundary_f1_in_paragraphs: f1(inner),
      token_f1: f1(toks),
      words,
      sentences: sentences.length,
    },
    lines: [
      `UPOS: ${right}/${words} words right (gold tokenisation)`,
      `sentence ends: ${ends.tp} right of ${ends.pred} found, ${ends.gold} gold (${inner.gold} inside paragraphs)`,
      `tokens: ${toks.tp} right of ${toks.pred} found, ${toks.gold} gold words`,
    ],
  };
}

export const posTask: Task = { predict, evaluate };
