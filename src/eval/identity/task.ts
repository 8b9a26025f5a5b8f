/**
 * `verbatim eval identity DIR`: the GUM documents of DIR are analysed and ingested as one corpus
 * into a fresh temporary SQLite store, so linking runs exactly as at ingest. Scored: cross-document
 * B³ over the gold mentions of entities with a Wikipedia link (the third part of a CoNLL label,
 * `(person-3-Barack_Obama`), gold clusters being Wikipedia identities across all documents and
 * predicted clusters corpus actors. Mentions are matched as `eval actors` matches them (same span,
 * else same last token); an unmatched gold mention is a singleton. Also printed: the same score
 * with clusters cut at document borders (what linking adds) and the cross-document pairs.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { toAnalysis } from '../../analysis/records.js';
import { Analyzer } from '../../analyzer.js';
import { readCorefConll, readWebAnnoTsv } from '../../formats/gum.js';
import { DETERMINERS } from '../../lang/en/determiners.js';
import { PRONOUNS } from '../../lang/en/pronouns.js';
import { getLayer } from '../../model/document.js';
import { VerbatimError } from '../../model/errors.js';
import { openStore } from '../../store/open.js';
import { alignClusters } from '../actors/b3.js';
import { alignedMentions, SCORED_TYPES } from '../actors/task.js';
import type { EvalReport, Task } from '../task.js';

/** `(type-chain-Wiki_Title` in a CoNLL coreference column: the chain's Wikipedia identity. */
const WIKI_LABEL = /\(([a-z]+)-(\d+)-([^()|\s]+)/g;

export function chainWikis(conll: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of conll.matchAll(WIKI_LABEL)) out.set(m[2]!, m[3]!);
  return out;
}

interface Scored {
  /** Gold identity (Wikipedia title). */
  readonly gold: string;
  /** Predicted cluster across documents (corpus actor) and within the document only. */
  readonly corpus: string;
  readonly local: string;
  /** An oracle linker's cluster: each document cluster joined to its majority gold identity. */
  oracle?: string;
  readonly doc: string;
  /** The predicted actor's name in its document (for the missed-links listing). */
  readonly name?: string;
  /** How the gold mention is written (for the loss by kind), and its text. */
  readonly kind: MentionKind;
  readonly text: string;
  /** GUM entity type of the gold mention (person, organization, place, substance, event…). */
  readonly type: string;
}

type MentionKind = 'pronoun' | 'name' | 'nominal';

/** Texts of missed mentions listed per kind (the most frequent: enough to see the pattern). */
const MISSED_TEXTS_LISTED = 15;

/**
 * How a gold mention is written: a pronoun (one word of the pronoun lists), a name (a word with a capital
 * after the first, or a first word with one that is no determiner), else a nominal (`the president`).
 */
export function mentionKind(text: string): MentionKind {
  const words = text.trim().split(/\s+/);
  const one = words.length === 1 ? words[0]!.toLowerCase() : undefined;
  if (one && (PRONOUNS.has(one) || OTHER_PRONOUNS.has(one))) return 'pronoun';
  const [first = '', ...rest] = words;
  // `wikiHow`, `eHow`: a capital inside the word makes a name too.
  const capital = (w: string): boolean => /\p{Lu}/u.test(w);
  if (rest.some(capital) || (capital(first) && !DETERMINERS.has(first.toLowerCase()))) return 'name';
  return 'nominal';
}

/** Pronouns the third-person list (lang/en/pronouns.ts) leaves out: the addressee, reflexives, deictics. */
const OTHER_PRONOUNS: ReadonlySet<string> = new Set(
  'you your yours yourself yourselves myself ourselves itself himself herself themselves here there this that these those'.split(
    ' ',
  ),
);

/**
 * The loss by kind of gold mention no predicted actor holds: how many, and the cross-document F1 if those
 * of one kind had been found and put with the corpus actor most of their identity's found mentions have.
 */
function unmatchedByKind(items: readonly Scored[]): string[] {
  const majority = new Map<string, string>();
  const votes = new Map<string, Map<string, number>>();
  for (const it of items) {
    if (!it.corpus.startsWith('corpus:')) continue;
    const v = votes.get(it.gold) ?? new Map<string, number>();
    v.set(it.corpus, (v.get(it.corpus) ?? 0) + 1);
    votes.set(it.gold, v);
  }
  for (const [gold, v] of votes)
    majority.set(gold, [...v].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  const out: string[] = [];
  for (const kind of ['pronoun', 'nominal', 'name'] as const) {
    const missing = items.filter((it) => it.kind === kind && !it.corpus.startsWith('corpus:'));
    const all = items.filter((it) => it.kind === kind).length;
    const fixed = items.map((it) =>
      it.kind === kind && !it.corpus.startsWith('corpus:')
        ? { ...it, corpus: majority.get(it.gold) ?? `gold:${it.gold}` }
        : it,
    );
    out.push(
      `  ${kind}: ${missing.length} of ${all} gold mentions have no predicted actor; found and linked: F1 ${b3(fixed, 'corpus').f.toFixed(3)}`,
    );
    const texts = new Map<string, number>();
    for (const it of missing) texts.set(it.text, (texts.get(it.text) ?? 0) + 1);
    const top = [...texts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MISSED_TEXTS_LISTED);
    out.push(`    most missed: ${top.map(([t, n]) => `${t} ×${n}`).join(', ')}`);
  }
  return out;
}

/** `type missed/all` for each GUM entity type, most missed first. */
export function missedByType(items: readonly Scored[]): string {
  const counts = new Map<string, { missed: number; all: number }>();
  for (const it of items) {
    const c = counts.get(it.type) ?? { missed: 0, all: 0 };
    c.all += 1;
    if (!it.corpus.startsWith('corpus:')) c.missed += 1;
    counts.set(it.type, c);
  }
  return [...counts]
    .sort((a, b) => b[1].missed - a[1].missed || a[0].localeCompare(b[0]))
    .map(([t, c]) => `${t} ${c.missed}/${c.all}`)
    .join(', ');
}

/** Joins each within-document cluster to the gold identity most of its mentions have: the best any linker could do. */
function addOracle(items: Scored[]): void {
  const votes = new Map<string, Map<string, number>>();
  for (const it of items) {
    const v = votes.get(it.local) ?? new Map<string, number>();
    v.set(it.gold, (v.get(it.gold) ?? 0) + 1);
    votes.set(it.local, v);
  }
  for (const it of items) {
    const best = [...votes.get(it.local)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    it.oracle = it.local.includes(':single:') ? it.local : `gold:${best}`;
  }
}

function b3(
  items: readonly Scored[],
  key: 'corpus' | 'local' | 'oracle',
): { p: number; r: number; f: number } {
  const byGold = new Map<string, number[]>();
  const byPred = new Map<string, number[]>();
  items.forEach((it, i) => {
    byGold.set(it.gold, [...(byGold.get(it.gold) ?? []), i]);
    const k = it[key] ?? it.local;
    byPred.set(k, [...(byPred.get(k) ?? []), i]);
  });
  let p = 0;
  let r = 0;
  items.forEach((it) => {
    const G = byGold.get(it.gold)!;
    const P = byPred.get(it[key] ?? it.local)!;
    const inter = P.filter((j) => items[j]!.gold === it.gold).length;
    p += inter / P.length;
    r += inter / G.length;
  });
  const n = items.length || 1;
  const P = p / n;
  const R = r / n;
  return { p: P, r: R, f: P + R === 0 ? 0 : (2 * P * R) / (P + R) };
}

/**
 * Identities whose document clusters (each joined to its majority identity, as the oracle does)
 * landed in more than one corpus actor: the links linking missed.
 */
function missedLinks(items: readonly Scored[]): string[] {
  const byGold = new Map<string, Map<string, Set<string>>>();
  for (const it of items) {
    if (!it.oracle?.startsWith('gold:') || it.oracle !== `gold:${it.gold}`) continue;
    const corpora = byGold.get(it.gold) ?? new Map<string, Set<string>>();
    const names = corpora.get(it.corpus) ?? new Set<string>();
    names.add(`${it.doc}:${it.name ?? '?'}`);
    corpora.set(it.corpus, names);
    byGold.set(it.gold, corpora);
  }
  const out: string[] = [];
  for (const [gold, corpora] of byGold) {
    if (corpora.size < 2) continue;
    out.push(`  ${gold}: ${[...corpora.values()].map((n) => [...n].join(', ')).join(' | ')}`);
  }
  return out.length ? out : ['  none'];
}

/** Corpus clusters whose mentions from different documents carry different gold identities. */
function wrongMerges(items: readonly Scored[]): string[] {
  const byCluster = new Map<string, Scored[]>();
  for (const it of items) byCluster.set(it.corpus, [...(byCluster.get(it.corpus) ?? []), it]);
  const out: string[] = [];
  for (const [cluster, members] of byCluster) {
    const docs = new Set(members.map((m) => m.doc));
    const golds = new Set(members.map((m) => m.gold));
    if (docs.size < 2 || golds.size < 2) continue;
    const perDoc = [...docs].map((d) => {
      const here = members.filter((m) => m.doc === d);
      const names = [...new Set(here.map((m) => m.name).filter(Boolean))].join('/');
      return `${d}: ${[...new Set(here.map((m) => m.gold))].join('/')} (as ${names || '?'})`;
    });
    out.push(`  ${cluster}  ${perDoc.join('; ')}`);
  }
  return out.length ? out : ['  none'];
}

async function evaluate(dir: string): Promise<EvalReport> {
  const tsvDir = join(dir, 'tsv');
  const files = (await readdir(tsvDir).catch(() => [])).filter((f) => f.endsWith('.tsv')).sort();
  if (files.length === 0) throw new VerbatimError('E_TASK_INPUT', `no tsv/*.tsv under ${dir}`, { file: dir });
  const analyzer = await Analyzer.create();
  const tmp = await mkdtemp(join(tmpdir(), 'verbatim-identity-'));
  const store = await openStore(join(tmp, 'corpus.db'));
  const items: Scored[] = [];
  const lines: string[] = [];
  try {
    const docs: {
      stem: string;
      articleId: number;
      gold: ReturnType<typeof alignedMentions>['gold'];
      /** Entity type of each gold mention (`gold` keeps every mention, in order). */
      types: string[];
      keys: string[];
      wikis: Map<string, string>;
      text: string;
    }[] = [];
    for (const f of files) {
      const stem = basename(f, '.tsv');
      const tsvFile = join(tsvDir, f);
      const { text, tokens } = readWebAnnoTsv(await readFile(tsvFile, 'utf8'), tsvFile);
      const conllFile = join(dir, 'conll', `${stem}.conll`);
      const conll = await readFile(conllFile, 'utf8');
      const wikis = chainWikis(conll);
      const mentions = readCorefConll(conll, tokens, conllFile).filter((m) => wikis.has(m.chain));
      const { document, timings } = analyzer.run({ text, meta: { source: stem } });
      const layer = getLayer(document, 'actors');
      const { articleId } = await store.ingest(toAnalysis(document, timings, { include: ['mentions'] }), {
        input: stem,
        identity: `gum:${stem}`,
      });
      const { gold, pred } = alignedMentions(layer, mentions, tokens, new Set(mentions.map((m) => m.type)));
      docs.push({
        stem,
        articleId,
        gold,
        types: mentions.map((m) => m.type),
        keys: alignClusters(gold, pred),
        wikis,
        text,
      });
    }
    const corpusOf = new Map<string, number>();
    const nameOf = new Map<string, string>();
    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const page = await store.corpus.actors({ limit: 1000, ...(cursor ? { cursor } : {}) });
      for (const a of page.items) {
        for (const l of (await store.corpus.actor(a.id))?.links ?? []) {
          corpusOf.set(`${l.articleId}|${l.actorId}`, a.id);
          nameOf.set(`${l.articleId}|${l.actorId}`, l.name);
        }
      }
      cursor = page.nextCursor;
    }
    for (const d of docs) {
      d.gold.forEach((g, i) => {
        const key = d.keys[i]!;
        const local = `${d.stem}:${key}`;
        const actor = key.startsWith('pred:') ? corpusOf.get(`${d.articleId}|${key.slice(5)}`) : undefined;
        const name = key.startsWith('pred:') ? nameOf.get(`${d.articleId}|${key.slice(5)}`) : undefined;
        items.push({
          ...(name ? { name } : {}),
          kind: mentionKind(d.text.slice(g.start, g.end)),
          text: d.text.slice(g.start, g.end),
          type: d.types[i]!,
          gold: d.wikis.get(g.chain)!,
          corpus: actor === undefined ? local : `corpus:${actor}`,
          local,
          doc: d.stem,
        });
      });
    }
  } finally {
    await store.close();
    await rm(tmp, { recursive: true, force: true });
  }
  addOracle(items);
  const cross = b3(items, 'corpus');
  const local = b3(items, 'local');
  const oracle = b3(items, 'oracle');
  // The same score over the gold mentions of actor types only (what `eval actors` scores): GUM also links
  // substances, events and objects (`iodine`, `the competition`), which an actor record is not for.
  const actorItems = items.filter((i) => SCORED_TYPES.has(i.type));
  const actorTyped = b3(actorItems, 'corpus');
  const crossGold = new Set(
    [...new Set(items.map((i) => `${i.gold}|${i.doc}`))]
      .map((k) => k.split('|')[0])
      .filter((g, i, all) => all.indexOf(g) !== i),
  );
  lines.push(
    `documents ${files.length}, gold mentions ${items.length}, identities ${new Set(items.map((i) => i.gold)).size} (${crossGold.size} in more than one document)`,
    `cross-document  B3 P ${cross.p.toFixed(3)}  R ${cross.r.toFixed(3)}  F1 ${cross.f.toFixed(3)}`,
    `within documents only (no linking)  B3 P ${local.p.toFixed(3)}  R ${local.r.toFixed(3)}  F1 ${local.f.toFixed(3)}`,
    `oracle linking of the same document clusters (the ceiling linking can reach)  B3 P ${oracle.p.toFixed(3)}  R ${oracle.r.toFixed(3)}  F1 ${oracle.f.toFixed(3)}`,
    `over actor-typed gold mentions only (${[...SCORED_TYPES].join(', ')}: ${actorItems.length})  B3 P ${actorTyped.p.toFixed(3)}  R ${actorTyped.r.toFixed(3)}  F1 ${actorTyped.f.toFixed(3)}`,
    `gold mentions no predicted actor holds, by entity type: ${missedByType(items)}`,
  );
  lines.push(
    '',
    'gold mentions no predicted actor holds (singletons here), by kind (mention detection: src/stages/actors/):',
    ...unmatchedByKind(items),
    '',
    'corpus actors mixing identities across documents (wrong merges by linking):',
    ...wrongMerges(items),
    '',
    'identities split over several corpus actors (links missed; document clusters as the oracle joins them):',
    ...missedLinks(items),
  );
  return {
    task: 'identity',
    gold: dir,
    metrics: {
      b3_precision: cross.p,
      b3_recall: cross.r,
      b3_f1: cross.f,
      within_document_b3_f1: local.f,
      oracle_linking_b3_f1: oracle.f,
      actor_types_b3_precision: actorTyped.p,
      actor_types_b3_f1: actorTyped.f,
      gold_mentions: items.length,
      documents: files.length,
    },
    lines,
  };
}

export const identityTask: Task = { evaluate };
