/**
 * Model 3b, long-term headcount plan (docs/models.md §3b): people × productivity
 * month by month, with retention, a ramp to qualification and a seasonal
 * spread; and the even monthly hiring that reaches the annual target.
 */
import { headcountInputSchema, type HeadcountInput, type HeadcountPlanInput } from '../schemas/headcount.js';
import { baseIssue, ModelInputError, parseOrThrow } from '../schemas/issues.js';
import { atLeast } from './math.js';

export type { HeadcountInput, HeadcountPlanInput };

export interface HeadcountMonth {
  /** 1..12. */
  month: number;
  /** People hired at the start of the month (the input plan). */
  hires: number;
  /** Expected qualified head count (tenure ≥ rampMonths); not rounded. */
  qualified: number;
  /** Expected head count still ramping; not rounded. */
  unqualified: number;
  headcount: number;
  revenue: number;
  target: number;
  /** target − revenue. */
  gap: number;
  cumulativeRevenue: number;
  cumulativeTarget: number;
  /** Beyond the contract: the month's share of the year, its normalised seasonality weight w_m. */
  share: number;
}

export interface HeadcountSuggestion {
  /** Smallest whole k in 0..maxHiresPerMonth such that hiring k every month reaches the target; null when none does. */
  evenHires: number | null;
  feasible: boolean;
  /** When infeasible: annualTarget / annual revenue with maxHiresPerMonth hired every month (null when feasible or that revenue is 0). */
  productivityScale: number | null;
}

export interface HeadcountPlan {
  months: HeadcountMonth[];
  annualRevenue: number;
  /** annualRevenue / annualTarget; null when the target is 0. */
  attainment: number | null;
  suggestion: HeadcountSuggestion;
  /**
   * Beyond the contract: annualTarget / annualRevenue, the factor productivity
   * must grow by for the hiring plan as given to reach the target (the
   * seed's step 5 without rewriting the plan); null when that revenue is 0.
   */
  planProductivityScale: number | null;
}

/** Annual revenue may fall short of the target by this much and still reach it. */
const REACH = 1e-6;

interface Plan {
  startQualified: number;
  startUnqualified: number;
  tenure: number;
  pq: number;
  pu: number;
  ramp: number;
  /** pow[i] = monthlyRetention^i, i = 0..11. */
  pow: number[];
  /** Normalised seasonality. */
  w: number[];
}

/** Expected qualified and unqualified head count in month m (1-based) for a hiring plan. */
function heads(p: Plan, hires: (h: number) => number, m: number): [number, number] {
  let q = p.startQualified * p.pow[m - 1]!;
  let u = 0;
  const su = p.startUnqualified * p.pow[m - 1]!;
  if (atLeast(p.tenure + m - 1, p.ramp)) q += su;
  else u += su;
  for (let h = 1; h <= m; h++) {
    const size = hires(h) * p.pow[m - h]!;
    if (m - h >= p.ramp) q += size;
    else u += size;
  }
  return [q, u];
}

const monthRevenue = (p: Plan, q: number, u: number, m: number): number => (q * p.pq + u * p.pu) * 12 * p.w[m - 1]!;

/** Annual revenue when k people are hired at the start of every month. */
function evenRevenue(p: Plan, k: number): number {
  const hires = () => k;
  let total = 0;
  for (let m = 1; m <= 12; m++) {
    const [q, u] = heads(p, hires, m);
    total += monthRevenue(p, q, u, m);
  }
  return total;
}

/**
 * Smallest whole k in 0..max with evenRevenue(k) ≥ target − 1e-6, or null.
 * Revenue never falls as k grows (every term is a non-negative multiple of k
 * and rounding is monotone), so a binary search finds the exact smallest k.
 */
function smallestEvenHires(p: Plan, target: number, max: number): number | null {
  const reaches = (k: number) => evenRevenue(p, k) >= target - REACH;
  if (!reaches(max)) return null;
  let lo = 0;
  let hi = max; // reaches(hi) holds
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (reaches(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The monthly plan, annual totals and the even-hiring suggestion for a {@link HeadcountInput}. */
export function planHeadcount(input: unknown): HeadcountPlan {
  const v = parseOrThrow(headcountInputSchema, input);
  const seasonality = v.seasonality ?? Array.from({ length: 12 }, () => 1);
  const sum = seasonality.reduce((s, x) => s + x, 0);
  const plan: Plan = {
    startQualified: v.startQualified,
    startUnqualified: v.startUnqualified,
    tenure: v.startUnqualifiedTenure ?? 0,
    pq: v.productivityQualified,
    pu: v.productivityUnqualified,
    ramp: v.rampMonths,
    pow: Array.from({ length: 12 }, (_, i) => Math.pow(v.monthlyRetention, i)),
    w: seasonality.map((x) => x / sum),
  };
  const hires = v.hires ?? Array.from({ length: 12 }, () => 0);
  const max = v.maxHiresPerMonth ?? 1000;

  const months: HeadcountMonth[] = [];
  let cumulativeRevenue = 0;
  let cumulativeTarget = 0;
  for (let m = 1; m <= 12; m++) {
    const [qualified, unqualified] = heads(plan, (h) => hires[h - 1]!, m);
    const revenue = monthRevenue(plan, qualified, unqualified, m);
    const target = v.annualTarget * plan.w[m - 1]!;
    cumulativeRevenue += revenue;
    cumulativeTarget += target;
    months.push({
      month: m,
      hires: hires[m - 1]!,
      qualified,
      unqualified,
      headcount: qualified + unqualified,
      revenue,
      target,
      gap: target - revenue,
      cumulativeRevenue,
      cumulativeTarget,
      share: plan.w[m - 1]!,
    });
  }
  const annualRevenue = cumulativeRevenue;
  const attainment = v.annualTarget === 0 ? null : annualRevenue / v.annualTarget;

  const evenHires = smallestEvenHires(plan, v.annualTarget, max);
  let productivityScale: number | null = null;
  if (evenHires === null) {
    const atMax = evenRevenue(plan, max);
    productivityScale = atMax === 0 ? null : v.annualTarget / atMax;
  }

  // Beyond the contract, so it never rejects an input: null when it would not be finite.
  const scaleForPlan = v.annualTarget / annualRevenue;
  const planProductivityScale = annualRevenue !== 0 && Number.isFinite(scaleForPlan) ? scaleForPlan : null;

  const bad = new Set<string>();
  for (const row of months) for (const [k, x] of Object.entries(row)) if (!Number.isFinite(x)) bad.add(`months.${k}`);
  if (!Number.isFinite(annualRevenue)) bad.add('annualRevenue');
  if (attainment !== null && !Number.isFinite(attainment)) bad.add('attainment');
  if (productivityScale !== null && !Number.isFinite(productivityScale)) bad.add('suggestion.productivityScale');
  if (bad.size) throw new ModelInputError([baseIssue('', 'results_not_finite', { fields: [...bad], hint: 'extreme' })]);

  return {
    months,
    annualRevenue,
    attainment,
    suggestion: { evenHires, feasible: evenHires !== null, productivityScale },
    planProductivityScale,
  };
}
