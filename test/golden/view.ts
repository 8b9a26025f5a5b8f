/**
 * Golden fixtures: `test/fixtures/<slug>/input.txt` (+ optional `options.json`)
 * and `expected.json`, the reviewable view of what Verbatim makes of the input.
 *
 * The view keeps what a reviewer can check by eye (blocks with offsets, meta,
 * and compact projections of later layers) and leaves out timings and bulky
 * layers. `npm run fixtures:update` rewrites every expected.json so changes show
 * up as diffs in review.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { decodeBytes } from '../../src/ingest/decode.js';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

export interface FixtureOptions {
  readonly published?: string;
}

export interface Fixture {
  readonly slug: string;
  readonly dir: string;
  readonly options: FixtureOptions;
}

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const dir = join(FIXTURES_DIR, e.name);
      const optionsPath = join(dir, 'options.json');
      const options = existsSync(optionsPath)
        ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as FixtureOptions)
        : {};
      return { slug: e.name, dir, options };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export async function analyzeFixture(fixture: Fixture, analyzer?: Analyzer): Promise<Analysis> {
  const a = analyzer ?? (await Analyzer.create());
  const decoded = decodeBytes(readFileSync(join(fixture.dir, 'input.txt')), { source: 'input.txt' });
  return a.analyze({
    text: decoded.text,
    meta: { source: `test/fixtures/${fixture.slug}/input.txt` },
    ...(fixture.options.published ? { published: fixture.options.published } : {}),
  });
}

type Spanish = { start: number; end: number; text: string };
type Layers = {
  sentences?: Spanish[];
  entities?: (Spanish & { type: string })[];
  actors?: {
    actors: {
      name: string;
      type: string;
      country?: string;
      roles: { role: string }[];
      mentions: Spanish[];
    }[];
  };
  timexes?: (Spanish & { type: string; value: string })[];
  quotes?: {
    statements: {
      kind: string;
      cue: Spanish;
      content: Spanish[];
      speaker?: { name: string };
      source?: Spanish;
    }[];
  };
};

/**
 * The reviewable projection of an analysis: blocks in full, and one compact line
 * per record of each later layer present (tokens and timings left out).
 */
export function fixtureView(analysis: Analysis): Record<string, unknown> {
  const layers = analysis.layers as Layers;
  const view: Record<string, unknown> = {
    id: analysis.id,
    meta: analysis.meta,
    blocks: analysis.blocks.map(({ id: _id, ...b }) => b),
  };
  if (layers.sentences) view['sentences'] = layers.sentences.map((s) => `${s.start}-${s.end} ${s.text}`);
  if (layers.entities)
    view['entities'] = layers.entities.map((e) => `${e.type} ${e.start}-${e.end} ${e.text}`);
  if (layers.actors) {
    view['actors'] = layers.actors.actors.map((a) =>
      [
        `${a.name} (${a.type}${a.country ? `, ${a.country}` : ''})`,
        a.roles.length ? `roles: ${[...new Set(a.roles.map((r) => r.role))].join('; ')}` : '',
        `mentions: ${a.mentions.map((m) => m.text).join(' | ')}`,
      ]
        .filter(Boolean)
        .join(' · '),
    );
  }
  if (layers.timexes)
    view['timexes'] = layers.timexes.map((t) => `${t.type} ${t.value} ${t.start}-${t.end} ${t.text}`);
  if (layers.quotes) {
    view['statements'] = layers.quotes.statements.map(
      (q) =>
        `${q.kind} · ${q.speaker?.name ?? q.source?.text ?? '?'} · [${q.cue.text}] ${q.content.map((c) => c.text).join(' … ')}`,
    );
  }
  return view;
}
