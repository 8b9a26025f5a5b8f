/**
 * Whether a text starts like a feed (RSS, Atom, RDF), apart from the feed parser (feed.ts) so that reading
 * text files does not load an XML parser: `verbatim ingest` sniffs every input on its writing thread.
 */

/** Characters of the input's start that the sniff reads (the root element comes first). */
const SNIFF_CHARS = 2048;

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  return /<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}
