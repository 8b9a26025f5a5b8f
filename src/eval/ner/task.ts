/**
 * `verbatim predict ner IN OUT` and `verbatim eval ner FILE` on CoNLL-2003 style files.
 *
 * predict: IN has one token per line (extra columns ignored), blank lines between
 * sentences and `-DOCSTART-` lines between documents; OUT has `token<TAB>tag` per
 * line in IOB2, blank lines preserved, `-DOCSTART-` passed through with tag `O`.
 * eval: tags FILE's tokens and scores against FILE's last column (IOB1 or IOB2),
 * conlleval-style (an entity counts when start, end and type all match). A leading token-index column (WikiGold)
 * is dropped.
 */
import { readFile, writeFile } from 'node:fs/promises';
import {
  type ConllLine,
  DOCSTART,
  entitiesToIob2,
  groupConll,
  parseConllLines,
  tagsToEntities,
} from '../../formats/conll.js';
import { VerbatimError } from '../../model/errors.js';
import { labelsToEntities } from '../../stages/entities/tagger/labels.js';
import { loadEntityTagger } from '../../stages/entities/tagger/load.js';
import type { EntityTagger } from '../../stages/entities/tagger/tagger.js';
import type { EvalReport, Task } from '../task.js';
import { withoutIndexColumn } from './index-column.js';
import { formatNerScore, NerScorer, prf } from './score.js';

async function readLines(path: string): Promise<ConllLine[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new VerbatimError('E_INPUT_NOT_FOUND', `cannot read ${path}`, { file: path, cause });
  }
  return withoutIndexColumn(parseConllLines(text));
}

/** IOB2 tags for every token line, in file order. */
export function tagLines(tagger: EntityTagger, lines: readonly ConllLine[]): string[] {
  const out: string[] = [];
  for (const doc of groupConll(lines)) {
    const labels = tagger.tagDocument(doc.sentences.map((s) => s.tokens));
    doc.sentences.forEach((s, i) => {
      out.push(...entitiesToIob2(labelsToEntities(labels[i] as Uint8Array), s.tokens.length));
    });
  }
  return out;
}

export async function predictNer(input: string, output: string): Promise<void> {
  const lines = await readLines(input);
  const tagger = await loadEntityTagger();
  const tags = tagLines(tagger, lines);
  let k = 0;
  const out = lines.map((line) => {
    if (line.kind === 'blank') return '';
    if (line.kind === 'docstart') return `${DOCSTART}\tO`;
    return `${line.token}\t${tags[k++] ?? 'O'}`;
  });
  await writeFile(output, out.length ? `${out.join('\n')}\n` : '');
}

export async function evaluateNer(gold: string): Promise<EvalReport> {
  const lines = await readLines(gold);
  const tagger = await loadEntityTagger();
  const scorer = new NerScorer();
  for (const doc of groupConll(lines)) {
    const labels = tagger.tagDocument(doc.sentences.map((s) => s.tokens));
    doc.sentences.forEach((s, i) => {
      scorer.addEntities(tagsToEntities(s.tags), labelsToEntities(labels[i] as Uint8Array));
    });
  }
  const score = scorer.result();
  const overall = prf(score.overall);
  const metrics: Record<string, number> = {
    precision: overall.precision,
    recall: overall.recall,
    f1: overall.f1,
    entities_gold: score.overall.gold,
    entities_predicted: score.overall.predicted,
  };
  for (const [type, c] of [...score.byType].sort()) metrics[`f1_${type}`] = prf(c).f1;
  return { task: 'ner', gold, metrics, lines: formatNerScore(score) };
}

export const nerTask: Task = { predict: predictNer, evaluate: evaluateNer };
