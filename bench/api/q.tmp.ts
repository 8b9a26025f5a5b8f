import { openStore } from '../../src/store/index.js';

const store = await openStore(process.env.DB ?? 'bench/results/api-store-10000.db', { readonly: true });
const actors = await store.actors({ type: 'person', limit: 200 });
const names = actors.items
  .filter((a) => a.statements > 0)
  .map((a) => a.name)
  .slice(0, 50);
for (const variant of [{}, { since: '2019-06-01' }, { kind: 'direct' as const }]) {
  const times: number[] = [];
  for (let r = 0; r < 3; r++)
    for (const n of names) {
      const t = performance.now();
      await store.statements({ speaker: n, limit: 50, ...variant });
      times.push(performance.now() - t);
    }
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify(variant),
    'p50',
    times[Math.floor(times.length / 2)]!.toFixed(2),
    'p95',
    times[Math.floor(times.length * 0.95)]!.toFixed(2),
    'max',
    times.at(-1)!.toFixed(1),
  );
}
const slow: [string, number][] = [];
for (const n of names) {
  const t = performance.now();
  await store.statements({ speaker: n, limit: 50 });
  slow.push([n, performance.now() - t]);
}
console.log(slow.sort((a, b) => b[1] - a[1]).slice(0, 5));
await store.close();
