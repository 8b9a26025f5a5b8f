/**
 * MinHash/LSH against SimHash for near-duplicate news (the store's choice):
 * PolNeAR dev articles with synthetic republishing edits (the positives) and
 * every pair of distinct dev articles (the negatives). Prints recall per edit
 * kind, false-positive pairs and signature time for each method.
 *
 *     npx tsx scripts/near-dup-eval.ts [N articles, default 200]
 *
 * SimHash (Charikar, 64 bits over the same word 3-shingles) is written here for
 * the comparison only; the store uses src/store/core/near-dup.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LSH_BANDS,
  lshBuckets,
  minhash,
  NEAR_DUP_THRESHOLD,
  shingleHashes,
  similarity,
} from '../src/store/core/near-dup.js';

const DEV = join(import.meta.dirname, '..', '..', 'shared', 'data', 'quotes', 'polnear', 'dev', 'text');
const N = Number(process.argv[2] ?? 200);

/** Seeded PRNG (mulberry32): the same edits on every run. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(7);

/** Republishing edits an outlet makes to wire copy. */
const EDITS: Record<string, (text: string) => string> = {
  'new headline, last paragraph cut': (t) => {
    const lines = t.split('\n').filter((l) => l.trim());
    return ['Other Outlet Headline About This Story', ...lines.slice(1, -1)].join('\n');
  },
  'boilerplate added, one sentence cut': (t) => {
    const sentences = t.split(/(?<=[.!?])\s+/);
    sentences.splice(Math.floor(rand() * sentences.length), 1);
    return `${sentences.join(' ')}\nSubscribe to our newsletter for more stories like this. Follow us on social media.`;
  },
  '5 % of words replaced': (t) => t.replace(/\b\w+\b/g, (w) => (rand() < 0.05 ? 'edited' : w)),
  '15 % of words replaced': (t) => t.replace(/\b\w+\b/g, (w) => (rand() < 0.15 ? 'edited' : w)),
  'first half only (truncated copy)': (t) => t.slice(0, Math.floor(t.length / 2)),
};

function simhash(text: string): [number, number] {
  const shingles = shingleHashes(text);
  const v = new Int32Array(64);
  for (const h of shingles) {
    const lo = h;
    const hi = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0; // a second 32 bits from the same shingle
    for (let b = 0; b < 32; b++) {
      v[b]! += (lo >>> b) & 1 ? 1 : -1;
      v[32 + b]! += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if (v[b]! > 0) lo |= 1 << b;
    if (v[32 + b]! > 0) hi |= 1 << b;
  }
  return [lo >>> 0, hi >>> 0];
}

function hamming(a: [number, number], b: [number, number]): number {
  let n = 0;
  for (let x of [a[0] ^ b[0], a[1] ^ b[1]]) {
    x >>>= 0;
    while (x) {
      x &= x - 1;
      n++;
    }
  }
  return n;
}

const texts = readdirSync(DEV)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, N)
  .map((f) => readFileSync(join(DEV, f), 'utf8'));

let t0 = performance.now();
const mins = texts.map((t) => minhash(t));
const minMs = (performance.now() - t0) / texts.length;
t0 = performance.now();
const sims = texts.map((t) => simhash(t));
const simMs = (performance.now() - t0) / texts.length;

/** MinHash decision as the store makes it: share an LSH bucket, then estimated Jaccard ≥ threshold. */
function minhashSays(a: Uint32Array | undefined, b: Uint32Array | undefined): boolean {
  if (!a || !b) return false;
  const ba = lshBuckets(a);
  const bb = lshBuckets(b);
  return ba.some((x, i) => x === bb[i]) && similarity(a, b) >= NEAR_DUP_THRESHOLD;
}

const SIMHASH_DISTANCES = [3, 6, 10];
console.log(
  `${texts.length} PolNeAR dev articles; MinHash ${minMs.toFixed(2)} ms/article, SimHash ${simMs.toFixed(2)} ms/article`,
);
console.log(
  `MinHash: 128 hashes, ${LSH_BANDS} LSH bands, threshold ${NEAR_DUP_THRESHOLD}; SimHash: 64 bits, Hamming ≤ k\n`,
);
console.log(`| edit | MinHash/LSH recall | ${SIMHASH_DISTANCES.map((k) => `SimHash k=${k}`).join(' | ')} |`);
console.log(`|---|---:|${SIMHASH_DISTANCES.map(() => '---:').join('|')}|`);
for (const [name, edit] of Object.entries(EDITS)) {
  let m = 0;
  const s = SIMHASH_DISTANCES.map(() => 0);
  let n = 0;
  texts.forEach((t, i) => {
    if (!mins[i]) return;
    n++;
    const e = edit(t);
    if (minhashSays(mins[i], minhash(e))) m++;
    const d = hamming(sims[i]!, simhash(e));
    SIMHASH_DISTANCES.forEach((k, j) => {
      if (d <= k) s[j]!++;
    });
  });
  console.log(`| ${name} | ${(m / n).toFixed(3)} | ${s.map((x) => (x / n).toFixed(3)).join(' | ')} |`);
}
let pairs = 0;
let fpMin = 0;
const fpSim = SIMHASH_DISTANCES.map(() => 0);
for (let i = 0; i < texts.length; i++) {
  for (let j = i + 1; j < texts.length; j++) {
    if (texts[i] === texts[j]) continue;
    pairs++;
    if (minhashSays(mins[i], mins[j])) fpMin++;
    const d = hamming(sims[i]!, sims[j]!);
    SIMHASH_DISTANCES.forEach((k, x) => {
      if (d <= k) fpSim[x]!++;
    });
  }
}
console.log(`| distinct-article pairs flagged (of ${pairs}) | ${fpMin} | ${fpSim.join(' | ')} |`);
