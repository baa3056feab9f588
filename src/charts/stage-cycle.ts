/**
 * Team view of opportunity alerts as plain numbers (no DOM): per stage, the
 * days in stage of the open opportunities (median and 90th percentile)
 * against the stage's standard days.
 */
import { quantileSorted } from 'd3-array';
import { linear } from './scale.js';

export interface StageCycleStat {
  key: string;
  count: number;
  /** null when no opportunity is in the stage. */
  median: number | null;
  p90: number | null;
  standardDays: number;
  /** Opportunities of the stage with a stage-overdue signal. */
  overdue: number;
}

/** Median and 90th percentile of each stage's days (d3-array's quantile of the sorted values). */
export function stageCycleStats(
  stages: readonly { key: string; standardDays: number }[],
  days: ReadonlyMap<string, ArrayLike<number>>,
  overdue: ReadonlyMap<string, number>,
): StageCycleStat[] {
  return stages.map((s) => {
    // A typed array sorts numerically and fast; d3's quantileSorted only reads length and indices.
    const d = Float64Array.from(days.get(s.key) ?? []).sort() as unknown as number[];
    return {
      key: s.key,
      count: d.length,
      median: d.length ? quantileSorted(d, 0.5)! : null,
      p90: d.length ? quantileSorted(d, 0.9)! : null,
      standardDays: s.standardDays,
      overdue: overdue.get(s.key) ?? 0,
    };
  });
}

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

/**
 * Stage statistics over output rows: `stageAt(k)` is the position in `stages`
 * of output row k's stage (−1: none of them), `days[k]` its days in stage,
 * `overdueAt(k)` whether it has a stage-overdue signal; `keep` limits the
 * rows to those positions (all when null). Two passes over typed arrays, so
 * 100,000 rows take a few milliseconds.
 */
export function stageCycleOf(
  stages: readonly { key: string; standardDays: number }[],
  n: number,
  stageAt: (k: number) => number,
  days: ArrayLike<number>,
  overdueAt: (k: number) => boolean,
  keep: ArrayLike<number> | null = null,
): StageCycleStat[] {
  const m = keep ? keep.length : n;
  const stageOf = new Int32Array(m);
  const counts = new Int32Array(stages.length);
  const overdue = new Int32Array(stages.length);
  for (let p = 0; p < m; p++) {
    const k = keep ? keep[p]! : p;
    const si = stageAt(k);
    stageOf[p] = si;
    if (si < 0 || si >= stages.length) {
      stageOf[p] = -1;
      continue;
    }
    counts[si]!++;
    if (overdueAt(k)) overdue[si]!++;
  }
  const byStage = stages.map((_, i) => new Float64Array(counts[i]!));
  const fill = new Int32Array(stages.length);
  for (let p = 0; p < m; p++) {
    const si = stageOf[p]!;
    if (si >= 0) byStage[si]![fill[si]!++] = days[keep ? keep[p]! : p]!;
  }
  return stageCycleStats(
    stages,
    new Map(stages.map((st, i) => [st.key, byStage[i]!])),
    new Map(stages.map((st, i) => [st.key, overdue[i]!])),
  );
}
