/** `verbatim statements [--speaker] [--about] [--since] [--until] [--kind] [--cue]`: stored statements with dates and spans. */
import { checkPublished } from '../../analyzer.js';
import { VerbatimError } from '../../model/errors.js';
import { CUE_CLASSES, type CueClass } from '../../stages/quotes/cue-class.js';
import type { StatementKindName, StatementRow } from '../../store/core/types.js';
import { type CliIo, EXIT_OK } from '../io.js';
import { pageOptions, type StoreQueryOptions, withStore, writePage } from './store-io.js';

const KINDS: readonly StatementKindName[] = ['direct', 'indirect', 'mixed', 'according-to'];

export interface StatementsOptions extends StoreQueryOptions {
  readonly speaker?: string;
  readonly about?: string;
  readonly since?: string;
  readonly until?: string;
  readonly kind?: string;
  readonly cue?: string;
}

/** One line per statement: date, speaker, kind, article and offsets, then the content. */
export function statementLine(s: StatementRow): string {
  const date = s.date ?? (s.publishedAt ? `${s.publishedAt.slice(0, 10)} (published)` : 'undated');
  const spans = s.content.map((c) => `${c.start}-${c.end}`).join(',');
  const text = s.content.map((c) => c.text).join(' … ');
  return `${date}  ${s.speaker?.name ?? '(unknown speaker)'} [${s.kind}]  article ${s.articleId} @${spans}  “${text}”`;
}

export async function statementsCommand(options: StatementsOptions, io: CliIo): Promise<number> {
  if (options.kind && !(KINDS as readonly string[]).includes(options.kind)) {
    throw new VerbatimError('E_OPTION_INVALID', `unknown statement kind '${options.kind}'`, {
      hint: `use one of: ${KINDS.join(', ')}`,
    });
  }
  if (options.cue && !(CUE_CLASSES as readonly string[]).includes(options.cue)) {
    throw new VerbatimError('E_OPTION_INVALID', `unknown cue class '${options.cue}'`, {
      hint: `use one of: ${CUE_CLASSES.join(', ')}`,
    });
  }
  const page = await withStore(options, (store) =>
    store.statements({
      ...pageOptions(options),
      ...(options.speaker ? { speaker: options.speaker } : {}),
      ...(options.about ? { about: options.about } : {}),
      ...(options.since ? { since: checkPublished(options.since) } : {}),
      ...(options.until ? { until: checkPublished(options.until) } : {}),
      ...(options.kind ? { kind: options.kind as StatementKindName } : {}),
      ...(options.cue ? { cue: options.cue as CueClass } : {}),
    }),
  );
  writePage(io, page, options.format, statementLine);
  return EXIT_OK;
}
