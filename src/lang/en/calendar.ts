/**
 * Month and weekday words of English, with the abbreviations news uses (`Nov. 8`, `Tues.`).
 * The tokeniser keeps these abbreviations' periods, sentence splitting never ends a sentence after
 * a month abbreviation, and the time rules normalise all of them to numbers.
 */

/** Month names (lower-case) in calendar order: index + 1 is the month number. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Months as news abbreviates them (written without the period) → month number; `May` has none. */
export const MONTH_ABBREVIATION_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['Jan', 1],
  ['Feb', 2],
  ['Mar', 3],
  ['Apr', 4],
  ['Jun', 6],
  ['Jul', 7],
  ['Aug', 8],
  ['Sep', 9],
  ['Sept', 9],
  ['Oct', 10],
  ['Nov', 11],
  ['Dec', 12],
]);

/** Weekday names (lower-case) from Monday: index + 1 is the ISO weekday. */
export const WEEKDAY_NAMES: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Weekdays as news abbreviates them (without the period) → ISO weekday (1 = Monday). */
export const WEEKDAY_ABBREVIATION_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['Mon', 1],
  ['Tue', 2],
  ['Tues', 2],
  ['Wed', 3],
  ['Thu', 4],
  ['Thur', 4],
  ['Thurs', 4],
  ['Fri', 5],
  ['Sat', 6],
  ['Sun', 7],
]);

/** Month abbreviations without the period (`Jan`, `Sept`). */
export const MONTH_ABBREVIATIONS: readonly string[] = [...MONTH_ABBREVIATION_NUMBERS.keys()];

/** Weekday abbreviations without the period (`Tues`). */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = [...WEEKDAY_ABBREVIATION_NUMBERS.keys()];
