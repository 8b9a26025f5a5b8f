/** `verbatim actors [--type person] [--country RUS]`: actors across the store with mention and statement counts. */
import type { ActorSummary } from '../../store/core/types.js';
import { type CliIo, EXIT_OK } from '../io.js';
import { pageOptions, type StoreQueryOptions, withStore, writePage } from './store-io.js';

export interface ActorsOptions extends StoreQueryOptions {
  readonly type?: string;
  readonly country?: string;
  readonly name?: string;
}

function actorLine(a: ActorSummary): string {
  return `${a.name} (${a.type}${a.country ? `, ${a.country}` : ''}): ${a.mentions} mentions, ${a.statements} statements in ${a.articles} articles`;
}

export async function actorsCommand(options: ActorsOptions, io: CliIo): Promise<number> {
  const page = await withStore(options, (store) =>
    store.actors({
      ...pageOptions(options),
      ...(options.type ? { type: options.type } : {}),
      ...(options.country ? { country: options.country } : {}),
      ...(options.name ? { name: options.name } : {}),
    }),
  );
  writePage(io, page, options.format, actorLine);
  return EXIT_OK;
}
