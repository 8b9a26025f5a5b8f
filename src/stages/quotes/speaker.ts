/**
 * Speaker resolution for statements. With the `actors` layer, the speaker is the
 * actor whose mention covers the source span. Without it (or when no mention
 * covers the span), the source text itself names the speaker: titles are dropped
 * (`Kremlin spokesperson Dmitry Peskov` → `Dmitry Peskov`), a short name takes the
 * fullest name the article gives it (`Trump` → `Donald Trump`), and a pronoun takes
 * the last named speaker before it.
 */
import type { Document } from '../../model/document.js';
import type { SourceType, Speaker } from './types.js';
import type { Range } from './unit-context.js';

/** Words that open a name phrase without being part of the name. */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an mr mrs ms miss dr president vice senator sen rep representative gov governor secretary ' +
    'minister prime chairman chairwoman general gen judge justice mayor professor prof rev spokesman ' +
    'spokeswoman spokesperson press former candidate nominee leader speaker house majority minority ' +
    'attorney ambassador commissioner chief director u.s president-elect republican democratic democrat ' +
    'kremlin white state foreign russian ukrainian american british french german chinese ' +
    'but and however when while though so then also after before as if'
  ).split(' '),
);

const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'we', 'it']);

const UNNAMED_RE =
  /\b(anonymous|unnamed|officials?|sources?|aides?|advisers?|insiders?|people familiar|spokes(?:man|woman|person))\b/i;
const DOCUMENT_RE =
  /\b(book|report|statement|study|article|letter|memo|documents?|filing|complaint|lawsuit|transcript|website|editorial|ad|video|tweet)\b/i;
const POLL_RE = /\b(poll|polls|survey|surveys|polling|exit polls)\b/i;
const ORG_RE =
  /\b(Kremlin|Ministry|Department|Committee|Party|Campaign|Court|Congress|Senate|House|Agency|Commission|Council|Office|Administration|Government|Foundation|Institute|University|Association|Union|News|Times|Post|Journal|Press|Reuters|Bloomberg|CNN|NBC|CBS|ABC|Fox|FBI|CIA|NATO|GOP|DNC|RNC)\b/;

/** Common nouns naming institutions (`the ministry said`). */
const ORG_NOUN_RE =
  /\b(ministry|government|administration|campaign|committee|company|agency|department|party|court|police|military|army|council|office|embassy|firm|bank|union|newspaper|network)\b/i;

/** `the spokeswoman`, `the Kremlin spokesman`, `the senator`: a definite role with no name. */
const ROLE_PHRASE_RE =
  /^the\s+(?:[\p{L}-]+\s+){0,2}?(spokes(?:man|woman|person)|senator|governor|mayor|minister|ambassador|secretary|congressman|congresswoman|chairman|chairwoman|lawmaker|prosecutor|judge|sheriff|commissioner|director|lawyer|attorney)$/iu;

/** Characters before `who`/`which` searched for its antecedent. */
const RELATIVE_REACH = 80;

export interface NameIndex {
  /** Fullest name known for a name word (lower-cased last or first word of a multi-word name). */
  readonly fullest: ReadonlyMap<string, string>;
  /** Multi-word names in text order: antecedents for a pronoun before any named speaker. */
  readonly mentions: readonly { pos: number; name: string }[];
}

/** A capitalised word (dots only inside abbreviations like `U.S.`), runs joined by spaces on one line. */
const NAME_WORD = "\\p{Lu}[\\p{L}’'-]*(?:\\.\\p{L}[\\p{L}’'-]*)*";
const NAME_RUN_RE = new RegExp(`${NAME_WORD}(?:[ \\t]+${NAME_WORD})+`, 'gu');
const NAME_WORD_RE = new RegExp(NAME_WORD, 'u');
const NAME_RUNS_RE = new RegExp(`${NAME_WORD}(?:[ \\t]+${NAME_WORD})*`, 'gu');

/** Characters around an earlier role mention searched for the name it goes with. */
const ROLE_REACH = 60;

/** `spokeswoman Anna Berg`, `spokeswoman, Anna Berg,`: a name right after the role word. */
const ROLE_NAME_AFTER_RE = new RegExp(`^,?[ \\t]+(${NAME_WORD}(?:[ \\t]+${NAME_WORD})+)`, 'u');

/** `Anna Berg, the ministry spokeswoman`: a name, a comma and a determiner phrase ending at the role word. */
const ROLE_NAME_BEFORE_RE = new RegExp(
  `(${NAME_WORD}(?:[ \\t]+${NAME_WORD})+),[ \\t]+(?:the|a|an|its|his|her|their)[ \\t]+(?:[\\p{L}’'-]+[ \\t]+){0,3}$`,
  'u',
);

/** Multi-word capitalised names of the article, keyed by their words. */
export function buildNameIndex(blocks: readonly { start: number; text: string }[]): NameIndex {
  const fullest = new Map<string, string>();
  const mentions: { pos: number; name: string }[] = [];
  for (const b of blocks) {
    for (const m of b.text.matchAll(NAME_RUN_RE)) {
      const name = stripTitles(m[0].replace(/[’']s$/, ''));
      mentions.push({ pos: b.start + (m.index ?? 0), name });
      const words = name.split(' ');
      if (words.length < 2 || words.length > 3) continue;
      const lastWord = (words[words.length - 1] as string).toLowerCase();
      const prev = fullest.get(lastWord);
      if (!prev || name.length > prev.length) fullest.set(lastWord, name);
    }
  }
  return { fullest, mentions };
}

/** Headline case (`Putin Open to Discussions with Trump`): most words capitalised. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && caps / words.length > 0.6;
}

function stripTitles(phrase: string): string {
  const words = phrase.split(/\s+/);
  let i = 0;
  while (
    i < words.length - 1 &&
    (TITLE_WORDS.has((words[i] as string).toLowerCase()) || /[’']s$/.test(words[i] as string))
  )
    i++;
  return words.slice(i).join(' ');
}

/** The capitalised core of a source phrase (`Kremlin spokesperson Dmitry Peskov` → `Dmitry Peskov`). */
export function nameOfSource(source: string): string | undefined {
  // `Michael Mulgrew, president of the union,` / `Sen. David Perdue (R-Ga.)`: the name comes first.
  const head = source.split(/\s*[,(—–]|\s--/)[0] ?? source;
  if (head !== source && NAME_WORD_RE.test(head)) return nameOfSource(head);
  const runs = source.match(NAME_RUNS_RE);
  if (!runs) return undefined;
  const last = runs[runs.length - 1] as string;
  const stripped = stripTitles(last.replace(/[’']s$/, ''));
  return stripped.length > 1 && !TITLE_WORDS.has(stripped.toLowerCase()) ? stripped : undefined;
}

export function sourceTypeOf(source: string): SourceType {
  const lower = source.toLowerCase();
  const core = nameOfSource(source);
  if (core && /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\.?)?\s\p{Lu}\p{Ll}+$/u.test(core) && !ORG_RE.test(core))
    return 'person';
  if (PERSON_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower)) return 'pronoun';
  if (POLL_RE.test(source)) return 'poll';
  if (DOCUMENT_RE.test(source)) return 'document';
  if (UNNAMED_RE.test(source) && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(source)) return 'unnamed';
  if (ORG_RE.test(source) || ORG_NOUN_RE.test(source)) return 'organisation';
  if (/^\p{Lu}/u.test(source.replace(/^(the|a|an)\s+/i, '')) || /\s\p{Lu}/u.test(source)) return 'person';
  if (/s$/.test(lower)) return 'group';
  return 'unknown';
}

export interface ResolvedSpeaker {
  readonly speaker?: Speaker;
  readonly type: SourceType;
}

/** Resolves source spans in text order; remembers named speakers for later pronouns. */
export class SpeakerResolver {
  private readonly names: NameIndex;
  private readonly named: { pos: number; speaker: Speaker; person: boolean }[] = [];
  /** The document text lower-cased, made on first use (role lookups). */
  private lower: string | undefined;

  constructor(private readonly doc: Document) {
    // Title-case headlines (`Contact Between Trump and Putin`) are no source of names.
    const prose = doc.blocks.filter(
      (b) => b.kind === 'paragraph' || (b.kind !== 'boilerplate' && !isTitleCase(b.text)),
    );
    this.names = buildNameIndex(prose);
  }

  resolve(source: Range | undefined): ResolvedSpeaker {
    if (!source) return { type: 'unknown' };
    const text = this.doc.text.slice(source.start, source.end);
    const type = sourceTypeOf(text);
    const actor = this.fromActors(source);
    if (actor) {
      this.remember(source.start, actor, type);
      return { speaker: actor, type };
    }
    if (/^(who|which)$/i.test(text)) {
      // `Donna Rawlings, 59, of Ashton, who watched…, said`: the relative pronoun's antecedent.
      const before = this.doc.text.slice(Math.max(0, source.start - RELATIVE_REACH), source.start);
      // The last comma-set segment that is a whole name, skipping ages and places (`59`, `of Ashton`).
      const segments = before.split(/,\s*/).map((x) => x.trim());
      const whole = segments.findLast((x) => /^\p{Lu}/u.test(x) && (x.match(NAME_RUN_RE)?.[0] ?? '') === x);
      const name = whole ? nameOfSource(whole) : nameOfSource(before);
      if (name) return { speaker: { name: this.canonical(name) }, type: 'person' };
    }
    if (type === 'pronoun') {
      const person = PERSON_PRONOUNS.has(text.toLowerCase());
      const prior = this.named.findLast((n) => n.pos < source.start && n.person === person);
      if (prior) return { speaker: prior.speaker, type };
      const mention = person ? this.names.mentions.findLast((n) => n.pos < source.start) : undefined;
      return mention ? { speaker: { name: this.canonical(mention.name) }, type } : { type };
    }
    const role = ROLE_PHRASE_RE.exec(text);
    if (role) {
      // `the spokeswoman said`: the person the article named with that role earlier.
      const named = this.roleHolder((role[1] as string).toLowerCase(), source.start);
      if (named) {
        const speaker: Speaker = { name: this.canonical(named) };
        this.remember(source.start, speaker, 'person');
        return { speaker, type: 'person' };
      }
    }
    const core = nameOfSource(text);
    const full = core
      ? this.canonical(core)
      : text.replace(/^(the)\s+/i, '').replace(/^\p{Lu}(?=\p{Ll}*\s)/u, (c) => c.toLowerCase());
    const speaker: Speaker = { name: full };
    this.remember(source.start, speaker, type);
    return { speaker, type };
  }

  /** The name next to the last mention of `role` before `pos` (`spokeswoman Anna Berg`, `Anna Berg, the … spokeswoman`). */
  private roleHolder(role: string, pos: number): string | undefined {
    const text = this.doc.text;
    this.lower ??= text.toLowerCase();
    const lower = this.lower;
    let at = lower.lastIndexOf(role, pos - 1);
    while (at >= 0) {
      const after = ROLE_NAME_AFTER_RE.exec(text.slice(at + role.length, at + role.length + ROLE_REACH));
      if (after) return nameOfSource(after[1] as string);
      const before = ROLE_NAME_BEFORE_RE.exec(text.slice(Math.max(0, at - ROLE_REACH), at));
      if (before) return nameOfSource(before[1] as string);
      at = at > 0 ? lower.lastIndexOf(role, at - 1) : -1;
    }
    return undefined;
  }

  private remember(pos: number, speaker: Speaker, type: SourceType): void {
    if (type === 'unnamed' || type === 'document' || type === 'poll' || type === 'unknown') return;
    this.named.push({ pos, speaker, person: type === 'person' });
  }

  private canonical(core: string): string {
    const words = core.split(/\s+/);
    const lastWord = (words[words.length - 1] as string).toLowerCase();
    const full = this.names.fullest.get(lastWord);
    return full && full.length > core.length && full.toLowerCase().endsWith(lastWord) ? full : core;
  }

  private fromActors(source: Range): Speaker | undefined {
    const layer = this.doc.layers.actors;
    if (!layer) return undefined;
    const covering = layer.mentions.filter((m) => m.start < source.end && m.end > source.start && m.actorId);
    const mention = covering.length > 1 ? this.headMention(source, covering) : covering[0];
    const actor = mention ? layer.actors.find((a) => a.id === mention.actorId) : undefined;
    return actor ? { actorId: actor.id, name: actor.name } : undefined;
  }

  /**
   * The mention that heads a source phrase holding several (`Kremlin spokesperson Dmitry
   * Peskov`: the Kremlin is a modifier, Peskov the speaker): the one holding the phrase's
   * name core; failing that, the last mention before the first comma or bracket, since an
   * English noun phrase ends in its head and an appositive follows it.
   */
  private headMention<M extends { start: number; end: number }>(
    source: Range,
    covering: readonly M[],
  ): M | undefined {
    const text = this.doc.text.slice(source.start, source.end);
    const core = nameOfSource(text);
    const coreWord = core?.split(/\s+/).pop()?.toLowerCase();
    if (coreWord) {
      const named = covering.find((m) =>
        this.doc.text
          .slice(m.start, m.end)
          .toLowerCase()
          .split(/[\s’']+/)
          .includes(coreWord),
      );
      if (named) return named;
    }
    const cut = text.search(/\s*[,(—–]|\s--/);
    const headEnd = cut > 0 ? source.start + cut : source.end;
    return covering.findLast((m) => m.start < headEnd) ?? covering[0];
  }
}
