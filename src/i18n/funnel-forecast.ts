/** Strings of <funnel-forecast> (model 3a). Kept short: the element has a 30 KB budget. */
import type { Locale } from './format.js';

export interface FunnelStrings {
  title: string;
  target: string;
  achieved: string;
  acv: string;
  /** The order value the seed's step 5 says to reach (a result, not the input). */
  acvNeeded: string;
  maxNew: string;
  maxNewHint: string;
  /** "(max n)" after an infeasible high-intent need. */
  max: (n: string) => string;
  highIntent: string;
  stage: string;
  count: string;
  conversion: string;
  pWin: string;
  needed: string;
  activity: string;
  yieldPerUnit: string;
  capacity: string;
  /** Units in column heads: stage counts, yield, capacity. */
  customers: string;
  perUnit: string;
  units: string;
  forecast: string;
  expected: string;
  gap: string;
  attainment: string;
  won: string;
  rep: string;
  name: string;
  stages: Record<string, string>;
  activities: Record<string, string>;
  /** The seed's activity kinds, for "add an activity". */
  kinds: Record<string, string>;
  newStage: string;
  addStage: string;
  addActivity: string;
  addRep: string;
  removeRep: string;
  teamNeeds: string;
  noGap: string;
  /** The seed's step 5: raise the order value. */
  raise: string;
}

export const FUNNEL: Record<Locale, FunnelStrings> = {
  en: {
    title: 'Funnel forecast',
    target: 'Target',
    achieved: 'Achieved',
    acv: 'Order value',
    acvNeeded: 'Order value needed',
    maxNew: 'Max new high-intent',
    maxNewHint: 'Empty: no limit',
    max: (n) => `(max ${n})`,
    highIntent: 'High-intent stage',
    stage: 'Stage',
    count: 'In pipeline',
    conversion: 'Conversion',
    pWin: 'Win probability',
    needed: 'New needed',
    activity: 'Activity',
    yieldPerUnit: 'Yield',
    capacity: 'Capacity',
    customers: 'customers',
    perUnit: 'customers per unit',
    units: 'units; empty: no limit',
    forecast: 'Forecast',
    expected: 'Pipeline',
    gap: 'Gap',
    attainment: 'Attainment',
    won: 'Won (expected)',
    rep: 'Rep',
    name: 'Name',
    stages: { lead: 'Leads', highIntent: 'High intent' },
    activities: {},
    kinds: {
      calls: 'Calls (telesales)',
      visits: 'Visits (field sales)',
      'online-events': 'Online events',
      'offline-events': 'Offline events',
    },
    newStage: 'New stage',
    addStage: 'Add a stage',
    addActivity: 'Add an activity',
    addRep: 'Add a rep',
    removeRep: 'Remove this rep',
    teamNeeds: 'The team needs (sum over the reps)',
    noGap: 'No gap.',
    raise: 'Raise the order value to',
  },
  'zh-CN': {
    title: '漏斗预测',
    target: '目标',
    achieved: '已完成',
    acv: '客单价',
    acvNeeded: '需提升到的客单价',
    maxNew: '高意向上限',
    maxNewHint: '空=不限',
    max: (n) => `(上限 ${n})`,
    highIntent: '高意向阶段',
    stage: '阶段',
    count: '数量',
    conversion: '转化率',
    pWin: '赢率',
    needed: '需新增',
    activity: '动作',
    yieldPerUnit: '单位产出',
    capacity: '产能',
    customers: '客户数',
    perUnit: '每单位带来的客户数',
    units: '单位数,空=不限',
    forecast: '预测',
    expected: '管道',
    gap: '缺口',
    attainment: '达成率',
    won: '成交(预计)',
    rep: '销售',
    name: '姓名',
    stages: { lead: '线索', intent: '意向客户', highIntent: '高意向客户', negotiation: '商务谈判' },
    activities: { calls: '电话量', visits: '拜访量', 'online-events': '线上活动', 'offline-events': '线下活动' },
    kinds: {
      calls: '电话量(电话销售)',
      visits: '拜访量(地面销售)',
      'online-events': '线上活动',
      'offline-events': '线下活动',
    },
    newStage: '新阶段',
    addStage: '添加阶段',
    addActivity: '添加动作',
    addRep: '添加销售',
    removeRep: '移除该销售',
    teamNeeds: '团队合计需要',
    noGap: '无缺口',
    raise: '客单价需提升到',
  },
};
