/** PostgreSQL failures → typed errors that name the server (URL without password) and say what to do. */
import { VerbatimError } from '../../model/errors.js';

/** SQLSTATE classes and codes we map (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const DISK_FULL = '53100';
const READ_ONLY_TRANSACTION = '25006';
const INVALID_CATALOG = '3D000';
const INSUFFICIENT_PRIVILEGE = '42501';
/** Class 57P: the server shut down or restarted under the connection (admin/crash shutdown, starting up). */
const SERVER_GONE = /^57P0[1-3]$/;
/** Socket-level codes of a connection cut mid-use (the server restarted or the network dropped). */
const SOCKET_LOST = /^(EPIPE|ECONNRESET|ECONNABORTED)$/;
/** pg's own messages for a connection that died while in use (it gives them no code). */
const CONNECTION_LOST = /Connection terminated|not queryable|Client was closed/i;

export function postgresError(error: unknown, location: string): VerbatimError {
  if (error instanceof VerbatimError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const typed = (c: ConstructorParameters<typeof VerbatimError>[0], text: string): VerbatimError =>
    new VerbatimError(c, `${text} (${String(code)}: ${message})`, { file: location, cause: error });
  if (code === DISK_FULL) return typed('E_STORE_FULL', 'the database server is out of disk space');
  if (code === READ_ONLY_TRANSACTION || code === INSUFFICIENT_PRIVILEGE)
    return typed('E_STORE_READONLY', 'the database cannot be written with this user or connection');
  if (code === INVALID_CATALOG) return typed('E_STORE_NOT_FOUND', 'the database does not exist');
  if (typeof code === 'string' && /^(ECONNREFUSED|ENOTFOUND|ENOENT|ETIMEDOUT|EHOSTUNREACH|28)/.test(code))
    return typed('E_STORE_CONNECT', 'cannot connect to the PostgreSQL server');
  if (
    (typeof code === 'string' && (SERVER_GONE.test(code) || SOCKET_LOST.test(code))) ||
    CONNECTION_LOST.test(message)
  )
    return typed('E_STORE_CONNECT', 'lost the connection to the PostgreSQL server');
  return new VerbatimError('E_INTERNAL', message, { file: location, cause: error });
}
