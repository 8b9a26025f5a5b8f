/**
 * The corpus part of the store contract (issue #18), run on SQLite and PostgreSQL beside the
 * store contract: actors linked across articles at ingest, codes at the article's date, dated
 * roles, user corrections that survive later ingests, and stories.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Analysis, toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { readInput } from '../../src/ingest/files.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { NewLocation } from './contract.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples', 'identity');
/** The sample article is from the week after the 2024 US election (it says so); it carries no date itself. */
const SAMPLE_DATE = '2024-11-08';

interface Corpus {
  readonly sample: Analysis;
  readonly examples: readonly Analysis[];
  readonly edited: Analysis;
}

async function corpus(): Promise<Corpus> {
  const analyzer = await Analyzer.create();
  const records = (r: ReturnType<Analyzer['run']>): Analysis =>
    toAnalysis(r.document, r.timings, { include: ['mentions'] });
  const sampleText = readFileSync(join(ROOT, 'examples', 'putin-trump-ukraine.txt'), 'utf8');
  const examples: Analysis[] = [];
  for (const f of readdirSync(EXAMPLES).sort()) {
    const input = await readInput({ source: join(EXAMPLES, f) });
    examples.push(records(analyzer.run(input)));
  }
  const osaka = await readInput({ source: join(EXAMPLES, 'osaka-sideline-talks.html') });
  // A changed text: its blocks no longer fit, so it goes in as plain text with the same metadata.
  const edited = records(
    analyzer.run({
      text: osaka.text.replace('about eighty minutes', 'almost ninety minutes'),
      meta: osaka.meta,
    }),
  );
  return { sample: records(analyzer.run({ text: sampleText, published: SAMPLE_DATE })), examples, edited };
}

/** Corpus actors that hold a person named with this surname. */
async function bearers(store: Store, surname: string): Promise<number[]> {
  const page = await store.corpus.actors({ name: surname, type: 'person', limit: 100 });
  return page.items.map((a) => a.id);
}

export function corpusContract(name: string, newLocation: NewLocation): void {
  describe(`corpus actors: ${name}`, () => {
    let c: Corpus;
    beforeAll(async () => {
      c = await corpus();
    }, 120_000);

    const withCorpus = async (fn: (store: Store) => Promise<void>): Promise<void> => {
      const store = await openStore(await newLocation());
      try {
        await store.ingest(c.sample, { input: 'putin-trump-ukraine.txt' });
        for (const a of c.examples) await store.ingest(a, { input: a.document.source ?? a.document.id });
        await fn(store);
      } finally {
        await store.close();
      }
    };

    it('links the sample and three articles to one corpus actor per person, across name forms', async () => {
      await withCorpus(async (store) => {
        for (const surname of ['Putin', 'Trump', 'Peskov', 'Zelensk']) {
          const ids = await bearers(store, surname);
          expect(ids, surname).toHaveLength(1);
          const actor = (await store.corpus.actor(ids[0]!))!;
          expect(new Set(actor.links.map((l) => l.articleId)).size, surname).toBe(4);
          for (const l of actor.links) {
            expect(l.score).toBeGreaterThan(0);
            expect(String(l.evidence['method'])).not.toBe('');
          }
        }
        const kremlin = (await store.corpus.actors({ name: 'Kremlin' })).items[0]!;
        expect([kremlin.country, kremlin.sector]).toEqual(['RUS', 'GOV']);
      });
    });

    it("dates Trump's roles and codes him at each article's date", async () => {
      await withCorpus(async (store) => {
        const trump = (await store.corpus.actor((await bearers(store, 'Trump'))[0]!))!;
        const roles = trump.roles.map((r) => [r.date, r.title]);
        expect(roles).toContainEqual(['2019-06-29', 'president']);
        expect(roles).toContainEqual(['2024-11-12', 'president-elect']);
        const sectorOn = (day: string) => trump.links.find((l) => l.date === day)?.sector;
        expect(sectorOn('2019-06-29')).toBe('GOV');
        expect(sectorOn('2024-11-12')).toBe('ELI');
        expect(sectorOn('2025-02-17')).toBe('GOV');
        const timeline = await store.corpus.actorTimeline(trump.id);
        const dates = timeline.map((e) => e.date ?? '9999');
        expect(dates).toEqual([...dates].sort());
        expect(timeline.some((e) => e.kind === 'statement')).toBe(true);
      });
    });

    it('keeps corrections across later ingests: split, rename and merge', async () => {
      await withCorpus(async (store) => {
        const trumpId = (await bearers(store, 'Trump'))[0]!;
        const split = await store.corpus.split(trumpId, { names: ['Donald J. Trump'] });
        expect(split.moved).toBe(1);
        await store.corpus.rename(split.newId, 'Trump (Osaka coverage)');
        // A changed version of the Osaka article: its `Donald J. Trump` follows the correction.
        await store.ingest(c.edited, { input: 'osaka-v2' });
        const moved = (await store.corpus.actor(split.newId))!;
        expect(moved.name).toBe('Trump (Osaka coverage)');
        expect(moved.links).toHaveLength(2);
        expect(moved.links.filter((l) => l.evidence['method'] === 'correction')).toHaveLength(1);
        const merged = await store.corpus.merge(trumpId, split.newId);
        expect(merged.moved).toBe(2);
        expect((await store.corpus.actor(split.newId))?.id).toBe(trumpId);
        expect(await bearers(store, 'Trump')).toEqual([trumpId]);
        await expect(store.corpus.merge(trumpId, trumpId)).rejects.toMatchObject({
          code: 'E_OPTION_INVALID',
        });
        await expect(store.corpus.split(999_999, { names: ['x'] })).rejects.toMatchObject({
          code: 'E_STORE_RECORD_NOT_FOUND',
        });
      });
    });

    it('puts a near-duplicate in its original story and labels stories by their key actors', async () => {
      await withCorpus(async (store) => {
        const out = await store.ingest(c.edited, {
          input: 'osaka-copy',
          identity: 'https://other.example/osaka',
        });
        expect(out.duplicateOf).toBeDefined();
        const stories = (await store.corpus.stories({ minArticles: 2 })).items;
        expect(stories).toHaveLength(1);
        expect(stories[0]!.label).toMatch(/Trump/);
        const timeline = await store.corpus.storyTimeline(stories[0]!.id);
        expect(timeline.length).toBeGreaterThan(0);
        // One story read back (the web app's story page): both articles, and Trump among its key actors.
        const story = await store.corpus.story(stories[0]!.id);
        expect(story?.articleList.map((a) => a.id).sort()).toEqual(
          [out.articleId, out.duplicateOf?.articleId].sort(),
        );
        expect(story?.keyActors.map((a) => a.name)).toContain('Donald Trump');
      });
    });
  });
}
