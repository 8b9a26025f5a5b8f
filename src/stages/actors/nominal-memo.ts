/**
 * Per-document memo of the nominal finders' word questions (nominals.ts): a word's nominal class
 * and plural kind, kept by word id (`Tok.word`) so that a word asked about again in the document
 * is answered from an array instead of being hashed into the shared per-dictionary memo again.
 */
import { anchorShape } from '../../pipeline/shape-anchor.js';
import type { NominalClass } from './candidate.js';
import type { ActorDictionary } from './dictionary.js';
import { nominalClassOf, type PluralKind, peoplePluralKind } from './nominals.js';

/** `nominalClassOf` and `peoplePluralKind` of one document's words, by word id. */
export class NominalMemo {
  /** Per word, without and with a number word: the class, `null` for none, `undefined` before asked. */
  private readonly classes: [(NominalClass | null)[], (NominalClass | null)[]];
  /** Per word: `PluralKind + 1`, 0 before asked. */
  private readonly plurals: Uint8Array;

  constructor(words: number) {
    this.classes = [new Array(words), new Array(words)];
    this.plurals = new Uint8Array(words);
  }

  /** The class of `head`, the text of word `word`. */
  classOf(
    word: number,
    head: string,
    count: number | undefined,
    dict: ActorDictionary,
  ): NominalClass | undefined {
    const memo = this.classes[count === undefined ? 0 : 1];
    let cls = memo[word];
    if (cls === undefined) {
      cls = nominalClassOf(head, count, dict) ?? null;
      memo[word] = cls;
    }
    return cls ?? undefined;
  }

  /** The plural kind of `w`, the text of word `word`. */
  pluralKind(word: number, w: string, dict: ActorDictionary): PluralKind {
    let kind = this.plurals[word]!;
    if (kind === 0) {
      kind = peoplePluralKind(w, dict) + 1;
      this.plurals[word] = kind;
    }
    return kind - 1;
  }
}

/** Keeps the memo's shape alive between documents (shape-anchor.ts). */
anchorShape(new NominalMemo(0));
