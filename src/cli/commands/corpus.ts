/** Bodies of the corpus commands (see ../corpus-commands.ts). */
import type {
  CorpusActorDetail,
  CorpusActorSummary,
  StorySummary,
  TimelineEntry,
} from '../../corpus/types.js';
import { VerbatimError } from '../../model/errors.js';
import type { Store } from '../../store/core/types.js';
import { openStore, storeLocation } from '../../store/open.js';
import { type CliIo, EXIT_OK } from '../io.js';
import { pageOptions, type StoreQueryOptions, withStore, writePage } from './store-io.js';

interface DbOption {
  readonly db?: string;
}

async function withWritableStore<T>(options: DbOption, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeLocation(options.db));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function actorId(ref: string): number {
  const id = Number(ref);
  if (!Number.isInteger(id) || id < 1) {
    throw new VerbatimError('E_OPTION_INVALID', `'${ref}' is not a corpus actor id`, {
      hint: 'find ids with `verbatim actors list --name …`',
    });
  }
  return id;
}

/** An id, or the most mentioned corpus actor whose name contains `ref`. */
async function resolveActor(store: Store, ref: string): Promise<number> {
  if (/^\d+$/.test(ref)) return Number(ref);
  const page = await store.corpus.actors({ name: ref, limit: 1 });
  const hit = page.items[0];
  if (!hit) {
    throw new VerbatimError('E_STORE_RECORD_NOT_FOUND', `no corpus actor named like '${ref}'`, {
      hint: 'list corpus actors with `verbatim actors list`',
    });
  }
  return hit.id;
}

function summaryLine(a: CorpusActorSummary): string {
  const code = [a.country, a.sector].filter(Boolean).join('/');
  return `#${a.id} ${a.name} (${a.type}${code ? `, ${code}` : ''}): ${a.mentions} mentions, ${a.statements} statements in ${a.articles} articles`;
}

export async function corpusListCommand(
  options: StoreQueryOptions & { type?: string; country?: string; name?: string },
  io: CliIo,
): Promise<number> {
  const { includeDuplicates: _d, ...paging } = pageOptions(options);
  const page = await withStore(options, (store) =>
    store.corpus.actors({
      ...paging,
      ...(options.type ? { type: options.type } : {}),
      ...(options.country ? { country: options.country } : {}),
      ...(options.name ? { name: options.name } : {}),
    }),
  );
  writePage(io, page, options.format, summaryLine);
  return EXIT_OK;
}

function detailText(a: CorpusActorDetail): string {
  const lines = [
    `#${a.id} ${a.name} (${a.type}${a.country ? `, ${a.country}` : ''}${a.sector ? `/${a.sector}` : ''})${a.kbName ? ` — knowledge base: ${a.kbName}` : ''}`,
    `names: ${a.names.map((n) => `${n.name} (${n.articles})`).join(', ')}`,
    'roles:',
    ...a.roles.map(
      (r) =>
        `  ${r.date ?? 'undated'}  ${r.role}  (article ${r.articleId} @${r.span.start}-${r.span.end}, ${r.basis})`,
    ),
    'links:',
    ...a.links.map(
      (l) =>
        `  article ${l.articleId} ${l.date ?? 'undated'}  ${l.name}  score ${l.score.toFixed(2)}  ${[l.country, l.sector].filter(Boolean).join('/') || '-'}  ${String(l.evidence['method'] ?? '')}: ${String(l.evidence['why'] ?? '')}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export async function corpusShowCommand(
  ref: string,
  options: DbOption & { format?: string },
  io: CliIo,
): Promise<number> {
  const actor = await withStore(options, async (store) => store.corpus.actor(await resolveActor(store, ref)));
  if (!actor) throw new VerbatimError('E_STORE_RECORD_NOT_FOUND', `no corpus actor ${ref}`);
  io.stdout.write(options.format === 'json' ? `${JSON.stringify(actor, null, 2)}\n` : detailText(actor));
  return EXIT_OK;
}

export async function corpusMergeCommand(
  into: string,
  from: string,
  options: DbOption,
  io: CliIo,
): Promise<number> {
  const r = await withWritableStore(options, (store) => store.corpus.merge(actorId(into), actorId(from)));
  io.stdout.write(`merged #${from} into #${into}: ${r.moved} article actors moved\n`);
  return EXIT_OK;
}

const list = (s: string | undefined): string[] =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export async function corpusSplitCommand(
  ref: string,
  options: DbOption & { names?: string; articles?: string },
  io: CliIo,
): Promise<number> {
  const articles = list(options.articles).map((a) => actorId(a));
  const r = await withWritableStore(options, (store) =>
    store.corpus.split(actorId(ref), { names: list(options.names), articles }),
  );
  io.stdout.write(`split ${r.moved} article actors of #${ref} into new corpus actor #${r.newId}\n`);
  return EXIT_OK;
}

export async function corpusRenameCommand(
  ref: string,
  name: string,
  options: DbOption,
  io: CliIo,
): Promise<number> {
  await withWritableStore(options, (store) => store.corpus.rename(actorId(ref), name));
  io.stdout.write(`renamed #${ref} to '${name}'\n`);
  return EXIT_OK;
}

function timelineLine(e: TimelineEntry): string {
  const when = e.date ? `${e.date} (${e.basis})` : 'undated';
  const reported = e.reportedOn && e.basis === 'stated' ? ` reported ${e.reportedOn}` : '';
  const at = e.span ? ` @${e.span.start}-${e.span.end}` : '';
  return `${when}${reported}  ${e.kind}${e.detail ? `/${e.detail}` : ''}  ${e.actor ?? ''}  article ${e.articleId}${at}  “${e.text}”`;
}

export async function timelineCommand(
  ref: string,
  options: DbOption & { format?: string },
  io: CliIo,
): Promise<number> {
  const entries = await withStore(options, async (store) => {
    const story = /^story:(\d+)$/.exec(ref);
    if (story) return store.corpus.storyTimeline(Number(story[1]));
    return store.corpus.actorTimeline(await resolveActor(store, ref));
  });
  writePage(io, { items: entries }, options.format, timelineLine);
  return EXIT_OK;
}

function storyLine(s: StorySummary): string {
  const span = s.firstDay
    ? `${s.firstDay}${s.lastDay && s.lastDay !== s.firstDay ? ` … ${s.lastDay}` : ''}`
    : 'undated';
  return `story:${s.id}  ${span}  ${s.articles} article(s)  ${s.label}`;
}

export async function storiesCommand(
  options: StoreQueryOptions & { minArticles?: string },
  io: CliIo,
): Promise<number> {
  const { includeDuplicates: _d, ...paging } = pageOptions(options);
  const min = Number(options.minArticles ?? 1);
  if (!Number.isInteger(min) || min < 1) {
    throw new VerbatimError(
      'E_OPTION_INVALID',
      `--min-articles '${options.minArticles}' is not a positive whole number`,
    );
  }
  const page = await withStore(options, (store) => store.corpus.stories({ ...paging, minArticles: min }));
  writePage(io, page, options.format, storyLine);
  return EXIT_OK;
}
