/**
 * DATE rules for periods of a year: quarters (`the third quarter`, `the
 * year-ago quarter`, `the latest period`), halves and seasons.
 */
import { quarterOf, shiftValue } from './calendar.js';
import { ORDINALS, parseSpelledYear, SEASON_RE, SEASONS } from './lexicon.js';
import { date, type Normalised, type RuleContext, relative, relativeUnit } from './resolve.js';
import { before, g, type Rule, rx } from './rule.js';
import { modOf, PRE_MOD, REL_OFFSET, YEAR, yearOf } from './rules-date.js';

function seasonValue(m: RegExpExecArray, ctx: RuleContext): Normalised {
  const code = SEASONS[g(m, 'season')] ?? 'SU';
  const order = ['WI', 'SP', 'SU', 'FA'];
  const rel = g(m, 'rel');
  const mod = modOf(g(m, 'mod'));
  const extra = mod ? { mod } : {};
  if (g(m, 'year')) return date(`${yearOf(m, ctx)}-${code}`, extra);
  const spelled = parseSpelledYear(g(m, 'sy'));
  if (spelled) return date(`${spelled}-${code}`, extra);
  return relative(
    ctx,
    (ref) => {
      const cur = order[Math.floor((ref.m % 12) / 3)]!;
      const later = order.indexOf(code) > order.indexOf(cur);
      const earlier = order.indexOf(code) < order.indexOf(cur);
      let y = ref.y;
      if (rel === 'last' || rel === 'this past') y = later || code === cur ? ref.y - 1 : ref.y;
      else if (rel === 'next' || rel === 'this coming') y = earlier || code === cur ? ref.y + 1 : ref.y;
      else if (rel !== 'this' && ctx.tense() === 'past' && later) y = ref.y - 1;
      else if (rel !== 'this' && ctx.tense() === 'future' && earlier) y = ref.y + 1;
      return `${y}-${code}`;
    },
    `XXXX-${code}`,
    mod,
  );
}

function quarterValue(m: RegExpExecArray, ctx: RuleContext): Normalised {
  const ordText = g(m, 'ord').replace(/^(\d)(?:st|nd|rd|th)$/, '$1');
  const q = ORDINALS[ordText] ?? (Number(ordText) || 0);
  const rel = g(m, 'rel').replace(/^the /, '');
  const y = g(m, 'year') || g(m, 'year2');
  if (y) return date(q ? `${y}-Q${q}` : `${y}-QX`);
  const prevQ = ctx.previous && /^\d{4}-Q\d$/.test(ctx.previous.value) ? ctx.previous.value : undefined;
  if (/year-(?:earlier|ago)|year earlier|comparable|prior-year/.test(rel)) {
    if (prevQ) return { type: 'DATE', value: shiftValue(prevQ, 'Y', -1)!, anchor: 'previous' };
    return relative(ctx, (ref) => `${ref.y - 1}-Q${q || quarterOf(ref.m)}`, 'XXXX-QX');
  }
  if (q) {
    const offset = rel === 'last' || rel === 'next' ? REL_OFFSET[rel]! : 0;
    return relative(ctx, (ref) => `${ref.y + offset}-Q${q}`, `XXXX-Q${q}`);
  }
  if (prevQ && (rel === '' || rel === 'that' || rel === 'same'))
    return { type: 'DATE', value: prevQ, anchor: 'previous' };
  const offset = rel === 'next' || rel === 'coming' ? 1 : rel === 'this' || rel === 'current' ? 0 : -1;
  return relativeUnit(ctx, 'quarter', offset);
}

export const PERIOD_RULES: readonly Rule[] = [
  {
    id: 'quarter',
    hint: /quarter|period/,
    re: rx(
      `(?:[Tt]he (?=\\S+ quarter|\\d{4}|year|latest|current|same|comparable|prior|fiscal))?(?:${YEAR}(?:'s)? |(?<rel>last|this|next|the latest|latest|current|previous|same|year-earlier|year-ago|year earlier|comparable(?: year-ago| year-earlier)?|prior-year) (?:year's )?)?(?:[Ff]iscal[- ])?(?<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[- ](?:fiscal )?quarter(?![-A-Za-z])(?: of (?<year2>\\d{4}))?` +
        `|(?:[Tt]he |[Tt]his |[Tt]hat |[Ii]ts )(?<rel2>latest |current |previous |same |year-earlier |year-ago |comparable |comparable year-ago |comparable year-earlier |prior-year |next |last |)(?:fiscal )?(?<unit>quarter|period)(?![-A-Za-z]| of)`,
    ),
    normalise: (m, ctx) => {
      const rel2 = m.groups?.['rel2'];
      if (rel2 !== undefined) {
        const lead = m[0].toLowerCase().split(' ')[0]!;
        const rel = rel2.trim() || (lead === 'this' ? 'this' : lead === 'that' ? 'that' : '');
        return quarterValue(
          { ...m, groups: { rel, ord: '', year: '', year2: '' } } as unknown as RegExpExecArray,
          ctx,
        );
      }
      return quarterValue(m, ctx);
    },
  },
  {
    id: 'half',
    hint: /half/,
    re: rx(
      `(?:[Tt]he )?(?<ord>first|second|last) half(?: of (?:${YEAR}|(?<rel>this|last|next) year|the year))?`,
    ),
    normalise: (m, ctx) => {
      const h = g(m, 'ord') === 'first' ? 1 : 2;
      if (g(m, 'year')) return date(`${yearOf(m, ctx)}-H${h}`);
      const off = REL_OFFSET[g(m, 'rel')] ?? 0;
      return relative(ctx, (ref) => `${ref.y + off}-H${h}`, `XXXX-H${h}`);
    },
  },
  {
    id: 'season',
    hint: /[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter/,
    re: rx(
      `(?:(?<the>[Tt]he )(?=\\w+ of (?:\\d|[Nn]ineteen|[Tt]wo))|(?<rel>[Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]his) )?${PRE_MOD}(?<season>${SEASON_RE})(?:,? (?:of )?(?:${YEAR}|(?<sy>[Nn]ineteen[- ][a-z]+(?:[- ][a-z]+)?)))?`,
    ),
    accept: (m) => {
      const s = g(m, 'season');
      if (s !== 'fall' && s !== 'spring') return true;
      return Boolean(
        g(m, 'rel') ||
          g(m, 'year') ||
          g(m, 'mod') ||
          /\b(?:in|this|last|next|until|by|since|during)\s*$/.test(before(m, 8)),
      );
    },
    normalise: seasonValue,
  },
];
