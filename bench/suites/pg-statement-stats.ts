/**
 * A client on the benches' PostgreSQL server that can read per-statement costs: with `track`, loads
 * pg_stat_statements (a server restart: the library is read only at start) and turns on its planning
 * time; without, a plain client on the admin database.
 */
import pg from 'pg';
import type { PgServer } from '../../test/store/pg-server.js';

export async function statementStatsClient(
  server: PgServer,
  admin: string,
  track: boolean,
): Promise<pg.Client> {
  if (track) {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await c.end();
    await server.restart();
  }
  const stats = new pg.Client({ connectionString: admin });
  await stats.connect();
  if (track) {
    await stats.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    // Known only once the library is loaded: planning time beside execution time.
    await stats.query('ALTER SYSTEM SET pg_stat_statements.track_planning = on');
    await stats.query('SELECT pg_reload_conf()');
  }
  return stats;
}
