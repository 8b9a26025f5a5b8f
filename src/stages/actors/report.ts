/** The actors section of the human report: one line per actor, most mentioned first. */
import type { ReportSection } from '../../pipeline/stage.js';
import type { Actor, ActorsLayer, MentionKind } from './types.js';

const KIND_LABELS: Record<MentionKind, string> = {
  name: 'name',
  title: 'title',
  nominal: 'nominal',
  pronoun: 'pronoun',
};

/**
 * What an actor's report lines say: counts instead of its mentions, so a huge document's report
 * need not keep them (analysis/window-report.ts).
 */
export interface ActorSummary {
  readonly name: string;
  readonly type: string;
  readonly country?: string | undefined;
  /** Mentions per kind, in the order each kind first occurs among its mentions. */
  readonly kinds: ReadonlyMap<MentionKind, number>;
  /** Its role names, each once, in the order they first occur. */
  readonly roles: Iterable<string>;
  readonly aliases: Iterable<string>;
}

/** The section's first line: how many actors. */
export function actorsHeadLine(count: number): string {
  return `${count} actor${count === 1 ? '' : 's'}`;
}

/** An actor's summary from its record. */
export function actorSummary(a: Actor): ActorSummary {
  const kinds = new Map<MentionKind, number>();
  for (const m of a.mentions) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
  return { ...a, kinds, roles: new Set(a.roles.map((r) => r.role)) };
}

/** An actor's lines: name, type and mention counts; its roles and other names when it has some. */
export function actorLines(a: ActorSummary): string[] {
  let mentions = 0;
  for (const n of a.kinds.values()) mentions += n;
  const kinds = [...a.kinds].map(([k, n]) => `${n} ${KIND_LABELS[k]}${n === 1 ? '' : 's'}`).join(', ');
  const head = `  ${a.name} (${a.type}${a.country ? `, ${a.country}` : ''})`;
  const lines = [`${head.padEnd(44)} ${mentions} mention${mentions === 1 ? '' : 's'}: ${kinds}`];
  const roles = [...a.roles];
  if (roles.length) lines.push(`${''.padEnd(6)}roles: ${roles.join('; ')}`);
  const aliases = [...a.aliases].filter((x) => x !== a.name);
  if (aliases.length) lines.push(`${''.padEnd(6)}also: ${aliases.join(', ')}`);
  return lines;
}

/** The line counting pronoun and nominal mentions of no actor, when there are some. */
export function unresolvedLine(open: number): string | undefined {
  return open ? `  (${open} pronoun/nominal mention${open === 1 ? '' : 's'} left unresolved)` : undefined;
}

/** True for a pronoun or nominal mention resolved to no actor. */
export function isUnresolved(m: ActorsLayer['mentions'][number]): boolean {
  return m.kind !== 'name' && !m.actorId && !m.actorIds;
}

export function actorsReport(layer: ActorsLayer): ReportSection {
  const actors = [...layer.actors].sort((a, b) => b.mentions.length - a.mentions.length);
  const lines = [actorsHeadLine(actors.length)];
  for (const a of actors) lines.push(...actorLines(actorSummary(a)));
  const open = unresolvedLine(layer.mentions.filter(isUnresolved).length);
  if (open) lines.push(open);
  return { title: 'Actors', lines };
}
