/**
 * Positions (issue #20, item 4): per actor and topic, the actor's stance-bearing statements in date
 * order, each labelled against the actor's earlier ones on that topic. Cue words decide first
 * (`reaffirmed`, `remain the same`, `backtracked`); without one, content decides: opposite polarity
 * is a reversal, much shared content a reaffirmation, else a shift.
 *
 * The holder of a position is the statement's speaker, or the actor a statement reports as holding
 * it (`Peskov said: "he has repeatedly affirmed that they remain the same"` → the president's).
 */
import type { Document } from '../../model/document.js';
import { spanOf } from '../../model/span.js';
import type { Statement } from '../quotes/types.js';
import { contentWords } from './claims.js';
import type { Position, PositionEntry, PositionLabel } from './types.js';

const CUES: ReadonlyArray<readonly [PositionLabel, RegExp]> = [
  [
    'reversed',
    /\b(?:revers(?:ed|es|ing)|backtrack(?:ed|s|ing)|u-turn|no longer|abandon(?:ed|s)|withdr[ae]w (?:his|her|its|their) support)\b/i,
  ],
  [
    'shifted',
    /\b(?:soften(?:ed|s|ing)|harden(?:ed|s|ing)|shift(?:ed|s|ing) (?:his|her|its|their) (?:position|stance)|modif(?:ied|ies)|changed (?:his|her|its|their) (?:position|stance|mind))\b/i,
  ],
  [
    'reaffirmed',
    /\b(?:reaffirm(?:ed|s|ing)?|reiterat(?:ed|es|ing)|repeatedly (?:affirmed|said|stated)|consistently (?:stated|said)|remains? (?:the same|unchanged|firm)|(?:has|have) not (?:changed|shifted)|still (?:believes?|holds?|supports?|opposes?))\b/i,
  ],
];

/** A statement reporting someone else's stance: `X has (repeatedly) affirmed/stated that …`. */
const EMBEDDED_HOLDER =
  /\b(?:has|have)\s+(?:\w+ly\s+)?(?:affirmed|reaffirmed|reiterated|stated|said|maintained|insisted)\b/i;
const NEGATION = /\b(?:not|never|no|n't|against|oppose[sd]?|reject(?:s|ed)?)\b/i;
/** Share of content words two statements must have in common to be on one topic. */
const SAME_TOPIC_SHARE = 0.34;
/** Share above which a later statement without a cue repeats the earlier one (reaffirmed). */
const REPEAT_SHARE = 0.5;
/** Content words a statement needs to carry a stance (`underscored this position` carries none of its own). */
const MIN_STANCE_WORDS = 4;
/** Words that say how something was said, not what about: never topic terms. */
const NOT_TOPIC = new Set(
  'affirmed reaffirmed suggested stated said says repeatedly consistently contrary never just don any all does did due between during yet how what when there their them they these those very also still more'.split(
    ' ',
  ),
);
/** Topic terms shown per position. */
const TOPIC_TERMS = 5;

interface Holder {
  readonly actorId?: string;
  readonly name: string;
}

/** Actor id → name, built once per document (not once per statement). */
type ActorNames = ReadonlyMap<string, string>;

function actorNames(doc: Document): ActorNames {
  return new Map((doc.layers.actors?.actors ?? []).map((a) => [a.id, a.name] as const));
}

function holderOf(doc: Document, s: Statement, names: ActorNames): Holder | undefined {
  for (const c of s.content) {
    const m = EMBEDDED_HOLDER.exec(c.text);
    if (!m) continue;
    const verbAt = c.start + m.index;
    const before = (doc.layers.actors?.mentions ?? []).filter(
      (x) => x.start >= c.start && x.end <= verbAt && x.actorId,
    );
    const last = before[before.length - 1];
    if (last?.actorId) return { actorId: last.actorId, name: names.get(last.actorId) ?? last.text };
  }
  if (s.speaker)
    return { ...(s.speaker.actorId ? { actorId: s.speaker.actorId } : {}), name: s.speaker.name };
  return undefined;
}

function share(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

interface Item {
  readonly s: Statement;
  /** The statement's content pieces joined by spaces, and its content words. */
  readonly said: string;
  readonly words: Set<string>;
  readonly date?: string;
}

function label(
  item: Item,
  prev: Item | undefined,
  text: string,
): { label: PositionLabel; cue?: PositionEntry['cue'] } {
  for (const c of item.s.content) {
    for (const [name, re] of CUES) {
      const m = re.exec(c.text);
      if (m) return { label: name, cue: spanOf(text, c.start + m.index, c.start + m.index + m[0].length) };
    }
  }
  return { label: labelByItems(prev, item) };
}

/** `labelByContent(prev.said, item.said)`, with the content words each item already has. */
function labelByItems(prev: Item | undefined, item: Item): PositionLabel {
  if (prev === undefined) return 'first stated';
  if (share(prev.words, item.words) < REPEAT_SHARE) return 'shifted';
  return NEGATION.test(prev.said) !== NEGATION.test(item.said) ? 'reversed' : 'reaffirmed';
}

/**
 * The label of a statement without a cue word, against the holder's previous one on the topic:
 * none before → first stated; little shared content → shifted; much shared with opposite polarity
 * → reversed, else reaffirmed. Used within an article and across the store (`verbatim positions`).
 */
export function labelByContent(previous: string | undefined, next: string): PositionLabel {
  if (previous === undefined) return 'first stated';
  if (share(contentWords(previous), contentWords(next)) < REPEAT_SHARE) return 'shifted';
  return NEGATION.test(previous) !== NEGATION.test(next) ? 'reversed' : 'reaffirmed';
}

/** True when two statements' content words overlap enough to be on one topic. */
export function sameTopic(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return share(a, b) >= SAME_TOPIC_SHARE;
}

/**
 * A holder's statements grouped by topic: each joins the first topic that holds a statement on the same topic,
 * else starts one. Same-topic statements share a word (SAME_TOPIC_SHARE > 0), so only earlier statements found
 * through a word index are compared (comparing each with every earlier one was quadratic in a holder's
 * statements on huge inputs).
 */
function groupTopics(items: readonly Item[]): Item[][] {
  const topics: Item[][] = [];
  const topicOf = new Map<Item, number>();
  const byWord = new Map<string, Item[]>();
  for (const it of items) {
    const compared = new Set<Item>();
    let first = -1;
    for (const w of it.words) {
      for (const o of byWord.get(w) ?? []) {
        if (compared.has(o)) continue;
        compared.add(o);
        const t = topicOf.get(o) as number;
        if (first !== -1 && t >= first) continue;
        if (sameTopic(o.words, it.words)) first = t;
      }
    }
    if (first === -1) {
      first = topics.length;
      topics.push([]);
    }
    (topics[first] as Item[]).push(it);
    topicOf.set(it, first);
    for (const w of it.words) {
      const list = byWord.get(w);
      if (list) list.push(it);
      else byWord.set(w, [it]);
    }
  }
  return topics;
}

/**
 * `responseCues`: the cues of the document's responses; a statement whose cue is one (`denied
 * reports that X`) states someone else's claim, not the speaker's stance, and is left out.
 */
export function positionsOf(
  doc: Document,
  statements: readonly Statement[],
  times: ReadonlyMap<string, string | undefined>,
  published: string | undefined,
  responseCues: readonly { start: number; end: number }[],
): Position[] {
  const byHolder = new Map<string, { holder: Holder; items: Item[] }>();
  const names = actorNames(doc);
  for (const s of statements) {
    if (responseCues.some((c) => c.start < s.cue.end && s.cue.start < c.end)) continue;
    const said = s.content.map((c) => c.text).join(' ');
    const words = contentWords(said);
    if (words.size < MIN_STANCE_WORDS) continue;
    const holder = holderOf(doc, s, names);
    if (!holder) continue;
    const key = holder.actorId ?? holder.name.toLowerCase();
    const date = times.get(s.id) ?? published;
    const entry = byHolder.get(key) ?? { holder, items: [] };
    entry.items.push({ s, said, words, ...(date ? { date } : {}) });
    byHolder.set(key, entry);
  }
  const out: Position[] = [];
  for (const { holder, items } of byHolder.values()) {
    for (const topic of groupTopics(items)) {
      const ordered = [...topic].sort(
        (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.s.cue.start - b.s.cue.start,
      );
      const entries: PositionEntry[] = ordered.map((it, i) => {
        const l = label(it, ordered[i - 1], doc.text);
        const first = it.s.content[0] ?? it.s.cue;
        return {
          statementId: it.s.id,
          content: spanOf(doc.text, first.start, first.end),
          label: l.label,
          ...(l.cue ? { cue: l.cue } : {}),
          ...(it.date ? { date: it.date } : {}),
        };
      });
      const counts = new Map<string, number>();
      for (const it of topic)
        for (const w of it.words) if (!NOT_TOPIC.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
      const terms = [...counts]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, TOPIC_TERMS)
        .map(([w]) => w);
      out.push({
        ...(holder.actorId ? { actorId: holder.actorId } : {}),
        actor: holder.name,
        topic: terms,
        entries,
      });
    }
  }
  return out;
}
