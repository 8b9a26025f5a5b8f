/**
 * Builds the tagger's external resources from ../shared/data:
 *  - gazetteer: CountryInfo (CC BY-SA 3.0) country names, nationalities, capitals,
 *    cities, regions, leaders; PETRARCH2 Phoenix actor dictionaries (MIT).
 *  - lexicon: distributional word clusters and mid-sentence capitalisation rates
 *    learned from unlabeled text (PolNeAR article texts, UD EWT, WCXB article
 *    text (CC BY 4.0), CoNLL train tokens; never valid.txt).
 * Clusters are spherical k-means over randomly projected left/right context counts
 * (cheap stand-in for Brown clusters; no JS library does either).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../../src/learn/random.js';
import { Gazetteer } from '../../src/stages/entities/tagger/gazetteer.js';
import { capBucket, type LexEntry, Lexicon } from '../../src/stages/entities/tagger/lexicon.js';

/** Splits raw text into CoNLL-like tokens: punctuation apart, `'s` and `n't` apart, `U.S.` kept whole. */
export function rawTokens(text: string): string[] {
  const spaced = text.replace(/(\p{L})(['’]s|n['’]t)(?=[^\p{L}]|$)/gu, '$1 $2');
  return (
    spaced.match(/(?:\p{L}\.){2,}|['’](?:s|t)\b|[\p{L}\p{N}]+(?:[-'’.,&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ??
    []
  );
}

// ---------------------------------------------------------------- gazetteer

function phraseOf(entry: string): string | undefined {
  let s = entry.replace(/#.*$/, '').replace(/\[.*$/, '').trim();
  s = s
    .replace(/^\+/, '')
    .replace(/\(.*?\)/g, '')
    .replace(/_+$/, '')
    .replace(/^_+/, '');
  if (!s || /[{}<>]/.test(s)) return undefined;
  const toks = s.split(/_+/).flatMap((t) => rawTokens(t));
  return toks.length ? toks.join(' ').toLowerCase() : undefined;
}

const CI_SECTIONS: Record<string, string> = {
  CountryName: 'ci-country',
  Nationality: 'ci-nation',
  Capital: 'ci-city',
  MajorCities: 'ci-city',
  Regions: 'ci-region',
  GeogFeatures: 'ci-region',
  Leaders: 'ci-person',
  Government: 'ci-person',
};

/** Job titles Phoenix and CountryInfo glue onto names (`FOREIGN_MINISTER_ABDULLAH`). */
const TITLE_WORDS =
  /^(president|prime|minister|foreign|defense|defence|secretary|general|acting|king|queen|prince|sheikh|chairman|vice|deputy|senator|governor|ambassador|spokesman|leader|chief|mr|mrs|dr)$/;

export function buildGazetteer(dataDir: string): Gazetteer {
  const cats = [
    'ci-country',
    'ci-nation',
    'ci-city',
    'ci-region',
    'ci-person',
    'surname',
    'phx-country',
    'phx-intl',
    'phx-group',
  ];
  const entries: [number, string][] = [];
  const add = (cat: string, phrase: string | undefined): void => {
    if (!phrase) return;
    let toks = phrase.split(' ');
    if (cat === 'ci-person') {
      while (toks.length > 1 && TITLE_WORDS.test(toks[0] as string)) toks = toks.slice(1);
      const last = toks[toks.length - 1] as string;
      if (toks.length > 1 && last.length > 2) entries.push([cats.indexOf('surname'), last]);
    }
    entries.push([cats.indexOf(cat), toks.join(' ')]);
  };
  const ci = readFileSync(join(dataDir, 'events/countryinfo/CountryInfo.120116.txt'), 'latin1');
  let section = '';
  let inComment = false;
  for (const line of ci.split(/\r?\n/)) {
    // The file's documentation block (`<!-- … -->`) describes the tags in prose: not entries.
    if (inComment || line.includes('<!--')) {
      inComment = !line.includes('-->');
      continue;
    }
    const open = /^\s*<([A-Za-z]+)>(.*?)(?:<\/\1>)?\s*$/.exec(line);
    if (open && CI_SECTIONS[open[1] as string]) {
      section = CI_SECTIONS[open[1] as string] as string;
      if (open[2]) add(section, phraseOf(open[2]));
      if (open[1] === 'CountryName') section = '';
      continue;
    }
    if (/^\s*<\/(Nationality|Capital|MajorCities|Regions|GeogFeatures|Leaders|Government)>/.test(line)) {
      section = '';
      continue;
    }
    if (/^\s*<\/?[A-Za-z]/.test(line)) continue;
    if (section) add(section, phraseOf(line));
  }
  const phx: [string, string][] = [
    ['Phoenix.Countries.actors.txt', 'phx-country'],
    ['Phoenix.International.actors.txt', 'phx-intl'],
    ['Phoenix.MilNonState.actors.txt', 'phx-group'],
  ];
  for (const [file, cat] of phx) {
    const text = readFileSync(join(dataDir, 'events/petrarch2', file), 'latin1');
    for (const line of text.split(/\r?\n/)) {
      if (/^\s*(#|\[|$)/.test(line) || /^\s/.test(line)) continue;
      add(cat, phraseOf(line));
    }
  }
  return new Gazetteer(cats, entries);
}

// ---------------------------------------------------------------- lexicon

/** Sentences (token arrays) of every unlabeled source. */
export function unlabeledSentences(dataDir: string, conllTrain: readonly (readonly string[])[]): string[][] {
  const out: string[][] = conllTrain.map((s) => [...s]);
  for (const split of ['train', 'dev']) {
    const dir = join(dataDir, 'quotes/polnear', split, 'text');
    for (const f of readdirSync(dir)) {
      for (const para of readFileSync(join(dir, f), 'utf8').split(/\n+/)) out.push(rawTokens(para));
    }
  }
  const gt = join(dataDir, 'extract/wcxb-dev/ground-truth');
  for (const f of readdirSync(gt)) {
    if (!f.endsWith('.json')) continue;
    const json = JSON.parse(readFileSync(join(gt, f), 'utf8')) as {
      ground_truth?: { main_content?: string };
    };
    const text = json.ground_truth?.main_content ?? '';
    for (const para of text.split(/\n+/)) out.push(rawTokens(para));
  }
  const ud = readFileSync(join(dataDir, 'pos/ud-english-ewt/train.conllu'), 'utf8');
  let cur: string[] = [];
  for (const line of ud.split('\n')) {
    if (line === '') {
      if (cur.length) out.push(cur);
      cur = [];
    } else if (!line.startsWith('#')) {
      const cols = line.split('\t');
      if (/^\d+$/.test(cols[0] ?? '')) cur.push(cols[1] ?? '');
    }
  }
  return out;
}

const SENT_BREAK = new Set(['.', '?', '!', ':', '"', '“', '”', "'", '‘', '’', '(', '-', '—', '–', '[']);

export interface LexiconOptions {
  readonly minCount: number;
  readonly contextWords: number;
  readonly dims: number;
  /** Branching factor per level of the cluster tree (e.g. 32, 8, 4 → 32, 256, 1024 leaves). */
  readonly ks: readonly number[];
  readonly iterations: number;
}

export function buildLexicon(sentences: readonly (readonly string[])[], opt: LexiconOptions): Lexicon {
  const key = (t: string): string => t.toLowerCase().replace(/[’‘]/g, "'").replace(/\d/g, '0');
  const freq = new Map<string, number>();
  const capMid = new Map<string, [number, number]>();
  for (const s of sentences) {
    const letters = s.filter((t) => /\p{L}/u.test(t));
    const allCaps = letters.length > 1 && letters.every((t) => t === t.toUpperCase());
    for (let i = 0; i < s.length; i++) {
      const t = s[i] as string;
      const k = key(t);
      freq.set(k, (freq.get(k) ?? 0) + 1);
      if (allCaps || i === 0 || SENT_BREAK.has(s[i - 1] as string) || !/^\p{L}/u.test(t)) continue;
      const c = capMid.get(k) ?? [0, 0];
      c[1]++;
      if (/^\p{Lu}/u.test(t)) c[0]++;
      capMid.set(k, c);
    }
  }
  const vocab = [...freq].filter(([, n]) => n >= opt.minCount).sort((a, b) => b[1] - a[1]);
  const index = new Map(vocab.map(([w], i) => [w, i]));
  const ctxIndex = new Map(vocab.slice(0, opt.contextWords).map(([w], i) => [w, i]));
  const C = opt.contextWords;
  // sparse context counts per word: left and right neighbour
  const counts: Map<number, number>[] = vocab.map(() => new Map());
  for (const s of sentences) {
    const ids = s.map((t) => index.get(key(t)) ?? -1);
    for (let i = 0; i < s.length; i++) {
      const w = ids[i] as number;
      if (w < 0) continue;
      const m = counts[w] as Map<number, number>;
      const l = i > 0 ? (ctxIndex.get(key(s[i - 1] as string)) ?? C) : C;
      const r = i + 1 < s.length ? (ctxIndex.get(key(s[i + 1] as string)) ?? C) : C;
      m.set(l, (m.get(l) ?? 0) + 1);
      m.set(C + 1 + r, (m.get(C + 1 + r) ?? 0) + 1);
    }
  }
  const D = opt.dims;
  const random = rng(7);
  const proj = Float32Array.from({ length: (2 * C + 2) * D }, () => (random() < 0.5 ? -1 : 1));
  const V = vocab.length;
  const X = new Float32Array(V * D);
  for (let w = 0; w < V; w++) {
    const m = counts[w] as Map<number, number>;
    let total = 0;
    for (const n of m.values()) total += n;
    for (const [c, n] of m) {
      const v = Math.sqrt(n / total);
      for (let d = 0; d < D; d++) X[w * D + d] = (X[w * D + d] as number) + v * (proj[c * D + d] as number);
    }
    normalize(X, w * D, D);
  }
  const assignments = hierarchicalKmeans(X, V, D, opt.ks, opt.iterations, random);
  const entries = new Map<string, LexEntry>();
  vocab.forEach(([w], i) => {
    const c = capMid.get(w);
    entries.set(w, {
      clusters: assignments.map((a) => a[i] as number),
      cap: c && c[1] >= 2 ? capBucket(c[0], c[1]) : 5,
    });
  });
  return new Lexicon(entries);
}

function normalize(x: Float32Array, o: number, d: number): void {
  let s = 0;
  for (let i = 0; i < d; i++) s += (x[o + i] as number) ** 2;
  const n = Math.sqrt(s) || 1;
  for (let i = 0; i < d; i++) x[o + i] = (x[o + i] as number) / n;
}

/**
 * Nested spherical k-means: each level splits every cluster of the previous level
 * into `k` children, so ids form a tree like Brown-cluster bit-string prefixes.
 */
function hierarchicalKmeans(
  X: Float32Array,
  V: number,
  D: number,
  ks: readonly number[],
  iters: number,
  random: () => number,
): Int32Array[] {
  const levels: Int32Array[] = [];
  let parent = new Int32Array(V);
  let groups = 1;
  for (const k of ks) {
    const next = new Int32Array(V);
    const members: number[][] = Array.from({ length: groups }, () => []);
    for (let w = 0; w < V; w++) members[parent[w] as number]?.push(w);
    members.forEach((ms, g) => {
      if (!ms.length) return;
      const sub = kmeans(X, ms, D, Math.min(k, ms.length), iters, random);
      ms.forEach((w, i) => {
        next[w] = g * k + (sub[i] as number);
      });
    });
    levels.push(next);
    parent = next;
    groups *= k;
  }
  return levels;
}

function kmeans(
  X: Float32Array,
  members: readonly number[],
  D: number,
  k: number,
  iters: number,
  random: () => number,
): Int32Array {
  const V = members.length;
  const cent = new Float32Array(k * D);
  for (let c = 0; c < k; c++) {
    const w = members[Math.floor(random() * V)] as number;
    cent.set(X.subarray(w * D, w * D + D), c * D);
  }
  const assign = new Int32Array(V);
  for (let it = 0; it < iters; it++) {
    for (let m = 0; m < V; m++) {
      const o = (members[m] as number) * D;
      let best = -2;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const co = c * D;
        for (let d = 0; d < D; d++) s += (X[o + d] as number) * (cent[co + d] as number);
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      assign[m] = arg;
    }
    cent.fill(0);
    for (let m = 0; m < V; m++) {
      const o = (members[m] as number) * D;
      const co = (assign[m] as number) * D;
      for (let d = 0; d < D; d++) cent[co + d] = (cent[co + d] as number) + (X[o + d] as number);
    }
    for (let c = 0; c < k; c++) normalize(cent, c * D, D);
  }
  return assign;
}
