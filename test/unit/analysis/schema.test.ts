import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analysisJsonSchema, SCHEMA_FILE } from '../../../src/analysis/json-schema.js';
import { type Analysis, AnalysisSchema, INCLUDE_NAMES, RECORD_KINDS } from '../../../src/analysis/records.js';
import { RecordResolver } from '../../../src/analysis/resolve.js';
import { VERBATIM_VERSION } from '../../../src/analysis/version.js';
import { Analyzer } from '../../../src/analyzer.js';

/** Issue #14's bound on the sample's default JSON (compact, as `analyze --format json` prints it). */
const SAMPLE_JSON_MAX_BYTES = 60_000;
const ROOT = join(import.meta.dirname, '..', '..', '..');
const SAMPLE_PATH = 'examples/putin-trump-ukraine.txt';
const SAMPLE = readFileSync(join(ROOT, SAMPLE_PATH), 'utf8');
const committed = readFileSync(join(ROOT, SCHEMA_FILE), 'utf8');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(committed));

const everything = await Analyzer.create({ include: INCLUDE_NAMES });
const byDefault = await Analyzer.create();
const asJson = (a: Analysis): unknown => JSON.parse(JSON.stringify(a));
const sample = (analyzer: Analyzer): Analysis =>
  analyzer.analyze({ text: SAMPLE, meta: { source: SAMPLE_PATH }, published: '2024-11-08' });

/** Every `{start, end, text}` object anywhere in a value. */
function spans(value: unknown, out: { start: number; end: number; text: string }[] = []) {
  if (Array.isArray(value)) for (const v of value) spans(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['start'] === 'number' && typeof o['end'] === 'number' && typeof o['text'] === 'string') {
      out.push(o as { start: number; end: number; text: string });
    }
    for (const v of Object.values(o)) spans(v, out);
  }
  return out;
}

describe('the analysis record (verbatim.analysis/2)', () => {
  it('the committed JSON Schema is the one the zod schemas generate (run npm run schema)', () => {
    expect(JSON.parse(committed)).toEqual(analysisJsonSchema());
  });

  it("the sample's default output validates against the committed schema and the zod schema", () => {
    const a = asJson(sample(byDefault));
    expect(validate(a), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(() => AnalysisSchema.parse(a)).not.toThrow();
  });

  it('with every include, every record kind is present, non-empty and valid', () => {
    const a = sample(everything);
    for (const kind of RECORD_KINDS)
      expect((a as unknown as Record<string, unknown[]>)[kind.key]?.length).toBeGreaterThan(0);
    expect(a.tokens?.every((t) => t.upos)).toBe(true);
    expect(a.timings?.map((t) => t.stage)).toEqual(a.producer.stages);
    expect(validate(asJson(a)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('a renamed field fails validation (the schema is strict)', () => {
    const a = asJson(sample(byDefault)) as { statements: Record<string, unknown>[] };
    const first = a.statements[0] as Record<string, unknown>;
    first['cueSpan'] = first['cue'];
    delete first['cue'];
    expect(validate(a)).toBe(false);
    expect(JSON.stringify(validate.errors)).toMatch(/cueSpan|cue/);
  });

  it('leaves tokens, POS, sentences, entities and timings out by default', () => {
    const a = sample(byDefault);
    for (const key of ['tokens', 'sentences', 'entities', 'mentions', 'timings'])
      expect(a).not.toHaveProperty(key);
    expect(a.actors?.length).toBeGreaterThan(5);
  });

  it('every span holds its text', () => {
    const all = spans(sample(everything));
    expect(all.length).toBeGreaterThan(1000);
    for (const s of all) expect(SAMPLE.slice(s.start, s.end)).toBe(s.text);
  });

  it('folds each statement time into its statement', () => {
    const a = sample(byDefault);
    const timexIds = new Set(a.timexes?.map((t) => t.id));
    const stated = a.statements?.filter((s) => s.time?.basis === 'stated') ?? [];
    expect(stated.length).toBeGreaterThan(0);
    for (const s of stated) expect(timexIds.has(s.time?.timexId ?? '')).toBe(true);
    expect(a.statements?.filter((s) => s.time?.basis === 'reported-on')[0]?.time?.value).toBe('2024-11-08');
  });

  it('acts are records: scoped ids, and every id they hold names a record of the same analysis', () => {
    const a = sample(byDefault);
    const acts = a.acts ?? [];
    expect(acts.length).toBeGreaterThan(5);
    const scope = /^blk_([0-9a-z]{11})_/.exec(a.blocks[0]?.id ?? '')?.[1];
    expect(scope).toBeDefined();
    const ids = new Set(acts.map((x) => x.id));
    expect(ids.size).toBe(acts.length);
    for (const x of acts)
      expect(x.id).toMatch(new RegExp(`^act_${scope}_${x.trigger.start}_${x.trigger.end}_`));
    const actorIds = new Set(a.actors?.map((x) => x.id));
    const statementIds = new Set(a.statements?.map((x) => x.id));
    const timexIds = new Set(a.timexes?.map((x) => x.id));
    const participants = acts.flatMap((x) => [
      ...(x.actors ?? []),
      ...(x.recipients ?? []),
      ...(x.place ? [x.place] : []),
    ]);
    expect(participants.some((p) => p.actorId)).toBe(true);
    for (const p of participants) if (p.actorId) expect(actorIds.has(p.actorId)).toBe(true);
    expect(acts.some((x) => x.statementId)).toBe(true);
    for (const x of acts) if (x.statementId) expect(statementIds.has(x.statementId)).toBe(true);
    for (const x of acts) if (x.date?.timexId) expect(timexIds.has(x.date.timexId)).toBe(true);
  });

  it('record ids differ between two documents with the same text (corpus-unique)', () => {
    const at = (source: string) =>
      byDefault.analyze({ text: SAMPLE, meta: { source }, published: '2024-11-08' });
    const [one, two] = [at('a/story.txt'), at('b/story.txt')];
    const idsOf = (x: Analysis) =>
      [x.actors, x.timexes, x.statements, x.acts].flatMap((rs) => (rs ?? []).map((r) => r.id));
    const first = idsOf(one);
    expect(first.length).toBe(idsOf(two).length);
    const second = new Set(idsOf(two));
    for (const id of first) expect(second.has(id)).toBe(false);
  });

  it('is stamped with the package version and a hash of every model read', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const a = sample(byDefault);
    expect(VERBATIM_VERSION).toBe(pkg.version);
    expect(a.producer.version).toBe(pkg.version);
    const files = a.producer.models.map((m) => m.file);
    expect(files).toEqual(expect.arrayContaining(['pos-ewt.bin.gz', 'ner.bin.gz', 'quote-cues.json']));
    for (const m of a.producer.models) expect(m.hash).toMatch(/^[0-9a-z]{11}$/);
    expect(a.document.pipeline).toMatch(/^p_[0-9a-z]{11}$/);
  });

  it('the default JSON of the sample stays within 60 KB (issue #14)', () => {
    expect(JSON.stringify(sample(byDefault)).length).toBeLessThanOrEqual(SAMPLE_JSON_MAX_BYTES);
  });

  it('leaves out false flags and empty lists (docs/records.md)', () => {
    const found: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (v === false) found.push(path);
      else if (Array.isArray(v)) {
        if (v.length === 0 && path !== 'warnings') found.push(path);
        for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`);
      } else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    };
    walk(asJson(sample(byDefault)), '');
    expect(found).toEqual([]);
  });

  it('every statement has its cue class', () => {
    const statements = sample(byDefault).statements ?? [];
    expect(statements.length).toBeGreaterThan(10);
    for (const s of statements) expect(['speech', 'belief', 'evidence', 'other']).toContain(s.cueClass);
    expect(statements.find((s) => s.cue.text === 'said')?.cueClass).toBe('speech');
  });

  it('loses nothing: a field left out as a copy reads back equal to the stage layer', () => {
    const { document, timings } = byDefault.run({
      text: SAMPLE,
      meta: { source: SAMPLE_PATH },
      published: '2024-11-08',
    });
    const a = byDefault.records(document, timings);
    const layers = document.layers;
    const r = new RecordResolver(a);
    const acts = layers.acts!.acts;
    expect(a.acts?.length).toBe(acts.length);
    a.acts?.forEach((x, i) => {
      const whole = r.act(x);
      expect(whole.actors.map((p) => p.name)).toEqual(acts[i]!.actors.map((p) => p.name));
      expect(whole.recipients.map((p) => p.country)).toEqual(acts[i]!.recipients.map((p) => p.country));
      expect(!!x.negated).toBe(acts[i]!.negated);
    });
    const claims = layers.claims!.claims;
    expect(a.claims?.some((c) => !c.content)).toBe(true);
    a.claims?.forEach((c, i) => {
      const whole = r.claim(c);
      expect(whole.content.text).toBe(claims[i]!.content.text);
      expect(whole.claimant).toBe(claims[i]!.claimant);
      expect(whole.claimantActorId).toBe(claims[i]!.claimantActorId);
    });
    a.positions?.forEach((p, i) => {
      const whole = r.position(p);
      const layer = layers.claims!.positions[i]!;
      expect(whole.actor).toBe(layer.actor);
      expect(whole.entries.map((e) => e.content.text)).toEqual(layer.entries.map((e) => e.content.text));
    });
    a.statements?.forEach((s, i) => {
      expect(r.speakerName(s)).toBe(layers.quotes!.statements[i]!.speaker?.name);
    });
  });

  it('gives the same output on every run (no timings by default)', () => {
    expect(JSON.stringify(sample(byDefault))).toBe(JSON.stringify(sample(byDefault)));
  });

  it('rejects an unknown include with a typed error naming the choices', async () => {
    await expect(Analyzer.create({ include: ['lemmas'] })).rejects.toMatchObject({
      code: 'E_OPTION_INVALID',
      hint: expect.stringContaining('tokens'),
    });
  });
});
