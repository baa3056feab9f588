/**
 * A sparkline as plain numbers and a path string (d3-shape's line, ./path.ts), for a monthly
 * series: points sit at their month, so a month without data leaves a gap
 * (the line breaks there) instead of closing up.
 */
import { linePath } from './path.js';
import { linear } from './scale.js';

export interface SparkPoint {
  label: string;
  value: number;
  x: number;
  y: number;
}

export interface Sparkline {
  path: string;
  points: SparkPoint[];
  min: number;
  max: number;
  /** Every month from the first to the last point; value null where the series has none (the text alternative lists them). */
  months: { label: string; value: number | null }[];
}

const MONTH = /^(\d{4})-(\d{2})$/;
/** `YYYY-MM` as year·12 + month − 1; NaN for anything else. */
export function monthIndex(label: string): number {
  const m = MONTH.exec(label);
  if (!m) return NaN;
  const mo = +m[2]!;
  return mo >= 1 && mo <= 12 ? +m[1]! * 12 + mo - 1 : NaN;
}
const monthLabel = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/**
 * `series` labels are months (`YYYY-MM`, in order); a series with other
 * labels is spaced by position. `domain` fixes the value range (e.g. [0, 1]
 * for a rate); by default 0 to the largest value.
 */
export function sparkline(
  series: readonly { label: string; value: number }[],
  {
    width = 160,
    height = 40,
    pad = 4,
    domain,
  }: { width?: number; height?: number; pad?: number; domain?: readonly [number, number] } = {},
): Sparkline {
  const values = series.map((p) => p.value);
  const min = domain?.[0] ?? Math.min(0, ...values);
  const max = domain?.[1] ?? Math.max(1e-9, ...values);
  const idx = series.map((p) => monthIndex(p.label));
  const byMonth = series.length > 0 && idx.every((i) => !Number.isNaN(i));
  const pos = byMonth ? idx : series.map((_, i) => i);
  const first = pos.length ? Math.min(...pos) : 0;
  const last = pos.length ? Math.max(...pos) : 0;
  const x = linear([first, Math.max(first + 1, last)], [pad, width - pad]);
  const y = linear([min, max], [height - pad, pad], { clamp: true });
  const points = series.map((p, i) => ({
    label: p.label,
    value: p.value,
    x: first === last ? width / 2 : x(pos[i]!),
    y: y(p.value),
  }));
  // Consecutive points join; a missing month between two points breaks the line.
  const gapped: (SparkPoint | null)[] = [];
  points.forEach((p, i) => {
    if (i && pos[i]! - pos[i - 1]! > 1) gapped.push(null);
    gapped.push(p);
  });
  const path =
    linePath(
      gapped,
      (p) => p!.x,
      (p) => p!.y,
      (p) => p !== null,
    ) ?? '';
  const months: { label: string; value: number | null }[] = [];
  if (byMonth) {
    for (let m = first; m <= last; m++) {
      const at = idx.lastIndexOf(m);
      months.push({ label: monthLabel(m), value: at < 0 ? null : series[at]!.value });
    }
  } else series.forEach((p) => months.push({ label: p.label, value: p.value }));
  return { path, points, min, max, months };
}
