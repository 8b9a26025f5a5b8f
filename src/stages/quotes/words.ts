/**
 * A light word tokenizer for the quotes stage: words (with inner apostrophes,
 * hyphens and dotted abbreviations), numbers, and single punctuation marks, as
 * half-open UTF-16 ranges. The `tokens` layer, when present, is not needed for the
 * cue patterns; this keeps the stage usable (and fast) on its own.
 */

export interface Word {
  readonly start: number;
  readonly end: number;
  /** Lower-cased text. */
  readonly lower: string;
  /** The original text. */
  readonly text: string;
}

// C1 controls and Latin-1 symbols (U+0080–U+00BF but the no-break space) inside a word are mojibake of UTF-8 read as Latin-1
// (`FranÃÂ§ois` for `François`): they stay inside the word rather than split the name.
const WORD_RE =
  /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+|[\u0080-\u009F\u00A1-\u00BF]+[\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;

/** Words ending in a period that keep it. */
const ABBREVIATION_RE =
  /^(?:\p{L}\.)+$|^(?:mr|mrs|ms|dr|sen|sens|rep|reps|gov|gen|st|jr|sr|lt|col|sgt|prof|rev|u\.s)\.$/iu;

/** Words of `text[start, end)`, offsets relative to `text`. */
export function wordsOf(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = start;
  for (let m = WORD_RE.exec(text); m !== null && m.index < end; m = WORD_RE.exec(text)) {
    let t = m[0].length > end - m.index ? m[0].slice(0, end - m.index) : m[0];
    // A trailing period belongs to the word only for abbreviations (U.S., Mr., Sen.).
    if (t.length > 1 && t.endsWith('.') && !ABBREVIATION_RE.test(t)) {
      t = t.slice(0, -1);
      WORD_RE.lastIndex = m.index + t.length;
    }
    out.push({ start: m.index, end: m.index + t.length, lower: t.toLowerCase(), text: t });
  }
  return out;
}
