/** The quotes section of the human report: statements grouped by speaker, with kind and sentence. */
import type { ReportSection } from '../../pipeline/stage.js';
import { CUE_CLASSES, cueClassOf } from './cue-class.js';
import type { Statement } from './types.js';

/** Content longer than this is cut in the report (the JSON has it whole). */
const CONTENT_SNIPPET_CHARS = 110;

/** The sentence a statement came from is cut at this length. */
const SENTENCE_SNIPPET_CHARS = 110;

const UNATTRIBUTED = '(unattributed)';

/**
 * `actorTypes` maps actor ids to their types: a speaker resolved to an actor is shown with
 * the actor's type (`Kremlin (government, …)`), not with the guess made from the source words.
 * Speech statements (the speech profile, profile.ts) come first, grouped by speaker; the other
 * attributions (beliefs, evidence, stances) follow under their cue class.
 */
export function quotesReport(
  all: readonly Statement[],
  actorTypes: ReadonlyMap<string, string> = new Map(),
): ReportSection {
  const classOf = new Map(all.map((s) => [s, cueClassOf(s)]));
  const statements = all.filter((s) => classOf.get(s) === 'speech');
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    const key = s.speaker?.name ?? (s.source ? s.source.text : UNATTRIBUTED);
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  const lines = [
    `${statements.length} speech statement${statements.length === 1 ? '' : 's'} from ${groups.size} source${groups.size === 1 ? '' : 's'}; ${all.length - statements.length} other attribution${all.length - statements.length === 1 ? '' : 's'}`,
  ];
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [name, list] of ordered) {
    const first = list[0];
    const actorId = first?.speaker?.actorId;
    const type = (actorId && actorTypes.get(actorId)) || first?.sourceType || 'unknown';
    lines.push(`  ${name} (${type}, ${list.length})`);
    for (const s of list) {
      const content = flat(s.content.map((c) => c.text).join(' … '), CONTENT_SNIPPET_CHARS);
      lines.push(`    ${s.kind.padEnd(12)} [${s.cue.text}] ${content}`);
      lines.push(`    ${''.padEnd(12)} in: ${flat(s.sentence.text, SENTENCE_SNIPPET_CHARS)}`);
    }
  }
  const rest = all.filter((s) => classOf.get(s) !== 'speech');
  if (rest.length) {
    const counts = CUE_CLASSES.filter((c) => c !== 'speech')
      .map((c) => `${c} ${rest.filter((s) => classOf.get(s) === c).length}`)
      .join(', ');
    lines.push(`  other attributions (${counts})`);
    for (const s of rest) {
      const who = s.speaker?.name ?? s.source?.text ?? UNATTRIBUTED;
      const content = flat(s.content.map((c) => c.text).join(' … '), CONTENT_SNIPPET_CHARS);
      lines.push(`    ${(classOf.get(s) ?? '').padEnd(12)} ${who} [${s.cue.text}] ${content}`);
    }
  }
  return { title: 'Statements', lines };
}

function flat(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
