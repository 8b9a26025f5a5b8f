/** Text of metadata values and headings: entities left in attribute values decoded, white space collapsed. */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Collapses white space and decodes entities left in attribute values (pages often double-escape them). */
export function clean(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  const decoded = s.includes('&')
    ? s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi, (m, dec, hex, name) => {
        const cp = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : undefined;
        if (cp !== undefined) return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
        return NAMED_ENTITIES[(name as string).toLowerCase()] ?? m;
      })
    : s;
  const t = decoded.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}
