/**
 * `verbatim positions <actor> [--topic words]` and `verbatim claims <words>` (issue #20): an actor's
 * position timeline per topic across the store, and the stored claims matching some words with
 * every response linked to them (in their article or another), by date.
 */
import type { ActorPosition, ClaimPage } from '../../store/core/claims.js';
import { type CliIo, EXIT_OK } from '../io.js';
import { withStore } from './store-io.js';

export interface PositionsOptions {
  readonly db?: string;
  readonly topic?: string;
  readonly format?: string;
}

function positionLines(p: ActorPosition): string[] {
  return [
    `${p.actor} on ${p.topic.join(', ')}:`,
    ...p.steps.map(
      (s) => `  ${s.date ?? '?'}  ${s.label.padEnd(12)} ${s.content}${s.cue ? `  [${s.cue}]` : ''}`,
    ),
  ];
}

export async function positionsCommand(actor: string, options: PositionsOptions, io: CliIo): Promise<number> {
  const positions = await withStore(options, (store) => store.positions(actor, options.topic));
  if (options.format === 'json') io.stdout.write(`${JSON.stringify(positions, null, 2)}\n`);
  else for (const p of positions) io.stdout.write(`${positionLines(p).join('\n')}\n`);
  return EXIT_OK;
}

function claimLines(page: ClaimPage): string[] {
  const c = page.claim;
  return [
    `“${c.content.text}” — ${c.claimant ?? 'unnamed'}${c.date ? `, ${c.date}` : ''} (article ${page.claim.articleId}, ${c.id})`,
    ...page.responses.map(
      (r) =>
        `  ${r.date ?? '?'}  ${r.relation.padEnd(8)} ${r.responder ?? 'unknown'} (article ${r.articleId}, ${r.basis}${r.basis === 'cross-article' ? `, score ${r.score}` : ''})`,
    ),
  ];
}

export async function claimsCommand(words: string, options: PositionsOptions, io: CliIo): Promise<number> {
  const pages = await withStore(options, async (store) => {
    const found = await store.findClaims(words);
    const out: ClaimPage[] = [];
    for (const f of found) {
      const page = await store.claim(f.recordId);
      if (page?.responses.length) out.push(page);
    }
    return out;
  });
  if (options.format === 'json') io.stdout.write(`${JSON.stringify(pages, null, 2)}\n`);
  else for (const p of pages) io.stdout.write(`${claimLines(p).join('\n')}\n`);
  return EXIT_OK;
}
