/**
 * Model 3b, long-term headcount plan (docs/models.md §3b): people × productivity
 * month by month, with retention, a ramp to qualification and a seasonal
 * spread; and the even monthly hiring that reaches the annual target.
 */
import { headcountInputSchema, type HeadcountInput, type HeadcountPlanInput } from '../schemas/headcount.js';
import { baseIssue, ModelInputError, parseOrThrow } from '../schemas/issues.js';
import { atLeast, floorE } from './math.js';
import { monthText } from './funnel-history.js';

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

/** Beyond the contract (§3b extras, issue 15): the development and hiring funnel. */
export interface HeadcountDevelopment {
  /** S(t), t = 0..rampMonths: the share of a hire still here at tenure t. */
  survival: number[];
  funnel: {
    /** Σ hires. */
    hired: number;
    /** Σ hires · S(rampMonths): still here when their ramp ends. */
    pastRamp: number;
    /** The same over the cohorts whose ramp ends within the year (h + rampMonths ≤ 12). */
    qualifiedInYear: number;
  };
  /** One row per month with hires: when the roles must be opened. */
  hireBy: {
    month: number;
    hires: number;
    /** month − hiringLeadMonths: 1..12 in the plan year, ≤ 0 the year before (0 = December). */
    openMonth: number;
    /** `YYYY-MM` of openMonth with planYear, else null. */
    openBy: string | null;
  }[];
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
  /** Present only with rampCurve, retentionByTenure or hiringLeadMonths (§3b extras). */
  development?: HeadcountDevelopment;
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
  /** §3b extras: productivity by ramp tenure as a fraction of pq. */
  curve?: number[];
  /** §3b extras: surv[t] = S(t), t = 0..12, the share of a hire still here at tenure t. */
  surv?: number[];
  /** §3b extras: the start unqualified cohort's survival in month m (index m − 1). */
  startSurv?: number[];
}

/**
 * Expected qualified and unqualified head count in month m (1-based) for a
 * hiring plan, and the ramping people's revenue a month with a ramp curve
 * (Σ U_t · curve[t] · pq; 0 without one).
 */
function heads(p: Plan, hires: (h: number) => number, m: number): [number, number, number] {
  let q = p.startQualified * p.pow[m - 1]!;
  let u = 0;
  let uw = 0;
  const su = p.startUnqualified * (p.startSurv ? p.startSurv[m - 1]! : p.pow[m - 1]!);
  if (atLeast(p.tenure + m - 1, p.ramp)) q += su;
  else {
    u += su;
    if (p.curve) uw += su * p.curve[floorE(p.tenure + m - 1)]! * p.pq;
  }
  for (let h = 1; h <= m; h++) {
    const size = hires(h) * (p.surv ? p.surv[m - h]! : p.pow[m - h]!);
    if (m - h >= p.ramp) q += size;
    else {
      u += size;
      if (p.curve) uw += size * p.curve[m - h]! * p.pq;
    }
  }
  return [q, u, uw];
}

const monthRevenue = (p: Plan, q: number, u: number, uw: number, m: number): number =>
  (p.curve ? q * p.pq + uw : q * p.pq + u * p.pu) * 12 * p.w[m - 1]!;

/** Annual revenue when k people are hired at the start of every month. */
function evenRevenue(p: Plan, k: number): number {
  const hires = () => k;
  let total = 0;
  for (let m = 1; m <= 12; m++) {
    const [q, u, uw] = heads(p, hires, m);
    total += monthRevenue(p, q, u, uw, m);
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
  const tenured = v.rampCurve != null || v.retentionByTenure != null || v.hiringLeadMonths != null;
  if (v.rampCurve != null) plan.curve = v.rampCurve;
  const ret = v.retentionByTenure;
  if (ret != null) {
    const at = (t: number) => ret[Math.min(t, ret.length - 1)]!;
    plan.surv = survival(at, 0, 12);
    plan.startSurv = survival(at, floorE(plan.tenure), 11);
  }
  const hires = v.hires ?? Array.from({ length: 12 }, () => 0);
  const max = v.maxHiresPerMonth ?? 1000;

  const months: HeadcountMonth[] = [];
  let cumulativeRevenue = 0;
  let cumulativeTarget = 0;
  for (let m = 1; m <= 12; m++) {
    const [qualified, unqualified, uw] = heads(plan, (h) => hires[h - 1]!, m);
    const revenue = monthRevenue(plan, qualified, unqualified, uw, m);
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

  const out: HeadcountPlan = {
    months,
    annualRevenue,
    attainment,
    suggestion: { evenHires, feasible: evenHires !== null, productivityScale },
    planProductivityScale,
  };
  if (tenured) out.development = development(v, hires);
  return out;
}

/** [S(0), …, S(n)] for a cohort at tenure t0 in its first month: S(i) = Π_{k<i} ret(t0 + k). */
function survival(ret: (t: number) => number, t0: number, n: number): number[] {
  const s = [1];
  for (let i = 1; i <= n; i++) s.push(s[i - 1]! * ret(t0 + i - 1));
  return s;
}

/** The development funnel and the hire-by months (§3b extras). */
function development(v: HeadcountPlanInput, hires: number[]): HeadcountDevelopment {
  const ramp = v.rampMonths;
  const ret = v.retentionByTenure;
  const r = v.monthlyRetention;
  const s = ret
    ? survival((t) => ret[Math.min(t, ret.length - 1)]!, 0, ramp)
    : Array.from({ length: ramp + 1 }, (_, t) => Math.pow(r, t));
  const past = s[ramp]!;
  const lead = v.hiringLeadMonths ?? 0;
  let hired = 0;
  let inYear = 0;
  const hireBy: HeadcountDevelopment['hireBy'] = [];
  hires.forEach((n, i) => {
    const month = i + 1;
    hired += n;
    if (month + ramp <= 12) inYear += n;
    if (n > 0) {
      const openMonth = month - lead;
      let openBy: string | null = null;
      if (v.planYear != null) {
        openBy = monthText(v.planYear * 12 + openMonth - 1);
      }
      hireBy.push({ month, hires: n, openMonth, openBy });
    }
  });
  return { survival: s, funnel: { hired, pastRamp: hired * past, qualifiedInYear: inYear * past }, hireBy };
}
