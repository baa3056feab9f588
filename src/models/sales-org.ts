/**
 * Model 4, the sales organisation from the gross-margin model (docs/models.md §4,
 * seed 基於毛利模型的銷售組織設計模型): the sales team must pay for itself.
 * Size reps from the yearly new-customer target and the saturated workload
 * per rep, stack managers by the spans of control, and judge whether revenue
 * covers labour and management cost at the target margin. Each lever's
 * break-even says how far that lever alone would have to move.
 */
import { salesOrgInputSchema, type SalesOrgInput, type SalesOrgParsed } from '../schemas/sales-org.js';
import { issuesOf, ModelInputError, parseOrThrow } from '../schemas/issues.js';
import { ceilE } from './math.js';
import { managerCostOf, managerCount, managersBySpans } from './org.js';
import { EN_PLANNING } from '../i18n/issues/en-planning.js';

const issue = issuesOf(EN_PLANNING);

export type { SalesOrgInput };

/** Levers in the seed's order of tuning: spans first, the target last. */
export const SALES_ORG_LEVERS = [
  'spans',
  'avgContractValue',
  'customersPerRep',
  'repCost',
  'opsCost',
  'newCustomersTarget',
] as const;
export type SalesOrgLever = (typeof SALES_ORG_LEVERS)[number];

export interface SalesOrgBreakEven {
  /** Smallest P that is healthy; null when grossMarginRate ≤ targetMarginRate. */
  avgContractValue: number | null;
  /** Smallest whole PCU in 1..newCustomersTarget that is healthy; null if none. */
  customersPerRep: number | null;
  /** Largest rep cost that is healthy; null if negative. */
  repCost: number | null;
  /** Largest ops cost that is healthy; null if negative. */
  opsCost: number | null;
  /** Per input level: the smallest whole span in 1..reps that is healthy; null if none. */
  spans: (number | null)[];
}

export interface SalesOrgAdvice {
  lever: SalesOrgLever;
  current: number | number[];
  breakEven: number | (number | null)[] | null;
  /** Plain English; the UI words its own text by `lever`. */
  text: string;
}

export interface SalesOrgResult {
  reps: number;
  /** Managers per level, first-line first. */
  managers: number[];
  /** reps + Σ managers. */
  headcount: number;
  revenue: number;
  grossProfit: number;
  laborCost: number;
  /** Σ managers_k · managerCosts_k + opsCost. */
  managementCost: number;
  margin: number;
  marginRate: number;
  /** margin ≥ targetMarginRate · revenue − 1e-6 (健康 / 不健康). */
  healthy: boolean;
  breakEven: SalesOrgBreakEven;
  advice: SalesOrgAdvice[];
}

/** Inputs with the defaults applied. */
interface Plan {
  target: number;
  p: number;
  pcu: number;
  repCost: number;
  spans: number[];
  managerCosts: number[];
  opsCost: number;
  gm: number;
  tm: number;
  revenue: number;
  grossProfit: number;
  /** targetMarginRate · revenue: the margin the team must reach. */
  required: number;
}

/** Healthy test shared by the verdict and every break-even search. */
const isHealthy = (margin: number, required: number): boolean => margin >= required - 1e-6;

/** Reps for a workload per rep: ceilE(target / PCU), never −0. */
const repsFor = (target: number, pcu: number): number => ceilE(target / pcu) + 0;

/** Margin of the plan with `reps` reps under `spans` (everything else as given). */
function marginAt(plan: Plan, reps: number, spans: readonly number[]): number {
  const managers = managersBySpans(reps, spans);
  const managementCost = managerCostOf(managers, plan.managerCosts) + plan.opsCost;
  return plan.grossProfit - reps * plan.repCost - managementCost;
}

/**
 * Smallest whole x in lo..hi with pred(x) true, for a predicate that is
 * monotone (false … false true … true); null if pred(hi) is false.
 * O(log(hi − lo)) calls, so a target of 1,000,000 customers costs ~20 checks.
 */
export function firstTrue(lo: number, hi: number, pred: (x: number) => boolean): number | null {
  if (hi < lo || !pred(hi)) return null;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** 1234567.891 → "1,234,567.89" (no Intl: cheap on every keystroke). */
const fmt = (x: number): string => {
  const [int, dec] = (Math.round(x * 100) / 100).toString().split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return dec ? `${grouped}.${dec}` : grouped;
};

function adviceFor(r: Omit<SalesOrgResult, 'advice'>, plan: Plan): SalesOrgAdvice[] {
  const be = r.breakEven;
  const ok = r.healthy;
  const spanText = (): string => {
    if (ok) return 'Healthy at the current spans of control.';
    const hits = be.spans
      .map((s, i) => (s === null ? null : `level ${i + 1} to ${s} (now ${plan.spans[i]})`))
      .filter((s): s is string => s !== null);
    return hits.length
      ? `Widen the span of control, one level at a time: ${hits.join('; ')}.`
      : 'No span of control alone makes the team healthy; tune the sales strategy next.';
  };
  const pText = (): string =>
    be.avgContractValue === null
      ? 'The gross margin rate does not exceed the target margin rate, so no contract value makes the team healthy.'
      : ok
        ? `The average contract value can fall to ${fmt(be.avgContractValue)} before the team turns unhealthy.`
        : `Raise the average contract value to at least ${fmt(be.avgContractValue)}.`;
  const pcuText = (): string =>
    be.customersPerRep === null
      ? 'No number of customers per rep alone makes the team healthy.'
      : ok
        ? `Each rep could sign as few as ${fmt(be.customersPerRep)} customers a year and the team stays healthy.`
        : `Raise the customers each rep signs a year to at least ${fmt(be.customersPerRep)}.`;
  const costText = (what: string, v: number | null): string =>
    v === null
      ? `Even at zero ${what} the team is not healthy.`
      : ok
        ? `The ${what} can rise to ${fmt(v)} before the team turns unhealthy.`
        : `Cut the ${what} to at most ${fmt(v)}.`;
  return [
    { lever: 'spans', current: [...plan.spans], breakEven: [...be.spans], text: spanText() },
    { lever: 'avgContractValue', current: plan.p, breakEven: be.avgContractValue, text: pText() },
    { lever: 'customersPerRep', current: plan.pcu, breakEven: be.customersPerRep, text: pcuText() },
    { lever: 'repCost', current: plan.repCost, breakEven: be.repCost, text: costText('cost per rep', be.repCost) },
    { lever: 'opsCost', current: plan.opsCost, breakEven: be.opsCost, text: costText('operations cost', be.opsCost) },
    {
      lever: 'newCustomersTarget',
      current: plan.target,
      breakEven: null,
      text: ok
        ? 'The team pays for itself at this target.'
        : 'If no lever is enough, revisit the growth target and whether it has a path to achievement.',
    },
  ];
}

function assertFinite(values: Record<string, number | null | readonly (number | null)[]>): void {
  for (const [name, v] of Object.entries(values)) {
    const list = Array.isArray(v) ? v : [v];
    for (const x of list as (number | null)[]) {
      if (x !== null && !Number.isFinite(x))
        throw new ModelInputError([issue('', 'result_not_finite', { field: name })]);
    }
  }
}

/** Size a sales team that pays for itself and say how far each lever must move (docs/models.md §4). */
export function designSalesOrg(input: unknown): SalesOrgResult {
  const v: SalesOrgParsed = parseOrThrow(salesOrgInputSchema, input);
  const target = v.newCustomersTarget;
  const gm = v.grossMarginRate ?? 1;
  const tm = v.targetMarginRate ?? 0;
  const revenue = target * v.avgContractValue;
  const grossProfit = revenue * gm;
  const plan: Plan = {
    target,
    p: v.avgContractValue,
    pcu: v.customersPerRep,
    repCost: v.repCost,
    spans: v.spans,
    managerCosts: v.managerCosts,
    opsCost: v.opsCost ?? 0,
    gm,
    tm,
    revenue,
    grossProfit,
    required: tm * revenue,
  };

  const reps = repsFor(target, v.customersPerRep);
  if (reps < 1)
    throw new ModelInputError([issue('customersPerRep', 'no_rep_needed', { target, got: v.customersPerRep })]);
  const managers = managersBySpans(reps, v.spans);
  const lineManagerCost = managerCostOf(managers, v.managerCosts);
  const laborCost = reps * v.repCost;
  const managementCost = lineManagerCost + plan.opsCost;
  const margin = grossProfit - laborCost - managementCost;
  const marginRate = margin / revenue;
  const healthy = isHealthy(margin, plan.required);

  // Break-evens, each lever alone with the others fixed.
  const denom = target * (gm - tm);
  const beP = denom <= 0 ? null : (laborCost + managementCost) / denom;
  // Margin is non-decreasing in PCU (fewer reps, never more managers), so the
  // first healthy PCU can be found by bisection.
  const bePcu = firstTrue(1, target, (pcu) => isHealthy(marginAt(plan, repsFor(target, pcu), v.spans), plan.required));
  const repRoom = (grossProfit - plan.required - managementCost) / reps;
  const beRep = repRoom < 0 ? null : repRoom;
  const opsRoom = grossProfit - plan.required - laborCost - lineManagerCost;
  const beOps = opsRoom < 0 ? null : opsRoom;
  // A wider span never adds managers at any level, so each level bisects too.
  const trial = [...v.spans];
  const beSpans = v.spans.map((span, i) => {
    const found = firstTrue(1, reps, (s) => {
      trial[i] = s;
      return isHealthy(marginAt(plan, reps, trial), plan.required);
    });
    trial[i] = span;
    return found;
  });

  const breakEven: SalesOrgBreakEven = {
    avgContractValue: beP,
    customersPerRep: bePcu,
    repCost: beRep,
    opsCost: beOps,
    spans: beSpans,
  };
  assertFinite({ revenue, grossProfit, laborCost, managementCost, margin, marginRate, ...breakEven });

  const result = {
    reps,
    managers,
    headcount: reps + managerCount(managers),
    revenue,
    grossProfit,
    laborCost,
    managementCost,
    margin,
    marginRate,
    healthy,
    breakEven,
  };
  return { ...result, advice: adviceFor(result, plan) };
}
