/** The store contract on SQLite (a new file per test). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ambiguousNamesContract } from './ambiguous-names-contract.js';
import { claimsContract } from './claims-contract.js';
import { storeContract } from './contract.js';
import { corpusContract } from './corpus-contract.js';
import { derivedRecordsContract } from './derived-records-contract.js';
import { encodingContract } from './encoding-contract.js';
import { integrityContract } from './integrity-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-store-'));
let n = 0;
storeContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
claimsContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
corpusContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
ambiguousNamesContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
encodingContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
integrityContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
derivedRecordsContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
