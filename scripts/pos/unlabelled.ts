/**
 * Unlabelled text for the tagger's word profiles (src/stages/pos/word-profiles.ts):
 * news and web text from ../shared/data, tokenised by our tokenizer line by line,
 * plus the already tokenised CoNLL-2003 and EWT train sentences (their forms only).
 * No dev or test split of any POS data is read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ProfileBuilder } from '../../src/stages/pos/word-profiles.js';
import { tokenizeSpan } from '../../src/stages/tokens/stage.js';

/** Data files (relative to the data folder) and what they contributed. */
export interface SourceCount {
  readonly source: string;
  readonly tokens: number;
}

function addText(b: ProfileBuilder, text: string): void {
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    b.addLine(tokenizeSpan(line, 0, line.length).map((t) => t.text));
  }
}

function files(dir: string, ext: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

/** Feeds every unlabelled source under `data` into `b`; returns token counts per source. */
export function addUnlabelled(b: ProfileBuilder, data: string): SourceCount[] {
  const counts: SourceCount[] = [];
  const count = (source: string, feed: () => void): void => {
    const before = b.tokens;
    feed();
    counts.push({ source, tokens: b.tokens - before });
  };
  count('quotes/polnear/train/text/*.txt', () => {
    for (const f of files(join(data, 'quotes/polnear/train/text'), '.txt'))
      addText(b, readFileSync(f, 'utf8'));
  });
  count('time/timebank-aquaint/*.tml (text, tags removed)', () => {
    for (const f of files(join(data, 'time/timebank-aquaint'), '.tml')) {
      const xml = readFileSync(f, 'utf8');
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
      addText(b, body.replace(/<[^>]+>/g, ''));
    }
  });
  count('extract/wcxb-dev/ground-truth/*.json (main_content)', () => {
    for (const f of files(join(data, 'extract/wcxb-dev/ground-truth'), '.json')) {
      const raw = readFileSync(f);
      const json = JSON.parse((f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')) as {
        ground_truth?: { main_content?: string };
      };
      addText(b, json.ground_truth?.main_content ?? '');
    }
  });
  count('ner/conll2003/train.txt (tokens)', () => {
    const file = join(data, 'ner/conll2003/train.txt');
    if (!existsSync(file)) return;
    let line: string[] = [];
    for (const row of readFileSync(file, 'utf8').split('\n')) {
      const tok = row.split(' ')[0] ?? '';
      if (tok === '' || tok === '-DOCSTART-') {
        if (line.length > 0) b.addLine(line);
        line = [];
      } else line.push(tok);
    }
    if (line.length > 0) b.addLine(line);
  });
  return counts;
}
