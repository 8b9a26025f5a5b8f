/**
 * `verbatim predict claims IN_DIR OUT_DIR` and `verbatim eval claims GOLD_DIR TEXT_DIR` (issue #20).
 * Gold files follow ../shared/data/claims/GUIDELINE.md; span `text` may be left out (our fixtures
 * store offsets only) and is checked against the text when present.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../analyzer.js';
import { VerbatimError } from '../../model/errors.js';
import type { Span } from '../../model/span.js';
import { docView } from '../../pipeline/doc-view.js';
import type { ClaimsLayer } from '../../stages/claims/types.js';
import type { EvalReport, Task } from '../task.js';
import { type DocumentPair, type Offsets, type ScoredResponse, scoreClaims } from './score.js';

/** The stages whose layers the claims stage reads (their requirements come with them). */
const STAGES = ['actors', 'quotes', 'dating', 'claims'];

export async function claimsAnalyzer(): Promise<Analyzer> {
  return Analyzer.create({ stages: STAGES });
}

const span = (s: Span) => ({ start: s.start, end: s.end, text: s.text });

/** The predict output of one document (issue #20, item 5). */
export function claimsJson(layer: ClaimsLayer): Record<string, unknown> {
  return {
    claims: layer.claims.map((c) => ({ id: c.id, content: span(c.content), claimant: c.claimant ?? null })),
    responses: layer.responses.map((r) => ({
      id: r.id,
      relation: r.relation,
      cue: span(r.cue),
      responder: r.responder ? span(r.responder) : null,
      responder_name: r.responderName ?? null,
      claims: r.links.map((l) => l.claimId),
    })),
  };
}

function textFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new VerbatimError('E_INPUT_NOT_FOUND', `${dir} does not exist`, { file: dir });
  return readdirSync(dir).filter((f) => f.endsWith('.txt'));
}

async function predict(input: string, output: string): Promise<void> {
  const files = textFiles(input);
  mkdirSync(output, { recursive: true });
  const analyzer = await claimsAnalyzer();
  for (const f of files) {
    const { document } = analyzer.run({ text: readFileSync(join(input, f), 'utf8') });
    const layer = document.layers.claims ?? { claims: [], responses: [], positions: [] };
    writeFileSync(join(output, `${f.slice(0, -4)}.json`), `${JSON.stringify(claimsJson(layer), null, 1)}\n`);
  }
}

function offsets(v: unknown, text: string, where: string): Offsets {
  const o = v as { start?: unknown; end?: unknown; text?: unknown } | null;
  if (
    !o ||
    typeof o.start !== 'number' ||
    typeof o.end !== 'number' ||
    o.end < o.start ||
    o.end > text.length
  ) {
    throw new VerbatimError('E_TASK_INPUT', `${where}: a span needs numeric start ≤ end within the text`);
  }
  if (typeof o.text === 'string' && text.slice(o.start, o.end) !== o.text) {
    throw new VerbatimError(
      'E_TASK_INPUT',
      `${where}: span text does not match the article at ${o.start}–${o.end}`,
    );
  }
  return { start: o.start, end: o.end };
}

export function readGold(file: string, text: string): ScoredResponse[] {
  let raw: { responses?: unknown };
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as { responses?: unknown };
  } catch (cause) {
    throw new VerbatimError('E_TASK_INPUT', `${file} is not JSON`, { file, cause });
  }
  if (!Array.isArray(raw.responses))
    throw new VerbatimError('E_TASK_INPUT', `${file} has no "responses" array`, { file });
  return raw.responses.map((r: Record<string, unknown>, i: number) => {
    const where = `${file} response ${i + 1}`;
    return {
      relation: String(r.relation),
      cue: offsets(r.cue, text, where),
      ...(r.responder ? { responder: offsets(r.responder, text, where) } : {}),
      claims: Array.isArray(r.claims) ? r.claims.map((c) => offsets(c, text, where)) : [],
    };
  });
}

function predicted(layer: ClaimsLayer | undefined): ScoredResponse[] {
  if (!layer) return [];
  const byId = new Map(layer.claims.map((c) => [c.id, c.content] as const));
  return layer.responses.map((r) => ({
    relation: r.relation,
    cue: r.cue,
    ...(r.responder ? { responder: r.responder } : {}),
    claims: r.links.flatMap((l) => {
      const c = byId.get(l.claimId);
      return c ? [c] : [];
    }),
  }));
}

async function evaluate(gold: string, textDir?: string): Promise<EvalReport> {
  if (!textDir) {
    throw new VerbatimError('E_TASK_INPUT', 'eval claims needs GOLD_DIR and TEXT_DIR', {
      hint: 'verbatim eval claims test/fixtures/claims-gold/dev ../shared/data/quotes/polnear/dev/text',
    });
  }
  if (!existsSync(gold))
    throw new VerbatimError('E_INPUT_NOT_FOUND', `${gold} does not exist`, { file: gold });
  const analyzer = await claimsAnalyzer();
  const docs: DocumentPair[] = [];
  for (const f of readdirSync(gold)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const stem = f.slice(0, -5);
    const textFile = join(textDir, `${stem}.txt`);
    if (!existsSync(textFile))
      throw new VerbatimError('E_INPUT_NOT_FOUND', `no text ${textFile} for gold ${f}`, { file: textFile });
    const text = readFileSync(textFile, 'utf8');
    const { document } = analyzer.run({ text });
    const dv = docView(document);
    docs.push({
      stem,
      gold: readGold(join(gold, f), text),
      predicted: predicted(document.layers.claims),
      sentenceAt: (o) => dv.sentenceAt(o),
    });
  }
  const s = scoreClaims(docs);
  return {
    task: 'claims',
    gold,
    metrics: {
      articles: docs.length,
      'gold responses': s.gold,
      'predicted responses': s.predicted,
      precision: s.precision,
      recall: s.recall,
      F1: s.f1,
      'relation accuracy': s.relationAccuracy,
      'link accuracy': s.linkAccuracy,
    },
    lines: s.errors,
  };
}

export const claimsTask: Task = { predict, evaluate };
