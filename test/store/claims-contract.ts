/**
 * Claims across articles in the store (issue #20, item 3), on every adapter: a claim in one of our
 * fixture articles, a denial a day later in a second, a confirmation in a third (test/fixtures/
 * claims-cross) are linked across articles, with the evidence and dates in order; an unrelated
 * article links to nothing; positions come back per actor from the store.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Analysis, toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { openStore } from '../../src/store/index.js';
import type { NewLocation } from './contract.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'test', 'fixtures', 'claims-cross');
const SAMPLE = readFileSync(join(ROOT, 'examples', 'putin-trump-ukraine.txt'), 'utf8');

/** Loading the models and analysing four articles takes ~10 s alone, minutes on a loaded machine. */
const ANALYSE_TIMEOUT_MS = 300_000;

interface Listed {
  readonly file: string;
  readonly published: string;
}

export function claimsContract(name: string, newLocation: NewLocation): void {
  describe(`store claims: ${name}`, () => {
    let analyses: Analysis[] = [];
    let sample: Analysis;
    beforeAll(async () => {
      const analyzer = await Analyzer.create();
      const run = (text: string, published: string) => {
        const { document, timings } = analyzer.run({ text, published });
        return toAnalysis(document, timings);
      };
      const listed = JSON.parse(readFileSync(join(DIR, 'articles.json'), 'utf8')) as Listed[];
      analyses = listed.map((a) => run(readFileSync(join(DIR, a.file), 'utf8'), a.published));
      sample = run(SAMPLE, '2024-11-08');
    }, ANALYSE_TIMEOUT_MS);

    it.each([
      ['claim, denial, confirmation', [0, 1, 2]],
      ['confirmation, claim, denial', [2, 0, 1]],
    ])(
      'links the denial and the confirmation to the first article’s claim (ingested as %s)',
      async (_, order) => {
        const store = await openStore(await newLocation());
        try {
          for (const i of order) await store.ingest(analyses[i] as Analysis, { input: `cross-${i}.txt` });
          await store.ingest(sample, { input: 'sample.txt' });
          const [found] = await store.findClaims('Bennet met executives of Norland Oil');
          expect(found?.claimant).toBeTruthy();
          const page = await store.claim(found?.recordId ?? '');
          const cross = (page?.responses ?? []).filter((r) => r.basis === 'cross-article');
          expect(cross.map((r) => r.relation)).toEqual(['deny', 'confirm']);
          const dates = [page?.claim.date, ...cross.map((r) => r.date)];
          expect(dates).toEqual(['2026-03-02', '2026-03-03', '2026-03-05']);
          // The responders as the actors stage names them (it reads "Norland Oil" as the actor "Norland").
          expect(cross[0]?.responder).toBe('Laura Bennet');
          expect(cross[1]?.responder).toMatch(/^Norland/);
          for (const r of cross) {
            expect(r.score).toBeGreaterThanOrEqual(0.5);
            expect((r.evidence as { sharedNames: string[] }).sharedNames).toContain('Geneva');
          }
          // The claims board (the web app's) serves the same links, each response's words on its own article.
          const board = await store.claimsBoard({ q: 'Bennet met executives' });
          const item = board.items.find((c) => c.id === found?.recordId);
          const across = (item?.responses ?? []).filter((r) => r.basis === 'cross-article');
          expect(across.map((r) => r.relation)).toEqual(['deny', 'confirm']);
          for (const r of across) {
            const text = (await store.article(r.articleId))?.analysis.text ?? '';
            expect(r.cue && text.slice(r.cue.start, r.cue.end)).toBe(r.cue?.text);
          }
          // The sample article's claims state other propositions: no link reaches them from the fixtures.
          const [aide] = await store.findClaims('Trump and Putin may have spoken');
          const aidePage = await store.claim(aide?.recordId ?? '');
          expect(aidePage?.responses.every((r) => r.basis !== 'cross-article')).toBe(true);
        } finally {
          await store.close();
        }
      },
    );

    it('links each response once when two stored articles share record ids (a republished text)', async () => {
      const store = await openStore(await newLocation());
      try {
        // The denial and its republication under another name: same record ids, two articles.
        await store.ingest(analyses[1] as Analysis, { input: 'cross-1.txt' });
        await store.ingest(analyses[1] as Analysis, { input: 'cross-1-again.txt' });
        await store.ingest(analyses[0] as Analysis, { input: 'cross-0.txt' });
        const [found] = await store.findClaims('Bennet met executives of Norland Oil');
        const page = await store.claim(found?.recordId ?? '');
        const cross = (page?.responses ?? []).filter((r) => r.basis === 'cross-article');
        const pairs = cross.map((r) => `${r.articleId}/${r.responseId}`);
        expect(cross.map((r) => r.relation)).toEqual(['deny', 'deny']);
        expect(new Set(pairs).size).toBe(pairs.length);
      } finally {
        await store.close();
      }
    });

    it('leaves claims stated in a response out of cross-article links', async () => {
      // The claim article as if its claims were stated in responses: the later denial and confirmation
      // answer the same proposition, and link to it only while its claims are the statements' own.
      const claim = analyses[0] as Analysis;
      const asResponse = {
        ...claim,
        claims: (claim.claims ?? []).map((c) => ({ ...c, origin: 'response' as const })),
      };
      for (const [first, links] of [
        [claim, ['deny', 'confirm']],
        [asResponse, []],
      ] as const) {
        const store = await openStore(await newLocation());
        try {
          await store.ingest(first, { input: 'cross-0.txt' });
          await store.ingest(analyses[1] as Analysis, { input: 'cross-1.txt' });
          await store.ingest(analyses[2] as Analysis, { input: 'cross-2.txt' });
          const [found] = await store.findClaims('Bennet met executives of Norland Oil');
          const page = await store.claim(found?.recordId ?? '');
          expect(page?.claim.origin).toBe(first === claim ? 'statement' : 'response');
          const cross = (page?.responses ?? []).filter((r) => r.basis === 'cross-article');
          expect(cross.map((r) => r.relation)).toEqual(links);
        } finally {
          await store.close();
        }
      }
    });

    it('answers positions per actor from the store', async () => {
      const store = await openStore(await newLocation());
      try {
        await store.ingest(sample, { input: 'sample.txt' });
        const putin = await store.positions('putin', 'goals');
        const steps = putin.flatMap((p) => p.steps);
        expect(steps.find((s) => s.content.includes('remain the same'))?.label).toBe('reaffirmed');
        expect(await store.positions('nobody-at-all')).toEqual([]);
      } finally {
        await store.close();
      }
    });
  });
}
