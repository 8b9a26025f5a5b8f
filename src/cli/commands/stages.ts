/** `verbatim stages`: the registered stages in pipeline order with their contracts. */
import type { StageDescriptor } from '../../pipeline/stage.js';

/** Width of the name column. */
const NAME_WIDTH = 10;

function layers(list: readonly unknown[]): string {
  return list.length ? list.map(String).join(', ') : '-';
}

/** One block per stage: its name and description, then requires / uses / provides. */
export function formatStages(registry: readonly StageDescriptor[]): string {
  if (registry.length === 0) return 'no stages registered beyond ingestion (blocks)\n';
  const pad = ''.padEnd(NAME_WIDTH);
  return registry
    .map(
      (s) =>
        `${s.name.padEnd(NAME_WIDTH)} ${s.description}\n` +
        `${pad} requires: ${layers(s.requires)}; uses: ${layers(s.uses)}; provides: ${layers(s.provides)}\n`,
    )
    .join('');
}
