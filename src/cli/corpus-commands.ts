/**
 * Corpus commands: `actors list|show|merge|split|rename`, `timeline <actor|story:N>`, `stories`.
 * Bodies live in commands/corpus.ts.
 */
import type { Command } from 'commander';
import type { CliIo } from './io.js';

const DB_HELP = 'store: a SQLite file or postgres://… URL (default: $VERBATIM_DB, else ./verbatim.db)';

export function registerCorpusCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const load = () => import('./commands/corpus.js');
  const actors = program.commands.find((c) => c.name() === 'actors') ?? program.command('actors');
  actors
    .command('list')
    .description('corpus actors (one per person or body across articles) with codes and counts')
    .option('--db <path|url>', DB_HELP)
    .option('--type <type>', 'person, organisation, government, country, place, media, …')
    .option('--country <code>', 'ISO 3166-1 alpha-3 country code, e.g. RUS')
    .option('--name <name>', 'part of the name')
    .option('--limit <n>', 'results per page (default 50, at most 1000)')
    .option('--cursor <cursor>', 'the next page: the cursor the previous page printed')
    .option('-f, --format <format>', 'text, json or jsonl', 'text')
    .action(async (_o, cmd: Command) =>
      setExit(await (await load()).corpusListCommand(cmd.optsWithGlobals(), io)),
    );
  actors
    .command('show')
    .description('one corpus actor: names, codes, roles over time and every link with its evidence')
    .argument('<actor>', 'corpus actor id, or a name (the most mentioned match)')
    .option('--db <path|url>', DB_HELP)
    .option('-f, --format <format>', 'text or json', 'text')
    .action(async (ref: string, _o, cmd: Command) =>
      setExit(await (await load()).corpusShowCommand(ref, cmd.optsWithGlobals(), io)),
    );
  actors
    .command('merge')
    .description('merge corpus actor FROM into INTO (later ingests of its names link to INTO)')
    .argument('<into>', 'corpus actor id that stays')
    .argument('<from>', 'corpus actor id merged into it')
    .option('--db <path|url>', DB_HELP)
    .action(async (into: string, from: string, _o, cmd: Command) =>
      setExit(await (await load()).corpusMergeCommand(into, from, cmd.optsWithGlobals(), io)),
    );
  actors
    .command('split')
    .description('move some names or articles of a corpus actor to a new one (kept apart in later ingests)')
    .argument('<actor>', 'corpus actor id')
    .option('--names <names>', 'comma-separated names as written, e.g. "Hunter Biden"')
    .option('--articles <ids>', 'comma-separated article ids')
    .option('--db <path|url>', DB_HELP)
    .action(async (ref: string, _o, cmd: Command) =>
      setExit(await (await load()).corpusSplitCommand(ref, cmd.optsWithGlobals(), io)),
    );
  actors
    .command('rename')
    .description('give a corpus actor a name of your choosing (kept across later ingests)')
    .argument('<actor>', 'corpus actor id')
    .argument('<name>', 'the new name')
    .option('--db <path|url>', DB_HELP)
    .action(async (ref: string, name: string, _o, cmd: Command) =>
      setExit(await (await load()).corpusRenameCommand(ref, name, cmd.optsWithGlobals(), io)),
    );
  program
    .command('timeline')
    .description('statements, stated roles and acts of a corpus actor or a story, in date order')
    .argument('<ref>', 'corpus actor id or name, or story:N')
    .option('--db <path|url>', DB_HELP)
    .option('-f, --format <format>', 'text, json or jsonl', 'text')
    .action(async (ref: string, options) => setExit(await (await load()).timelineCommand(ref, options, io)));
  program
    .command('stories')
    .description('stories: articles about the same event grouped across outlets and days')
    .option('--db <path|url>', DB_HELP)
    .option('--min-articles <n>', 'only stories with at least this many articles', '1')
    .option('--limit <n>', 'results per page (default 50, at most 1000)')
    .option('--cursor <cursor>', 'the next page: the cursor the previous page printed')
    .option('-f, --format <format>', 'text, json or jsonl', 'text')
    .action(async (options) => setExit(await (await load()).storiesCommand(options, io)));
}
