/**
 * The NGEC synthetic stories (events/ngec-synthetic/stories.csv.gz): 4,500 generated news stories
 * with one document-level PLOVER label each. Noisy (the label is the prompt's, not a reading of
 * the text): used for vocabulary, never as truth.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { VerbatimError } from '../../model/errors.js';
import type { PloverType } from '../../stages/acts/types.js';
import { mapLabel } from './gsr.js';

/** Sentences of a story's text the classifier reads (the lead states the event). */
const LEAD_SENTENCES = 2;

export interface Story {
  readonly text: string;
  readonly type: PloverType;
}

/**
 * RFC 4180 rows (quoted fields with doubled quotes and newlines). Hand-written: twenty lines for
 * one file read by the training script, not worth a dependency.
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

export function readStories(file: string): Story[] {
  let rows: string[][];
  try {
    rows = csvRows(gunzipSync(readFileSync(file)).toString('utf8'));
  } catch (cause) {
    throw new VerbatimError('E_INPUT_READ', `cannot read ${file}`, { file, cause });
  }
  const head = rows[0] ?? [];
  const ti = head.indexOf('text');
  const li = head.indexOf('label');
  const out: Story[] = [];
  for (const r of rows.slice(1)) {
    const type = mapLabel(r[li] ?? '');
    const text = r[ti] ?? '';
    if (!type || !text) continue;
    const lead = text
      .split(/(?<=[.!?])\s+/)
      .slice(0, LEAD_SENTENCES)
      .join(' ');
    out.push({ text: lead, type });
  }
  return out;
}
