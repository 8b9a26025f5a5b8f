/** At most N tasks at once per host; the rest wait in order. Hand-written: a dozen lines, no dependency needed. */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly queues = new Map<string, (() => void)[]>();

  constructor(private readonly perHost: number) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    if ((this.active.get(host) ?? 0) >= this.perHost) {
      await new Promise<void>((resolve) => {
        const q = this.queues.get(host) ?? [];
        q.push(resolve);
        this.queues.set(host, q);
      });
    }
    this.active.set(host, (this.active.get(host) ?? 0) + 1);
    try {
      return await task();
    } finally {
      const n = (this.active.get(host) ?? 1) - 1;
      if (n === 0) this.active.delete(host);
      else this.active.set(host, n);
      const next = this.queues.get(host)?.shift();
      if (this.queues.get(host)?.length === 0) this.queues.delete(host);
      next?.();
    }
  }

  /** Tasks running now for a host (for tests). */
  running(host: string): number {
    return this.active.get(host) ?? 0;
  }
}
