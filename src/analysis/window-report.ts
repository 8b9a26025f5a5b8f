/**
 * A huge document's human report built window by window (issue #15's memory target for the report
 * format): each window's layers are remapped into the whole text (window-remap.ts), every report
 * line they give is rendered at once and spilled (json-spill.ts) under its section, and the window
 * is dropped. What stays in memory is counts: per actor its mention kinds, roles and aliases
 * (window-report-actors.ts), per speaker its statements' count, per section its lines' count.
 *
 * The report is the one the merged layers give (window-merge.ts, then each stage's report): the
 * sections sorted across the document are put back in order at the end: speakers by their counts,
 * actors by their mentions, and the timeline by an external merge of each window's sorted entries
 * (window-timeline.ts). The sections named here are those of Verbatim's stages; the entities layer
 * (opt-in) is not kept for a windowed document, so it has no entities section, as after merging.
 */
import type { Document, LayerData } from '../model/document.js';
import type { LayerName } from '../model/layers.js';
import { actLines, actsHeadLine } from '../stages/acts/report.js';
import { positionLines, responseLines } from '../stages/claims/report.js';
import { type CueClass, cueClassOf } from '../stages/quotes/cue-class.js';
import {
  bySpeakerSize,
  otherLine,
  othersHeadLine,
  quotesHeadLine,
  speakerHeadLine,
  speakerKey,
  speakerType,
  speechLines,
} from '../stages/quotes/report.js';
import type { Statement } from '../stages/quotes/types.js';
import { sentencesLine } from '../stages/sentences/stage.js';
import { timeHeadLines, timexLine } from '../stages/time/report.js';
import { type JsonSpill, PIECE_CHARS } from './json-spill.js';
import { WindowRemapper } from './window-remap.js';
import { WindowActors } from './window-report-actors.js';
import { WindowTimeline } from './window-timeline.js';

/** Characters of report lines gathered before they go to the spill: a pipe buffer or a few, as json-stream.ts. */
const SPILL_PIECE_CHARS = PIECE_CHARS;

/** Layers no report section reads (kept only when included, window-merge.ts): left as the window made them. */
const UNREAD_LAYERS: readonly LayerName[] = ['tokens', 'pos', 'entities'];

/** A report section whose lines may be read lazily (from the spill). */
export interface SectionLines {
  readonly title: string;
  readonly lines: Iterable<string>;
}

/** A speaker group of speech statements: its place (naming its spill key), size and first statement's speaker. */
interface SpeakerGroup {
  readonly slot: number;
  count: number;
  readonly first: Pick<Statement, 'speaker' | 'sourceType'>;
}

interface WindowedReport {
  readonly report: WindowReport;
  readonly spill: JsonSpill;
}

/** The report material of windowed documents, by document (set by `WindowReport.finish`). */
const REPORTS = new WeakMap<Document, WindowedReport>();

/** The report material of `doc`, when it was analysed with `windowedReport`. */
export function windowedReport(doc: Document): WindowReport | undefined {
  return REPORTS.get(doc)?.report;
}

/** Frees the report material of `doc` (its spill's file), once written. */
export function releaseWindowedReport(doc: Document): void {
  REPORTS.get(doc)?.spill.close();
  REPORTS.delete(doc);
}

export class WindowReport {
  private readonly doc: Document;
  private readonly remapper: WindowRemapper;
  private readonly spill: JsonSpill;
  private readonly actors = new WindowActors();
  private readonly timeline: WindowTimeline;
  /** Records (timexes, acts…) so far per spill key; a key is present once a window had its layer. */
  private readonly counts = new Map<string, number>();
  private sentences: number | undefined;
  private lastTokenEnd = 0;
  private readonly speakers = new Map<string, SpeakerGroup>();
  private speech = 0;
  private readonly others = new Map<CueClass, number>();
  /** Responses and positions so far (the claims section is left out when there are none). */
  private claimItems = 0;

  constructor(doc: Document, spill: JsonSpill) {
    this.doc = doc;
    this.remapper = new WindowRemapper(doc, (layer) => !UNREAD_LAYERS.includes(layer));
    this.spill = spill;
    this.timeline = new WindowTimeline(spill);
  }

  /** Records that the window block `pieceId` (a whole-text ID) is a piece of the block `blockId`. */
  alias(pieceId: string, blockId: string): void {
    this.remapper.alias(pieceId, blockId);
  }

  /** Renders and spills the report lines of a window document that starts at `offset` of the whole text. */
  add(win: Document, offset: number): void {
    this.remapper.remap(win, offset);
    const l = win.layers;
    if (l.sentences) {
      this.sentences = (this.sentences ?? 0) + l.sentences.length;
      const last = l.sentences[l.sentences.length - 1];
      if (last) this.lastTokenEnd = last.tokenEnd;
    }
    if (l.actors) this.actors.add(l.actors, this.remapper);
    if (l.timexes) this.write('time', l.timexes.map(timexLine));
    if (l.quotes) this.addStatements(l.quotes.statements);
    if (l.acts) this.write('acts', l.acts.acts.flatMap(actLines), l.acts.acts.length);
    if (l.claims) {
      const c = l.claims;
      const byId = new Map(c.claims.map((x) => [x.id, x]));
      this.write(
        'responses',
        c.responses.flatMap((r) => responseLines(r, byId)),
      );
      this.write('positions', c.positions.flatMap(positionLines));
      this.claimItems += c.responses.length + c.positions.length;
    }
    // The timeline reads the window's layers over the whole text, without tokens (timeline.ts).
    if (l.timexes) this.timeline.add(this.view(l));
  }

  /** Ends the run: the report of `doc` is the material gathered (windowedReport). */
  finish(doc: Document): void {
    REPORTS.set(doc, { report: this, spill: this.spill });
  }

  /** The section of the stage `stage` (as its report gives it), or undefined when it has none. */
  section(stage: string): SectionLines | undefined {
    switch (stage) {
      case 'sentences':
        return this.sentences === undefined
          ? undefined
          : { title: 'Sentences', lines: [sentencesLine(this.sentences, this.lastTokenEnd)] };
      case 'actors':
        return this.actors.section();
      case 'time':
        return this.counts.has('time')
          ? { title: 'Time', lines: this.concat(timeHeadLines(this.doc.meta, this.count('time')), 'time') }
          : undefined;
      case 'quotes':
        return this.counts.has('quotes') ? { title: 'Statements', lines: this.statementLines() } : undefined;
      case 'acts':
        return this.counts.has('acts')
          ? { title: 'Acts', lines: this.concat([actsHeadLine(this.count('acts'))], 'acts') }
          : undefined;
      case 'claims':
        return this.counts.has('responses') && this.claimItems > 0
          ? { title: 'Claims and positions', lines: this.concat([], 'responses', 'positions') }
          : undefined;
      default:
        return undefined;
    }
  }

  /** The timeline section, when the time expressions were computed (timeline.ts). */
  timelineSection(): SectionLines | undefined {
    return this.counts.has('time') ? this.timeline.section(this.doc.meta.publishedAt) : undefined;
  }

  /** Appends statement lines: speech under its speaker's key, other attributions under `others`. */
  private addStatements(statements: readonly Statement[]): void {
    const bySpeaker = new Map<SpeakerGroup, string[]>();
    const others: string[] = [];
    for (const s of statements) {
      const cueClass = cueClassOf(s);
      if (cueClass !== 'speech') {
        this.others.set(cueClass, (this.others.get(cueClass) ?? 0) + 1);
        others.push(otherLine(s, cueClass));
        continue;
      }
      const key = speakerKey(s);
      let group = this.speakers.get(key);
      if (!group) {
        group = {
          slot: this.speakers.size,
          count: 0,
          first: { speaker: s.speaker, sourceType: s.sourceType },
        };
        this.speakers.set(key, group);
      }
      group.count++;
      this.speech++;
      const lines = bySpeaker.get(group) ?? [];
      lines.push(...speechLines(s));
      bySpeaker.set(group, lines);
    }
    this.counts.set('quotes', 0);
    for (const [group, lines] of bySpeaker) this.write(`s${group.slot}`, lines);
    this.write('others', others);
  }

  /** The statements section's lines: speakers by size, then the other attributions (quotes/report.ts). */
  private *statementLines(): Generator<string> {
    const others = [...this.others.values()].reduce((a, b) => a + b, 0);
    yield quotesHeadLine(this.speech, this.speakers.size, others);
    const ordered = [...this.speakers].sort((a, b) => bySpeakerSize([a[0], a[1].count], [b[0], b[1].count]));
    const types = this.actors.types();
    for (const [name, group] of ordered) {
      yield speakerHeadLine(name, speakerType(group.first, types), group.count);
      yield* this.spill.pieces(`s${group.slot}`);
    }
    if (others > 0) {
      yield othersHeadLine(this.others);
      yield* this.spill.pieces('others');
    }
  }

  /** `head`, then the spilled lines of `keys` in order. */
  private *concat(head: readonly string[], ...keys: string[]): Generator<string> {
    yield* head;
    for (const key of keys) yield* this.spill.pieces(key);
  }

  private count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /**
   * Appends `lines` (of `items` records) under `key`, in pieces of ~SPILL_PIECE_CHARS joined by line
   * ends (each piece one report "line").
   */
  private write(key: string, lines: readonly string[], items = lines.length): void {
    this.counts.set(key, this.count(key) + items);
    let piece: string[] = [];
    let chars = 0;
    for (const line of lines) {
      piece.push(line);
      chars += line.length + 1;
      if (chars >= SPILL_PIECE_CHARS) {
        this.spill.append(key, piece.join('\n'));
        piece = [];
        chars = 0;
      }
    }
    if (piece.length > 0) this.spill.append(key, piece.join('\n'));
  }

  /** The whole document with a window's remapped layers that the timeline reads (no tokens: timeline.ts). */
  private view(l: LayerData): Document {
    const layers: LayerData = {};
    if (l.sentences) layers.sentences = l.sentences;
    if (l.timexes) layers.timexes = l.timexes;
    if (l.quotes) layers.quotes = l.quotes;
    if (l.statementTimes) layers.statementTimes = l.statementTimes;
    return { ...this.doc, layers };
  }
}
