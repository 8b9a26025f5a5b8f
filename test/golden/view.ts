/**
 * Golden fixtures: `test/fixtures/<slug>/input.txt` or `input.html` (+ optional `options.json`)
 * and `expected.json`, the reviewable view of what Verbatim makes of the input.
 *
 * Inputs are read by the CLI's own reader (text or HTML by extension). The view keeps what a
 * reviewer can check by eye (the document record, blocks with offsets, and one compact line per
 * record of each later kind, sentences and entities included). `npm run fixtures:update` rewrites
 * every expected.json so changes show up as diffs in review.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/analysis/records.js';
import { RecordResolver } from '../../src/analysis/resolve.js';
import { Analyzer } from '../../src/analyzer.js';
import { readInput } from '../../src/ingest/files.js';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

/** The input file names a fixture may have, one per fixture. */
const INPUT_FILES = ['input.txt', 'input.html'] as const;

export interface FixtureOptions {
  readonly published?: string;
}

export interface Fixture {
  readonly slug: string;
  readonly dir: string;
  /** `input.txt` or `input.html`. */
  readonly input: string;
  readonly options: FixtureOptions;
}

export function listFixtures(): Fixture[] {
  return (
    readdirSync(FIXTURES_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      // A folder with neither an input nor expected.json is a data set kept beside the cases
      // (claims-gold, actor-codes), not a case; a case missing its input still fails below.
      .filter((e) => {
        const dir = join(FIXTURES_DIR, e.name);
        return [...INPUT_FILES, 'expected.json'].some((f) => existsSync(join(dir, f)));
      })
      .map((e) => {
        const dir = join(FIXTURES_DIR, e.name);
        const inputs = INPUT_FILES.filter((f) => existsSync(join(dir, f)));
        if (inputs.length !== 1) throw new Error(`${dir}: needs exactly one of ${INPUT_FILES.join(', ')}`);
        const optionsPath = join(dir, 'options.json');
        const options = existsSync(optionsPath)
          ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as FixtureOptions)
          : {};
        return { slug: e.name, dir, input: inputs[0] as string, options };
      })
      .sort((a, b) => a.slug.localeCompare(b.slug))
  );
}

/** The analyzer fixtures run: every stage, with sentences and entities in the records. */
export function fixtureAnalyzer(): Promise<Analyzer> {
  return Analyzer.create({ include: ['sentences', 'entities'] });
}

export async function analyzeFixture(fixture: Fixture, analyzer?: Analyzer): Promise<Analysis> {
  const a = analyzer ?? (await fixtureAnalyzer());
  const read = await readInput({ source: join(fixture.dir, fixture.input) });
  return a.analyze({
    ...read,
    // The repository path, so the document ID is the same on every machine.
    meta: { ...read.meta, source: `test/fixtures/${fixture.slug}/${fixture.input}` },
    ...(fixture.options.published ? { published: fixture.options.published } : {}),
  });
}

/**
 * The reviewable projection of an analysis: the document record (without the pipeline hash, which
 * changes with any model), blocks in full, and one compact line per record of each later kind.
 */
export function fixtureView(analysis: Analysis): Record<string, unknown> {
  const { pipeline: _pipeline, ...document } = analysis.document;
  const view: Record<string, unknown> = {
    document,
    // block records hold no text (it is text.slice(start, end)); the view shows it for review
    blocks: analysis.blocks.map(({ id: _id, ...b }) => ({ ...b, text: analysis.text.slice(b.start, b.end) })),
  };
  if (analysis.sentences) view['sentences'] = analysis.sentences.map((s) => `${s.start}-${s.end} ${s.text}`);
  if (analysis.entities)
    view['entities'] = analysis.entities.map((e) => `${e.type} ${e.start}-${e.end} ${e.text}`);
  if (analysis.actors) {
    view['actors'] = analysis.actors.map((a) =>
      [
        `${a.name} (${a.type}${a.country ? `, ${a.country}` : ''})`,
        a.roles ? `roles: ${[...new Set(a.roles.map((r) => r.role))].join('; ')}` : '',
        `mentions: ${a.mentions.map((m) => m.text).join(' | ')}`,
      ]
        .filter(Boolean)
        .join(' · '),
    );
  }
  if (analysis.timexes)
    view['timexes'] = analysis.timexes.map((t) => `${t.type} ${t.value} ${t.start}-${t.end} ${t.text}`);
  if (analysis.statements) {
    const resolver = new RecordResolver(analysis);
    // a statement without `time` after the dating stage ran is one whose date is unknown
    const dated = analysis.producer.stages.includes('dating');
    view['statements'] = analysis.statements.map(
      (q) =>
        `${q.kind} · ${resolver.speakerName(q) ?? q.source?.text ?? '?'} · [${q.cue.text}] ${q.content.map((c) => c.text).join(' … ')}${q.time ? ` · ${q.time.basis} ${q.time.value}` : dated ? ' · unknown' : ''}`,
    );
  }
  return view;
}
