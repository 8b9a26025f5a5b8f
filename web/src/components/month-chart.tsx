/**
 * Statements per month as a bar chart (uPlot: 50 kB, canvas, no dependencies, made for time series). The same
 * numbers are in a visually hidden table for screen readers.
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** Chart height in CSS pixels: readable on a laptop screen beside a list. */
const CHART_HEIGHT = 180;

/** Counts per month (`YYYY-MM`), in date order, from dated items. */
export function countByMonth(dates: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const d of dates) {
    const m = /^(\d{4})-(\d{2})/.exec(d);
    if (m) counts.set(`${m[1]}-${m[2]}`, (counts.get(`${m[1]}-${m[2]}`) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * Charts counts per month: `months` as counted by the server (a whole filtered timeline), or `dates` of the
 * items at hand (a list that holds all of them).
 */
export function MonthChart({
  dates,
  months: counted,
  label,
}: {
  dates?: readonly string[];
  months?: readonly { readonly month: string; readonly count: number }[];
  label: string;
}): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const months: [string, number][] = counted
    ? counted.map((c) => [c.month, c.count])
    : countByMonth(dates ?? []);
  useEffect(() => {
    const el = box.current;
    if (!el || months.length === 0) return undefined;
    const xs = months.map(([m]) => Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 15) / 1000);
    const ys = months.map(([, n]) => n);
    const plot = new uPlot(
      {
        width: Math.max(300, el.clientWidth),
        height: CHART_HEIGHT,
        legend: { show: false },
        cursor: { show: true, points: { show: false } },
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [{}, { label: 'statements' }],
        series: [
          {},
          {
            label: 'statements',
            stroke: '#1f4fbf',
            fill: 'rgba(31, 79, 191, 0.35)',
            paths: uPlot.paths.bars?.({ size: [0.8, 24] }),
            points: { show: false },
          },
        ],
      },
      [xs, ys],
      el,
    );
    const resize = (): void => plot.setSize({ width: Math.max(300, el.clientWidth), height: CHART_HEIGHT });
    addEventListener('resize', resize);
    return () => {
      removeEventListener('resize', resize);
      plot.destroy();
    };
  }, [months.map(([m, n]) => `${m}:${n}`).join(',')]);
  if (months.length === 0) return <p class="muted">No dated statements to chart.</p>;
  return (
    <figure class="chart">
      <div
        ref={box}
        role="img"
        aria-label={`${label}: statements per month, ${months[0]![0]} to ${months.at(-1)![0]}`}
      />
      <table class="sr-only">
        <caption>{label}</caption>
        <tbody>
          {months.map(([m, n]) => (
            <tr key={m}>
              <th scope="row">{m}</th>
              <td>{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
