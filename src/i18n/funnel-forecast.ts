/** Strings of <funnel-forecast> (model 3a). Kept short: the element has a 30 KB budget. */
import type { Locale } from './format.js';

export interface FunnelStrings {
  title: string;
  target: string;
  achieved: string;
  acv: string;
  maxNew: string;
  maxNewHint: string;
  highIntent: string;
  stage: string;
  count: string;
  conversion: string;
  pWin: string;
  needed: string;
  activity: string;
  yieldPerUnit: string;
  capacity: string;
  forecast: string;
  expected: string;
  gap: string;
  attainment: string;
  won: string;
  rep: string;
  stages: Record<string, string>;
  activities: Record<string, string>;
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
    maxNew: 'Max new high-intent',
    maxNewHint: 'Empty: no limit',
    highIntent: 'High-intent stage',
    stage: 'Stage',
    count: 'In pipeline',
    conversion: 'Conversion',
    pWin: 'Win probability',
    needed: 'New needed',
    activity: 'Activity',
    yieldPerUnit: 'Yield per unit',
    capacity: 'Capacity',
    forecast: 'Forecast',
    expected: 'Pipeline',
    gap: 'Gap',
    attainment: 'Attainment',
    won: 'Won (expected)',
    rep: 'Rep',
    stages: { lead: 'Leads', highIntent: 'High intent' },
    activities: {},
    noGap: 'No gap.',
    raise: 'Raise the order value to',
  },
  'zh-CN': {
    title: '漏斗预测',
    target: '目标',
    achieved: '已完成',
    acv: '客单价',
    maxNew: '高意向上限',
    maxNewHint: '空=不限',
    highIntent: '高意向阶段',
    stage: '阶段',
    count: '数量',
    conversion: '转化率',
    pWin: '赢率',
    needed: '需新增',
    activity: '动作',
    yieldPerUnit: '单位产出',
    capacity: '产能',
    forecast: '预测',
    expected: '管道',
    gap: '缺口',
    attainment: '达成率',
    won: '成交(预计)',
    rep: '销售',
    stages: { lead: '线索', intent: '意向客户', highIntent: '高意向客户', negotiation: '商务谈判' },
    activities: { calls: '电话量', visits: '拜访量', 'online-events': '线上活动', 'offline-events': '线下活动' },
    noGap: '无缺口',
    raise: '客单价需提升到',
  },
};
