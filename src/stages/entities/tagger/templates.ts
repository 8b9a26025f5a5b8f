/** Template ids of the entity tagger's features: a feature is `feat(template, value)` (src/learn/hashing.ts). */
import { hashString } from '../../../learn/hashing.js';

/** The value of a neighbour outside the sentence. */
export const PAD = hashString('<pad>');

/** Template ids; a feature is `feat(template, value)`. Offsets are folded into the template. */
export const T = {
  bias: 1,
  w: 2,
  lw: 10, // +offset (-2…2 → 10…14)
  lwBi: 20,
  lwBiR: 21,
  wPrevCur: 22,
  pre: 30, // +len
  suf: 40, // +len
  shape: 50, // +offset
  short: 60, // +offset
  shortBi: 70,
  shortBiR: 71,
  flags: 72,
  initCap: 73,
  capsSent: 74,
  gaz: 80, // +offset
  cl: 100, // +offset*8+granularity
  cap: 150, // +offset
  capInit: 160,
  hist: 170,
  histLast: 171,
  docCase: 172,
  histNext: 173,
  aggL: 174,
  aggR: 175,
  aggLS: 176,
  aggRS: 177,
  glob: 178,
  globMix: 179,
  emb: 190, // +(offset+1)*4 + granularity (offsets -1…1)
  lineWord: 210,
  lineShape: 211,
  lineGaz: 212,
  lineEmb: 213,
  lineCl: 214,
  docCompany: 215,
  docPerson: 216,
} as const;
/** At most this many distinct neighbours per word feed the context aggregation. */
export const AGG_MAX = 12;
