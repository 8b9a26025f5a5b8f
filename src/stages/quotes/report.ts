/** The quotes section of the human report: statements grouped by speaker, with kind and sentence. */
import type { ReportSection } from '../../pipeline/stage.js';
import { CUE_CLASSES, type CueClass, cueClassOf } from './cue-class.js';
import type { Statement } from './types.js';

/** Content longer than this is cut in the report (the JSON has it whole). */
const CONTENT_SNIPPET_CHARS = 110;

/** The sentence a statement came from is cut at this length. */
const SENTENCE_SNIPPET_CHARS = 110;

const UNATTRIBUTED = '(unattributed)';

/** The speaker a speech statement is grouped under: its speaker's name, else its source words. */
export function speakerKey(s: Statement): string {
  return s.speaker?.name ?? (s.source ? s.source.text : UNATTRIBUTED);
}

/** A speaker's type in its group's head: its actor's type, else the type guessed from its words. */
export function speakerType(
  first: Pick<Statement, 'speaker' | 'sourceType'> | undefined,
  actorTypes: ReadonlyMap<string, string>,
): string {
  const actorId = first?.speaker?.actorId;
  return (actorId && actorTypes.get(actorId)) || first?.sourceType || 'unknown';
}

/** The section's first line: counts of speech statements, speakers and other attributions. */
export function quotesHeadLine(speech: number, speakers: number, others: number): string {
  return `${speech} speech statement${speech === 1 ? '' : 's'} from ${speakers} source${speakers === 1 ? '' : 's'}; ${others} other attribution${others === 1 ? '' : 's'}`;
}

/** Speakers in report order: most statements first, then by name. */
export function bySpeakerSize(a: readonly [string, number], b: readonly [string, number]): number {
  return b[1] - a[1] || a[0].localeCompare(b[0]);
}

/** A speaker group's head line. */
export function speakerHeadLine(name: string, type: string, count: number): string {
  return `  ${name} (${type}, ${count})`;
}

/** A speech statement's two lines under its speaker. */
export function speechLines(s: Statement): [string, string] {
  const content = flat(s.content.map((c) => c.text).join(' … '), CONTENT_SNIPPET_CHARS);
  return [
    `    ${s.kind.padEnd(12)} [${s.cue.text}] ${content}`,
    `    ${''.padEnd(12)} in: ${flat(s.sentence.text, SENTENCE_SNIPPET_CHARS)}`,
  ];
}

/** The head of the other attributions: how many of each cue class but speech. */
export function othersHeadLine(counts: ReadonlyMap<CueClass, number>): string {
  const list = CUE_CLASSES.filter((c) => c !== 'speech')
    .map((c) => `${c} ${counts.get(c) ?? 0}`)
    .join(', ');
  return `  other attributions (${list})`;
}

/** An attribution of another cue class than speech: its one line. */
export function otherLine(s: Statement, cueClass: CueClass): string {
  const who = s.speaker?.name ?? s.source?.text ?? UNATTRIBUTED;
  const content = flat(s.content.map((c) => c.text).join(' … '), CONTENT_SNIPPET_CHARS);
  return `    ${cueClass.padEnd(12)} ${who} [${s.cue.text}] ${content}`;
}

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
    const key = speakerKey(s);
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  const lines = [quotesHeadLine(statements.length, groups.size, all.length - statements.length)];
  const ordered = [...groups].sort((a, b) => bySpeakerSize([a[0], a[1].length], [b[0], b[1].length]));
  for (const [name, list] of ordered) {
    lines.push(speakerHeadLine(name, speakerType(list[0], actorTypes), list.length));
    for (const s of list) lines.push(...speechLines(s));
  }
  const rest = all.filter((s) => classOf.get(s) !== 'speech');
  if (rest.length) {
    const counts = new Map<CueClass, number>();
    for (const s of rest) {
      const c = classOf.get(s) as CueClass;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    lines.push(othersHeadLine(counts));
    for (const s of rest) lines.push(otherLine(s, classOf.get(s) as CueClass));
  }
  return { title: 'Statements', lines };
}

function flat(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
