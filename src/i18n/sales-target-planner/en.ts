/** English. Strings of <sales-target-planner> (model 3b). */

export interface TargetStrings {
  title: string;
  annualTarget: string;
  startQualified: string;
  startUnqualified: string;
  startUnqualifiedTenure: string;
  productivityQualified: string;
  productivityUnqualified: string;
  productivityHint: string;
  rampMonths: string;
  monthlyRetention: string;
  maxHiresPerMonth: string;
  maxHiresHint: string;
  months: string;
  people: string;
  perMonth: string;
  /** Unit of the seasonality column: relative weights. */
  weights: string;
  plan: string;
  month: string;
  hires: string;
  seasonality: string;
  qualified: string;
  ramping: string;
  revenue: string;
  target: string;
  gap: string;
  cumRevenue: string;
  cumTarget: string;
  quarter: (q: number) => string;
  annualRevenue: string;
  attainment: string;
  evenHires: string;
  endHeadcount: string;
  productivityScale: string;
  suggest: string;
  applyScale: string;
  applyPlanScale: string;
  evenSeasonality: string;
  exportPlan: string;
  /** Opens the development and hiring funnel panel (docs/models.md §3b extras). */
  development: string;
  revenueChart: string;
  headcountChart: string;
  step2: (q: string, u: string, r: string) => string;
  step3: (k: string) => string;
  step3None: string;
  step3Infeasible: (max: string) => string;
  step4: (months: string) => string;
  step4Fits: string;
  step5: (scale: string, pct: string) => string;
  step5Plan: (scale: string, pct: string) => string;
}

export const TARGET: TargetStrings = {
  title: 'Sales target plan (headcount × productivity)',
  annualTarget: 'Annual target',
  startQualified: 'Qualified reps at the start',
  startUnqualified: 'Ramping reps at the start',
  startUnqualifiedTenure: 'Their tenure',
  productivityQualified: 'Productivity of a qualified rep',
  productivityUnqualified: 'Productivity of a ramping rep',
  productivityHint: 'Average revenue a month, from the last 1–2 years.',
  rampMonths: 'Months to qualify',
  monthlyRetention: 'Monthly retention',
  maxHiresPerMonth: 'Most hires a month',
  maxHiresHint: 'Empty: the solver tries up to 1,000 a month, and raising productivity keeps your hiring plan.',
  months: 'months',
  people: 'people',
  perMonth: 'a month',
  weights: 'relative weights',
  plan: 'Hiring plan and seasonality, month by month',
  month: 'Month',
  hires: 'Hires',
  seasonality: 'Seasonality',
  qualified: 'Qualified',
  ramping: 'Ramping',
  revenue: 'Revenue',
  target: 'Target',
  gap: 'Gap',
  cumRevenue: 'Cumulative revenue',
  cumTarget: 'Cumulative target',
  quarter: (q) => `Q${q}`,
  annualRevenue: 'Annual revenue',
  attainment: 'Attainment',
  evenHires: 'Even hiring that reaches the target',
  endHeadcount: 'Headcount in month 12',
  productivityScale: 'Productivity must grow',
  suggest: 'Suggest even hiring',
  applyScale: 'Hire the most each month and raise productivity',
  applyPlanScale: 'Raise productivity (keep the hiring plan)',
  evenSeasonality: 'Even seasonality',
  exportPlan: 'Export the plan (scenario file)',
  development: 'Development and hiring funnel',
  revenueChart: 'Revenue against target by month (bars), cumulative (lines)',
  headcountChart: 'Headcount by month: qualified and ramping',
  step2: (q, u, r) => `Start of the year: ${q} qualified and ${u} ramping reps, ${r} staying each month.`,
  step3: (k) => `Hiring ${k} a month, every month, reaches the annual target.`,
  step3None: 'The starting team reaches the target: no hires needed.',
  step3Infeasible: (m) => `Hiring the most a month (${m}) does not reach the target.`,
  step4: (m) =>
    `Months furthest below their share of the target: ${m}. Hire earlier for them, or check the seasonality.`,
  step4Fits: 'Every month reaches its share of the target.',
  step5: (s, p) =>
    `With the most hires each month, productivity must grow ×${s} (${p}): tune it to a level the team can reach.`,
  step5Plan: (s, p) =>
    `With this hiring plan, productivity must grow ×${s} (${p}) to reach the target: tune it to a level the team can reach.`,
};
