/**
 * Month-by-month projection as path strings (no DOM): an area for one series
 * on the left axis and a step line for a head count on the right axis
 * (the paths of d3-shape's area, and line with curveStepAfter: ./path.ts).
 */
import { areaPath, linePath } from './path.js';
import { linear } from './scale.js';

export interface ProjectionPoint {
  month: number;
  value: number;
  /** The head count stepping with it; null leaves a gap. */
  count: number | null;
}

export interface ProjectionLayout {
  area: string;
  step: string;
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
  countTicks: { value: number; y: number }[];
  width: number;
  height: number;
  left: number;
  right: number;
  bottom: number;
}

export function projectionLayout(
  points: readonly ProjectionPoint[],
  { width = 420, height = 180, left = 48, right = 40, top = 10, bottom = 22 } = {},
): ProjectionLayout {
  const last = points.at(-1)?.month ?? 0;
  const x = linear([0, Math.max(1, last)], [left, width - right]);
  const y = linear([0, Math.max(1, ...points.map((p) => p.value))], [height - bottom, top], { niceDomain: true });
  const c = linear([0, Math.max(1, ...points.map((p) => p.count ?? 0))], [height - bottom, top], { niceDomain: true });
  const base = y(0);
  return {
    area:
      areaPath(
        points,
        (p) => x(p.month),
        () => base,
        (p) => y(p.value),
      ) ?? '',
    step:
      linePath(
        points,
        (p) => x(p.month),
        (p) => c(p.count ?? 0),
        (p) => p.count !== null,
        true,
      ) ?? '',
    xTicks: x
      .ticks(Math.min(12, Math.max(1, last)))
      .filter(Number.isInteger)
      .map((value) => ({ value, x: x(value) })),
    yTicks: y.ticks(4).map((value) => ({ value, y: y(value) })),
    countTicks: c
      .ticks(4)
      .filter(Number.isInteger)
      .map((value) => ({ value, y: c(value) })),
    width,
    height,
    left,
    right,
    bottom,
  };
}
