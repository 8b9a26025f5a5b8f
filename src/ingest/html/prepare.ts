/**
 * String-level cleanup before DOM parsing: drops scripts, styles, inline SVG,
 * comments, templates and noscript blocks. These hold no article text, and
 * parsing them is a large share of the DOM work on modern pages (JSON-LD is
 * read first, from the raw string).
 *
 * Linear time by construction: one scan for openers, and for each opener one
 * forward search for its end; once an end is missing for a kind, no later
 * opener of that kind can find one, so it is not searched again. (A single
 * lazy regex retried the whole rest of the page for every unclosed opener:
 * 40,000 `<script>` without an end took 8 s.) Unclosed blocks are left as
 * they are, as before; the parser reads them as it always did.
 */

const OPENER_RE = /<(script|style|svg|template|noscript)\b|<!--/gi;

/**
 * An end tag runs to the next `>` as browsers read it: `</script\n <!--x-->` ends at the comment's `>`
 * (a `\s*>` end would run on to the next script's end tag and swallow the article between).
 */
const CLOSER_RE: Readonly<Record<string, RegExp>> = {
  script: /<\/script\b/gi,
  style: /<\/style\b/gi,
  svg: /<\/svg\b/gi,
  template: /<\/template\b/gi,
  noscript: /<\/noscript\b/gi,
};

export function stripNonContent(html: string): string {
  const exhausted = new Set<string>();
  const parts: string[] = [];
  let copied = 0;
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(html); m; m = OPENER_RE.exec(html)) {
    const start = m.index;
    const kind = m[1]?.toLowerCase() ?? 'comment';
    const end = exhausted.has(kind) ? -1 : blockEnd(html, kind, start + m[0].length);
    if (end < 0) {
      exhausted.add(kind);
      OPENER_RE.lastIndex = start + 1;
      continue;
    }
    parts.push(html.slice(copied, start));
    copied = end;
    OPENER_RE.lastIndex = end;
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}

/** Index just past the block's end (`-->`, or the end tag through its `>`), or -1 when there is none. */
function blockEnd(html: string, kind: string, from: number): number {
  if (kind === 'comment') {
    const at = html.indexOf('-->', from);
    return at < 0 ? -1 : at + 3;
  }
  const closer = CLOSER_RE[kind]!;
  closer.lastIndex = from;
  const m = closer.exec(html);
  if (!m) return -1;
  const gt = html.indexOf('>', m.index + m[0].length);
  return gt < 0 ? -1 : gt + 1;
}
