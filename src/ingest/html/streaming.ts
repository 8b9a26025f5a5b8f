/**
 * React streaming rendering (Next.js and other Fizz-based servers) sends a page
 * in pieces: the shell marks each pending part with `<template id="B:0">` (a
 * Suspense boundary) or `<template id="P:1">` (a segment), and the part itself
 * arrives later as `<div hidden id="S:0">…</div>` followed by a script call
 * `$RC("B:0","S:0")` or `$RS("S:1","P:1")` that moves it into place. Without
 * running the scripts the parts sit at the end of the body, away from the rest
 * of the article, and content scoring picks only one of them. Here the calls
 * are read from the raw page (scripts are dropped before parsing), each
 * placeholder becomes a marked `<span>`, and after parsing the parts are moved
 * into their placeholders as the browser's script would.
 */

/** `$RC("B:0","S:0")` (boundary, content) and `$RS("S:1","P:1")` (content, placeholder). */
const CALL_RE = /\$R([CS])\("([BPS]:[0-9a-z]+)","([BPS]:[0-9a-z]+)"\)/g;
const TEMPLATE_RE = /<template id="([BP]:[0-9a-z]+)"><\/template>/g;
const SLOT_ATTR = 'data-stream-part';

/** Placeholders that a streaming call fills become `<span data-stream-part="S:n">` (templates are dropped before parsing). */
export function markStreamingSlots(html: string): string {
  if (!html.includes('$RC(') && !html.includes('$RS(')) return html;
  const partOf = new Map<string, string>();
  for (const m of html.matchAll(CALL_RE)) {
    if (m[1] === 'C') partOf.set(m[2]!, m[3]!);
    else partOf.set(m[3]!, m[2]!);
  }
  if (partOf.size === 0) return html;
  return html.replace(TEMPLATE_RE, (whole, id: string) => {
    const part = partOf.get(id);
    return part ? `<span ${SLOT_ATTR}="${part}"></span>` : whole;
  });
}

/** Moves each streamed part (`<div hidden id="S:n">`) into its marked placeholder. */
export function placeStreamedParts(doc: Document): void {
  const slots = doc.querySelectorAll(`span[${SLOT_ATTR}]`);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const part = doc.getElementById(slot.getAttribute(SLOT_ATTR) ?? '');
    if (!part || !slot.parentNode || part.contains(slot)) continue;
    while (part.firstChild) slot.parentNode.insertBefore(part.firstChild, slot);
    slot.remove();
    part.remove();
  }
}
