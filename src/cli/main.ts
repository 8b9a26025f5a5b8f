/**
 * The `verbatim` command line. Commands import their modules lazily so that
 * `--help` and light commands start without loading any model.
 */
import { Command, CommanderError } from 'commander';
import { VERBATIM_VERSION } from '../analysis/version.js';
import { asVerbatimError } from '../model/errors.js';
import { registerCorpusCommands } from './corpus-commands.js';
import { inputOptions } from './input-options.js';
import { type CliIo, EXIT_USAGE, processIo, quietOnClosedPipe } from './io.js';
import { registerQueueCommands } from './queue-commands.js';
import { registerStoreCommands } from './store-commands.js';

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('verbatim')
    .description('Who said what, when, about whom: source-linked records from news articles.')
    .version(VERBATIM_VERSION)
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  inputOptions(
    program
      .command('analyze')
      .description(
        'analyse articles: text or HTML files (.txt, .html, .html.gz), feeds (.xml), directories (recursively), URLs, or - for standard input',
      )
      .argument('[inputs...]', 'files, directories, http(s) URLs or -', [])
      .option(
        '-f, --format <format>',
        'report (for people), json (the analysis, one compact line; read it with jq) or jsonl',
        'report',
      ),
  )
    .option(
      '--stages <names>',
      'comma-separated stages to run (the stages they require and use are added; see `verbatim stages`)',
    )
    .option('--no-optional', 'with --stages: leave out the stages that only provide optional inputs')
    .option(
      '--include <names>',
      'add records left out by default: tokens, pos, sentences, entities, mentions, timings',
    )
    .option('--concurrency <n>', 'inputs read (fetched, extracted) ahead of the analysis (default 4)')
    .option(
      '-o, --out-dir <dir>',
      'write one output file per input into this directory (outside the inputs; reruns skip current outputs)',
    )
    .option('--force', 'with --out-dir: redo inputs whose output is current')
    .option('--feed <url|file>', 'analyse every item of an RSS, Atom or RDF feed')
    .option('--max-feed-items <n>', 'items read from one feed (default 1000)')
    .action(async (inputs: string[], options) => {
      const { analyzeCommand } = await import('./commands/analyze.js');
      setExit(await analyzeCommand(inputs, options, io));
    });

  registerStoreCommands(program, io, setExit);
  registerCorpusCommands(program, io, setExit);
  registerQueueCommands(program, io, setExit);

  program
    .command('predict')
    .description("run one task on a benchmark's input format and write its output format")
    .argument('<task>', 'task name (see `verbatim tasks`)')
    .argument('<input>', 'input file or directory in the benchmark format')
    .argument('<output>', 'output file or directory')
    .option('--profile <name>', 'quotes: speech (speech cues, one record per sentence) or attributions')
    .action(async (task: string, input: string, output: string, options: { profile?: string }) => {
      const { runPredict } = await import('../eval/run.js');
      const { TASK_REGISTRY } = await import('../eval/registry.js');
      await runPredict(
        task,
        input,
        output,
        TASK_REGISTRY,
        options.profile ? { profile: options.profile } : {},
      );
    });

  program
    .command('eval')
    .description('score a task against gold data and print the metric')
    .argument('<task>', 'task name (see `verbatim tasks`)')
    .argument('<gold>', 'gold file or directory')
    .argument('[second]', "a task's second input, e.g. TEXT_DIR for claims")
    .option('--json', 'print the metrics as JSON')
    .option('--profile <name>', 'quotes: speech (speech cues, one record per sentence) or attributions')
    .option('--genre <names>', 'actors: only these GUM genres, comma-separated (e.g. interview,bio)')
    .action(
      async (
        task: string,
        gold: string,
        second: string | undefined,
        options: { json?: boolean; profile?: string; genre?: string },
      ) => {
        const { runEval, formatEvalReport } = await import('../eval/run.js');
        const { TASK_REGISTRY } = await import('../eval/registry.js');
        const report = await runEval(task, gold, TASK_REGISTRY, second, {
          ...(options.profile ? { profile: options.profile } : {}),
          ...(options.genre ? { genres: options.genre.split(',').map((g) => g.trim()) } : {}),
        });
        io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report));
      },
    );

  program
    .command('tasks')
    .description('list the benchmark tasks for predict and eval')
    .action(async () => {
      const { TASK_REGISTRY } = await import('../eval/registry.js');
      if (TASK_REGISTRY.length === 0) io.stdout.write('no tasks registered yet\n');
      for (const t of TASK_REGISTRY) {
        io.stdout.write(`${t.name}: ${t.description}\n`);
        if (t.predictFormat) io.stdout.write(`  predict: ${t.predictFormat}\n`);
        if (t.evalFormat) io.stdout.write(`  eval:    ${t.evalFormat}\n`);
      }
    });

  program
    .command('stages')
    .description('list the pipeline stages with the layers they require, use when present, and provide')
    .action(async () => {
      const { STAGE_REGISTRY } = await import('../stages/registry.js');
      const { formatStages } = await import('./commands/stages.js');
      io.stdout.write(formatStages(STAGE_REGISTRY));
    });

  program
    .command('serve')
    .description('start the HTTP API and the web app (http://127.0.0.1:8787/ by default)')
    .option(
      '--db <path|url>',
      'corpus store: SQLite file or postgres:// URL (default $VERBATIM_DB or ./verbatim.db)',
    )
    .option('--demo', 'ingest the bundled demo corpus (examples/) when the store is empty')
    .option('--host <address>', 'address to listen on (default 127.0.0.1; others need --token)')
    .option('--port <n>', 'port (default $PORT or 8787; 0 picks a free one)')
    .option('--token <secret>', 'access token for writes and fetches (default $VERBATIM_TOKEN)')
    .option('--allow-private', 'let URL fetching reach private and loopback addresses')
    .option('--allow-link-local', 'let URL fetching reach link-local addresses and cloud metadata endpoints')
    .option('--fetch-timeout <seconds>', 'total time for fetching one URL (default 60)')
    .action(async (options) => {
      const { serveCommand } = await import('./commands/serve.js');
      setExit(await serveCommand(options, io));
    });

  return program;
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) quietOnClosedPipe(process.stdout);
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  program.exitOverride();
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    io.stderr.write(`error: ${asVerbatimError(error).toLine()}\n`);
    return EXIT_USAGE;
  }
}
