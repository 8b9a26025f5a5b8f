/**
 * The acts metric of issue #19, exactly as written there:
 *
 * - type accuracy: the first predicted act's type equals the gold type (no act is wrong);
 * - macro-F1 over the 16 PLOVER types on those first acts (a record with no act counts as a
 *   miss for its gold type; a type with neither gold nor predicted records is left out);
 * - actor accuracy over records whose type is right: a predicted actor's text overlaps a gold
 *   `actorText`, or its country code equals a gold `code`;
 * - recipient accuracy over records whose type is right, the same way against the gold targets;
 *   a gold record with no target needs no recipient (it counts as right).
 */
import { PLOVER_TYPES, type PloverType } from '../../stages/acts/types.js';
import type { GoldActor, GoldRecord } from './gsr.js';

export interface PredictedParticipant {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly country?: string;
}

export interface PredictedFirst {
  readonly type?: PloverType;
  readonly actors: readonly PredictedParticipant[];
  readonly recipients: readonly PredictedParticipant[];
}

export interface TypeScore {
  readonly type: PloverType;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly f1: number;
}

export interface ActsScore {
  readonly records: number;
  readonly typeAccuracy: number;
  readonly macroF1: number;
  readonly actorAccuracy: number;
  readonly recipientAccuracy: number;
  readonly typeRight: number;
  readonly actorRight: number;
  readonly recipientRight: number;
  readonly perType: readonly TypeScore[];
}

/** Character spans of a gold actor's text in the sentence (every occurrence, case-insensitive). */
export function goldSpans(text: string, actor: GoldActor): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const hay = text.toLowerCase();
  const needle = actor.actorText.toLowerCase().trim();
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1))
    out.push({ start: i, end: i + needle.length });
  return out;
}

export function participantRight(
  text: string,
  gold: readonly GoldActor[],
  predicted: readonly PredictedParticipant[],
): boolean {
  for (const g of gold) {
    const spans = goldSpans(text, g);
    for (const p of predicted) {
      if (spans.some((s) => p.start < s.end && s.start < p.end)) return true;
      if (g.code && p.country && g.code === p.country) return true;
    }
  }
  return false;
}

export function scoreActs(gold: readonly GoldRecord[], predicted: readonly PredictedFirst[]): ActsScore {
  let typeRight = 0;
  let actorRight = 0;
  let recipientRight = 0;
  const counts = new Map<PloverType, { gold: number; predicted: number; correct: number }>();
  const bump = (t: PloverType, k: 'gold' | 'predicted' | 'correct'): void => {
    const c = counts.get(t) ?? { gold: 0, predicted: 0, correct: 0 };
    c[k]++;
    counts.set(t, c);
  };
  gold.forEach((g, i) => {
    const p = predicted[i];
    bump(g.type, 'gold');
    if (p?.type) bump(p.type, 'predicted');
    if (!p || p.type !== g.type) return;
    bump(g.type, 'correct');
    typeRight++;
    if (participantRight(g.text, g.sources, p.actors)) actorRight++;
    if (!g.targets.length || participantRight(g.text, g.targets, p.recipients)) recipientRight++;
  });
  const perType: TypeScore[] = [];
  for (const type of PLOVER_TYPES) {
    const c = counts.get(type);
    if (!c || (!c.gold && !c.predicted)) continue;
    const p = c.predicted ? c.correct / c.predicted : 0;
    const r = c.gold ? c.correct / c.gold : 0;
    perType.push({ type, ...c, f1: p + r ? (2 * p * r) / (p + r) : 0 });
  }
  const n = gold.length;
  return {
    records: n,
    typeAccuracy: n ? typeRight / n : 0,
    macroF1: perType.length ? perType.reduce((s, t) => s + t.f1, 0) / perType.length : 0,
    actorAccuracy: typeRight ? actorRight / typeRight : 0,
    recipientAccuracy: typeRight ? recipientRight / typeRight : 0,
    typeRight,
    actorRight,
    recipientRight,
    perType,
  };
}
