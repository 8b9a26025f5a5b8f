/**
 * PLOVER gold-standard records (`gsr-dev.json`): one sentence each, with source and target actors
 * and the event type in the older PLOVER labels, mapped to PLOVER 2.0 as issue #19 states.
 */
import { readFileSync } from 'node:fs';
import { VerbatimError } from '../../model/errors.js';
import { PLOVER_TYPES, type PloverType } from '../../stages/acts/types.js';

/** Older labels → PLOVER 2.0 (issue #19); DOCUMENT records are skipped. */
export const LABEL_MAP: Readonly<Record<string, PloverType>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};
const SKIPPED_LABELS: ReadonlySet<string> = new Set(['DOCUMENT']);

export interface GoldActor {
  readonly actorText: string;
  readonly code?: string;
}

export interface GoldRecord {
  readonly id: string;
  readonly text: string;
  readonly date?: string;
  readonly type: PloverType;
  readonly mode?: string;
  readonly sources: readonly GoldActor[];
  readonly targets: readonly GoldActor[];
}

interface RawRecord {
  id?: unknown;
  event?: unknown;
  text?: unknown;
  date?: unknown;
  mode?: unknown;
  source?: unknown;
  target?: unknown;
}

function actors(v: unknown): GoldActor[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((a): a is { actorText: string; code?: string } => typeof a?.actorText === 'string')
    .map((a) => ({ actorText: a.actorText, ...(typeof a.code === 'string' ? { code: a.code } : {}) }));
}

export function mapLabel(label: string): PloverType | undefined {
  const mapped = LABEL_MAP[label] ?? label;
  return (PLOVER_TYPES as readonly string[]).includes(mapped) ? (mapped as PloverType) : undefined;
}

export function parseGsr(json: string, file: string): GoldRecord[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (cause) {
    throw new VerbatimError('E_TASK_INPUT', `${file} is not JSON`, { file, cause });
  }
  if (!Array.isArray(raw)) {
    throw new VerbatimError('E_TASK_INPUT', `${file} is not a JSON array of PLOVER gold records`, { file });
  }
  const out: GoldRecord[] = [];
  for (const r of raw as RawRecord[]) {
    const label = typeof r.event === 'string' ? r.event : '';
    if (SKIPPED_LABELS.has(label) || typeof r.text !== 'string') continue;
    const type = mapLabel(label);
    if (!type) continue;
    out.push({
      id: String(r.id ?? out.length),
      text: r.text,
      ...(typeof r.date === 'string' ? { date: r.date } : {}),
      ...(typeof r.mode === 'string' && r.mode ? { mode: r.mode } : {}),
      type,
      sources: actors(r.source),
      targets: actors(r.target),
    });
  }
  if (!out.length)
    throw new VerbatimError('E_TASK_INPUT', `${file} holds no scorable PLOVER records`, { file });
  return out;
}

export function readGsr(file: string): GoldRecord[] {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new VerbatimError('E_INPUT_NOT_FOUND', `cannot read ${file}`, { file, cause });
  }
  return parseGsr(json, file);
}
