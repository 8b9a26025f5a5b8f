/**
 * Actor-code cases: from PLOVER gold records (`gsr-dev.json`, each source and target actor with its
 * CAMEO code and sector) or from JSONL files of our own (`{"id", "actor", "context"?, "date"?,
 * "country", "sector"}`). Gold codes are brought to the task's conventions: ISO alpha-3 countries
 * (`JAP` → `JPN`), the first three letters of a sector (`CVLalb` → `CVL`), CAMEO's `CIV` → `CVL` and
 * religion codes (`MOS`) → `REL`; actors coded `***` (unknown) are left out.
 */

import { normaliseCountry } from '../../kb/countries.js';
import { VerbatimError } from '../../model/errors.js';

export interface CodeCase {
  readonly id: string;
  readonly actor: string;
  readonly context?: string;
  readonly date?: string;
  readonly country: string;
  readonly sector: string;
  /** GSR cases: 'tune' (even record number) or 'held-out' (odd); own cases: 'own'. */
  readonly split: 'tune' | 'held-out' | 'own';
}

/** GSR records carry this placeholder date, not the event's: it is not passed on. */
const GSR_PLACEHOLDER_DATE = '2000-01-01';
const SECTOR_ALIASES: Readonly<Record<string, string>> = { CIV: 'CVL', MOS: 'REL' };

export function goldSector(raw: string | undefined): string | undefined {
  if (!raw) return '';
  const s = raw.slice(0, 3).toUpperCase();
  if (s === '***') return undefined;
  return SECTOR_ALIASES[s] ?? s;
}

interface RawActor {
  actorText?: unknown;
  code?: unknown;
  sector?: unknown;
}

export function gsrCases(json: string, file: string): CodeCase[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (cause) {
    throw new VerbatimError('E_TASK_INPUT', `${file} is not JSON`, { file, cause });
  }
  if (!Array.isArray(raw))
    throw new VerbatimError('E_TASK_INPUT', `${file} is not a JSON array of PLOVER records`, { file });
  const out: CodeCase[] = [];
  raw.forEach(
    (r: { id?: unknown; text?: unknown; date?: unknown; source?: unknown; target?: unknown }, index) => {
      if (typeof r.text !== 'string') return;
      const sides = [
        ['s', r.source],
        ['t', r.target],
      ] as const;
      for (const [side, list] of sides) {
        if (!Array.isArray(list)) continue;
        list.forEach((a: RawActor, k) => {
          if (typeof a.actorText !== 'string' || typeof a.code !== 'string') return;
          const sector = goldSector(typeof a.sector === 'string' ? a.sector : undefined);
          if (sector === undefined) return;
          const date = typeof r.date === 'string' && r.date !== GSR_PLACEHOLDER_DATE ? r.date : undefined;
          out.push({
            id: `${String(r.id ?? index)}/${side}${k}`,
            actor: a.actorText,
            context: r.text as string,
            ...(date ? { date } : {}),
            country: normaliseCountry(a.code.slice(0, 3)) ?? '',
            sector,
            split: index % 2 === 0 ? 'tune' : 'held-out',
          });
        });
      }
    },
  );
  return out;
}

export function jsonlCases(text: string, file: string): CodeCase[] {
  return text
    .split('\n')
    .map((l, i) => [l.trim(), i + 1] as const)
    .filter(([l]) => l && !l.startsWith('//'))
    .map(([l, line]) => {
      let c: Partial<CodeCase>;
      try {
        c = JSON.parse(l) as Partial<CodeCase>;
      } catch (cause) {
        throw new VerbatimError('E_TASK_INPUT', `line ${line} is not JSON`, { file, cause });
      }
      if (
        typeof c.id !== 'string' ||
        typeof c.actor !== 'string' ||
        typeof c.country !== 'string' ||
        typeof c.sector !== 'string'
      ) {
        throw new VerbatimError('E_TASK_INPUT', `line ${line} needs string id, actor, country and sector`, {
          file,
        });
      }
      return {
        id: c.id,
        actor: c.actor,
        ...(c.context ? { context: c.context } : {}),
        ...(c.date ? { date: c.date } : {}),
        country: c.country,
        sector: c.sector,
        split: 'own' as const,
      };
    });
}
