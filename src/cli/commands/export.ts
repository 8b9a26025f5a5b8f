/**
 * `verbatim export --format jsonl|csv|brat|conll|timeml --out DIR [filters]`:
 * every matching record, streamed from the store with flat memory and no cap.
 * jsonl and csv: one file per record type (articles, blocks, actors, mentions,
 * statements, timexes) with article ids and offsets; brat and timeml: one file
 * pair or file per article; conll: one file of all articles.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { checkPublished } from '../../analyzer.js';
import { VerbatimError } from '../../model/errors.js';
import { toBratAnn, toConll, toTimeml } from '../../store/core/formats.js';
import { type ExportFilter, RECORD_TYPES, type Store } from '../../store/core/types.js';
import { type CliIo, EXIT_OK } from '../io.js';
import { withStore } from './store-io.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'brat', 'conll', 'timeml'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  readonly db?: string;
  readonly format: string;
  readonly out: string;
  readonly speaker?: string;
  readonly since?: string;
  readonly until?: string;
  readonly site?: string;
  readonly includeDuplicates?: boolean;
}

/** Writes a chunk, waiting for the stream to drain when its buffer is full (flat memory). */
async function write(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function finish(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function exportTables(
  store: Store,
  filter: ExportFilter,
  format: 'jsonl' | 'csv',
  out: string,
): Promise<number> {
  let total = 0;
  for (const type of RECORD_TYPES) {
    const stream = createWriteStream(join(out, `${type}.${format}`));
    let header = false;
    for await (const row of store.exportRecords(type, filter)) {
      if (format === 'csv' && !header) {
        await write(stream, `${Object.keys(row).join(',')}\n`);
        header = true;
      }
      await write(
        stream,
        format === 'csv' ? `${Object.values(row).map(csvField).join(',')}\n` : `${JSON.stringify(row)}\n`,
      );
      total++;
    }
    await finish(stream);
  }
  return total;
}

async function exportDocuments(
  store: Store,
  filter: ExportFilter,
  format: 'brat' | 'conll' | 'timeml',
  out: string,
): Promise<number> {
  let n = 0;
  const conll = format === 'conll' ? createWriteStream(join(out, 'entities.conll')) : undefined;
  for await (const a of store.exportAnalyses(filter)) {
    const name = `article-${a.id}`;
    if (conll) await write(conll, toConll(a.analysis));
    else if (format === 'brat') {
      const text = createWriteStream(join(out, `${name}.txt`));
      await write(text, a.analysis.text);
      await finish(text);
      const ann = createWriteStream(join(out, `${name}.ann`));
      await write(ann, toBratAnn(a.analysis));
      await finish(ann);
    } else {
      const tml = createWriteStream(join(out, `${name}.tml`));
      await write(tml, toTimeml(a.analysis));
      await finish(tml);
    }
    n++;
  }
  if (conll) await finish(conll);
  return n;
}

export async function exportCommand(options: ExportOptions, io: CliIo): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new VerbatimError('E_OPTION_INVALID', `unknown export format '${options.format}'`, {
      hint: `use one of: ${EXPORT_FORMATS.join(', ')}`,
    });
  }
  const format = options.format as ExportFormat;
  const filter: ExportFilter = {
    ...(options.speaker ? { speaker: options.speaker } : {}),
    ...(options.since ? { since: checkPublished(options.since) } : {}),
    ...(options.until ? { until: checkPublished(options.until) } : {}),
    ...(options.site ? { site: options.site } : {}),
    ...(options.includeDuplicates ? { includeDuplicates: true } : {}),
  };
  mkdirSync(options.out, { recursive: true });
  const n = await withStore(options, (store) =>
    format === 'jsonl' || format === 'csv'
      ? exportTables(store, filter, format, options.out)
      : exportDocuments(store, filter, format, options.out),
  );
  io.stderr.write(
    `exported ${n} ${format === 'jsonl' || format === 'csv' ? 'records' : 'articles'} to ${options.out}\n`,
  );
  return EXIT_OK;
}
