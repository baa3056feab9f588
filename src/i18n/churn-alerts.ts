/** Strings of churn-alert-panel (用户流失预警). */
import type { Locale } from './format.js';
import type { ChurnAction, ChurnCause, ChurnRules, ChurnSignalCode } from '../models/churn.js';

type EventText = (count: string, last: string, daysAgo: string, window: string) => string;

export interface ChurnStrings {
  title: string;
  name: string;
  arr: string;
  renewal: string;
  causesCol: string;
  arrAtRisk: string;
  /** Header label of accounts renewing soon with signals. */
  renewingAtRiskLabel: string;
  /** The list is empty (nothing assessed). */
  nothingToShow: string;
  /** The list in words, for messages about the data. */
  listWord: string;
  /** Row fields and rules in plain words (shown beside a bad field's path). */
  rowFields: Record<string, string>;
  cause: string;
  causes: Record<ChurnCause, string>;
  allCauses: string;
  tier: string;
  allTiers: string;
  noTier: string;
  renewalOnly: string;
  sortArr: string;
  sortRenewal: string;
  renewsIn: (days: string, date: string) => string;
  renewalPassed: (days: string, date: string) => string;
  noRenewal: string;
  renewalShort: (days: string) => string;
  /** A lapsed renewal in the list: how long ago. */
  renewalAgoShort: (days: string) => string;
  /** Said (not only shown in colour) for a renewal inside the renewal window. */
  renewingSoon: string;
  signalNames: Record<ChurnSignalCode, string>;
  drop: (what: string, latest: string, month: string, drop: string, baseline: string, points: number) => string;
  usageRate: string;
  activeUsers: string;
  lowUsage: (latest: string, month: string, threshold: string) => string;
  ticketSpike: (last: string, baseline: string, ratio: string | null) => string;
  escalation: (n: string) => string;
  detractor: (nps: string) => string;
  lowCsat: (csat: string) => string;
  paymentOverdue: (days: string) => string;
  contactChanged: string;
  event: EventText;
  renewalAtRisk: (days: string, date: string) => string;
  chain: string;
  chainCause: string;
  chainSymptom: string;
  chainResponse: string;
  playbook: string;
  actions: Record<ChurnAction, { title: string; steps: string[] }>;
  usage: string;
  usageTable: string;
  noValue: string;
  usageSummary: (what: string, first: string, firstMonth: string, last: string, lastMonth: string, n: number) => string;
  month: string;
  grid: string;
  gridHint: string;
  gridSummary: (parts: string) => string;
  gridPart: (tier: string, level: string, n: string, arr: string) => string;
  actFirst: string;
  accounts: (n: string) => string;
  rulesNames: Record<keyof ChurnRules, string>;
}

export const CHURN: Record<Locale, ChurnStrings> = {
  en: {
    title: 'Churn early warning',
    name: 'Account',
    arr: 'ARR',
    renewal: 'Renewal',
    causesCol: 'Likely causes',
    arrAtRisk: 'ARR at risk',
    renewingAtRiskLabel: 'Renewing soon with signals',
    nothingToShow: 'No accounts to show.',
    listWord: 'accounts',
    rowFields: {
      id: 'Id',
      name: 'Name',
      arr: 'ARR',
      renewalDate: 'Renewal date',
      tier: 'Value tier',
      usage: 'Usage by month',
      month: 'Month',
      usageRate: 'Usage rate',
      activeUsers: 'Active users',
      tickets: 'Tickets',
      last30d: 'Tickets in the last 30 days',
      baseline30d: 'Usual tickets in 30 days',
      escalated: 'Escalated tickets',
      nps: 'NPS',
      csat: 'CSAT',
      overdueDays: 'Days payment is overdue',
      contactChanged: 'Contact changed',
      events: 'Events',
      type: 'Event type',
      at: 'Event date',
    },
    cause: 'Cause',
    causes: {
      value: 'Value',
      service: 'Service',
      satisfaction: 'Satisfaction',
      business: 'Business',
      relationship: 'Relationship',
      competition: 'Competition',
      price: 'Price',
      renewal: 'Renewal',
    },
    allCauses: 'All causes',
    tier: 'Value tier',
    allTiers: 'All tiers',
    noTier: 'No tier',
    renewalOnly: 'Renewal at risk only',
    sortArr: 'ARR (largest first)',
    sortRenewal: 'Renewal (soonest first)',
    renewsIn: (d, date) => `Renews in ${d} days (${date})`,
    renewalPassed: (d, date) => `Renewal date ${date} passed ${d} days ago`,
    noRenewal: 'No renewal date',
    renewalShort: (d) => `${d} d`,
    renewalAgoShort: (d) => `${d} d ago`,
    renewingSoon: 'renewing soon',
    signalNames: {
      'usage-drop': 'Usage drop',
      'active-users-drop': 'Active users drop',
      'low-usage': 'Low usage',
      'ticket-spike': 'Ticket spike',
      escalation: 'Escalations',
      detractor: 'Detractor (NPS)',
      'low-csat': 'Low CSAT',
      'payment-overdue': 'Payment overdue',
      'contact-changed': 'Contact changed',
      'downgrade-request': 'Downgrade request',
      'competitor-eval': 'Evaluating a competitor',
      'business-change': 'Business change',
      complaint: 'Complaint',
      'renewal-at-risk': 'Renewal at risk',
    },
    drop: (what, l, m, d, b, n) =>
      `${what} ${l} in ${m}, down ${d} from the mean of the ${n} month${n === 1 ? '' : 's'} before (${b}).`,
    usageRate: 'Usage rate',
    activeUsers: 'Active users',
    lowUsage: (l, m, t) => `Usage rate ${l} in ${m}, below ${t}.`,
    ticketSpike: (l, b, r) =>
      r === null
        ? `${l} tickets in 30 days with no baseline.`
        : `${l} tickets in 30 days against a baseline of ${b} (${r}×).`,
    escalation: (n) => `${n} escalated ticket(s).`,
    detractor: (n) => `NPS ${n}: a detractor.`,
    lowCsat: (c) => `CSAT ${c} of 5.`,
    paymentOverdue: (d) => `Payment overdue by ${d} days.`,
    contactChanged: 'The main contact has changed.',
    event: (c, last, ago, w) => `${c}× in the last ${w} days; latest ${last} (${ago} days ago).`,
    renewalAtRisk: (d, date) => `Renewal on ${date}, in ${d} days, with open signals.`,
    chain: 'Cause → symptom → response',
    chainCause: 'Cause triggered',
    chainSymptom: 'Symptom',
    chainResponse: 'Response',
    playbook: 'Playbook',
    actions: {
      'value-review-adoption': {
        title: 'Value review',
        steps: ['Review usage with the customer’s admin', 'Agree a use case and a training plan'],
      },
      'service-recovery': {
        title: 'Service recovery',
        steps: ['Give open tickets a senior owner and a fix date', 'Check satisfaction after the fix'],
      },
      'satisfaction-follow-up': {
        title: 'Satisfaction follow-up',
        steps: ['Call to hear the reasons', 'Agree improvements and report back'],
      },
      'business-health-check': {
        title: 'Business health check',
        steps: ['Check the customer’s situation and payments', 'Agree a payment or scope plan'],
      },
      'rebuild-relationship': {
        title: 'Rebuild the relationship',
        steps: ['Meet the new contact', 'Map the decision makers again'],
      },
      'competitive-defense': {
        title: 'Competitive defence',
        steps: ['Learn what the competitor offers', 'Bring an executive sponsor and the roadmap'],
      },
      'pricing-review': {
        title: 'Pricing review',
        steps: ['Understand the budget pressure', 'Offer a right-sized package instead of a downgrade'],
      },
      'renewal-plan': {
        title: 'Renewal plan',
        steps: ['Start the renewal plan now', 'Resolve the open signals before the renewal date'],
      },
    },
    usage: 'Usage by month',
    usageTable: 'Usage by month (figures)',
    noValue: 'no data',
    usageSummary: (w, a, am, b, bm, n) => `${w} over ${n} months: ${a} in ${am}, ${b} in ${bm}`,
    month: 'Month',
    grid: 'Value × risk',
    gridHint: 'Act first where high value meets high risk. Choose a cell to filter the list.',
    gridSummary: (p) => `Accounts by value tier and risk level: ${p}`,
    gridPart: (t, l, n, a) => `${t} ${l}: ${n} (${a})`,
    actFirst: 'Act first',
    accounts: (n) => `${n} accounts`,
    rulesNames: {
      usageLookbackMonths: 'Usage baseline months',
      usageDropWarn: 'Usage drop warning from (%)',
      usageDropCritical: 'Usage drop critical from (%)',
      activeUsersDropWarn: 'Active users drop warning from (%)',
      activeUsersDropCritical: 'Active users drop critical from (%)',
      lowUsageRate: 'Low usage below (%)',
      ticketSpikeWarn: 'Ticket spike warning from (× baseline)',
      ticketSpikeCritical: 'Ticket spike critical from (× baseline)',
      ticketZeroBaselineWarn: 'Tickets without a baseline: warning from',
      npsDetractorMax: 'Detractor up to NPS',
      csatLowBelow: 'Low CSAT below',
      overdueWarnDays: 'Payment overdue warning after (days)',
      overdueCriticalDays: 'Payment overdue critical after (days)',
      eventWindowDays: 'Events counted within (days)',
      renewalWindowDays: 'Renewal window (days)',
    },
  },
  'zh-CN': {
    title: '用户流失预警',
    name: '客户',
    arr: 'ARR',
    renewal: '续约',
    causesCol: '可能原因',
    arrAtRisk: '风险 ARR',
    renewingAtRiskLabel: '临近续约且有信号',
    nothingToShow: '没有可显示的客户。',
    listWord: '客户',
    rowFields: {
      id: '编号',
      name: '名称',
      arr: 'ARR',
      renewalDate: '续约日期',
      tier: '价值分层',
      usage: '月度使用',
      month: '月份',
      usageRate: '使用率',
      activeUsers: '活跃用户',
      tickets: '工单',
      last30d: '近 30 天工单',
      baseline30d: '30 天工单基线',
      escalated: '升级工单',
      nps: 'NPS',
      csat: '满意度',
      overdueDays: '回款逾期天数',
      contactChanged: '对接人变更',
      events: '事件',
      type: '事件类型',
      at: '事件日期',
    },
    cause: '原因',
    causes: {
      value: '价值',
      service: '服务',
      satisfaction: '满意度',
      business: '经营',
      relationship: '关系',
      competition: '竞争',
      price: '价格',
      renewal: '续约',
    },
    allCauses: '全部原因',
    tier: '价值分层',
    allTiers: '全部分层',
    noTier: '未分层',
    renewalOnly: '仅续约风险',
    sortArr: 'ARR(从大到小)',
    sortRenewal: '续约(最近优先)',
    renewsIn: (d, date) => `${d} 天后续约(${date})`,
    renewalPassed: (d, date) => `续约日 ${date} 已过 ${d} 天`,
    noRenewal: '无续约日期',
    renewalShort: (d) => `${d} 天`,
    renewalAgoShort: (d) => `已过 ${d} 天`,
    renewingSoon: '临近续约',
    signalNames: {
      'usage-drop': '使用率下降',
      'active-users-drop': '活跃用户下降',
      'low-usage': '使用率偏低',
      'ticket-spike': '工单激增',
      escalation: '工单升级',
      detractor: 'NPS 贬损者',
      'low-csat': '满意度偏低',
      'payment-overdue': '回款逾期',
      'contact-changed': '对接人变更',
      'downgrade-request': '降级申请',
      'competitor-eval': '评估竞品',
      'business-change': '业务变化',
      complaint: '投诉',
      'renewal-at-risk': '续约风险',
    },
    drop: (what, l, m, d, b, n) => `${m} ${what} ${l},比此前 ${n} 个月均值(${b})下降 ${d}。`,
    usageRate: '使用率',
    activeUsers: '活跃用户',
    lowUsage: (l, m, t) => `${m} 使用率 ${l},低于 ${t}。`,
    ticketSpike: (l, b, r) =>
      r === null ? `近 30 天 ${l} 张工单,无基线。` : `近 30 天 ${l} 张工单,基线 ${b}(${r} 倍)。`,
    escalation: (n) => `${n} 张工单已升级。`,
    detractor: (n) => `NPS ${n}:贬损者。`,
    lowCsat: (c) => `满意度 ${c} / 5。`,
    paymentOverdue: (d) => `回款逾期 ${d} 天。`,
    contactChanged: '主要对接人已变更。',
    event: (c, last, ago, w) => `近 ${w} 天 ${c} 次;最近一次 ${last}(${ago} 天前)。`,
    renewalAtRisk: (d, date) => `${date} 续约(${d} 天后),仍有未解决的信号。`,
    chain: '原因触发 → 现象异常 → 响应',
    chainCause: '原因触发',
    chainSymptom: '现象异常',
    chainResponse: '响应',
    playbook: '响应手册',
    actions: {
      'value-review-adoption': { title: '价值复盘', steps: ['与客户管理员复盘使用情况', '约定使用场景与培训计划'] },
      'service-recovery': { title: '服务补救', steps: ['为未结工单指定资深负责人和解决日期', '解决后回访满意度'] },
      'satisfaction-follow-up': { title: '满意度回访', steps: ['致电了解原因', '约定改进并反馈进展'] },
      'business-health-check': { title: '经营状况排查', steps: ['了解客户经营与回款情况', '约定回款或范围方案'] },
      'rebuild-relationship': { title: '重建客户关系', steps: ['拜访新对接人', '重新梳理决策链'] },
      'competitive-defense': { title: '竞争防御', steps: ['了解竞品方案', '邀请高层支持并沟通产品路线'] },
      'pricing-review': { title: '价格复议', steps: ['了解预算压力', '以合适的套餐替代降级'] },
      'renewal-plan': { title: '续约计划', steps: ['立即启动续约计划', '续约日前解决未结信号'] },
    },
    usage: '月度使用',
    usageTable: '月度使用(数据)',
    noValue: '无数据',
    usageSummary: (w, a, am, b, bm, n) => `${w},共 ${n} 个月:${am} 为 ${a},${bm} 为 ${b}`,
    month: '月份',
    grid: '价值 × 风险',
    gridHint: '高价值且高风险处优先行动。选择格子可筛选列表。',
    gridSummary: (p) => `按价值分层与风险等级的客户分布:${p}`,
    gridPart: (t, l, n, a) => `${t} ${l}:${n} 个(${a})`,
    actFirst: '优先行动',
    accounts: (n) => `${n} 个客户`,
    rulesNames: {
      usageLookbackMonths: '使用基线月数',
      usageDropWarn: '使用率下降预警起点(%)',
      usageDropCritical: '使用率下降高危起点(%)',
      activeUsersDropWarn: '活跃用户下降预警起点(%)',
      activeUsersDropCritical: '活跃用户下降高危起点(%)',
      lowUsageRate: '使用率偏低阈值(%)',
      ticketSpikeWarn: '工单激增预警(基线倍数)',
      ticketSpikeCritical: '工单激增高危(基线倍数)',
      ticketZeroBaselineWarn: '无基线时工单数预警起点',
      npsDetractorMax: '贬损者 NPS 上限',
      csatLowBelow: '满意度偏低阈值',
      overdueWarnDays: '回款逾期预警(天)',
      overdueCriticalDays: '回款逾期高危(天)',
      eventWindowDays: '事件统计窗口(天)',
      renewalWindowDays: '续约窗口(天)',
    },
  },
};
