/** Strings of <sales-target-planner> (model 3b). */
import type { Locale } from './format.js';

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

export const TARGET: Record<Locale, TargetStrings> = {
  en: {
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
  },
  'zh-CN': {
    title: '销售目标规划(人力 × 人效)',
    annualTarget: '年度业绩目标',
    startQualified: '年初合格人力',
    startUnqualified: '年初非合格人力',
    startUnqualifiedTenure: '非合格人力已入职',
    productivityQualified: '合格人力人效',
    productivityUnqualified: '非合格人力人效',
    productivityHint: '近 1–2 年的月均业绩。',
    rampMonths: '成才周期',
    monthlyRetention: '月留存率',
    maxHiresPerMonth: '每月最多招聘',
    maxHiresHint: '留空:求解器最多试到每月 1000 人;提升人效时保留你的招聘计划。',
    months: '个月',
    people: '人',
    perMonth: '每月',
    weights: '相对权重',
    plan: '逐月招聘计划与业绩分布',
    month: '月份',
    hires: '招聘',
    seasonality: '业绩分布',
    qualified: '合格',
    ramping: '非合格',
    revenue: '业绩',
    target: '目标',
    gap: '缺口',
    cumRevenue: '累计业绩',
    cumTarget: '累计目标',
    quarter: (q) => `第 ${q} 季度`,
    annualRevenue: '全年业绩',
    attainment: '达成率',
    evenHires: '达标所需每月均匀招聘',
    endHeadcount: '12 月人数',
    productivityScale: '人效需提升',
    suggest: '建议均匀招聘',
    applyScale: '每月按上限招聘并提升人效',
    applyPlanScale: '提升人效(保留招聘计划)',
    evenSeasonality: '平均分布',
    revenueChart: '逐月业绩与目标(柱)及累计(线)',
    headcountChart: '逐月人力:合格与非合格',
    step2: (q, u, r) => `年初合格人力 ${q} 人、非合格人力 ${u} 人,月留存率 ${r}。`,
    step3: (k) => `每月均匀招聘 ${k} 人即可达成全年目标。`,
    step3None: '年初团队即可达成目标:无需招聘。',
    step3Infeasible: (m) => `即使每月按上限招聘 ${m} 人也无法达成目标。`,
    step4: (m) => `与目标分布差距最大的月份:${m}。为这些月份提前招聘,或核对业绩分布。`,
    step4Fits: '每个月都达到了目标分布。',
    step5: (s, p) => `每月按上限招聘时,人效需提升到 ×${s}(${p}):请把人效调到团队可实现的水平。`,
    step5Plan: (s, p) => `按当前招聘计划,人效需提升到 ×${s}(${p})才能达成目标:请把人效调到团队可实现的水平。`,
  },
};
