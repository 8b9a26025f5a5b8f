/**
 * The store contract on a real PostgreSQL server the test starts itself
 * (pg-server.ts). Where no server can be started it skips, and says so loudly.
 */
import { afterAll, describe, it } from 'vitest';
import { ambiguousNamesContract } from './ambiguous-names-contract.js';
import { claimsContract } from './claims-contract.js';
import { storeContract } from './contract.js';
import { corpusContract } from './corpus-contract.js';
import { derivedRecordsContract } from './derived-records-contract.js';
import { encodingContract } from './encoding-contract.js';
import { groupContract } from './group-contract.js';
import { integrityContract } from './integrity-contract.js';
import { startPostgres } from './pg-server.js';

const server = await startPostgres();
if (typeof server === 'string') {
  const why = `SKIPPED: the PostgreSQL store contract did not run: ${server}`;
  console.warn(`\n${'!'.repeat(100)}\n${why}\n${'!'.repeat(100)}\n`);
  describe.skip('store contract: PostgreSQL', () => {
    it(why, () => undefined);
  });
} else {
  // Generous: on a loaded 2-core machine the server's exit and removing its cluster took over 60 s.
  afterAll(() => server.stop(), 240_000);
  storeContract('PostgreSQL (pg)', () => server.newDatabase());
  claimsContract('PostgreSQL (pg)', () => server.newDatabase());
  corpusContract('PostgreSQL (pg)', () => server.newDatabase());
  ambiguousNamesContract('PostgreSQL (pg)', () => server.newDatabase());
  encodingContract('PostgreSQL (pg)', () => server.newDatabase());
  integrityContract('PostgreSQL (pg)', () => server.newDatabase());
  derivedRecordsContract('PostgreSQL (pg)', () => server.newDatabase());
  groupContract('PostgreSQL (pg)', () => server.newDatabase());
}
