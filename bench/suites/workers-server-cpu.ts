/**
 * The server's CPU over one measured run, split by what its processes are (Linux /proc): the store's
 * connections, the queue's (pg-boss's pool names itself `verbatim`), autovacuum, the background processes
 * (checkpointer, WAL writer …), the rest (processes that exited between two samples), and apart from all these
 * the bench's own probe (its counts and these samples, a cost per second of the run, not per article: a slow
 * run would otherwise show more database CPU per article). The workers bench samples at every poll, so a run
 * whose database CPU stands out shows where.
 */
import type pg from 'pg';
import { processCpuSeconds, serverCpuSeconds } from './workers-cpu.js';

interface Seen {
  readonly kind: string;
  readonly cpu0: number;
  cpu: number;
}

export type ServerCpu = Readonly<
  Record<'total' | 'store' | 'queue' | 'autovacuum' | 'background' | 'other' | 'probe', number>
>;

function kindOf(backendType: string, application: string): keyof ServerCpu {
  if (backendType === 'client backend') return application === 'verbatim' ? 'queue' : 'store';
  if (backendType.startsWith('autovacuum')) return 'autovacuum';
  return 'background';
}

/** Samples the server's processes through `probe` (whose own backend is left out of the split). */
export class ServerCpuSampler {
  private readonly seen = new Map<number, Seen>();
  private readonly total0: number;
  private probePid = 0;
  private probe0 = 0;

  private constructor(
    private readonly probe: pg.Client,
    private readonly postmaster: number,
  ) {
    this.total0 = serverCpuSeconds(postmaster);
  }

  /** Starts a split: processes alive now count from their CPU now, later ones from their start. */
  static async start(probe: pg.Client, postmaster: number): Promise<ServerCpuSampler> {
    const s = new ServerCpuSampler(probe, postmaster);
    s.probePid = Number((await probe.query('SELECT pg_backend_pid() AS p')).rows[0].p);
    s.probe0 = processCpuSeconds(s.probePid) ?? 0;
    await s.sample(true);
    return s;
  }

  async sample(first = false): Promise<void> {
    const rows = (
      await this.probe.query(
        `SELECT pid, backend_type AS t, coalesce(application_name, '') AS a FROM pg_stat_activity WHERE pid <> $1`,
        [this.probePid],
      )
    ).rows as { pid: number; t: string; a: string }[];
    for (const r of rows) {
      const cpu = processCpuSeconds(r.pid);
      if (cpu === undefined) continue;
      const seen = this.seen.get(r.pid);
      if (seen) seen.cpu = cpu;
      else this.seen.set(r.pid, { kind: kindOf(r.t, r.a), cpu0: first ? cpu : 0, cpu });
    }
  }

  /**
   * CPU seconds since the start, by kind; `total` leaves the probe out, `other` is what no sample saw
   * (processes that exited between two samples).
   */
  async end(): Promise<ServerCpu> {
    await this.sample();
    const probe = (processCpuSeconds(this.probePid) ?? this.probe0) - this.probe0;
    const total = serverCpuSeconds(this.postmaster) - this.total0 - probe;
    const split = { total, store: 0, queue: 0, autovacuum: 0, background: 0, other: 0, probe };
    for (const s of this.seen.values()) split[s.kind as 'store'] += s.cpu - s.cpu0;
    split.other = split.total - split.store - split.queue - split.autovacuum - split.background;
    return split;
  }
}
