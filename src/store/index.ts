export type * from './core/claims-board.js';
export type { Driver, Executor, Row, SqlValue } from './core/driver.js';
export type * from './core/types.js';
export { RECORD_TYPES } from './core/types.js';
export { DEFAULT_STORE_PATH, openDriver, openStore, storeLocation } from './open.js';
