/**
 * CPU seconds spent by a PostgreSQL server (Linux /proc): its postmaster, its live backends and the backends
 * that already exited (their time is in the postmaster's reaped-children counters). The workers bench reads it
 * before and after a run to get the database's CPU per article beside the workers' own.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Kernel clock ticks per second (USER_HZ is 100 on every Linux Node runs on). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  readonly ppid: number;
  /** utime + stime of the process itself. */
  readonly own: number;
  /** cutime + cstime: its waited-for children. */
  readonly children: number;
}

function procStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces), from field 3 (state) on.
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const n = (i: number): number => Number(f[i]) / TICKS_PER_SECOND;
  return { ppid: Number(f[1]), own: n(11) + n(12), children: n(13) + n(14) };
}

/** CPU seconds of one process so far (its own, not its children's); undefined once it has exited. */
export function processCpuSeconds(pid: number): number | undefined {
  return procStat(pid)?.own;
}

/** The postmaster's pid, from any backend's pid (`SELECT pg_backend_pid()`); undefined off Linux. */
export function postmasterOf(backendPid: number): number | undefined {
  return procStat(backendPid)?.ppid;
}

/** CPU seconds of the server so far: postmaster, live backends and reaped ones. */
export function serverCpuSeconds(postmaster: number): number {
  const pm = procStat(postmaster);
  if (!pm) return Number.NaN;
  let sum = pm.own + pm.children;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = procStat(Number(entry));
    if (s?.ppid === postmaster) sum += s.own;
  }
  return sum;
}

/** CPU seconds of each thread of a live process, summed by thread name (`/proc/<pid>/task/<tid>/stat`). */
export function threadCpuSeconds(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    let text: string;
    try {
      text = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const name = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(f[11]) + Number(f[12])) / TICKS_PER_SECOND;
    // The main thread is the one whose tid is the pid.
    const key = tid === String(pid) ? `main:${name}` : name;
    out.set(key, (out.get(key) ?? 0) + cpu);
  }
  return out;
}
