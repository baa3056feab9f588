/**
 * Twelve-month layouts as plain numbers and path strings (no DOM): paired
 * bars (revenue against target) with cumulative lines on a second axis
 * (d3-shape's line, ./path.ts), and stacked bars (qualified and ramping head count).
 */
import { linePath } from './path.js';
import { linear } from './scale.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Frame {
  width?: number;
  height?: number;
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
}

const frame = (n: number, { width = 420, height = 180, left = 56, right = 52, top = 10, bottom = 22 }: Frame) => {
  const band = (width - left - right) / Math.max(1, n);
  return { width, height, left, right, top, bottom, band, center: (i: number) => left + band * (i + 0.5) };
};

const box = (x: number, width: number, y0: number, y1: number): Box => ({
  x,
  width,
  y: Math.min(y0, y1),
  height: Math.abs(y1 - y0),
});

/** Bars a and b side by side per month on the left axis; lines c and d (cumulative) on the right axis. */
export function pairedLayout(rows: readonly { a: number; b: number; c: number; d: number }[], opts: Frame = {}) {
  const f = frame(rows.length, opts);
  const y = linear([0, Math.max(1e-9, ...rows.flatMap((r) => [r.a, r.b]))], [f.height - f.bottom, f.top], {
    niceDomain: true,
  });
  const cum = linear([0, Math.max(1e-9, ...rows.flatMap((r) => [r.c, r.d]))], [f.height - f.bottom, f.top], {
    niceDomain: true,
  });
  const w = f.band * 0.36;
  const path = (pick: (r: (typeof rows)[number]) => number) =>
    linePath(
      rows,
      (_, i) => f.center(i),
      (r) => cum(pick(r)),
    ) ?? '';
  return {
    ...f,
    a: rows.map((r, i) => box(f.center(i) - w, w, y(0), y(Math.max(0, r.a)))),
    b: rows.map((r, i) => box(f.center(i), w, y(0), y(Math.max(0, r.b)))),
    c: path((r) => r.c),
    d: path((r) => r.d),
    ticks: y.ticks(4).map((value) => ({ value, y: y(value) })),
    cumTicks: cum.ticks(4).map((value) => ({ value, y: cum(value) })),
  };
}

/** Two stacked bars per month (a below, b on top). */
export function stackedLayout(rows: readonly { a: number; b: number }[], opts: Frame = {}) {
  const f = frame(rows.length, { right: 8, ...opts });
  const y = linear([0, Math.max(1e-9, ...rows.map((r) => r.a + r.b))], [f.height - f.bottom, f.top], {
    niceDomain: true,
  });
  const w = f.band * 0.6;
  return {
    ...f,
    a: rows.map((r, i) => box(f.center(i) - w / 2, w, y(0), y(r.a))),
    b: rows.map((r, i) => box(f.center(i) - w / 2, w, y(r.a), y(r.a + r.b))),
    ticks: y.ticks(4).map((value) => ({ value, y: y(value) })),
  };
}
