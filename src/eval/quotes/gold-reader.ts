/**
 * PolNeAR layout reader: `DIR/text/<stem>.txt` and `DIR/attributions/<stem>_<annotator>.ann`.
 * When an article has several `.ann` files, the first one by name is used.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BratDocument, type BratRange, parseBrat } from '../../formats/brat.js';
import { VerbatimError } from '../../model/errors.js';
import { QUOTE_MARK_RE, type ScoredAttribution } from './score.js';

export interface PolnearArticle {
  readonly stem: string;
  readonly text: string;
  readonly ann: BratDocument;
}

/** Gold attribution with its cue, for training and error analysis. */
export interface GoldAttribution extends ScoredAttribution {
  readonly cue?: readonly BratRange[];
}

export function readPolnear(dir: string): PolnearArticle[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) {
    throw new VerbatimError('E_TASK_INPUT', `${dir} has no text/ and attributions/ folders`, { file: dir });
  }
  const anns = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const articles: PolnearArticle[] = [];
  for (const f of readdirSync(textDir)
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    const stem = f.slice(0, -4);
    const annFile = anns.find((a) => a.startsWith(`${stem}_`) || a === `${stem}.ann`);
    if (!annFile) continue;
    const text = readFileSync(join(textDir, f), 'utf8');
    articles.push({ stem, text, ann: parseBrat(readFileSync(join(annDir, annFile), 'utf8'), text) });
  }
  return articles;
}

/** The gold attributions of one article: one per event that has a Content. */
export function goldAttributions(article: PolnearArticle): GoldAttribution[] {
  const out: GoldAttribution[] = [];
  const tb = article.ann.textBounds;
  for (const e of article.ann.events) {
    const content = e.args.Content ? tb.get(e.args.Content) : undefined;
    if (!content) continue;
    const source = e.args.Source ? tb.get(e.args.Source) : undefined;
    const cue = e.args.Cue ? tb.get(e.args.Cue) : undefined;
    const contentText = content.ranges.map((r) => article.text.slice(r.start, r.end)).join(' ');
    const first = source?.ranges[0];
    const last = source?.ranges[source.ranges.length - 1];
    out.push({
      content: content.ranges,
      ...(first && last ? { source: { start: first.start, end: last.end } } : {}),
      ...(source
        ? { sourceText: source.ranges.map((r) => article.text.slice(r.start, r.end)).join(' ') }
        : {}),
      ...(cue ? { cue: cue.ranges } : {}),
      quoted: QUOTE_MARK_RE.test(contentText),
    });
  }
  return out;
}
