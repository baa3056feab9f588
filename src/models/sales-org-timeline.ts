/**
 * §4 extras (docs/models.md, issue 15): the gross-margin model run month by
 * month on §3b's headcount plan — people, ramp and revenue from the plan,
 * labour and management cost a month — with the month the organisation
 * becomes healthy (健康) and each lever's break-even for one month.
 */
import {
  salesOrgTimelineInputSchema,
  type SalesOrgTimelineInput,
  type SalesOrgTimelineParsed,
} from '../schemas/sales-org.js';
import { issuesOf, isModelInputError, ModelInputError, movedIssue, parseOrThrow } from '../schemas/issues.js';
import { ceilE } from './math.js';
import { managerCostOf, managersBySpans } from './org.js';
import { planHeadcount, type HeadcountPlan } from './headcount.js';
import { firstTrue } from './sales-org.js';
import { EN_PLANNING } from '../i18n/issues/en-planning.js';

const issue = issuesOf(EN_PLANNING);

export type { SalesOrgTimelineInput };

export interface SalesOrgMonth {
  month: number;
  /** The plan's expected head count. */
  people: number;
  /** ceilE(people): the seats managers are stacked on. */
  reps: number;
  managers: number[];
  revenue: number;
  grossProfit: number;
  /** people · repCost / 12. */
  laborCost: number;
  /** (Σ managers · managerCosts + opsCost) / 12. */
  managementCost: number;
  margin: number;
  /** margin / revenue; null for a revenue of 0. */
  marginRate: number | null;
  /** targetMarginRate · revenue: the margin the month must leave. */
  required: number;
  healthy: boolean;
  cumulativeRevenue: number;
  cumulativeMargin: number;
}

export interface SalesOrgTimeline {
  months: SalesOrgMonth[];
  /** The first month from which every month of the year is healthy; null when December is not. */
  healthyMonth: number | null;
  /** The first month whose cumulative margin reaches the target margin on the cumulative revenue. */
  paybackMonth: number | null;
  year: {
    revenue: number;
    grossProfit: number;
    laborCost: number;
    managementCost: number;
    margin: number;
    marginRate: number | null;
    healthy: boolean;
  };
  targetMonth: number;
  /** Each lever alone for targetMonth, the month's people and managers fixed. */
  breakEven: {
    /** Factor on the plan's revenue (both productivities); null when gm ≤ tm or the month has no revenue. */
    productivityScale: number | null;
    /** A rep a year; null when negative or nobody is there. */
    repCost: number | null;
    /** A year; null when negative. */
    opsCost: number | null;
    /** Per level: smallest whole span in 1..max(1, reps) that is healthy; null if none. */
    spans: (number | null)[];
  };
}

const healthy = (margin: number, required: number): boolean => margin >= required - 1e-6;

/** The headcount plan of `plan`, its issues moved under `plan.`. */
function planOf(plan: unknown): HeadcountPlan {
  try {
    return planHeadcount(plan);
  } catch (e) {
    if (!isModelInputError(e)) throw e;
    throw new ModelInputError(
      e.issues.map((i) => {
        const path = i.path ? `plan.${i.path}` : 'plan';
        return movedIssue(i, path, i.path && i.message.startsWith(i.path) ? `plan.${i.message}` : i.message);
      }),
    );
  }
}

/** Project the gross-margin model month by month from a headcount plan (docs/models.md §4 extras). */
export function projectSalesOrg(input: SalesOrgTimelineInput): SalesOrgTimeline;
export function projectSalesOrg(input: unknown): SalesOrgTimeline;
export function projectSalesOrg(input: unknown): SalesOrgTimeline {
  const v: SalesOrgTimelineParsed = parseOrThrow(salesOrgTimelineInputSchema, input);
  const plan = planOf(v.plan);
  const gm = v.grossMarginRate ?? 1;
  const tm = v.targetMarginRate ?? 0;
  const ops = v.opsCost ?? 0;
  const lineCost = (managers: number[]) => managerCostOf(managers, v.managerCosts) / 12;

  let cumulativeRevenue = 0;
  let cumulativeMargin = 0;
  let paybackMonth: number | null = null;
  const months: SalesOrgMonth[] = plan.months.map((pm) => {
    const people = pm.headcount;
    const reps = ceilE(people) + 0;
    const managers = managersBySpans(reps, v.spans);
    const revenue = pm.revenue;
    const grossProfit = revenue * gm;
    const laborCost = (people * v.repCost) / 12;
    const managementCost = (managerCostOf(managers, v.managerCosts) + ops) / 12;
    const margin = grossProfit - laborCost - managementCost;
    cumulativeRevenue += revenue;
    cumulativeMargin += margin;
    if (paybackMonth === null && healthy(cumulativeMargin, tm * cumulativeRevenue)) paybackMonth = pm.month;
    return {
      month: pm.month,
      people,
      reps,
      managers,
      revenue,
      grossProfit,
      laborCost,
      managementCost,
      margin,
      marginRate: revenue === 0 ? null : margin / revenue,
      required: tm * revenue,
      healthy: healthy(margin, tm * revenue),
      cumulativeRevenue,
      cumulativeMargin,
    };
  });

  let healthyMonth: number | null = null;
  for (let i = months.length - 1; i >= 0 && months[i]!.healthy; i--) healthyMonth = months[i]!.month;

  const total = (k: 'revenue' | 'grossProfit' | 'laborCost' | 'managementCost' | 'margin') =>
    months.reduce((s, m) => s + m[k], 0);
  const yRevenue = total('revenue');
  const yMargin = total('margin');

  const targetMonth = v.targetMonth ?? 12;
  const t = months[targetMonth - 1]!;
  const required = tm * t.revenue;
  const denom = t.revenue * (gm - tm);
  const repRoom = ((t.grossProfit - required - t.managementCost) * 12) / t.people;
  const opsRoom = (t.grossProfit - required - t.laborCost - lineCost(t.managers)) * 12;
  const trial = [...v.spans];
  const spans = v.spans.map((span, i) => {
    const found = firstTrue(1, Math.max(1, t.reps), (s) => {
      trial[i] = s;
      const mc = lineCost(managersBySpans(t.reps, trial)) + ops / 12;
      return healthy(t.grossProfit - t.laborCost - mc, required);
    });
    trial[i] = span;
    return found;
  });

  const out: SalesOrgTimeline = {
    months,
    healthyMonth,
    paybackMonth,
    year: {
      revenue: yRevenue,
      grossProfit: total('grossProfit'),
      laborCost: total('laborCost'),
      managementCost: total('managementCost'),
      margin: yMargin,
      marginRate: yRevenue === 0 ? null : yMargin / yRevenue,
      healthy: healthy(yMargin, tm * yRevenue),
    },
    targetMonth,
    breakEven: {
      productivityScale: denom <= 0 ? null : (t.laborCost + t.managementCost) / denom,
      repCost: t.people > 0 && repRoom >= 0 ? repRoom : null,
      opsCost: opsRoom >= 0 ? opsRoom : null,
      spans,
    },
  };
  // A month can overflow on its own (a denormal revenue makes marginRate infinite) while the year stays finite.
  const fields = [
    ...months.flatMap((m, i) => Object.entries(m).map(([k, x]): [string, unknown] => [`months.${i}.${k}`, x])),
    ...Object.entries({ ...out.year, ...out.breakEven, spans: 0 }),
  ];
  const bad = fields.filter(([, x]) => typeof x === 'number' && !Number.isFinite(x)).map(([k]) => k);
  if (bad.length) throw new ModelInputError([issue('', 'result_not_finite', { field: bad.join(', ') })]);
  return out;
}
