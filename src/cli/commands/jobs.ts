/** `verbatim jobs list|retry|drop [ID…] [--all]`: the parked jobs (failed every try), for a person to act on. */
import { VerbatimError } from '../../model/errors.js';
import { openQueue, requirePostgres } from '../../queue/boss.js';
import { parkedJobs } from '../../queue/status.js';
import { openDriver, storeLocation } from '../../store/open.js';
import { type CliIo, EXIT_OK } from '../io.js';

export async function jobsCommand(
  action: string,
  ids: readonly string[],
  options: { db?: string; all?: boolean; format?: string },
  io: CliIo,
): Promise<number> {
  const db = storeLocation(options.db);
  requirePostgres(db, 'verbatim jobs');
  if (!['list', 'retry', 'drop'].includes(action)) {
    throw new VerbatimError('E_OPTION_INVALID', `unknown jobs action '${action}'`, {
      hint: 'use list, retry or drop',
    });
  }
  if (action !== 'list' && ids.length === 0 && !options.all) {
    throw new VerbatimError('E_OPTION_INVALID', `jobs ${action} needs job ids or --all`, {
      hint: 'see the ids with `verbatim jobs list`',
    });
  }
  const driver = await openDriver(db);
  try {
    const parked = await parkedJobs(driver, action === 'list' ? 1000 : Number.MAX_SAFE_INTEGER);
    if (action === 'list') {
      if (options.format === 'json') io.stdout.write(`${JSON.stringify(parked, null, 2)}\n`);
      else if (parked.length === 0) io.stdout.write('no parked jobs\n');
      for (const j of options.format === 'json' ? [] : parked) {
        io.stdout.write(`${j.id}  ${j.queue}  ${j.tries} tries  ${j.code}  ${j.subject}: ${j.message}\n`);
      }
      return EXIT_OK;
    }
    const chosen = options.all ? parked : parked.filter((j) => ids.includes(j.id));
    const missing = options.all ? [] : ids.filter((id) => !parked.some((j) => j.id === id));
    if (missing.length) {
      throw new VerbatimError('E_OPTION_INVALID', `not parked jobs: ${missing.join(', ')}`, {
        hint: 'see the parked jobs with `verbatim jobs list`',
      });
    }
    const queue = await openQueue(db);
    try {
      for (const j of chosen) {
        if (action === 'retry') await queue.boss.retry(j.queue, j.id);
        else await queue.boss.deleteJob(j.queue, j.id);
      }
    } finally {
      await queue.close();
    }
    io.stderr.write(`${action === 'retry' ? 'sent back to the queue' : 'dropped'}: ${chosen.length} jobs\n`);
    return EXIT_OK;
  } finally {
    await driver.close();
  }
}
