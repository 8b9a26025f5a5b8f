export { findCredit } from './credit.js';
export { splitLines } from './lines.js';
export { findBlocks } from './structure.js';
