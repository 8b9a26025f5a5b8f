/**
 * Experiment (measurement only, nothing here runs in the extractor): could a
 * LEARNED title selector beat the hand rules? Reads dumps written by
 * `scripts/title-dump.ts`, builds per page a candidate list (our output, each
 * h1, each declared title, the first h2s, and each of these cut at its
 * separators into every run of parts; deduplicated), describes each candidate
 * by general features (source kinds, cut position, length, agreement across
 * sources, word overlap, casing, h1 class words; no ids or site names) and
 * trains a conditional logistic regression (a softmax over the page's
 * candidates, plain SGD) that picks one candidate per page. Hand-written
 * because it is a few dozen lines and a ranking softmax over a variable
 * candidate set is not what the available libraries offer.
 * Prints: trained on one set and tested on the other; 10-fold cross-validation
 * within each set (folds by page, fixed seed): mean exact, spread, and ours on
 * the same folds; the oracle (gold among the candidates).
 * `npx tsx scripts/title-selector-cv.ts WCXB_DUMP.json TRAFILATURA_DUMP.json`
 */
import { readFileSync } from 'node:fs';
import { rng } from '../src/learn/random.js'; // seeded mulberry32, shared

interface H1 {
  text?: string;
  cls?: string | null;
  anc?: string[];
}
interface DumpRow {
  id: string;
  gold: string;
  ours?: string;
  url?: string;
  site?: string;
  ld?: string;
  og?: string;
  tw?: string;
  title?: string;
  h1s?: H1[];
  h2?: (string | undefined)[];
}

/** Separators sites put between a headline and its site, section or kicker (as scripts/title-ceiling.ts). */
const SEPARATOR = /\s+[|\-–—:•·»«/]\s+|\s*[|»«]\s*|:\s+/g;
/** Source kinds; a candidate remembers which kinds produce it whole or as a prefix, suffix or middle part. */
const KINDS = ['h1', 'h1first', 'ld', 'og', 'tw', 'title', 'h2'] as const;
const CUTS = ['whole', 'prefix', 'suffix', 'middle'] as const;
/** Class or ancestor words of an h1 that theme authors use for the post title, the site name or a banner. */
const H1_CLASS_WORDS = [
  'entry-title',
  'post-title',
  'headline',
  'title',
  'site-title',
  'logo',
  'brand',
  'hero',
  'banner',
  'article',
  'header',
  'main',
  'sidebar',
  'widget',
];
/** Leading words of SEO-style headlines. */
const SEO_START = /^(best|top|how|what|why|when|where|the \d+|\d+)\b/i;

const norm = (s: string | undefined | null): string => (s ?? '').replace(/\s+/g, ' ').trim();
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function overlap(a: string, b: string | undefined): number {
  if (!b) return 0;
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return n / Math.max(wa.size, wb.size);
}

interface Cand {
  text: string;
  tags: Set<string>;
  h1Class: Set<string>;
}

function candidates(r: DumpRow): Cand[] {
  const byText = new Map<string, Cand>();
  const add = (text: string, tag: string, h1?: H1): void => {
    const t = norm(text);
    if (!t) return;
    let c = byText.get(t);
    if (!c) {
      c = { text: t, tags: new Set(), h1Class: new Set() };
      byText.set(t, c);
    }
    c.tags.add(tag);
    if (h1) {
      const cls = `${h1.cls ?? ''} ${(h1.anc ?? []).join(' ')}`.toLowerCase();
      for (const w of H1_CLASS_WORDS) if (cls.includes(w)) c.h1Class.add(w);
    }
  };
  const source = (s: string | undefined | null, kind: string, h1?: H1): void => {
    const t = norm(s);
    if (!t) return;
    add(t, `${kind}:whole`, h1);
    const bounds = [...t.matchAll(SEPARATOR)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const starts = [0, ...bounds.map((b) => b.end)];
    const ends = [...bounds.map((b) => b.start), t.length];
    for (const a of starts)
      for (const b of ends) {
        if (b <= a || (a === 0 && b === t.length)) continue;
        add(t.slice(a, b), `${kind}:${a === 0 ? 'prefix' : b === t.length ? 'suffix' : 'middle'}`, h1);
      }
  };
  if (r.ours) add(r.ours, 'ours');
  (r.h1s ?? []).forEach((h, i) => {
    source(h.text, 'h1', h);
    if (i === 0) source(h.text, 'h1first', h);
  });
  source(r.ld, 'ld');
  source(r.og, 'og');
  source(r.tw, 'tw');
  source(r.title, 'title');
  for (const h of (r.h2 ?? []).slice(0, 3)) source(h, 'h2');
  return [...byText.values()];
}

function urlWords(url: string | undefined): { host: Set<string>; path: Set<string> } {
  try {
    const u = new URL(url ?? '');
    return { host: new Set(words(u.hostname)), path: new Set(words(decodeURIComponent(u.pathname))) };
  } catch {
    return { host: new Set(), path: new Set() };
  }
}

/** Sparse binary/real features of one candidate within its page. */
function features(c: Cand, all: readonly Cand[], r: DumpRow): Map<string, number> {
  const f = new Map<string, number>();
  const set = (k: string, v = 1): void => {
    if (v !== 0) f.set(k, v);
  };
  for (const t of c.tags) set(`tag:${t}`);
  const wholeKinds = KINDS.filter((k) => k !== 'h1first' && c.tags.has(`${k}:whole`));
  const anyKinds = KINDS.filter((k) => k !== 'h1first' && CUTS.some((p) => c.tags.has(`${k}:${p}`)));
  set('agree:whole', Math.log1p(wholeKinds.length));
  set('agree:any', Math.log1p(anyKinds.length));
  const declaredWhole = ['ld', 'og', 'tw', 'title'].filter((k) => c.tags.has(`${k}:whole`)).length;
  set(`declaredWhole:${Math.min(declaredWhole, 3)}`);
  const ours = c.tags.has('ours');
  set('ours', ours ? 1 : 0);
  if (ours) set(`ours&whole:${wholeKinds.join('+') || 'none'}`);
  const n = words(c.text).length;
  set(`words:${n <= 1 ? 1 : n <= 3 ? 3 : n <= 8 ? 8 : n <= 15 ? 15 : 99}`);
  set('logWords', Math.log1p(n) / 3);
  const maxLen = Math.max(...all.map((x) => x.text.length));
  set('lenRatioMax', c.text.length / maxLen);
  const oursText = norm(r.ours);
  if (oursText) {
    set('lenRatioOurs', Math.min(2, c.text.length / oursText.length));
    set('overlapOurs', overlap(c.text, oursText));
    if (!ours && oursText.includes(c.text)) set('insideOurs');
    if (!ours && c.text.includes(oursText)) set('containsOurs');
  }
  if (c.text.length === maxLen) set('longest');
  set('overlapH1', overlap(c.text, r.h1s?.[0]?.text));
  set('overlapOg', overlap(c.text, r.og));
  set('overlapTitle', overlap(c.text, r.title));
  set('overlapLd', overlap(c.text, r.ld));
  const { host, path } = urlWords(r.url);
  const cw = words(c.text);
  if (cw.length > 0) {
    set('hostWords', cw.filter((w) => host.has(w)).length / cw.length);
    set('pathWords', cw.filter((w) => path.has(w)).length / cw.length);
  }
  const site = norm(r.site).toLowerCase();
  if (site && c.text.toLowerCase() === site) set('isSite');
  else if (site && c.text.toLowerCase().includes(site)) set('hasSite');
  if (/\b(19|20)\d\d\b/.test(c.text)) set('year');
  if (/^\d/.test(c.text)) set('startsDigit');
  if (SEO_START.test(c.text)) set('seoStart');
  if (/[|–—:•»«]|\s-\s/.test(c.text)) set('hasSeparator');
  if (/[‘’“”]/.test(c.text)) set('curly');
  if (/['"]/.test(c.text)) set('plainQuote');
  const letters = c.text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 3 && letters === letters.toUpperCase()) set('allCaps');
  else if (letters.length > 3 && letters === letters.toLowerCase()) set('allLower');
  const caps = c.text.split(' ').filter((w) => /^\p{Lu}/u.test(w)).length;
  set('capRatio', caps / Math.max(1, c.text.split(' ').length));
  const h1n = r.h1s?.length ?? 0;
  set(`h1count:${Math.min(h1n, 3)}`);
  const fromH1 = CUTS.some((p) => c.tags.has(`h1:${p}`));
  if (fromH1) {
    set(`fromH1&h1count:${Math.min(h1n, 3)}`);
    for (const w of c.h1Class) set(`h1class:${w}`);
  }
  return f;
}

interface Page {
  row: DumpRow;
  cands: Cand[];
  feats: Map<string, number>[];
  gold: number;
}

function pages(rows: readonly DumpRow[]): Page[] {
  return rows.map((row) => {
    const cands = candidates(row);
    const feats = cands.map((c) => features(c, cands, row));
    return { row, cands, feats, gold: cands.findIndex((c) => c.text === norm(row.gold)) };
  });
}

type Weights = Map<string, number>;
const score = (w: Weights, f: Map<string, number>): number => {
  let s = 0;
  for (const [k, v] of f) s += (w.get(k) ?? 0) * v;
  return s;
};

function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

/** Training settings: epochs, step size, L2 penalty (fixed beforehand, not tuned on test folds). */
const EPOCHS = 30;
const RATE = 0.1;
const L2 = 1e-4;

/** Conditional logistic regression: maximise log P(gold | page) = softmax over the page's candidates. */
function train(data: readonly Page[], seed = 1): Weights {
  const w: Weights = new Map();
  const usable = data.filter((p) => p.gold >= 0);
  const rand = rng(seed);
  for (let e = 0; e < EPOCHS; e++) {
    const lr = RATE / (1 + e * 0.2);
    for (const p of shuffle([...usable], rand)) {
      const s = p.feats.map((f) => score(w, f));
      const m = Math.max(...s);
      const ex = s.map((x) => Math.exp(x - m));
      const z = ex.reduce((a, b) => a + b, 0);
      const grad = new Map<string, number>();
      p.feats.forEach((f, i) => {
        const pr = (ex[i] as number) / z - (i === p.gold ? 1 : 0);
        for (const [k, v] of f) grad.set(k, (grad.get(k) ?? 0) + pr * v);
      });
      for (const [k, g] of grad) {
        const old = w.get(k) ?? 0;
        w.set(k, old - lr * (g + L2 * old));
      }
    }
  }
  return w;
}

function pick(w: Weights, p: Page): number {
  let best = 0;
  let bestS = Number.NEGATIVE_INFINITY;
  p.feats.forEach((f, i) => {
    const s = score(w, f);
    if (s > bestS) {
      bestS = s;
      best = i;
    }
  });
  return best;
}

const exact = (w: Weights, data: readonly Page[]): number =>
  data.filter((p) => p.gold >= 0 && pick(w, p) === p.gold).length;
const oursExact = (data: readonly Page[]): number =>
  data.filter((p) => norm(p.row.ours) === norm(p.row.gold)).length;

function crossValidate(
  name: string,
  data: readonly Page[],
  extra: readonly Page[] = [],
  k = 10,
  seed = 7,
): void {
  const order = shuffle([...data], rng(seed));
  const accs: number[] = [];
  const base: number[] = [];
  let hits = 0;
  let oursHits = 0;
  let gained = 0;
  let lost = 0;
  for (let f = 0; f < k; f++) {
    const test = order.filter((_, i) => i % k === f);
    const w = train([...order.filter((_, i) => i % k !== f), ...extra], f + 1);
    const h = exact(w, test);
    for (const p of test) {
      const right = p.gold >= 0 && pick(w, p) === p.gold;
      const oursRight = norm(p.row.ours) === norm(p.row.gold);
      if (right && !oursRight) gained++;
      if (!right && oursRight) lost++;
    }
    const o = oursExact(test);
    hits += h;
    oursHits += o;
    accs.push(h / test.length);
    base.push(o / test.length);
  }
  const mean = accs.reduce((a, b) => a + b, 0) / k;
  const sd = Math.sqrt(accs.reduce((a, b) => a + (b - mean) ** 2, 0) / (k - 1));
  const diffs = accs.map((a, i) => a - (base[i] as number));
  const dm = diffs.reduce((a, b) => a + b, 0) / k;
  const dsd = Math.sqrt(diffs.reduce((a, b) => a + (b - dm) ** 2, 0) / (k - 1));
  console.log(
    `${name} ${k}-fold CV: learned ${mean.toFixed(4)} ± ${sd.toFixed(4)} (sd over folds; min ${Math.min(...accs).toFixed(4)}, max ${Math.max(...accs).toFixed(4)}; pooled ${hits}/${data.length}) vs ours ${(oursHits / data.length).toFixed(4)} (${oursHits}); learned − ours per fold ${dm >= 0 ? '+' : ''}${dm.toFixed(4)} ± ${dsd.toFixed(4)}; pages gained ${gained}, lost ${lost}`,
  );
}

function report(name: string, data: readonly Page[]): void {
  const oracle = data.filter((p) => p.gold >= 0).length;
  const ours = oursExact(data);
  const nc = data.reduce((a, p) => a + p.cands.length, 0) / data.length;
  console.log(
    `${name}: ${data.length} pages, ${nc.toFixed(1)} candidates/page; ours ${(ours / data.length).toFixed(4)} (${ours}); oracle ${(oracle / data.length).toFixed(4)} (${oracle})`,
  );
}

function topWeights(w: Weights, n = 12): string {
  return [...w]
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, n)
    .map(([k, v]) => `${k} ${v.toFixed(2)}`)
    .join(', ');
}

const [wcxbFile, trafFile] = process.argv.slice(2);
if (!wcxbFile || !trafFile)
  throw new Error('usage: npx tsx scripts/title-selector-cv.ts WCXB_DUMP.json TRAFILATURA_DUMP.json');
const load = (f: string): Page[] => pages(JSON.parse(readFileSync(f, 'utf8')) as DumpRow[]);
const wcxb = load(wcxbFile);
const traf = load(trafFile);
report('WCXB dev', wcxb);
report('trafilatura-eval', traf);
for (const [trainName, trainSet, testName, testSet] of [
  ['trafilatura-eval', traf, 'WCXB dev', wcxb],
  ['WCXB dev', wcxb, 'trafilatura-eval', traf],
] as const) {
  const w = train(trainSet);
  const h = exact(w, testSet);
  console.log(
    `train ${trainName} → test ${testName}: learned ${(h / testSet.length).toFixed(4)} (${h}/${testSet.length}); train-set fit ${(exact(w, trainSet) / trainSet.length).toFixed(4)}`,
  );
  console.log(`  largest weights: ${topWeights(w)}`);
}
crossValidate('WCXB dev', wcxb);
crossValidate('trafilatura-eval', traf);
crossValidate('WCXB dev (+ all trafilatura-eval in training)', wcxb, traf);
