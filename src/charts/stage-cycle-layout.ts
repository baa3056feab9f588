/** The team view's stage-cycle chart as plain numbers (no DOM): rows placed on a nice linear scale of days. */
import { linear } from './scale.js';
import type { StageCycleStat } from './stage-cycle.js';

export interface StageCycleRow extends StageCycleStat {
  y: number;
  medianX: number;
  p90X: number;
  standardX: number;
}

export interface StageCycleLayout {
  rows: StageCycleRow[];
  height: number;
  x0: number;
  inner: number;
  ticks: { value: number; x: number }[];
}

export function stageCycleLayout(
  stats: readonly StageCycleStat[],
  {
    width = 360,
    rowHeight = 28,
    labelWidth = 96,
    top = 18,
  }: { width?: number; rowHeight?: number; labelWidth?: number; top?: number } = {},
): StageCycleLayout {
  const inner = Math.max(40, width - labelWidth - 12);
  const max = Math.max(1, ...stats.map((s) => Math.max(s.p90 ?? 0, s.standardDays)));
  const x = linear([0, max], [labelWidth, labelWidth + inner], { clamp: true, niceDomain: true });
  return {
    rows: stats.map((s, i) => ({
      ...s,
      y: top + i * rowHeight,
      medianX: x(s.median ?? 0),
      p90X: x(s.p90 ?? 0),
      standardX: x(s.standardDays),
    })),
    height: top + stats.length * rowHeight + 4,
    x0: labelWidth,
    inner,
    ticks: x.ticks(4).map((value) => ({ value, x: x(value) })),
  };
}
