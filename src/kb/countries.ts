/**
 * CAMEO country codes → ISO 3166 alpha-3 (issue #18 asks for ISO). CAMEO mostly uses ISO codes;
 * these are the few it spells its own way. Non-state prefixes (`IGO`, `NGO`, `IMG`, `MNC`) stay.
 */
const CAMEO_TO_ISO: Readonly<Record<string, string>> = {
  JAP: 'JPN',
  ROM: 'ROU',
  ZAR: 'COD',
  TMP: 'TLS',
  BAH: 'BHS',
  UK: 'GBR',
  ANG: 'AGO',
};

/**
 * CAMEO's region codes (CAMEO manual, regions): Phoenix files armed groups under them (`WAF` for
 * the RUF, `MEA` for Middle East groups). A region is no country, so the actor's country comes
 * from its context instead.
 */
const CAMEO_REGIONS: ReadonlySet<string> = new Set(
  'AFR ASA BLK CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SAF SAM SAS SEA SCN WAF WST WEU'.split(
    ' ',
  ),
);

/** First chunks of some CAMEO codes that are sectors or religions, not countries. */
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['ELI', 'MED', 'MOS', 'CHR', 'JEW', 'BUD', 'HIN']);

/** The ISO code of a CAMEO country code; undefined for a chunk that names no country. */
export function normaliseCountry(code: string): string | undefined {
  const c = code.toUpperCase();
  if (NOT_COUNTRIES.has(c) || CAMEO_REGIONS.has(c)) return undefined;
  return CAMEO_TO_ISO[c] ?? c;
}
