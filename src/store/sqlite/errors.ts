/** SQLite failures → typed errors that name the file and say what to do. */
import { VerbatimError } from '../../model/errors.js';

/** Maps an error thrown by better-sqlite3 (its `code` is the extended SQLite result code). */
export function sqliteError(error: unknown, file: string): VerbatimError {
  if (error instanceof VerbatimError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const typed = (c: ConstructorParameters<typeof VerbatimError>[0], text: string): VerbatimError =>
    new VerbatimError(c, `${text} (${String(code)}: ${message})`, { file, cause: error });
  if (typeof code !== 'string') return new VerbatimError('E_INTERNAL', message, { file, cause: error });
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return typed('E_STORE_NOT_DATABASE', 'the file is not a SQLite database, or it is damaged');
  if (code === 'SQLITE_FULL' || /ENOSPC|disk is full/i.test(message))
    return typed(
      'E_STORE_FULL',
      'the disk (or the database size limit) is full; the article being written was not stored',
    );
  if (code.startsWith('SQLITE_READONLY')) return typed('E_STORE_READONLY', 'the store cannot be written');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return typed('E_STORE_BUSY', 'another process kept the store locked longer than the busy timeout');
  if (code.startsWith('SQLITE_CANTOPEN'))
    return typed('E_STORE_NOT_FOUND', 'the store file cannot be opened (missing folder or no permission)');
  if (code.startsWith('SQLITE_IOERR')) return typed('E_STORE_IO', 'reading or writing the store failed');
  return new VerbatimError('E_INTERNAL', message, { file, cause: error });
}
