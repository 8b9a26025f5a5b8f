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
  const t = repairMojibake(decoded).replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** A UTF-8 lead byte read as Latin-1 (`Ã`, `â`…) followed by a continuation byte read as Latin-1. */
const MOJIBAKE_RE = /[\u00c2-\u00f4][\u0080-\u00bf]/;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 text that a CMS once decoded as Latin-1 (`Investorâ\u0080\u0099s` for `Investor’s`):
 * when every character fits in a byte and those bytes are valid UTF-8, they were UTF-8. Real
 * Latin-1 text with accents (`Café`) is not valid UTF-8 as bytes, so it is left alone. The
 * same test ftfy and charset sniffers use; applied to metadata, where such titles come from.
 */
export function repairMojibake(s: string): string {
  if (!MOJIBAKE_RE.test(s)) return s;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return s;
    bytes[i] = c;
  }
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return s;
  }
}
