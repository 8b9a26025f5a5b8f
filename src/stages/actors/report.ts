/** The actors section of the human report: one line per actor, most mentioned first. */
import type { ReportSection } from '../../pipeline/stage.js';
import type { ActorsLayer, MentionKind } from './types.js';

const KIND_LABELS: Record<MentionKind, string> = {
  name: 'name',
  title: 'title',
  nominal: 'nominal',
  pronoun: 'pronoun',
};

export function actorsReport(layer: ActorsLayer): ReportSection {
  const actors = [...layer.actors].sort((a, b) => b.mentions.length - a.mentions.length);
  const lines = [`${actors.length} actor${actors.length === 1 ? '' : 's'}`];
  for (const a of actors) {
    const counts = new Map<MentionKind, number>();
    for (const m of a.mentions) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
    const kinds = [...counts].map(([k, n]) => `${n} ${KIND_LABELS[k]}${n === 1 ? '' : 's'}`).join(', ');
    const head = `  ${a.name} (${a.type}${a.country ? `, ${a.country}` : ''})`;
    lines.push(
      `${head.padEnd(44)} ${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}: ${kinds}`,
    );
    const roles = [...new Set(a.roles.map((r) => r.role))];
    if (roles.length) lines.push(`${''.padEnd(6)}roles: ${roles.join('; ')}`);
    const aliases = a.aliases.filter((x) => x !== a.name);
    if (aliases.length) lines.push(`${''.padEnd(6)}also: ${aliases.join(', ')}`);
  }
  const open = layer.mentions.filter((m) => m.kind !== 'name' && !m.actorId && !m.actorIds).length;
  if (open) lines.push(`  (${open} pronoun/nominal mention${open === 1 ? '' : 's'} left unresolved)`);
  return { title: 'Actors', lines };
}
