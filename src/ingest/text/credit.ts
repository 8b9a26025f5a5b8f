/**
 * Photo credits in captions: `REUTERS/Kevin Lamarque/File Photo`,
 * `(AP Photo/Evan Vucci, File)`, `Photo: Jane Doe/Getty Images`,
 * `John Smith/AFP via Getty Images`, a bare `Getty Images`.
 *
 * Hand-written: no library parses wire-agency credit lines.
 */
import type { PhotoCredit } from '../../model/document.js';

/** Agencies as credits spell them → the name we report. */
const AGENCY_NAMES: Readonly<Record<string, string>> = {
  reuters: 'Reuters',
  ap: 'AP',
  afp: 'AFP',
  'getty images': 'Getty Images',
  'afp via getty images': 'AFP',
  epa: 'EPA',
  'epa-efe': 'EPA-EFE',
  bloomberg: 'Bloomberg',
  'pool via reuters': 'Reuters',
  sputnik: 'Sputnik',
  tass: 'TASS',
  'anadolu agency': 'Anadolu Agency',
  xinhua: 'Xinhua',
};

const NAME = String.raw`[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3}`;

interface CreditPattern {
  readonly re: RegExp;
  readonly agency: (m: RegExpExecArray) => string | undefined;
  readonly photographer: (m: RegExpExecArray) => string | undefined;
}

/** Tried in order; each must match at the end of the caption. */
const CREDIT_PATTERNS: readonly CreditPattern[] = [
  {
    // REUTERS/Kevin Lamarque/File Photo, Sputnik/Gavriil Grigorov/Pool via REUTERS
    re: new RegExp(String.raw`(?:(${NAME})\/)?\b(REUTERS|Reuters)\/(${NAME})(\/File(?: Photo)?)?\.?$`, 'u'),
    agency: () => 'Reuters',
    photographer: (m) => m[3],
  },
  {
    re: new RegExp(
      String.raw`(?:(${NAME})\/)?(${NAME})\/(?:Pool via )?(REUTERS|Reuters)(\/File(?: Photo)?)?\.?$`,
      'u',
    ),
    agency: () => 'Reuters',
    photographer: (m) => m[2],
  },
  {
    // (AP Photo/Evan Vucci, File)
    re: new RegExp(String.raw`\((AP|AFP) Photo\/(${NAME})(,\s*File)?\)\.?$`, 'u'),
    agency: (m) => m[1],
    photographer: (m) => m[2],
  },
  {
    // Photo: Jane Doe/Getty Images · Photograph: AFP · Credit: ...
    re: new RegExp(
      String.raw`(?:Photo|Photograph|Image|Credit|Picture)s?:\s*(?:(${NAME})\s*\/\s*)?([^/\n]{2,60}?)\.?$`,
      'u',
    ),
    agency: (m) => m[2]?.trim(),
    photographer: (m) => m[1],
  },
  {
    // John Smith/AFP via Getty Images, Jane Doe/Bloomberg
    re: new RegExp(
      String.raw`(${NAME})\s*\/\s*(AFP via Getty Images|Getty Images|AFP|EPA-EFE|EPA|Bloomberg|Anadolu Agency|TASS|Xinhua)(\/File)?\.?$`,
      'u',
    ),
    agency: (m) => m[2],
    photographer: (m) => m[1],
  },
  {
    re: /\b(Getty Images|AFP via Getty Images)\.?$/u,
    agency: (m) => m[1],
    photographer: () => undefined,
  },
];

/**
 * Whether `text[start, end)` holds what every credit pattern needs: a `/` (patterns 1–3, 5), a `:`
 * (pattern 4) or `Getty Images` (pattern 6). Most lines have none, and then six unanchored
 * expressions are not tried at all (a text of 100,000 short lines spent a fifth of its ingest here).
 */
function mayHoldCredit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2f || c === 0x3a) return true;
    if (c === 0x47 && i + GETTY.length <= end && text.startsWith(GETTY, i)) return true;
  }
  return false;
}

const GETTY = 'Getty Images';

/** Finds a photo credit at the end of `line` (offsets relative to the line's `start`). */
export function findCredit(text: string, start: number, end: number): PhotoCredit | undefined {
  if (!mayHoldCredit(text, start, end)) return undefined;
  const line = text.slice(start, end);
  for (const p of CREDIT_PATTERNS) {
    const m = p.re.exec(line);
    if (!m) continue;
    const s = start + m.index;
    const e = line.endsWith('.') ? end - 1 : end;
    const rawAgency = p.agency(m);
    const agency = rawAgency ? (AGENCY_NAMES[rawAgency.toLowerCase()] ?? rawAgency) : undefined;
    const photographer = p.photographer(m)?.trim();
    return {
      start: s,
      end: e,
      text: text.slice(s, e),
      ...(agency ? { agency } : {}),
      ...(photographer ? { photographer } : {}),
      filePhoto: /\bFile\b/.test(m[0]),
    };
  }
  return undefined;
}
