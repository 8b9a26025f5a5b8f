/**
 * A huge document's records written window by window (src/analysis/window-records.ts): the actors the
 * record kinds of one window see are that window's actors (merged into earlier windows' where they are
 * one), not every actor of the text so far. With every actor so far, each kind that names actors made a
 * map of all of them in every window: work per window that grew with the text (issue #15).
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { makeInput } from '../../bench/suites/scaling-inputs.js';
import { MemoryJsonSpill } from '../../src/analysis/json-spill.js';
import { ACTORS, MENTIONS } from '../../src/analysis/kinds/actors.js';
import { STATEMENTS } from '../../src/analysis/kinds/statements.js';
import type { RecordKind } from '../../src/analysis/record-kind.js';
import { resolveInclude } from '../../src/analysis/records.js';
import { WindowRecords } from '../../src/analysis/window-records.js';
import { windowDocument, windowsOf } from '../../src/analysis/windows.js';
import { Analyzer } from '../../src/analyzer.js';

/** Small windows, so that a few dozen paragraphs make many windows and many merged actors. */
const WINDOW = 2000;

describe('windowed records', () => {
  it("show each window's record kinds only that window's actors", async () => {
    const analyzer = await Analyzer.create({ stages: ['actors', 'quotes'] });
    const ingest = await Analyzer.create({ stages: [], windowChars: Number.MAX_SAFE_INTEGER });
    const { document } = ingest.run({ text: makeInput('news-gen', 40_000) });
    const seen: number[] = [];
    const probe: RecordKind = {
      key: 'probe',
      schema: z.never(),
      optIn: false,
      build(doc) {
        seen.push(doc.layers.actors?.actors.length ?? -1);
        return undefined;
      },
    };
    const merger = new WindowRecords(
      document,
      [ACTORS, STATEMENTS, MENTIONS, probe],
      resolveInclude([]),
      new MemoryJsonSpill(),
    );
    const own: number[] = [];
    let merged = 0;
    for (const w of windowsOf(document, WINDOW)) {
      const win = windowDocument(document, w);
      for (const { stage } of analyzer.pipeline.stages) stage.run(win, {});
      own.push(win.layers.actors?.actors.length ?? -1);
      merger.add(win, w.start);
      merged = merger.actorCount;
    }
    expect(own.length).toBeGreaterThan(10);
    expect(seen).toEqual(own);
    // The text's actors outnumber any one window's: a view of every actor so far would differ.
    expect(merged).toBeGreaterThan(Math.max(...own));
  });
});
