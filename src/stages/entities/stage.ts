/**
 * The `entities` stage: tags each document's sentences with the CoNLL-2003
 * entity tagger (the whole document at once, so names keep their type across
 * it) and maps token entities back to exact character spans.
 */
import { isCourtesyTitle } from '../../lang/en/titles.js';
import { type Document, getLayer, setLayer } from '../../model/document.js';
import { recordId } from '../../model/ids.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Sentence } from '../sentences/types.js';
import type { Token } from '../tokens/types.js';
import { labelsToEntities } from './tagger/labels.js';
import { loadEntityTagger } from './tagger/load.js';
import type { EntityTagger } from './tagger/tagger.js';
import type { EntityMention, EntityType } from './types.js';

/** Greetings and interjections the tagger takes into a name they precede (`Hey Frank`). */
const GREETINGS: ReadonlySet<string> = new Set(['hey', 'hi', 'hello', 'dear', 'thanks']);

/** Entity mentions of `doc` from its `tokens` and `sentences` layers. */
export function entitiesOf(doc: Document, tagger: EntityTagger): EntityMention[] {
  const tokens = getLayer(doc, 'tokens');
  const sentences: readonly Sentence[] = getLayer(doc, 'sentences');
  const words = sentences.map((s) => {
    const out: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      // The token's own text (interned per document by the tokens stage) rather than a fresh slice:
      // one string per distinct word instead of one per token while the tagger runs.
      out.push((tokens[i] as Token).text);
    }
    return out;
  });
  const labels = tagger.tagDocument(words);
  const mentions: EntityMention[] = [];
  sentences.forEach((s, si) => {
    for (const e of labelsToEntities(labels[si] as Uint8Array)) {
      let tokenStart = s.tokenStart + e.start;
      const tokenEnd = s.tokenStart + e.end;
      let type = e.type as EntityType;
      const first = tokens[tokenStart] as Token;
      const firstWord = doc.text.slice(first.start, first.end);
      if (tokenEnd - tokenStart > 1 && isCourtesyTitle(firstWord)) {
        tokenStart++;
        type = 'PER';
      } else if (tokenEnd - tokenStart > 1 && GREETINGS.has(firstWord.toLowerCase())) {
        // `Hey Frank`, `Dear John`: the greeting opens a vocative, the name is the rest.
        tokenStart++;
      }
      const start = (tokens[tokenStart] as Token).start;
      const end = (tokens[tokenEnd - 1] as Token).end;
      mentions.push({
        id: recordId('ent', doc.scope, start, end),
        start,
        end,
        text: doc.text.slice(start, end),
        type,
        tokenStart,
        tokenEnd,
      });
    }
  });
  return mentions;
}

/** The stage with `tagger`. */
function entitiesStage(tagger: EntityTagger): Stage {
  return {
    run(doc) {
      setLayer(doc, 'entities', entitiesOf(doc, tagger));
    },
    report(doc) {
      const mentions = doc.layers.entities;
      if (!mentions) return undefined;
      const byType = new Map<string, Map<string, number>>();
      for (const m of mentions) {
        const names = byType.get(m.type) ?? new Map<string, number>();
        names.set(m.text, (names.get(m.text) ?? 0) + 1);
        byType.set(m.type, names);
      }
      const lines = [`${mentions.length} entity mentions`];
      for (const [type, names] of [...byType].sort()) {
        const list = [...names].map(([n, c]) => (c > 1 ? `${n} (${c})` : n)).join(', ');
        lines.push(`${type}: ${list}`);
      }
      return { title: 'Entities', lines };
    },
  };
}

/** The stage, with the shipped entity tagger loaded unless one is given. */
export async function createEntitiesStage(tagger?: EntityTagger): Promise<Stage> {
  return entitiesStage(tagger ?? (await loadEntityTagger()));
}
