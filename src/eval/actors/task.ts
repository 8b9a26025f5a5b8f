/**
 * `verbatim predict actors IN_DIR OUT_DIR` (each `<stem>.txt` → `<stem>.json` with the actors)
 * and `verbatim eval actors DIR` on GUM news (`tsv/*.tsv` + `conll/*.conll`): B³ over the gold
 * person/organization/place mentions and pronoun accuracy (see b3.ts for the exact definitions).
 *
 * predict runs the registered pipeline up to `actors`; eval runs its stages up to `entities` (and
 * `pos`, which the actors stage uses in production) on GUM's own tokens and sentences, falling back to capitalised-name chunks when the entity model
 * cannot load, and says which in the report.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Analyzer } from '../../analyzer.js';
import { readCorefConll, readWebAnnoTsv } from '../../formats/gum.js';
import { THIRD_PERSON_PRONOUNS } from '../../lang/en/pronouns.js';
import { createDocument, type Document, getLayer, setLayer } from '../../model/document.js';
import { VerbatimError } from '../../model/errors.js';
import { documentId } from '../../model/ids.js';
import { resolveStages } from '../../pipeline/pipeline.js';
import { findActors } from '../../stages/actors/actors.js';
import { loadDictionary } from '../../stages/actors/dictionary.js';
import { capitalisedNames, entityNames } from '../../stages/actors/name-finder.js';
import type { ActorsLayer } from '../../stages/actors/types.js';
import { STAGE_REGISTRY } from '../../stages/registry.js';
import type { EvalReport, Task, TaskOptions } from '../task.js';
import { type B3Counts, b3, type GoldMention, type PredMention } from './b3.js';

/** GUM entity types scored, as the issue states. */
export const SCORED_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place']);

/** Stages that must be registered for the real pipeline to feed the actor rules. */
const UPSTREAM = ['tokens', 'sentences', 'entities'];

function upstreamRegistered(): boolean {
  return UPSTREAM.every((n) => STAGE_REGISTRY.some((s) => s.provides.includes(n as never)));
}

/**
 * The registered stages up to `entities` and `pos` (the actors stage uses its tags, as in
 * production), minus tokens and sentences (the GUM documents bring
 * their own). Loaded directly: the order check would ask for the tokens stage we skip on purpose.
 */
export async function upstreamPipeline(): Promise<{ run(doc: Document): void } | undefined> {
  if (!upstreamRegistered()) return undefined;
  const descriptors = resolveStages(['pos', 'entities'], STAGE_REGISTRY).filter(
    (s) => !['tokens', 'sentences'].includes(s.name),
  );
  try {
    const stages = await Promise.all(descriptors.map((d) => d.load()));
    return {
      run: (doc) => {
        for (const s of stages) s.run(doc, {});
      },
    };
  } catch {
    return undefined;
  }
}

export function actorsJson(layer: ActorsLayer): unknown {
  return {
    actors: layer.actors.map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      ...(a.country ? { country: a.country } : {}),
      roles: a.roles.map((r) => r.role),
      mentions: a.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
  };
}

async function predict(input: string, output: string): Promise<void> {
  const files = (await readdir(input)).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) {
    throw new VerbatimError('E_TASK_INPUT', `no .txt files in ${input}`, { file: input });
  }
  await mkdir(output, { recursive: true });
  const run = await predictor();
  for (const f of files) {
    const layer = run(await readFile(join(input, f), 'utf8'));
    await writeFile(
      join(output, `${basename(f, '.txt')}.json`),
      `${JSON.stringify(actorsJson(layer), null, 2)}\n`,
    );
  }
}

/** Actors for a text from the registered pipeline up to `actors` (tokens, sentences, pos, entities). */
async function predictor(): Promise<(text: string) => ActorsLayer> {
  const analyzer = await Analyzer.create({ stages: ['actors'] });
  return (text) => getLayer(analyzer.run({ text }).document, 'actors');
}

export function gumDocument(
  text: string,
  tokens: readonly { start: number; end: number; text: string }[],
  sentences: readonly (readonly [number, number])[],
): Document {
  const id = documentId(text);
  const doc = createDocument(text, [{ id: `${id}_b0`, kind: 'paragraph', start: 0, end: text.length, text }]);
  setLayer(
    doc,
    'tokens',
    tokens.map((t, index) => ({ ...t, index })),
  );
  setLayer(
    doc,
    'sentences',
    sentences.map(([a, b], k) => ({
      id: `s${k}`,
      blockId: `${id}_b0`,
      start: tokens[a]!.start,
      end: tokens[b - 1]!.end,
      text: text.slice(tokens[a]!.start, tokens[b - 1]!.end),
      tokenStart: a,
      tokenEnd: b,
    })),
  );
  return doc;
}

/** The GUM genre of a document (`GUM_<genre>_<name>`); `other` for files named otherwise. */
export function gumGenre(stem: string): string {
  return /^GUM_([a-z]+)_/.exec(stem)?.[1] ?? 'other';
}

async function evaluate(gold: string, _second?: string, options: TaskOptions = {}): Promise<EvalReport> {
  const tsvDir = join(gold, 'tsv');
  const all = (await readdir(tsvDir).catch(() => [])).filter((f) => f.endsWith('.tsv')).sort();
  if (all.length === 0) throw new VerbatimError('E_TASK_INPUT', `no tsv/*.tsv under ${gold}`, { file: gold });
  const wanted = options.genres?.length ? new Set(options.genres) : undefined;
  const files = wanted ? all.filter((f) => wanted.has(gumGenre(basename(f, '.tsv')))) : all;
  if (files.length === 0) {
    const present = [...new Set(all.map((f) => gumGenre(basename(f, '.tsv'))))].join(', ');
    throw new VerbatimError(
      'E_TASK_INPUT',
      `no documents of genre ${[...wanted!].join(', ')} under ${gold}`,
      {
        file: gold,
        hint: `genres present: ${present}`,
      },
    );
  }
  const dict = await loadDictionary();
  const upstream = await upstreamPipeline();
  const byGenre = new Map<string, B3Counts>();
  const lines: string[] = [];
  for (const f of files) {
    const stem = basename(f, '.tsv');
    const tsvFile = join(tsvDir, f);
    const { text, tokens, sentences } = readWebAnnoTsv(await readFile(tsvFile, 'utf8'), tsvFile);
    const conllFile = join(gold, 'conll', `${stem}.conll`);
    const mentions = readCorefConll(await readFile(conllFile, 'utf8'), tokens, conllFile);
    const doc = gumDocument(text, tokens, sentences);
    let layer: ActorsLayer;
    if (upstream) {
      upstream.run(doc);
      layer = findActors(doc, dict, entityNames);
    } else layer = findActors(doc, dict, capitalisedNames);
    const c = scoreDocument(layer, mentions, tokens);
    const genre = gumGenre(stem);
    byGenre.set(genre, addCounts(byGenre.get(genre) ?? emptyCounts(), c));
    const f1 = fscore(c.precision / c.mentions, c.recall / c.mentions);
    lines.push(
      `${stem.padEnd(28)} mentions ${String(c.mentions).padStart(4)}  B3 F1 ${f1.toFixed(3)}  pronouns ${c.pronounsRight}/${c.pronouns}`,
    );
  }
  const total = [...byGenre.values()].reduce(addCounts, emptyCounts());
  const metrics: Record<string, number> = { ...summary(total), documents: files.length };
  if (byGenre.size > 1) {
    lines.push('', 'per genre:');
    for (const [genre, c] of [...byGenre].sort(([a], [b]) => a.localeCompare(b))) {
      const m = summary(c);
      metrics[`b3_f1_${genre}`] = m.b3_f1;
      metrics[`pronoun_accuracy_${genre}`] = m.pronoun_accuracy;
      lines.push(
        `  ${genre.padEnd(14)} B3 F1 ${m.b3_f1.toFixed(3)}  pronouns ${m.pronoun_accuracy.toFixed(3)} (${c.pronounsRight}/${c.pronouns})  mentions ${c.mentions}`,
      );
    }
  }
  lines.push(
    '',
    `names from: ${upstream ? 'entities stage' : 'capitalised chunks (the entities stage did not load)'}`,
  );
  return { task: 'actors', gold, metrics, lines };
}

function emptyCounts(): B3Counts {
  return { precision: 0, recall: 0, mentions: 0, pronouns: 0, pronounsRight: 0 };
}

function addCounts(a: B3Counts, b: B3Counts): B3Counts {
  return {
    precision: a.precision + b.precision,
    recall: a.recall + b.recall,
    mentions: a.mentions + b.mentions,
    pronouns: a.pronouns + b.pronouns,
    pronounsRight: a.pronounsRight + b.pronounsRight,
  };
}

/** The headline metrics of a count total (B³ averaged over gold mentions, as b3.ts defines). */
function summary(c: B3Counts) {
  const p = c.mentions ? c.precision / c.mentions : 0;
  const r = c.mentions ? c.recall / c.mentions : 0;
  return {
    b3_precision: p,
    b3_recall: r,
    b3_f1: fscore(p, r),
    pronoun_accuracy: c.pronouns ? c.pronounsRight / c.pronouns : 0,
    gold_mentions: c.mentions,
    gold_pronouns: c.pronouns,
  };
}

function fscore(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

type ScoredMention = {
  start: number;
  end: number;
  tokenEnd: number;
  type: string;
  chain: string;
  tokenStart: number;
};

export function scoreDocument(
  layer: ActorsLayer,
  mentions: readonly ScoredMention[],
  tokens: readonly { start: number; end: number; text: string }[],
): B3Counts {
  const { gold, pred } = alignedMentions(layer, mentions, tokens);
  return b3(gold, pred);
}

/** The scored gold mentions and the predicted mentions as the scorer sees them (clitics re-attached). */
export function alignedMentions(
  layer: ActorsLayer,
  mentions: readonly ScoredMention[],
  tokens: readonly { start: number; end: number; text: string }[],
  scored: ReadonlySet<string> = SCORED_TYPES,
): { gold: GoldMention[]; pred: PredMention[] } {
  const lastTokenAt = (end: number): number => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end < end) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const gold: GoldMention[] = mentions
    .filter((m) => scored.has(m.type))
    .map((m) => ({
      start: m.start,
      end: m.end,
      lastToken: m.tokenEnd - 1,
      chain: m.chain,
      pronoun:
        m.type === 'person' &&
        m.tokenEnd - m.tokenStart === 1 &&
        THIRD_PERSON_PRONOUNS.has(tokens[m.tokenStart]!.text.toLowerCase()),
    }));
  // The stage leaves a split-off possessive clitic outside its mention; GUM puts it inside.
  const pred: PredMention[] = layer.mentions.map((m) => {
    const last = lastTokenAt(m.end);
    const next = tokens[last + 1];
    // A pronoun never takes a possessive clitic: `he 's` is `he is`/`he has` (GUM: `He` alone).
    const clitic =
      m.kind !== 'pronoun' &&
      next !== undefined &&
      tokens[last]!.end === m.end &&
      next.start - m.end <= 1 &&
      /^['’]s?$/i.test(next.text);
    return {
      start: m.start,
      end: clitic ? next.end : m.end,
      lastToken: clitic ? last + 1 : last,
      cluster: m.actorId,
    };
  });
  return { gold, pred };
}

export const actorsTask: Task = { predict, evaluate };
