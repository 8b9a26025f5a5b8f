/**
 * WikiGold's CoNLL files (`../shared/data/ner/wikigold/wikigold.conllu`) carry a token index before the token
 * (`0\tAlbum\tO`): when every token line starts with an integer column and has a token after it, that column is
 * dropped (an indexed `-DOCSTART-` still separates documents), so `verbatim eval ner` reads WikiGold as it reads
 * CoNLL-2003.
 */
import type { ConllLine } from '../../formats/conll.js';

const INDEX = /^\d+$/;

export function withoutIndexColumn(lines: readonly ConllLine[]): ConllLine[] {
  const tokens = lines.filter((l) => l.kind === 'token');
  const indexed = tokens.length > 0 && tokens.every((l) => INDEX.test(l.token) && l.extra.length > 0);
  if (!indexed) return [...lines];
  return lines.map((l) =>
    l.kind === 'token'
      ? { kind: 'token', token: l.extra[0] as string, extra: l.extra.slice(1), tag: l.tag }
      : l,
  );
}
