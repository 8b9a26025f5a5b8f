/**
 * The actors of a huge document's report (window-report.ts), merged across windows as window-merge.ts
 * merges them (an actor one with an earlier window's is merged into it), but held as counts: per
 * actor its name, type and country from its first window, its mention kinds counted, its role
 * names and aliases; never its mentions.
 */
import type { ActorSummary } from '../stages/actors/report.js';
import { actorLines, actorsHeadLine, isUnresolved, unresolvedLine } from '../stages/actors/report.js';
import type { ActorsLayer, MentionKind } from '../stages/actors/types.js';
import type { WindowRemapper } from './window-remap.js';
import type { SectionLines } from './window-report.js';

interface MergedActor extends ActorSummary {
  readonly id: string;
  readonly kinds: Map<MentionKind, number>;
  readonly roles: Set<string>;
  readonly aliases: Set<string>;
  mentions: number;
}

export class WindowActors {
  /** Merged actors by identity key (window-remap.ts). */
  private readonly byKey = new Map<string, MergedActor>();
  private readonly list: MergedActor[] = [];
  /** Whether some window had an actor or a mention (else, as after merging, there is no actors section). */
  private any = false;
  private unresolved = 0;

  /** Adds a remapped actors layer (`remapper` has just remapped its window). */
  add(layer: ActorsLayer, remapper: WindowRemapper): void {
    if (layer.actors.length > 0 || layer.mentions.length > 0) this.any = true;
    for (const actor of layer.actors) {
      const into = remapper.mergeKey(actor);
      const earlier = into === undefined ? undefined : this.byKey.get(into);
      const merged: MergedActor = earlier ?? {
        id: actor.id,
        name: actor.name,
        type: actor.type,
        country: actor.country,
        kinds: new Map(),
        roles: new Set(),
        aliases: new Set(),
        mentions: 0,
      };
      for (const a of actor.aliases) merged.aliases.add(a);
      if (earlier && actor.name !== earlier.name) merged.aliases.add(actor.name);
      for (const r of actor.roles) merged.roles.add(r.role);
      for (const m of actor.mentions) merged.kinds.set(m.kind, (merged.kinds.get(m.kind) ?? 0) + 1);
      merged.mentions += actor.mentions.length;
      if (earlier) continue;
      const key = remapper.keyOf(actor);
      if (key !== undefined) this.byKey.set(key, merged);
      this.list.push(merged);
    }
    for (const m of layer.mentions) if (isUnresolved(m)) this.unresolved++;
  }

  /** The merged actors' types by ID, as the statements section reads them (quotes/report.ts). */
  types(): ReadonlyMap<string, string> {
    return new Map(this.list.map((a) => [a.id, a.type]));
  }

  /** The actors section, most mentioned first (actors/report.ts), when some window had actors. */
  section(): SectionLines | undefined {
    if (!this.any) return undefined;
    const list = this.list;
    const unresolved = this.unresolved;
    function* lines(): Generator<string> {
      yield actorsHeadLine(list.length);
      for (const a of [...list].sort((x, y) => y.mentions - x.mentions)) yield* actorLines(a);
      const open = unresolvedLine(unresolved);
      if (open) yield open;
    }
    return { title: 'Actors', lines: lines() };
  }
}
