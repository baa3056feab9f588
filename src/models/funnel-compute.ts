/**
 * The funnel back-calculation on validated input (no schema: the element
 * runs it on input its hand check vouches for, src/models/funnel-check.ts;
 * forecastFunnel validates first, src/models/funnel.ts).
 */
import type { Funnel, FunnelRep } from '../schemas/funnel.js';
import { baseIssue, issuesOf, ModelInputError, type InvalidRow } from '../schemas/issues.js';
import { atLeast, ceilE } from './math.js';
import { EN_FUNNEL } from '../i18n/issues/en-funnel.js';

const issue = issuesOf(EN_FUNNEL);

export interface FunnelActivityResult {
  key: string;
  /** ceilE(rawNeed(stage) / yieldPerUnit): units of the activity to run. */
  needed: number;
  /** The input capacity; null when none was given. */
  capacity: number | null;
  /** No capacity given, or needed ≤ capacity. */
  feasible: boolean;
}

export interface FunnelResult {
  /** Probability that a customer at each stage is won, by stage key. */
  pWin: Record<string, number>;
  /** acv · Σ count_s · pWin(s). */
  expectedPipelineRevenue: number;
  /** achieved + expectedPipelineRevenue. */
  forecastRevenue: number;
  /** max(0, target − achieved − expectedPipelineRevenue). */
  gap: number;
  /** New customers needed at the high-intent stage and every stage above it, by stage key. */
  needed: Record<string, number>;
  activities: FunnelActivityResult[];
  /** maxNewHighIntent absent, or needed[highIntentStage] ≤ maxNewHighIntent (activity capacities are ignored). */
  feasible: boolean;
  /** The order value that would close the target with maxNewHighIntent new high-intent customers; null when feasible. */
  requiredAcv: number | null;
  /** Beyond the contract: forecastRevenue / target; null when the target is 0. */
  attainment: number | null;
  /** Beyond the contract: Σ count_s · pWin(s), the deals the pipeline is expected to win (expectedPipelineRevenue / acv). */
  expectedWonDeals: number;
  /** Beyond the contract: requiredAcv / acv − 1, how much the order value must rise; null when requiredAcv is null. */
  acvRise: number | null;
}

export interface FunnelRepResult extends FunnelResult {
  id: string | number;
  name: string;
}

export interface FunnelTotal {
  target: number;
  achieved: number;
  expectedPipelineRevenue: number;
  /** achieved + expectedPipelineRevenue, summed. */
  forecastRevenue: number;
  /** The sum of the reps' gaps (each rep closes their own gap). */
  gap: number;
  /** needed per stage key, summed over the reps that have the stage (keys in first-seen order). */
  needed: Record<string, number>;
  /** needed per activity key, summed over the reps that have the activity (first-seen order). */
  activities: { key: string; needed: number }[];
  /** Beyond the contract: forecastRevenue / target of the team; null when the summed target is 0. */
  attainment: number | null;
}

export interface FunnelTeamResult {
  reps: FunnelRepResult[];
  /** Sums over the valid reps. */
  total: FunnelTotal;
  invalid: InvalidRow[];
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** ceilE without a negative zero. */
const whole = (x: number): number => ceilE(x) + 0;

/** The unrounded quantities of §3a for one validated funnel. */
export interface FunnelNeeds {
  /** Index of the high-intent stage. */
  h: number;
  /** pWin by stage index. */
  p: number[];
  /** Σ count_s · pWin(s). */
  weighted: number;
  gap: number;
  /** rawNeed(s) for s = 0..h. */
  raw: number[];
}

/** pWin, the gap and rawNeed of §3a (docs/models.md), before any rounding. */
export function funnelNeeds(f: Funnel): FunnelNeeds {
  const { stages, conversion } = f;
  const n = stages.length;
  const achieved = f.achieved ?? 0;
  const h = stages.findIndex((s) => s.key === f.highIntentStage);

  // pWin(s) = Π_{j=s}^{n−1} conversion[j]
  const p: number[] = [];
  for (let s = 0; s < n; s++) {
    let prod = 1;
    for (let j = s; j < n; j++) prod *= conversion[j]!;
    p.push(prod);
  }
  let weighted = 0; // Σ count_s · pWin(s)
  for (let s = 0; s < n; s++) weighted += stages[s]!.count * p[s]!;
  const expectedPipelineRevenue = f.acv * weighted;
  const gap = Math.max(0, f.target - achieved - expectedPipelineRevenue);

  // rawNeed(h) = gap / acv / pWin(h); above h: rawNeed(h) / Π_{j=s}^{h−1} conversion[j]
  const rawNeedH = gap / f.acv / p[h]!;
  const raw: number[] = [];
  for (let s = 0; s <= h; s++) {
    let prod = 1;
    for (let j = s; j < h; j++) prod *= conversion[j]!;
    raw.push(s === h ? rawNeedH : rawNeedH / prod);
  }
  return { h, p, weighted, gap, raw };
}

/** The back-calculation for one validated funnel; throws ModelInputError when a result is not finite. */
export function computeFunnel(f: Funnel): FunnelResult {
  const { stages } = f;
  const achieved = f.achieved ?? 0;
  const { h, p, weighted, gap, raw } = funnelNeeds(f);
  const rawNeedH = raw[h]!;
  const expectedPipelineRevenue = f.acv * weighted;
  const neededEntries = raw.map((r, s) => [stages[s]!.key, whole(r)] as const);
  const neededH = whole(rawNeedH);

  const stageIndex = new Map(stages.map((s, i) => [s.key, i]));
  const activities: FunnelActivityResult[] = (f.activities ?? []).map((a) => {
    const needed = whole(raw[stageIndex.get(a.stage)!]! / a.yieldPerUnit);
    const capacity = a.capacity ?? null;
    return { key: a.key, needed, capacity, feasible: capacity === null || atLeast(capacity, needed) };
  });

  const max = f.maxNewHighIntent ?? null;
  const feasible = max === null || atLeast(max, neededH);
  let requiredAcv: number | null = null;
  if (!feasible) {
    const denominator = weighted + max * p[h]!;
    requiredAcv = denominator === 0 ? null : (f.target - achieved) / denominator;
  }

  const forecastRevenue = achieved + expectedPipelineRevenue;
  // Extras beyond the contract never reject an input: null when they would not be finite.
  const attainment = f.target === 0 ? null : finiteOrNull(forecastRevenue / f.target);
  const acvRise = requiredAcv === null ? null : finiteOrNull(requiredAcv / f.acv - 1);

  const bad: string[] = [];
  const check = (name: string, x: number | null) => {
    if (x !== null && !Number.isFinite(x)) bad.push(name);
  };
  p.forEach((x, s) => check(`pWin.${stages[s]!.key}`, x));
  check('expectedPipelineRevenue', expectedPipelineRevenue);
  check('forecastRevenue', forecastRevenue);
  check('gap', gap);
  raw.forEach((x, s) => check(`needed.${stages[s]!.key}`, x));
  activities.forEach((a) => check(`activities.${a.key}.needed`, a.needed));
  check('requiredAcv', requiredAcv);
  if (bad.length) throw new ModelInputError([baseIssue('', 'results_not_finite', { fields: bad, hint: 'funnel' })]);

  return {
    pWin: Object.fromEntries(p.map((x, s) => [stages[s]!.key, x])),
    expectedPipelineRevenue,
    forecastRevenue,
    gap,
    needed: Object.fromEntries(neededEntries),
    activities,
    feasible,
    requiredAcv,
    attainment,
    expectedWonDeals: weighted,
    acvRise,
  };
}

/** The results of a team's valid reps (`rows`, by index) summed; `invalid`: the reps that failed validation. */
export function computeTeam(
  rows: readonly { index: number; row: FunnelRep }[],
  invalid: InvalidRow[],
): FunnelTeamResult {
  const reps: { row: FunnelRep; result: FunnelRepResult }[] = [];
  for (const { index, row } of rows) {
    try {
      reps.push({ row, result: { id: row.id, name: row.name, ...computeFunnel(row) } });
    } catch (e) {
      if (!(e instanceof ModelInputError)) throw e;
      invalid.push({ index, id: String(row.id), issues: e.issues });
    }
  }
  invalid.sort((a, b) => a.index - b.index);

  const needed = new Map<string, number>();
  const activities = new Map<string, number>();
  const total = { target: 0, achieved: 0, expectedPipelineRevenue: 0, forecastRevenue: 0, gap: 0 };
  for (const { row, result } of reps) {
    total.target += row.target;
    total.achieved += row.achieved ?? 0;
    total.expectedPipelineRevenue += result.expectedPipelineRevenue;
    total.forecastRevenue += result.forecastRevenue;
    total.gap += result.gap;
    for (const [k, v] of Object.entries(result.needed)) needed.set(k, (needed.get(k) ?? 0) + v);
    for (const a of result.activities) activities.set(a.key, (activities.get(a.key) ?? 0) + a.needed);
  }
  for (const [k, x] of [...Object.entries(total), ...needed, ...activities])
    if (!Number.isFinite(x)) throw new ModelInputError([issue('reps', 'team_total', { field: k })]);
  return {
    reps: reps.map((r) => r.result),
    total: {
      ...total,
      needed: Object.fromEntries(needed),
      activities: [...activities].map(([key, n]) => ({ key, needed: n })),
      attainment: total.target === 0 ? null : finiteOrNull(total.forecastRevenue / total.target),
    },
    invalid,
  };
}

/** A team input is an object with a `reps` field (even an invalid one, so its problem is reported as such). */
export const isTeamInput = (input: unknown): boolean =>
  typeof input === 'object' &&
  input !== null &&
  !Array.isArray(input) &&
  (input as { reps?: unknown }).reps !== undefined;
