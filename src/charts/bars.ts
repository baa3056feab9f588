/** Bar layouts as plain numbers (no DOM): the elements draw them with Lit's svg templates. */
import { linear } from './scale.js';

export interface BarInput {
  key: string;
  value: number;
  /** The bar's full length when it has one (e.g. a factor's maximum points). */
  track?: number;
}

export interface Bar extends BarInput {
  y: number;
  width: number;
  trackWidth: number;
}

export interface BarLayout {
  bars: Bar[];
  height: number;
  /** Where the bars start (after the labels). */
  x0: number;
  /** Usable width of the bars. */
  inner: number;
}

/** Horizontal bars, one row each, scaled to the largest value or track. */
export function horizontalBars(
  items: readonly BarInput[],
  {
    width = 320,
    rowHeight = 24,
    labelWidth = 110,
    valueWidth = 44,
    max,
  }: { width?: number; rowHeight?: number; labelWidth?: number; valueWidth?: number; max?: number } = {},
): BarLayout {
  const inner = Math.max(10, width - labelWidth - valueWidth);
  const top = max ?? Math.max(1e-9, ...items.map((d) => Math.max(d.value, d.track ?? 0)));
  const x = linear([0, top], [0, inner], { clamp: true });
  return {
    bars: items.map((d, i) => ({
      ...d,
      y: i * rowHeight,
      width: x(Math.max(0, d.value)),
      trackWidth: d.track === undefined ? 0 : x(Math.max(0, d.track)),
    })),
    height: items.length * rowHeight,
    x0: labelWidth,
    inner,
  };
}
