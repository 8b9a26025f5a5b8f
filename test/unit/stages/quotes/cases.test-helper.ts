/**
 * Shared by the quotes stage's table-driven tests: runs the stage on a plain text and checks
 * one expected statement. Not a test file itself (vitest collects `*.test.ts` only) and left
 * out of the build (tsconfig.build.json).
 */
import { expect } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import type { Statement, StatementKind } from '../../../../src/stages/quotes/types.js';

/** The quotes stage on the production tokens and sentences it requires, without its optional actors. */
const analyzer = await Analyzer.create({ stages: ['quotes'], skipOptional: true });

export function statementsOf(text: string): readonly Statement[] {
  return analyzer.run({ text }).document.layers.quotes?.statements ?? [];
}

export interface Expected {
  kind: StatementKind;
  cue: string;
  source?: string;
  speaker?: string;
  /** Content pieces joined by ` | `. */
  content: string;
}

/** Asserts that a statement with the expected cue is found in `text` and has the expected parts. */
export function expectStatement(text: string, expected: Expected): void {
  const found = statementsOf(text).find((s) => s.cue.text === expected.cue);
  expect(found, `no statement with cue ${expected.cue}`).toBeDefined();
  const s = found as Statement;
  expect(s.kind).toBe(expected.kind);
  expect(s.content.map((c) => c.text).join(' | ')).toBe(expected.content);
  if (expected.source) expect(s.source?.text).toBe(expected.source);
  if (expected.speaker) expect(s.speaker?.name).toBe(expected.speaker);
}
