import { main } from './src/cli/main.js';

const log: string[] = [];
const mb = (n: number) => (n / 1048576).toFixed(0);
const t = setInterval(() => {
  (globalThis as any).gc?.();
  const m = process.memoryUsage();
  log.push(
    `rss ${mb(m.rss)} heapTot ${mb(m.heapTotal)} heapUsed ${mb(m.heapUsed)} ext ${mb(m.external)} ab ${mb(m.arrayBuffers)}`,
  );
}, 2000);
await main(['node', 'verbatim', 'analyze', process.argv[2]!, '--format', 'jsonl'], {
  stdout: { write: () => true },
  stderr: { write: (s: string) => process.stderr.write(s) },
});
clearInterval(t);
console.log(log.filter((_, i) => i % 3 === 0).join('\n'));
const m = process.memoryUsage();
console.log('end', mb(m.rss), mb(m.heapUsed));
