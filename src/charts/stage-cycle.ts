/**
 * Team view of opportunity alerts as plain numbers (no DOM): per stage, the
 * days in stage of the open opportunities (median and 90th percentile)
 * against the stage's standard days.
 */
// Its layout for the team view's chart is stage-cycle-layout.ts (with the scale): the panel's aggregates need only
// the figures, before the first rows.
export { stageCycleLayout, type StageCycleLayout, type StageCycleRow } from './stage-cycle-layout.js';

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

/**
 * d3-array's `quantileSorted` for sorted numbers (at least one), step for step: the linear interpolation R-7 between
 * the two values around (n − 1)·p. Ours so that the figures do not load d3-array (1 KB gzip with the functions
 * other elements use from it) on the opportunity panel's page; test/node/risk-summary.test.ts compares the two.
 */
export function quantileSorted(d: ArrayLike<number>, p: number): number {
  const n = d.length;
  if (p <= 0 || n < 2) return d[0]!;
  if (p >= 1) return d[n - 1]!;
  const i = (n - 1) * p;
  const i0 = Math.floor(i);
  const v0 = d[i0]!;
  return v0 + (d[i0 + 1]! - v0) * (i - i0);
}

/** Median and 90th percentile of each stage's days (the quantiles of the sorted values, as d3-array's). */
export function stageCycleStats(
  stages: readonly { key: string; standardDays: number }[],
  days: ReadonlyMap<string, ArrayLike<number>>,
  overdue: ReadonlyMap<string, number>,
): StageCycleStat[] {
  return stages.map((s) => {
    // A typed array sorts numerically and fast.
    const d = Float64Array.from(days.get(s.key) ?? []).sort();
    return {
      key: s.key,
      count: d.length,
      median: d.length ? quantileSorted(d, 0.5) : null,
      p90: d.length ? quantileSorted(d, 0.9) : null,
      standardDays: s.standardDays,
      overdue: overdue.get(s.key) ?? 0,
    };
  });
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
