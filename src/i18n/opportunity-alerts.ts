/** Strings of opportunity-alert-panel (商机预警). */
import type { Locale } from './format.js';
import type { OpportunityDimension, OpportunitySignalCode, OpportunitySuggestion } from '../models/opportunities.js';

export interface OpportunityStrings {
  title: string;
  name: string;
  owner: string;
  stage: string;
  amount: string;
  signalsCol: string;
  key: string;
  amountAtRisk: string;
  /** Header label of key accounts at risk, and its figure (count · amount). */
  keyAtRiskLabel: string;
  keyAtRisk: (n: string, amount: string) => string;
  /** The list is empty (nothing assessed). */
  nothingToShow: string;
  /** The list in words, for messages about the data. */
  listWord: string;
  /** Edits of stages the host's pipeline no longer has were dropped. */
  droppedStages: (stages: string, n: number) => string;
  /** Row fields and parts of the rules in plain words (shown beside a bad field's path). */
  rowFields: Record<string, string>;
  dimension: string;
  dims: Record<OpportunityDimension, string>;
  allDims: string;
  allOwners: string;
  allStages: string;
  keyOnly: string;
  sortAmount: string;
  sortCycle: string;
  sortIdle: string;
  signalNames: Record<OpportunitySignalCode, string>;
  missingFields: (fields: string, completeness: string, required: number) => string;
  stageOverdue: (days: string, standard: string, ratio: string) => string;
  shortfall: (items: string, compliance: string, days: string, standard: string) => string;
  idle: (days: string, max: string, critical: string, last: string | null) => string;
  closePassed: (date: string, days: string) => string;
  metricNames: { completeness: string; compliance: string; daysInStage: string; cycleRatio: string; daysIdle: string };
  suggestions: Record<OpportunitySuggestion, string>;
  plan: string;
  planHintSaved: string;
  planHintSession: string;
  planItems: {
    'missing-fields': (fields: string) => string;
    'stage-overdue': (stage: string, days: string) => string;
    'activity-shortfall': (items: string) => string;
    idle: (days: string) => string;
    'close-date-passed': (date: string) => string;
  };
  planDone: (done: number, total: number) => string;
  stages: Record<string, string>;
  fieldNames: Record<string, string>;
  activityNames: Record<string, string>;
  chart: string;
  chartSummary: (parts: string) => string;
  chartPart: (stage: string, median: string, standard: string, n: string) => string;
  open: string;
  median: string;
  p90: string;
  standard: string;
  overdue: string;
  legendMedian: string;
  legendP90: string;
  legendStandard: string;
  rulesStage: string;
  standardDays: string;
  maxIdleDays: string;
  requiredFields: string;
  requiredActivities: string;
  requiredActivitiesHint: string;
  thresholds: string;
  completenessWarn: string;
  completenessCritical: string;
  cycleWarn: string;
  cycleCritical: string;
  idleCriticalFactor: string;
  keyAccountMinAmount: string;
  badActivities: string;
}

export const OPPORTUNITY: Record<Locale, OpportunityStrings> = {
  en: {
    title: 'Opportunity alerts',
    name: 'Opportunity',
    owner: 'Owner',
    stage: 'Stage',
    amount: 'Amount',
    signalsCol: 'Signals',
    key: 'Key account',
    amountAtRisk: 'Amount at risk',
    keyAtRiskLabel: 'Key accounts at risk',
    keyAtRisk: (n, a) => `${n} · ${a}`,
    nothingToShow: 'No opportunities to show.',
    listWord: 'opportunities',
    droppedStages: (s, n) =>
      n === 1
        ? `Your changes to the stage ${s} were dropped: the pipeline no longer has that stage.`
        : `Your changes to the stages ${s} were dropped: the pipeline no longer has those stages.`,
    rowFields: {
      id: 'Id',
      name: 'Name',
      owner: 'Owner',
      amount: 'Amount',
      stage: 'Stage',
      stageEnteredAt: 'Entered the stage on',
      expectedCloseDate: 'Expected close',
      keyAccount: 'Key account',
      fields: 'Opportunity details',
      activities: 'Activities',
      type: 'Activity type',
      at: 'Activity date',
      keyAccountMinAmount: 'Key account from amount',
      thresholds: 'Thresholds',
      stages: 'Stages',
    },
    dimension: 'Dimension',
    dims: { info: 'Information', action: 'Action', cycle: 'Cycle' },
    allDims: 'All dimensions',
    allOwners: 'All owners',
    allStages: 'All stages',
    keyOnly: 'Key accounts only',
    sortAmount: 'Amount (largest first)',
    sortCycle: 'Days in stage against the standard',
    sortIdle: 'Days idle',
    signalNames: {
      'missing-fields': 'Missing fields',
      'stage-overdue': 'Stage overdue',
      'activity-shortfall': 'Activity shortfall',
      idle: 'Idle',
      'close-date-passed': 'Close date passed',
    },
    missingFields: (f, c, r) => `Missing ${f}: completeness ${c} of ${r} required field${r === 1 ? '' : 's'}.`,
    stageOverdue: (d, s, r) => `${d} days in stage against a standard of ${s} (${r}×).`,
    shortfall: (items, c, d, s) => `Still to do: ${items}. Compliance ${c}, day ${d} of ${s}.`,
    idle: (d, m, c, last) =>
      `No activity for ${d} days (max ${m}, critical after ${c})${last ? `; last on ${last}` : '; none recorded'}.`,
    closePassed: (date, d) => `Expected close ${date} passed ${d} day${d === '1' ? '' : 's'} ago.`,
    metricNames: {
      completeness: 'Completeness',
      compliance: 'Activity compliance',
      daysInStage: 'Days in stage',
      cycleRatio: 'Against standard',
      daysIdle: 'Days idle',
    },
    suggestions: {
      'complete-missing-fields': 'Complete the missing information with the customer before moving on.',
      'review-stage-plan': 'Review the stage plan with the owner: what blocks the next step, and by when.',
      'schedule-required-activities': 'Schedule the follow-up activities the stage requires.',
      'contact-now': 'Contact the customer now: the opportunity has gone quiet.',
      'confirm-close-date': 'Confirm a realistic close date, or close the opportunity as lost.',
      'key-account-response-plan':
        'Key account: review the details, actions and timeline with the team and work through the response plan.',
    },
    plan: 'Response plan',
    planHintSaved: 'Key account: each signal is a step to close. Ticks are kept in this browser.',
    planHintSession: 'Key account: each signal is a step to close. Ticks last until the page is reloaded.',
    planItems: {
      'missing-fields': (f) => `Fill in ${f} with the account team`,
      'stage-overdue': (s, d) => `Agree the next step out of ${s} (${d} days in stage)`,
      'activity-shortfall': (items) => `Book ${items}`,
      idle: (d) => `Reach the customer this week (${d} days without contact)`,
      'close-date-passed': (date) => `Re-forecast the close date (was ${date})`,
    },
    planDone: (d, t) => `${d} of ${t} done`,
    stages: { qualify: 'Qualify', solution: 'Solution', proposal: 'Proposal', negotiation: 'Negotiation' },
    fieldNames: {
      need: 'need',
      contactRole: 'contact role',
      budget: 'budget',
      decisionMaker: 'decision maker',
      timeline: 'timeline',
      competitors: 'competitors',
      procurementProcess: 'procurement process',
    },
    activityNames: { call: 'call', visit: 'visit', demo: 'demo', proposal: 'proposal' },
    chart: 'Days in stage against the standard',
    chartSummary: (p) => `Days in stage per stage against the standard: ${p}`,
    chartPart: (s, m, std, n) => `${s}: median ${m} days, standard ${std}, ${n} open`,
    open: 'Open',
    median: 'Median days',
    p90: '90th percentile',
    standard: 'Standard days',
    overdue: 'Overdue',
    legendMedian: 'median',
    legendP90: 'to the 90th percentile',
    legendStandard: 'standard',
    rulesStage: 'Stage',
    standardDays: 'Standard days',
    maxIdleDays: 'Max idle days',
    requiredFields: 'Required fields',
    requiredActivities: 'Required activities',
    requiredActivitiesHint: 'type:count, separated by commas (call:2, visit:1)',
    thresholds: 'Thresholds',
    completenessWarn: 'Completeness warning below (%)',
    completenessCritical: 'Completeness critical below (%)',
    cycleWarn: 'Stage overdue warning above (× standard)',
    cycleCritical: 'Stage overdue critical above (× standard)',
    idleCriticalFactor: 'Idle critical after (× max idle days)',
    keyAccountMinAmount: 'Key account from amount',
    badActivities: 'Write each activity as type:count with a whole count.',
  },
  'zh-CN': {
    title: '商机预警',
    name: '商机',
    owner: '负责人',
    stage: '阶段',
    amount: '金额',
    signalsCol: '信号',
    key: '重点项目',
    amountAtRisk: '风险金额',
    keyAtRiskLabel: '风险重点项目',
    keyAtRisk: (n, a) => `${n} 个 · ${a}`,
    nothingToShow: '没有可显示的商机。',
    listWord: '商机',
    droppedStages: (s) => `您对阶段 ${s} 的修改已移除:当前销售流程已没有该阶段。`,
    rowFields: {
      id: '编号',
      name: '名称',
      owner: '负责人',
      amount: '金额',
      stage: '阶段',
      stageEnteredAt: '进入阶段日期',
      expectedCloseDate: '预计成交日',
      keyAccount: '重点项目',
      fields: '商机信息',
      activities: '跟进记录',
      type: '跟进类型',
      at: '跟进日期',
      keyAccountMinAmount: '重点项目金额起点',
      thresholds: '阈值',
      stages: '阶段',
    },
    dimension: '维度',
    dims: { info: '信息', action: '动作', cycle: '周期' },
    allDims: '全部维度',
    allOwners: '全部负责人',
    allStages: '全部阶段',
    keyOnly: '仅重点项目',
    sortAmount: '金额(从大到小)',
    sortCycle: '阶段停留相对标准',
    sortIdle: '未跟进天数',
    signalNames: {
      'missing-fields': '信息缺失',
      'stage-overdue': '阶段超期',
      'activity-shortfall': '跟进动作不足',
      idle: '久未跟进',
      'close-date-passed': '预计成交日已过',
    },
    missingFields: (f, c, r) => `缺少 ${f}:${r} 项必填信息的完整度为 ${c}。`,
    stageOverdue: (d, s, r) => `本阶段已停留 ${d} 天,标准为 ${s} 天(${r} 倍)。`,
    shortfall: (items, c, d, s) => `尚缺:${items}。动作达标度 ${c},本阶段第 ${d} 天 / 标准 ${s} 天。`,
    idle: (d, m, c, last) =>
      `已 ${d} 天无跟进(上限 ${m} 天,超过 ${c} 天为高危)${last ? `;最近一次 ${last}` : ';没有跟进记录'}。`,
    closePassed: (date, d) => `预计成交日 ${date} 已过 ${d} 天。`,
    metricNames: {
      completeness: '信息完整度',
      compliance: '动作达标度',
      daysInStage: '阶段停留天数',
      cycleRatio: '相对标准',
      daysIdle: '未跟进天数',
    },
    suggestions: {
      'complete-missing-fields': '推进前先与客户补齐缺失的信息。',
      'review-stage-plan': '与负责人复盘阶段计划:卡在哪里,何时推进到下一步。',
      'schedule-required-activities': '安排本阶段要求的跟进动作。',
      'contact-now': '立即联系客户:商机已久未跟进。',
      'confirm-close-date': '确认可行的成交日期,或将商机关闭为输单。',
      'key-account-response-plan': '重点项目:与团队复盘细节、动作和时间线,并执行预案。',
    },
    plan: '预案',
    planHintSaved: '重点项目:每个信号是一项待办。勾选结果保存在此浏览器中。',
    planHintSession: '重点项目:每个信号是一项待办。勾选结果在刷新页面前有效。',
    planItems: {
      'missing-fields': (f) => `与客户团队补齐 ${f}`,
      'stage-overdue': (s, d) => `商定走出「${s}」阶段的下一步(已停留 ${d} 天)`,
      'activity-shortfall': (items) => `安排 ${items}`,
      idle: (d) => `本周内联系客户(已 ${d} 天未联系)`,
      'close-date-passed': (date) => `重新预测成交日期(原为 ${date})`,
    },
    planDone: (d, t) => `已完成 ${d} / ${t}`,
    stages: { qualify: '需求确认', solution: '方案', proposal: '报价', negotiation: '商务谈判' },
    fieldNames: {
      need: '需求',
      contactRole: '对接人角色',
      budget: '预算',
      decisionMaker: '决策人',
      timeline: '时间线',
      competitors: '竞争对手',
      procurementProcess: '采购流程',
    },
    activityNames: { call: '电话', visit: '拜访', demo: '演示', proposal: '方案报价' },
    chart: '各阶段停留天数与标准对比',
    chartSummary: (p) => `各阶段停留天数与标准对比:${p}`,
    chartPart: (s, m, std, n) => `${s}:中位数 ${m} 天,标准 ${std} 天,${n} 个商机`,
    open: '商机数',
    median: '中位天数',
    p90: '90 分位',
    standard: '标准天数',
    overdue: '超期',
    legendMedian: '中位数',
    legendP90: '至 90 分位',
    legendStandard: '标准',
    rulesStage: '阶段',
    standardDays: '标准天数',
    maxIdleDays: '最长未跟进天数',
    requiredFields: '必填信息',
    requiredActivities: '必需动作',
    requiredActivitiesHint: '类型:次数,用逗号分隔(call:2, visit:1)',
    thresholds: '阈值',
    completenessWarn: '完整度低于(%)为预警',
    completenessCritical: '完整度低于(%)为高危',
    cycleWarn: '超过标准(倍)为预警',
    cycleCritical: '超过标准(倍)为高危',
    idleCriticalFactor: '未跟进超过上限(倍)为高危',
    keyAccountMinAmount: '重点项目金额起点',
    badActivities: '每项写成 类型:次数,次数为整数。',
  },
};
