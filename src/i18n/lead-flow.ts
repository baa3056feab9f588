/** Strings of lead-flow-monitor (lead operations: pools, flow, channel ROI, reactivation). */
import type { Locale } from './format.js';
import type { LeadFlowRules } from '../models/lead-flow.js';
import type { Pool, ReactivationReason, TransitionReason } from '../schemas/lead-flow.js';
import type { AsOfOrigin, PeriodChoice, RuleKey } from '../views/lead-flow-input.js';

export type { AsOfOrigin, PeriodChoice, RuleKey };
export type LeadFlowTab = 'flow' | 'sources' | 'reactivation' | 'rules' | 'data';

export interface LeadFlowStrings {
  title: string;
  asOf: (date: string) => string;
  asOfOrigin: Record<AsOfOrigin, string>;
  period: string;
  periods: Record<PeriodChoice, string>;
  periodAll: string;
  /** The window of a period: the creation days counted (already formatted) and the SLA (a day count). */
  periodWindow: (from: string, to: string, sla: string) => string;
  periodScope: string;
  /** Costs are entered for the whole export: in the Day / Week / Month views cost, cost per lead and ROI show —. */
  costsAllDates: string;
  pools: Record<Pool, string>;
  /** Short pool names for table cells. */
  poolShort: Record<Pool, string>;
  manualOnly: string;
  dueOut: (n: string) => string;
  dueIn: (n: string) => string;
  leadsTotal: (n: string) => string;
  dueTotal: (n: string) => string;
  alertsTotal: (n: string) => string;
  tabs: Record<LeadFlowTab, string>;
  flowChart: string;
  flowSummary: (pools: string, flows: string) => string;
  noFlows: string;
  poolTable: string;
  pool: string;
  count: string;
  dueOutCol: string;
  dueInCol: string;
  due: string;
  noDue: string;
  reasonFilter: string;
  allReasons: string;
  id: string;
  owner: string;
  source: string;
  businessLine: string;
  from: string;
  to: string;
  reason: string;
  poolEnteredAt: string;
  assignedAt: string;
  reasons: Record<TransitionReason, (r: LeadFlowRules) => string>;
  exportHint: string;
  shown: (from: string, to: string, total: string) => string;
  prev: string;
  next: string;
  alerts: string;
  noAlerts: (threshold: string, min: string) => string;
  alertLine: (
    group: string,
    rate: string,
    followed: string,
    supplied: string,
    threshold: string,
    sla: string,
  ) => string;
  heatCaption: string;
  heatHint: string;
  sourceLine: string;
  supplied: string;
  followUpRate: (sla: string) => string;
  conversionRate: string;
  revenue: string;
  cost: string;
  costPerLead: string;
  roi: string;
  belowAlert: string;
  sortBy: (col: string) => string;
  roiChart: string;
  roiSummary: (parts: string, noCost: string) => string;
  noCost: string;
  noRoi: string;
  reactivation: string;
  candidates: (n: string) => string;
  noCandidates: string;
  campaign: string;
  campaignHint: string;
  industry: string;
  region: string;
  noValues: string;
  tier: string;
  score: string;
  reactivationReasons: Record<ReactivationReason, (r: LeadFlowRules) => string>;
  reactivationReasonsCol: string;
  lastEngagementAt: string;
  tierNames: Record<string, string>;
  noTier: string;
  tierUnscored: (n: string) => string;
  rules: string;
  rulesHint: string;
  ruleLabels: Record<RuleKey, string>;
  ruleUnits: Record<RuleKey, string>;
  costs: string;
  costsHint: string;
  edited: string;
  importTitle: string;
  importHint: string;
  analyse: string;
  clearLoaded: string;
  using: (label: string, format: string, n: string) => string;
  hostData: string;
  pasted: string;
  skipped: (n: string) => string;
  exportSkipped: string;
  skippedPages: string;
  rowCol: string;
  column: string;
  problem: string;
  rowN: (n: string) => string;
  leadN: (n: string) => string;
  noData: string;
  goImport: string;
}

const dayFormats = new Map<string, Intl.NumberFormat>();
/** A number of days in words for the locale (Intl: “3 days”, “3天”; narrow: “3d”). */
export function dayCount(locale: Locale, n: number, narrow = false): string {
  const k = `${locale}|${narrow}`;
  let f = dayFormats.get(k);
  if (!f)
    dayFormats.set(
      k,
      (f = new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'day',
        unitDisplay: narrow ? 'narrow' : 'long',
        maximumFractionDigits: 2,
      })),
    );
  return f.format(n);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A calendar day (whole days since 1970-01-01, UTC) as the locale writes it (“Mar 27, 2026”, “2026年3月27日”). */
export function formatDay(locale: Locale, day: number): string {
  let f = dateFormats.get(locale);
  if (!f)
    dateFormats.set(
      locale,
      (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' })),
    );
  return f.format(new Date(day * 86_400_000));
}

const en = (n: number) => dayCount('en', n);
const zh = (n: number) => dayCount('zh-CN', n);

export const LEAD_FLOW: Record<Locale, LeadFlowStrings> = {
  en: {
    title: 'Lead operations',
    asOf: (d) => `As of ${d}`,
    asOfOrigin: { attribute: 'set on the element', data: 'from the data', today: 'today (UTC): no date was given' },
    period: 'Period',
    periods: { day: 'Day · alerts', week: 'Week · tracking', month: 'Month · review', all: 'All dates' },
    periodAll: 'Sources and alerts count every lead.',
    periodWindow: (a, b, sla) =>
      `Sources and alerts count leads created ${a === b ? `on ${a}` : `${a} – ${b}`}: the window ends one follow-up SLA (${sla}) before the as-of date, so every lead counted has had its whole SLA.`,
    periodScope: 'Pools, due transitions and reactivation always show the current state.',
    costsAllDates: 'Costs cover all dates; see All dates for cost, cost per lead and ROI.',
    pools: {
      private: 'Personal private pool',
      line: 'Business-line public pool',
      company: 'Company public pool',
      blacklist: 'Blacklist',
    },
    poolShort: { private: 'Private', line: 'Line pool', company: 'Company pool', blacklist: 'Blacklist' },
    manualOnly: 'manual only',
    dueOut: (n) => `${n} due out`,
    dueIn: (n) => `${n} due in`,
    leadsTotal: (n) => `${n} leads`,
    dueTotal: (n) => `${n} transitions due`,
    alertsTotal: (n) => `${n} follow-up alerts`,
    tabs: {
      flow: 'Pools and flow',
      sources: 'Sources and ROI',
      reactivation: 'Reactivation',
      rules: 'Rules and costs',
      data: 'Import',
    },
    flowChart: 'Flows due between pools',
    flowSummary: (p, f) => `Pools: ${p}. Due now: ${f}.`,
    noFlows: 'nothing',
    poolTable: 'Pools and the transitions due',
    pool: 'Pool',
    count: 'Leads',
    dueOutCol: 'Due out',
    dueInCol: 'Due in',
    due: 'Due transitions',
    noDue: 'No lead is due to move.',
    reasonFilter: 'Reason',
    allReasons: 'All reasons',
    id: 'Lead',
    owner: 'Owner',
    source: 'Source',
    businessLine: 'Business line',
    from: 'From',
    to: 'To',
    reason: 'Reason',
    poolEnteredAt: 'In pool since',
    assignedAt: 'Assigned',
    reasons: {
      'no-follow-up': (r) => `No follow-up more than ${en(r.privateNoFollowUpDays)} after assignment`,
      'not-converted-in-time': (r) => `Not converted after more than ${en(r.privateMaxDays)} in the private pool`,
      unclaimed: (r) => `Unclaimed more than ${en(r.lineUnclaimedDays)} in the business-line pool`,
    },
    exportHint: 'Exports the rows of the current filter for the CRM to apply.',
    shown: (a, b, n) => `${a}–${b} of ${n}`,
    prev: 'Previous page',
    next: 'Next page',
    alerts: 'Follow-up alerts',
    noAlerts: (t, m) => `No group of ${m} or more leads is under the ${t} follow-up line.`,
    alertLine: (g, rate, f, s, t, sla) => `${g}: ${rate} followed up within ${sla} (${f} of ${s}), under the ${t} line`,
    heatCaption: 'Supply, follow-up, conversion and ROI by source and business line',
    heatHint:
      'Deeper colour: higher value within the column, sources compared with sources and business lines with business lines (so a line is not paled by its source’s total). Rows marked ⚠ are under the follow-up alert line.',
    sourceLine: 'Source / business line',
    supplied: 'Supplied',
    followUpRate: (sla) => `Followed up within ${sla}`,
    conversionRate: 'Conversion',
    revenue: 'Revenue',
    cost: 'Cost',
    costPerLead: 'Cost per lead',
    roi: 'ROI',
    belowAlert: 'under the alert line',
    sortBy: (c) => `Sort by ${c}`,
    roiChart: 'ROI by source',
    roiSummary: (p, n) => `ROI by source: ${p || 'no source has a cost'}.${n ? ` No cost given: ${n}.` : ''}`,
    noCost: 'no cost given',
    noRoi: 'Give channel costs (Rules and costs) to see ROI.',
    reactivation: 'Reactivation candidates',
    candidates: (n) => `${n} candidates in the public pools`,
    noCandidates: 'No lead in the public pools matches: no recent engagement and no campaign match.',
    campaign: 'Campaign filter',
    campaignHint: 'Leads in the public pools whose industry and region are ticked (every ticked list must match).',
    industry: 'Industry',
    region: 'Region',
    noValues: 'No values in the public pools.',
    tier: 'Value tier',
    score: 'Score',
    reactivationReasons: {
      engaged: (r) => `Engaged in the last ${en(r.reactivation.engagedWithinDays)}`,
      campaign: () => 'Matches the campaign',
    },
    reactivationReasonsCol: 'Why',
    lastEngagementAt: 'Last engagement',
    tierNames: { A: 'High value', B: 'Mid-high value', C: 'Mid-low value', D: 'Low value' },
    noTier: 'no factor values',
    tierUnscored: (n) => `${n} candidates have factor values the lead model cannot score; they show no tier.`,
    rules: 'Flow rules and alert line',
    rulesHint: 'Changes apply at once and are kept under this element’s storage key.',
    ruleLabels: {
      followUpSlaDays: 'Follow-up SLA',
      privateNoFollowUpDays: 'Private pool: moves when not followed up for more than',
      privateMaxDays: 'Private pool: moves when not converted for more than',
      lineUnclaimedDays: 'Business-line pool: moves to the company pool when unclaimed for more than',
      followUpRateAlert: 'Follow-up alert line',
      minGroupSize: 'Alert only for groups of at least',
      engagedWithinDays: 'Reactivation: engaged within',
    },
    ruleUnits: {
      followUpSlaDays: 'days',
      privateNoFollowUpDays: 'days',
      privateMaxDays: 'days',
      lineUnclaimedDays: 'days',
      followUpRateAlert: '%',
      minGroupSize: 'leads',
      engagedWithinDays: 'days',
    },
    costs: 'Channel costs',
    costsHint: 'Spend per source in the element’s currency; leave empty for no cost (ROI then shows —).',
    edited: 'changed here',
    importTitle: 'Load a CRM export',
    importHint:
      'A lead export as CSV or .xlsx (as your CRM writes it: Chinese or English headers, title rows and footers are fine), or JSON (a list of leads, or { asOf, leads, channelCosts, rules }). Check the columns below; your mapping is kept for the next export.',
    analyse: 'Analyse',
    clearLoaded: 'Back to the page’s data',
    using: (l, f, n) => `Showing ${l} (${f}, ${n} leads).`,
    hostData: 'the page’s data',
    pasted: 'pasted text',
    skipped: (n) => `${n} rows could not be used; the rest are analysed`,
    exportSkipped: 'Export these rows (CSV)',
    skippedPages: 'Rows that could not be used',
    rowCol: 'Row',
    column: 'Column',
    problem: 'Problem',
    rowN: (n) => `Row ${n}`,
    leadN: (n) => `Lead ${n}`,
    noData: 'No leads yet: give the element data, or load a CRM export under Import.',
    goImport: 'Load a CRM export',
  },
  'zh-CN': {
    title: '线索运营',
    asOf: (d) => `截至 ${d}`,
    asOfOrigin: { attribute: '元素上指定', data: '来自数据', today: '今天(UTC),未指定日期' },
    period: '周期',
    periods: { day: '日 · 预警', week: '周 · 追踪', month: '月 · 复盘', all: '全部日期' },
    periodAll: '来源统计与预警计入全部线索。',
    periodWindow: (a, b, sla) =>
      `来源统计与预警只计 ${a === b ? a : `${a} 至 ${b}`} 创建的线索:窗口截止于截至日期前一个跟进时限(${sla}),所计线索都已走完完整的跟进时限。`,
    periodScope: '线索池、待流转与盘活始终按当前状态。',
    costsAllDates: '成本按全部日期填写;成本、单条线索成本与 ROI 请看“全部日期”。',
    pools: { private: '个人私海', line: '业务线公海', company: '大公海', blacklist: '黑名单' },
    poolShort: { private: '私海', line: '业务线公海', company: '大公海', blacklist: '黑名单' },
    manualOnly: '仅人工处理',
    dueOut: (n) => `待流出 ${n}`,
    dueIn: (n) => `待流入 ${n}`,
    leadsTotal: (n) => `${n} 条线索`,
    dueTotal: (n) => `${n} 条待流转`,
    alertsTotal: (n) => `${n} 个跟进预警`,
    tabs: { flow: '线索池与流转', sources: '来源与 ROI', reactivation: '盘活', rules: '规则与成本', data: '导入' },
    flowChart: '线索池之间的待流转',
    flowSummary: (p, f) => `线索池:${p}。当前待流转:${f}。`,
    noFlows: '无',
    poolTable: '线索池与待流转',
    pool: '线索池',
    count: '线索数',
    dueOutCol: '待流出',
    dueInCol: '待流入',
    due: '待流转线索',
    noDue: '当前没有需要流转的线索。',
    reasonFilter: '原因',
    allReasons: '全部原因',
    id: '线索',
    owner: '负责人',
    source: '来源',
    businessLine: '业务线',
    from: '从',
    to: '到',
    reason: '原因',
    poolEnteredAt: '入池日期',
    assignedAt: '分配日期',
    reasons: {
      'no-follow-up': (r) => `分配后超过 ${zh(r.privateNoFollowUpDays)}未跟进`,
      'not-converted-in-time': (r) => `在私海超过 ${zh(r.privateMaxDays)}未转化`,
      unclaimed: (r) => `在业务线公海超过 ${zh(r.lineUnclaimedDays)}无人领取`,
    },
    exportHint: '导出当前筛选的行,供 CRM 执行流转。',
    shown: (a, b, n) => `第 ${a}–${b} 条,共 ${n} 条`,
    prev: '上一页',
    next: '下一页',
    alerts: '跟进预警',
    noAlerts: (t, m) => `没有 ${m} 条及以上线索的分组低于 ${t} 的跟进预警线。`,
    alertLine: (g, rate, f, s, t, sla) => `${g}:${sla}内跟进率 ${rate}(${s} 条中 ${f} 条),低于 ${t} 预警线`,
    heatCaption: '按来源与业务线的供给、跟进、转化与 ROI',
    heatHint:
      '颜色越深,该列数值越高;来源与来源比较,业务线与业务线比较(业务线不会因来源合计而显得偏浅)。标 ⚠ 的行低于跟进预警线。',
    sourceLine: '来源 / 业务线',
    supplied: '供给量',
    followUpRate: (sla) => `${sla}内跟进率`,
    conversionRate: '转化率',
    revenue: '收入',
    cost: '成本',
    costPerLead: '单条线索成本',
    roi: 'ROI',
    belowAlert: '低于预警线',
    sortBy: (c) => `按${c}排序`,
    roiChart: '各来源 ROI',
    roiSummary: (p, n) => `各来源 ROI:${p || '没有来源填写了成本'}。${n ? `未填成本:${n}。` : ''}`,
    noCost: '未填成本',
    noRoi: '在“规则与成本”中填写渠道成本后显示 ROI。',
    reactivation: '盘活候选',
    candidates: (n) => `公海中 ${n} 条候选线索`,
    noCandidates: '公海中没有近期有互动或符合活动筛选的线索。',
    campaign: '活动筛选',
    campaignHint: '公海中行业与区域都在勾选范围内的线索(每个勾选的列表都须匹配)。',
    industry: '行业',
    region: '区域',
    noValues: '公海中没有取值。',
    tier: '价值层级',
    score: '得分',
    reactivationReasons: {
      engaged: (r) => `近 ${zh(r.reactivation.engagedWithinDays)}内有互动`,
      campaign: () => '符合活动筛选',
    },
    reactivationReasonsCol: '原因',
    lastEngagementAt: '最近互动',
    tierNames: { A: '高价值', B: '中高价值', C: '中低价值', D: '低价值' },
    noTier: '无因素取值',
    tierUnscored: (n) => `${n} 条候选的因素取值无法按线索模型评分,未显示层级。`,
    rules: '流转规则与预警线',
    rulesHint: '修改即时生效,并按本元素的 storage-key 保存。',
    ruleLabels: {
      followUpSlaDays: '跟进时限(SLA)',
      privateNoFollowUpDays: '个人私海:超过多少天未跟进即流出',
      privateMaxDays: '个人私海:超过多少天未转化即流出',
      lineUnclaimedDays: '业务线公海:超过多少天无人领取即流入大公海',
      followUpRateAlert: '跟进率预警线',
      minGroupSize: '分组至少多少条线索才预警',
      engagedWithinDays: '盘活:多少天内有互动',
    },
    ruleUnits: {
      followUpSlaDays: '天',
      privateNoFollowUpDays: '天',
      privateMaxDays: '天',
      lineUnclaimedDays: '天',
      followUpRateAlert: '%',
      minGroupSize: '条',
      engagedWithinDays: '天',
    },
    costs: '渠道成本',
    costsHint: '各来源的投放成本(按元素的币种);留空表示无成本(ROI 显示 —)。',
    edited: '已在此修改',
    importTitle: '载入 CRM 导出',
    importHint:
      '线索导出的 CSV 或 .xlsx(按 CRM 原样导出即可:中英文表头、标题行和页脚都可以),或 JSON(线索列表,或 { asOf, leads, channelCosts, rules })。请核对下方的列映射;映射会保留给下一次导出使用。',
    analyse: '分析',
    clearLoaded: '恢复页面数据',
    using: (l, f, n) => `当前显示:${l}(${f},${n} 条线索)。`,
    hostData: '页面数据',
    pasted: '粘贴的内容',
    skipped: (n) => `${n} 行无法使用,其余照常分析`,
    exportSkipped: '导出这些行(CSV)',
    skippedPages: '无法使用的行',
    rowCol: '行',
    column: '列',
    problem: '问题',
    rowN: (n) => `第 ${n} 行`,
    leadN: (n) => `第 ${n} 条线索`,
    noData: '暂无线索:请给元素提供数据,或在“导入”中载入 CRM 导出。',
    goImport: '载入 CRM 导出',
  },
};
