/**
 * Line ranges of a text, with the original offsets. Handles `\n`, `\r\n`, `\r`
 * and Unicode line/paragraph separators; lines are trimmed of white space, and
 * blank lines only mark paragraph breaks.
 */
import { trimRange } from '../../model/span.js';

export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A blank line (or the start of the text) comes right before this line. */
  readonly afterBlank: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  let afterBlank = true;
  const push = (rawEnd: number): void => {
    const [s, e] = trimRange(text, lineStart, rawEnd);
    if (e > s) {
      lines.push({ start: s, end: e, text: text.slice(s, e), afterBlank });
      afterBlank = false;
    } else {
      afterBlank = true;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      push(i);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      lineStart = i + 1;
    }
  }
  push(text.length);
  return lines;
}
