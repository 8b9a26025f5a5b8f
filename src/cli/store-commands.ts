/** The store's commands (ingest, search, statements, actors, article, export); bodies live in commands/. */
import type { Command } from 'commander';
import { inputOptions } from './input-options.js';
import type { CliIo } from './io.js';

const DB_HELP = 'store: a SQLite file or postgres://… URL (default: $VERBATIM_DB, else ./verbatim.db)';

export function registerStoreCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  inputOptions(
    program
      .command('ingest')
      .description('analyse articles and store them (one transaction each; already stored ones are skipped)')
      .argument('[inputs...]', 'files, directories, http(s) URLs or -', [])
      .option('--db <path|url>', DB_HELP)
      .option('--feed <url|file>', 'ingest every item of an RSS, Atom or RDF feed'),
  )
    .option('--queue', 'send the inputs as jobs to the PostgreSQL queue for `verbatim worker` instead')
    .action(async (inputs: string[], options) => {
      if (options.queue) {
        const { ingestQueueCommand } = await import('./commands/ingest-queue.js');
        return setExit(await ingestQueueCommand(inputs, options, io));
      }
      const { ingestCommand } = await import('./commands/ingest.js');
      setExit(await ingestCommand(inputs, options, io));
    });

  const paged = (c: Command): Command =>
    c
      .option('--db <path|url>', DB_HELP)
      .option('--limit <n>', 'results per page (default 50, at most 1000)')
      .option('--cursor <cursor>', 'the next page: the cursor the previous page printed')
      .option('-f, --format <format>', 'text, json or jsonl', 'text')
      .option('--include-duplicates', 'also list near-duplicates and older versions of articles');

  paged(program.command('search'))
    .description('full-text search over stored articles and statements, ranked, with highlighted snippets')
    .argument('<query>', 'words (all must occur) or "a phrase"')
    .option('--in <scope>', 'all, articles or statements', 'all')
    .option('--since <date>', 'articles published on or after this date')
    .option('--until <date>', 'articles published on or before this date')
    .action(async (query: string, options) => {
      const { searchCommand } = await import('./commands/search.js');
      setExit(await searchCommand(query, options, io));
    });

  paged(program.command('statements'))
    .description('stored statements with their dates and spans')
    .option('--speaker <name>', 'speaker name or one word of it, e.g. Peskov')
    .option('--about <words>', 'words the content must contain')
    .option('--since <date>', 'statements made (or, undated, published) on or after this date')
    .option('--until <date>', 'statements made (or, undated, published) on or before this date')
    .option('--kind <kind>', 'direct, indirect, mixed or according-to')
    .option('--cue <class>', 'what the cue reports: speech (what was said), belief, evidence or other')
    .action(async (options) => {
      const { statementsCommand } = await import('./commands/statements.js');
      setExit(await statementsCommand(options, io));
    });

  program
    .command('positions')
    .description(
      "an actor's positions by topic across the store: first stated, reaffirmed, shifted, reversed",
    )
    .argument('<actor>', 'actor name or one word of it, e.g. Putin')
    .option('--topic <words>', 'only statements about these words')
    .option('--db <path|url>', DB_HELP)
    .option('-f, --format <format>', 'text or json', 'text')
    .action(async (actor: string, options) => {
      const { positionsCommand } = await import('./commands/positions.js');
      setExit(await positionsCommand(actor, options, io));
    });

  program
    .command('claims')
    .description('stored claims holding these words, each with every response linked to it (any article)')
    .argument('<words>', 'words the claim must contain')
    .option('--db <path|url>', DB_HELP)
    .option('-f, --format <format>', 'text or json', 'text')
    .action(async (words: string, options) => {
      const { claimsCommand } = await import('./commands/positions.js');
      setExit(await claimsCommand(words, options, io));
    });

  paged(program.command('actors'))
    .description('actors across the store with their mention and statement counts')
    .option('--type <type>', 'person, organisation, government, country, place, media, …')
    .option('--country <code>', 'ISO 3166-1 alpha-3 country code, e.g. RUS')
    .option('--name <name>', 'name or one word of it')
    .action(async (options) => {
      const { actorsCommand } = await import('./commands/actors.js');
      setExit(await actorsCommand(options, io));
    });

  program
    .command('article')
    .description('a stored article: its analysis in the same formats as analyze')
    .argument('<ref>', 'article id, document id (doc_…) or URL')
    .option('--db <path|url>', DB_HELP)
    .option('-f, --format <format>', 'report, json or jsonl', 'report')
    .action(async (ref: string, options) => {
      const { articleCommand } = await import('./commands/article.js');
      setExit(await articleCommand(ref, options, io));
    });

  program
    .command('export')
    .description('export every stored record (streamed, no cap): jsonl, csv, brat, conll or timeml')
    .requiredOption('-f, --format <format>', 'jsonl, csv (one file per record type), brat, conll or timeml')
    .requiredOption('-o, --out <dir>', 'folder to write into')
    .option('--db <path|url>', DB_HELP)
    .option('--speaker <name>', 'only statements of this speaker (other records: their articles)')
    .option('--since <date>', 'articles published on or after this date')
    .option('--until <date>', 'articles published on or before this date')
    .option('--site <site>', 'articles of this site only')
    .option('--include-duplicates', 'also export near-duplicates and older versions')
    .action(async (options) => {
      const { exportCommand } = await import('./commands/export.js');
      setExit(await exportCommand(options, io));
    });
}
