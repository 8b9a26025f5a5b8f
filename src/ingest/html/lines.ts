/**
 * Line-level furniture inside the extracted content: bylines and date stamps
 * printed under the headline, "Advertisement" labels, tables of contents,
 * affiliate disclosures, share prompts. Such lines stay in the text (offsets
 * never move) but become `byline` or `boilerplate` blocks, so language stages
 * and the benchmark text skip them. Reuses the plain-text patterns
 * (../text/patterns.ts) and adds the ones only web pages have.
 */
import type { BlockKind } from '../../model/document.js';
import {
  BOILERPLATE_MAX_WORDS,
  BOILERPLATE_PATTERNS,
  BYLINE_MAX_WORDS,
  BYLINE_RE,
  STAMP_RE,
} from '../text/patterns.js';
import type { BlockDraft } from './blocks.js';
import { parseTextDate } from './dates.js';
import { classifyFurnitureHeading, classifyFurnitureLine } from './furniture-lines.js';

/** Web-page furniture lines, matched against the whole trimmed line. */
const WEB_PATTERNS: readonly { readonly re: RegExp; readonly reason: string }[] = [
  {
    re: /^(?:table of )?contents(?: hide| show)?:?$|^in this (?:article|post|guide):?$|^jump to\b.*$|^on this page:?$/i,
    reason: 'table of contents',
  },
  { re: /^(?:show|hide) caption$|^(?:image|photo) credit:?.*$|^credit:\s.*$/i, reason: 'media widget' },
  { re: /^(?:written|reviewed|edited|fact[- ]checked|medically reviewed) by\b.*$/i, reason: 'byline' },
  {
    re: /^(?:(?:last )?(?:updated|modified|published|posted)(?: on)?:?\s*)?(?:\w+,?\s+)?\w+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*$/i,
    reason: 'date stamp',
  },
  { re: /^(?:\d+\s+)?(?:min(?:ute)?s?|mins?) read$|^reading time:.*$/i, reason: 'media widget' },
  {
    re: /^(?:was this (?:article|page) helpful\??|share this (?:article|post):?|print this page)$/i,
    reason: 'share buttons',
  },
];
/** Lines that end an article's body (related stories, comments, post meta), in the languages of the dev sets. */
const TAIL_MARKER_RE = new RegExp(
  [
    String.raw`^(?:related(?: articles| posts| stories| content| reading)?|you (?:might|may) also (?:like|enjoy)|more (?:from|on|about|stories|news)\b.*`,
    String.raw`read (?:more|next|also)|recommended(?: for you| reading)?|see also|further reading|explore further|popular (?:posts|articles)`,
    String.raw`weitere (?:artikel|themen|beiträge|informationen|nachrichten)|ähnliche (?:beiträge|artikel)|mehr (?:zum thema|aus|dazu|von|zu)\b.*`,
    String.raw`auch interessant|das (?:thema )?könnte (?:dich|sie) auch interessieren|lesen sie (?:auch|mehr)|das könnte sie auch interessieren`,
    String.raw`à lire aussi|a lire aussi|sur le même sujet|lire aussi|leggi anche|lee también|te puede interesar`,
    String.raw`(?:\d+\s+)?(?:comments?|kommentare?|responses?|replies|commentaires?|reacties)(?:\s*\(\d+\))?|leave a (?:reply|comment)|kommentar (?:schreiben|verfassen|hinterlassen)`,
    String.raw`kommentieren|comments are closed|schreibe einen kommentar|antworten|diskussion`,
    String.raw`tags?|schlagwörter|schlagworte|abgelegt unter|kategorien?|categories|filed under|posted in|this entry was posted\b.*|share this(?: article| post)?|teilen mit|bloggern gefällt das|gefällt mir`,
    String.raw`about the author|über den autor|über die autorin|zum autor|à propos de l'auteur`,
  ].join('|') + String.raw`)\s*[:.!]?$`,
  'iu',
);
/** A marker only cuts when it starts after this share of the body (a "Related" box mid-story must not cut the story). */
const TAIL_MIN_POSITION = 0.65;
/** Markers are short lines. */
const TAIL_MARKER_MAX_CHARS = 80;
/** Affiliate and sponsorship notes: recognised by their vocabulary, up to this many words. */
const DISCLOSURE_MAX_WORDS = 60;
const DISCLOSURE_RE =
  /\b(?:affiliate (?:links?|commission)|earn (?:a |money|us )?(?:small )?commission|we may earn|paid promotion|independently selected|advertising on our site helps)\b/i;
/** A name in a byline: one to four capitalised words (`Anja Schmoll-Trautmann`, `R. R.`). */
/** (No `i` flag: it would let `\p{Lu}` match lower-case letters.) */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
/**
 * Bylines in the other languages of the dev sets, as their own paragraph: `Von Markus Balser, Berlin`,
 * `von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr`, `Par Jacques Munier`, `Por Ana Gómez y Luis Ruiz`.
 * Every word of the names is capitalised, so a sentence or heading (`Von der Planung bis …`) is not one;
 * after the names only a short place or agency, or a date introduced by `am`/`le`/`el`/`il`/`op`.
 */
const FOREIGN_BYLINE_RE = new RegExp(
  String.raw`^(?:[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]i|DI|[Dd]oor|DOOR|[Aa][vf]|A[VF])\s+${NAME}(?:(?:\s*,|\s+(?:und|et|y|e|en|och|og)|\s*&)\s+${NAME})*` +
    String.raw`(?:\s*[,|]\s*[\p{L}. ]{1,24}|\s+(?:am|le|el|il|op)\s+.*\d.*)?$`,
  'u',
);
/** A line this short holding a date is a date stamp, not a sentence. */
const DATE_LINE_MAX_WORDS = 8;

/**
 * Where countWords stops: every rule of this module and furniture-lines.ts asks about lines of at most
 * DISCLOSURE_MAX_WORDS words, so a count that stops past it decides the same. Counted by splitting, a
 * deeply nested page's one 7.8 M-character line became 1.3 million strings, the main garbage of its ingest.
 */
const WORDS_COUNTED = DISCLOSURE_MAX_WORDS + 1;
const SPACE_RUN_RE = /\s+/g;

/** `line.split(/\s+/).length` (runs of white space + 1), or WORDS_COUNTED when that is more. */
export function countWords(line: string): number {
  SPACE_RUN_RE.lastIndex = 0;
  let n = 1;
  while (n < WORDS_COUNTED && SPACE_RUN_RE.exec(line)) n++;
  return n;
}

export function classifyLines(text: string, blocks: readonly BlockDraft[]): BlockDraft[] {
  const out = blocks.map((b) => {
    if (b.kind !== 'paragraph' && b.kind !== 'heading' && b.kind !== 'caption') return b;
    const line = text.slice(b.start, b.end);
    const verdict = classify(line, b.kind);
    return verdict ? { ...b, kind: verdict.kind, reason: verdict.reason } : b;
  });
  return cutTail(text, out);
}

/**
 * Related-story lists, comment sections and post footers (tags, "posted in")
 * close an article: from the first such marker in the second half of the
 * text on, every block is boilerplate (trafilatura cuts at the same markers).
 */
function cutTail(text: string, blocks: BlockDraft[]): BlockDraft[] {
  const first = blocks.find((b) => b.kind !== 'headline');
  if (!first) return blocks;
  const span = text.length - first.start;
  const from = blocks.findIndex(
    (b) =>
      b.start - first.start >= span * TAIL_MIN_POSITION &&
      b.kind !== 'headline' &&
      b.end - b.start <= TAIL_MARKER_MAX_CHARS &&
      TAIL_MARKER_RE.test(text.slice(b.start, b.end)),
  );
  if (from < 0) return blocks;
  return blocks.map((b, i) =>
    i >= from && b.kind !== 'headline'
      ? { ...b, kind: 'boilerplate', reason: 'after end-of-article marker' }
      : b,
  );
}

function classify(line: string, kind: BlockKind): { kind: BlockKind; reason: string } | undefined {
  const words = countWords(line);
  if (kind === 'caption') {
    return /^(?:courtesy of|credit:|photo:|image:)\s/i.test(line) && words <= 8
      ? { kind: 'boilerplate', reason: 'media credit' }
      : undefined;
  }
  if (words <= BYLINE_MAX_WORDS && (BYLINE_RE.test(line) || STAMP_RE.test(line))) {
    return { kind: 'byline', reason: 'byline' };
  }
  if (kind === 'paragraph' && words <= BYLINE_MAX_WORDS && FOREIGN_BYLINE_RE.test(line)) {
    return { kind: 'byline', reason: 'byline' };
  }
  if (words <= BOILERPLATE_MAX_WORDS) {
    for (const p of [...BOILERPLATE_PATTERNS, ...WEB_PATTERNS]) {
      if (p.re.test(line))
        return { kind: p.reason === 'byline' ? 'byline' : 'boilerplate', reason: p.reason };
    }
  }
  if (words <= DATE_LINE_MAX_WORDS && parseTextDate(line)) return { kind: 'byline', reason: 'date stamp' };
  if (words <= DISCLOSURE_MAX_WORDS && DISCLOSURE_RE.test(line))
    return { kind: 'boilerplate', reason: 'disclosure' };
  return kind === 'heading' ? classifyFurnitureHeading(line, words) : classifyFurnitureLine(line, words);
}
