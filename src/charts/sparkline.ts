/** A sparkline as plain numbers and a path string (d3-shape), for a monthly series. */
import { line } from 'd3-shape';
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
}

/** `domain` fixes the value range (e.g. [0, 1] for a rate); by default 0 to the largest value. */
export function sparkline(
  series: readonly { label: string; value: number }[],
  { width = 160, height = 40, pad = 4, domain }: { width?: number; height?: number; pad?: number; domain?: readonly [number, number] } = {},
): Sparkline {
  const values = series.map((p) => p.value);
  const min = domain?.[0] ?? Math.min(0, ...values);
  const max = domain?.[1] ?? Math.max(1e-9, ...values);
  const x = linear([0, Math.max(1, series.length - 1)], [pad, width - pad]);
  const y = linear([min, max], [height - pad, pad], { clamp: true });
  const points = series.map((p, i) => ({ label: p.label, value: p.value, x: series.length === 1 ? width / 2 : x(i), y: y(p.value) }));
  const path = line<SparkPoint>()
    .x((p) => p.x)
    .y((p) => p.y)(points) ?? '';
  return { path, points, min, max };
}
