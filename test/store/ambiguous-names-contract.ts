/**
 * A name the knowledge base does not know, coded with conflicting countries across many articles
 * (run on SQLite and PostgreSQL beside the corpus contract). Mentions that tie between the name's
 * corpus actors must not each make another one that the next mention ties with again (the cascade
 * that made 6,030 "Donald Trump"s in a 10,000-article store): the name keeps one corpus actor per
 * country its mentions state, plus one that gathers the mentions nothing sets apart.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Analysis, toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { openStore } from '../../src/store/index.js';
import type { NewLocation } from './contract.js';

/** A person no knowledge base knows, named in full and then by surname. */
const NAME = 'Marta Quillane';
const TEXT = `${NAME} said on Monday that the budget plan would fail. "We will not sign it," Quillane told reporters after the meeting of the council.`;
/** The country each article's actors stage gives her (undefined: none): two conflicting cues and many without. */
const COUNTRIES = ['POL', 'NOR', undefined, undefined, 'POL', undefined, 'NOR', undefined] as const;
const ROUNDS = 3;

/** Article k: the base analysis with its own identity and date, and the k-th country cue. */
function article(base: Analysis, k: number): Analysis {
  const country = COUNTRIES[k % COUNTRIES.length];
  return {
    ...base,
    document: {
      ...base.document,
      id: `quillane-${k}`,
      url: `https://outlet-${k}.example/quillane`,
      publishedAt: `2021-03-${String(1 + (k % 28)).padStart(2, '0')}`,
    },
    actors: (base.actors ?? []).map(({ country: _, ...a }) =>
      a.name === NAME && country ? { ...a, country } : a,
    ),
  };
}

export function ambiguousNamesContract(name: string, newLocation: NewLocation): void {
  describe(`ambiguous names: ${name}`, () => {
    let base: Analysis;
    beforeAll(async () => {
      const analyzer = await Analyzer.create();
      const r = analyzer.run({ text: TEXT });
      base = toAnalysis(r.document, r.timings, { include: ['mentions'] });
      expect(base.actors?.map((a) => a.name)).toContain(NAME);
    }, 120_000);

    it('keeps one corpus actor per stated country plus one for the mentions that tie', async () => {
      const store = await openStore(await newLocation());
      try {
        const n = COUNTRIES.length * ROUNDS;
        for (let k = 0; k < n; k++) {
          await store.ingest(article(base, k), { input: `quillane-${k}`, identity: `quillane-${k}` });
        }
        const actors = (await store.corpus.actors({ name: 'Quillane', type: 'person', limit: 100 })).items;
        expect(actors).toHaveLength(3);
        const byCountry = new Map(actors.map((a) => [a.country ?? '', a.id]));
        expect([...byCountry.keys()].sort()).toEqual(['', 'NOR', 'POL']);
        const links = async (id: number) => (await store.corpus.actor(id))!.links;
        const stated = (c: string) => COUNTRIES.filter((x) => x === c).length * ROUNDS;
        expect(await links(byCountry.get('POL')!)).toHaveLength(stated('POL'));
        expect(await links(byCountry.get('NOR')!)).toHaveLength(stated('NOR'));
        const unresolved = await links(byCountry.get('')!);
        expect(unresolved).toHaveLength(n - stated('POL') - stated('NOR'));
        const methods = unresolved.map((l) => String(l.evidence['method']));
        expect(methods.filter((m) => m === 'new-ambiguous')).toHaveLength(1);
        expect(methods.filter((m) => m === 'unresolved')).toHaveLength(unresolved.length - 1);
      } finally {
        await store.close();
      }
    });
  });
}
