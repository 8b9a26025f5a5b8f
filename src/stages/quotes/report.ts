/** The quotes section of the human report: statements grouped by speaker, with kind and sentence. */
import type { ReportSection } from '../../pipeline/stage.js';
import type { Statement } from './types.js';

/** Content longer than this is cut in the report (the JSON has it whole). */
const CONTENT_SNIPPET_CHARS = 110;

const UNATTRIBUTED = '(unattributed)';

export function quotesReport(statements: readonly Statement[]): ReportSection {
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    const key = s.speaker?.name ?? (s.source ? s.source.text : UNATTRIBUTED);
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  const lines = [
    `${statements.length} statement${statements.length === 1 ? '' : 's'} from ${groups.size} source${groups.size === 1 ? '' : 's'}`,
  ];
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [name, list] of ordered) {
    const type = list[0]?.sourceType ?? 'unknown';
    lines.push(`  ${name} (${type}, ${list.length})`);
    for (const s of list) {
      const content = flat(s.content.map((c) => c.text).join(' … '));
      lines.push(`    ${s.kind.padEnd(12)} ${s.sentenceId.padEnd(5)} [${s.cue.text}] ${content}`);
    }
  }
  return { title: 'Statements', lines };
}

function flat(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > CONTENT_SNIPPET_CHARS ? `${t.slice(0, CONTENT_SNIPPET_CHARS - 1)}…` : t;
}
