/**
 * Speaker resolution for statements. With the `actors` layer, the speaker is the
 * actor whose mention covers the source span. Without it (or when no mention
 * covers the span), the source text itself names the speaker: titles are dropped
 * (`Kremlin spokesperson Dmitry Peskov` → `Dmitry Peskov`), a short name takes the
 * fullest name the article gives it (`Trump` → `Donald Trump`), and a pronoun takes
 * the last named speaker before it.
 */

import { createDocument, type Document } from '../../model/document.js';
import { anchorShape } from '../../pipeline/shape-anchor.js';
import { ActorIndex } from './actor-index.js';
import {
  buildNameIndex,
  isTitleCase,
  lastMentionBefore,
  NAME_RUN_RE,
  type NameIndex,
  nameOfSource,
  PERSON_PRONOUNS,
  RoleHolders,
  sourceTypeOf,
} from './source-names.js';
import type { SourceType, Speaker } from './types.js';
import type { Range } from './unit-context.js';

/** `the spokeswoman`, `the Kremlin spokesman`, `the senator`: a definite role with no name. */
const ROLE_PHRASE_RE =
  /^the\s+(?:[\p{L}-]+\s+){0,2}?(spokes(?:man|woman|person)|senator|governor|mayor|minister|ambassador|secretary|congressman|congresswoman|chairman|chairwoman|lawmaker|prosecutor|judge|sheriff|commissioner|director|lawyer|attorney)$/iu;

/** Characters before `who`/`which` searched for its antecedent. */
const RELATIVE_REACH = 80;

/** A named speaker remembered for later pronouns: where its source was, and who. */
interface Remembered {
  readonly pos: number;
  readonly speaker: Speaker;
}

/**
 * The last remembered speaker (in resolution order) whose source lies before `pos`. Sources are
 * resolved in text order, so the walk back from the end stops at once but for the few statements
 * found out of order.
 */
function lastBefore(named: readonly Remembered[], pos: number): Remembered | undefined {
  for (let i = named.length - 1; i >= 0; i--) if ((named[i] as Remembered).pos < pos) return named[i];
  return undefined;
}

export interface ResolvedSpeaker {
  readonly speaker?: Speaker;
  readonly type: SourceType;
}

/** Resolves source spans in text order; remembers named speakers for later pronouns. */
export class SpeakerResolver {
  /** The article's names, indexed on first use: a source an actor covers needs none. */
  private nameIndex: NameIndex | undefined;
  /** Named speakers in the order resolved, persons and others apart (a pronoun looks in one). */
  private readonly named: { readonly person: Remembered[]; readonly other: Remembered[] } = {
    person: [],
    other: [],
  };
  /** Holders of each role word (`spokeswoman`), built on first use (see `roleHolder`). */
  private readonly roles = new Map<string, RoleHolders>();
  /** The document text lower-cased, made on first use (role lookups). */
  private lower: string | undefined;
  /** The actors layer indexed on first use (undefined: not indexed yet; null: no layer). */
  private actorIndex: ActorIndex | null | undefined;

  constructor(private readonly doc: Document) {}

  private get names(): NameIndex {
    if (!this.nameIndex) {
      // Title-case headlines (`Contact Between Trump and Putin`) are no source of names.
      const prose = this.doc.blocks.filter(
        (b) => b.kind === 'paragraph' || (b.kind !== 'boilerplate' && !isTitleCase(b.text)),
      );
      this.nameIndex = buildNameIndex(prose);
    }
    return this.nameIndex;
  }

  private get actors(): ActorIndex | null {
    if (this.actorIndex === undefined) {
      const layer = this.doc.layers.actors;
      this.actorIndex = layer ? new ActorIndex(layer) : null;
    }
    return this.actorIndex;
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
      const prior = lastBefore(person ? this.named.person : this.named.other, source.start);
      if (prior) return { speaker: prior.speaker, type };
      const mention = person ? lastMentionBefore(this.names.mentions, source.start) : undefined;
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
    let holders = this.roles.get(role);
    if (!holders) {
      this.lower ??= this.doc.text.toLowerCase();
      holders = new RoleHolders(this.doc.text, this.lower, role);
      this.roles.set(role, holders);
    }
    return holders.lastBefore(pos);
  }

  private remember(pos: number, speaker: Speaker, type: SourceType): void {
    if (type === 'unnamed' || type === 'document' || type === 'poll' || type === 'unknown') return;
    (type === 'person' ? this.named.person : this.named.other).push({ pos, speaker });
  }

  private canonical(core: string): string {
    const words = core.split(/\s+/);
    const lastWord = (words[words.length - 1] as string).toLowerCase();
    const full = this.names.fullest.get(lastWord);
    return full && full.length > core.length && full.toLowerCase().endsWith(lastWord) ? full : core;
  }

  private fromActors(source: Range): Speaker | undefined {
    const actors = this.actors;
    if (!actors) return undefined;
    const covering = actors.resolvedMentionsOverlapping(source);
    const mention = sourceHead(this.doc.text, source, covering);
    const actor = mention?.actorId ? actors.actor(mention.actorId) : undefined;
    return actor ? { actorId: actor.id, name: actor.name } : undefined;
  }
}

/** Keeps the resolver's shape alive between documents (shape-anchor.ts). */
anchorShape(new SpeakerResolver(createDocument('', [])));

/**
 * The mention that heads a source phrase holding several (`Kremlin spokesperson Dmitry Peskov`:
 * the Kremlin is a modifier, Peskov the speaker): the one holding the phrase's name core; failing
 * that, the last mention before the first comma or bracket, since an English noun phrase ends in
 * its head and an appositive follows it. The one rule for "who is the source": the quotes stage
 * applies it to actor mentions, the actors stage to person names (the speaker of `I` in a quotation).
 */
export function sourceHead<M extends { start: number; end: number }>(
  text: string,
  source: Range,
  covering: readonly M[],
): M | undefined {
  if (covering.length <= 1) return covering[0];
  const phrase = text.slice(source.start, source.end);
  const core = nameOfSource(phrase);
  const coreWord = core?.split(/\s+/).pop()?.toLowerCase();
  if (coreWord) {
    const named = covering.find((m) =>
      text
        .slice(m.start, m.end)
        .toLowerCase()
        .split(/[\s’']+/)
        .includes(coreWord),
    );
    if (named) return named;
  }
  const cut = phrase.search(/\s*[,(—–]|\s--/);
  const headEnd = cut > 0 ? source.start + cut : source.end;
  return covering.findLast((m) => m.start < headEnd) ?? covering[0];
}
