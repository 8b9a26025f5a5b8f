import { openStore } from '../../src/store/index.js';

const store = await openStore(process.env.DB ?? 'bench/results/api-store-10000.db', { readonly: true });
const actors = await store.actors({ type: 'person', limit: 200 });
const names = actors.items
  .filter((a) => a.statements > 0)
  .map((a) => a.name)
  .slice(0, 50);
const { Session } = await import('node:inspector/promises');
const s = new Session();
s.connect();
await s.post('Profiler.enable');
await s.post('Profiler.start');
const c0 = process.cpuUsage();
for (let r = 0; r < 5; r++) for (const n of names) await store.statements({ speaker: n, limit: 50 });
const u = process.cpuUsage(c0);
const { profile } = await s.post('Profiler.stop');
console.log('cpu ms/query', ((u.user + u.system) / 1000 / 250).toFixed(2));
const { writeFileSync } = await import('node:fs');
writeFileSync('/tmp/app/q.cpuprofile', JSON.stringify(profile));
await store.close();
