/**
 * The organisation timeline's chart (docs/models.md §4 extras) as plain
 * numbers: one bar a month from 0 to its margin (below the axis when
 * negative) and a step line of the margin the month needs (target margin ×
 * revenue), on one axis that always shows 0.
 */
import { linePath } from './path.js';
import { linear } from './scale.js';
import type { Box } from './monthly.js';

export function marginLayout(
  rows: readonly { margin: number; required: number }[],
  { width = 420, height = 170, left = 56, right = 8, top = 10, bottom = 22 } = {},
) {
  const band = (width - left - right) / Math.max(1, rows.length);
  const center = (i: number) => left + band * (i + 0.5);
  const values = rows.flatMap((r) => [r.margin, r.required]);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const y = linear([lo, hi === lo ? lo + 1 : hi], [height - bottom, top], { niceDomain: true });
  const w = band * 0.6;
  const bars: Box[] = rows.map((r, i) => {
    const y0 = y(0);
    const y1 = y(r.margin);
    return { x: center(i) - w / 2, width: w, y: Math.min(y0, y1), height: Math.abs(y1 - y0) };
  });
  return {
    width,
    height,
    left,
    right,
    center,
    bars,
    zero: y(0),
    required:
      linePath(
        rows,
        (_, i) => center(i),
        (r) => y(r.required),
      ) ?? '',
    ticks: y.ticks(4).map((value) => ({ value, y: y(value) })),
  };
}
