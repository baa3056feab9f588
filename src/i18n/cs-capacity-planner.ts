/** Strings of <cs-capacity-planner> (model 6). */
import type { Locale } from './format.js';

export interface CsStrings {
  title: string;
  customers: string;
  monthlyNewCustomers: string;
  monthlyChurnRate: string;
  horizonMonths: string;
  months: string;
  hoursPerMonth: string;
  serviceHoursPerCsm: string;
  deepHoursPerCustomer: string;
  deepHoursShare: string;
  deepCustomerShare: string;
  deepCustomerShareHint: string;
  deepServiceMonths: string;
  keyAccounts: string;
  standardHoursPerCustomer: string;
  standardHoursHint: string;
  spans: string;
  level: (k: number) => string;
  levelCol: string;
  span: string;
  addLevel: string;
  removeLevel: string;
  base: string;
  r2: string;
  given: string;
  derived: string;
  capacity: string;
  csms: string;
  managers: string;
  total: string;
  formula: string;
  deepBound: string;
  standardBound: string;
  binds: string;
  split: string;
  deep: string;
  standard: string;
  hours: string;
  perCsm: string;
  projection: string;
  month: string;
  org: string;
  csmRole: string;
  managerRole: (k: number) => string;
  count: string;
  segments: string;
  segment: string;
  step1: (base: string, months: string) => string;
  step2Given: (r2: string) => string;
  step2Derived: (r2: string, cycle: string, keyAccounts: string) => string;
  step3: (deep: string, standard: string) => string;
  step4: (capacity: string, csms: string, room: string) => string;
  step5: (managers: string) => string;
  spansRanOut: (top: string) => string;
  segmentsLead: string;
  /** Units and hints. */
  customersUnit: string;
  perMonth: string;
  perManager: string;
  /** Hours, the unit in the split and the advice. */
  h: string;
  /** The capacity is the smaller of the two bounds. */
  min: string;
  segmentLabel: string;
  addSegment: string;
  details: string;
  combined: string;
  combinedHint: string;
  ownSpans: string;
  step1Total: (base: string) => string;
}

export const CS: Record<Locale, CsStrings> = {
  en: {
    title: 'Customer-success organisation',
    customers: 'Paying customers today',
    monthlyNewCustomers: 'New paying customers',
    monthlyChurnRate: 'Monthly churn',
    horizonMonths: 'Plan for',
    months: 'months',
    hoursPerMonth: 'h a month',
    serviceHoursPerCsm: 'Service hours per CSM T',
    deepHoursPerCustomer: 'Deep-service hours per customer T1',
    deepHoursShare: 'Share of hours on deep service r1',
    deepCustomerShare: 'Share of customers in deep service r2',
    deepCustomerShareHint: 'Empty: derived from new customers × the deep-service cycle, plus key accounts.',
    deepServiceMonths: 'Deep-service cycle',
    keyAccounts: 'Key accounts always in deep service',
    standardHoursPerCustomer: 'Standard-service hours per customer T2',
    standardHoursHint: 'Optional: also bounds capacity by the standard-service hours.',
    spans: 'Spans of control R1, R2, R3',
    level: (k) => `Level ${k}`,
    levelCol: 'Level',
    span: 'Span',
    addLevel: 'Add a level',
    removeLevel: 'Remove the top level',
    base: 'Customer base B',
    r2: 'Deep-service share r2',
    given: 'given',
    derived: 'derived',
    capacity: 'Customers per CSM',
    csms: 'CSMs',
    managers: 'Managers',
    total: 'Total headcount',
    formula: 'Capacity per CSM with your numbers',
    deepBound: 'deep-service bound',
    standardBound: 'standard-service bound',
    binds: 'binds',
    split: 'One CSM’s month',
    deep: 'Deep service',
    standard: 'Standard service',
    hours: 'Hours',
    perCsm: 'Customers',
    projection: 'Customers and CSMs needed, month by month',
    month: 'Month',
    org: 'CS organisation',
    csmRole: 'CSMs',
    managerRole: (k) => `L${k} manager`,
    count: 'Head count',
    segments: 'Segments',
    segment: 'Segment',
    step1: (b, m) => `Customer base: ${b} paying customers in ${m} months.`,
    step2Given: (r) => `Deep service: ${r} of customers (given).`,
    step2Derived: (r, c, k) =>
      `Deep service: ${r} of customers, from a ${c}-month cycle for new customers plus ${k} key accounts.`,
    step3: (d, s) => `Each CSM spends ${d} on deep service and ${s} on standard service.`,
    step4: (c, n, room) =>
      `At saturated workload a CSM serves ${c} customers: ${n} CSMs, with room for ${room} more customers before the next one.`,
    step5: (m) => `Managers by the spans of control: ${m}.`,
    spansRanOut: (top) => ` The spans run out with ${top} managers at the top: add a level.`,
    segmentsLead: 'Each segment has its own hours and shares; the organisation sums them.',
    customersUnit: 'customers',
    perMonth: 'customers a month',
    perManager: 'people per manager',
    h: 'h',
    min: 'min(…)',
    segmentLabel: 'Name',
    addSegment: 'Add a segment',
    details: 'Segment details',
    combined: 'The combined organisation',
    combinedHint: 'Managers over all CSMs follow the first valid segment’s spans of control.',
    ownSpans: 'Give it its own spans of control',
    step1Total: (b) => `Customer base: ${b} paying customers over all segments at their horizons.`,
  },
  'zh-CN': {
    title: '客户成功组织设计',
    customers: '当前付费客户数',
    monthlyNewCustomers: '新增付费客户',
    monthlyChurnRate: '月流失率',
    horizonMonths: '规划周期',
    months: '个月',
    hoursPerMonth: '小时/月',
    serviceHoursPerCsm: '人均月服务时长 T',
    deepHoursPerCustomer: '深度服务单客户月时长 T1',
    deepHoursShare: '深度服务时长占比 r1',
    deepCustomerShare: '深度服务客户占比 r2',
    deepCustomerShareHint: '留空:按月新增客户 × 深度服务周期,加上重点客户推算。',
    deepServiceMonths: '深度服务周期',
    keyAccounts: '长期深度服务的重点客户',
    standardHoursPerCustomer: '标准服务单客户月时长 T2',
    standardHoursHint: '可选:同时按标准服务时长限制人均待户量。',
    spans: '管理宽幅 R1、R2、R3',
    level: (k) => `第 ${k} 层`,
    levelCol: '层级',
    span: '宽幅',
    addLevel: '增加一层',
    removeLevel: '删除最上层',
    base: '客户基数 B',
    r2: '深度服务客户占比 r2',
    given: '输入',
    derived: '推算',
    capacity: '人均待户量',
    csms: '客户成功专员',
    managers: '管理者',
    total: '总人数',
    formula: '用你的参数计算人均待户量',
    deepBound: '深度服务上限',
    standardBound: '标准服务上限',
    binds: '起约束',
    split: '一名专员的一个月',
    deep: '深度服务',
    standard: '标准服务',
    hours: '工时',
    perCsm: '客户',
    projection: '逐月客户数与所需专员',
    month: '月份',
    org: '客户成功组织架构',
    csmRole: '专员',
    managerRole: (k) => `${k}级经理`,
    count: '人数',
    segments: '客户分层',
    segment: '分层',
    step1: (b, m) => `客户基数:${m} 个月后 ${b} 个付费客户。`,
    step2Given: (r) => `深度服务客户占比 ${r}(输入)。`,
    step2Derived: (r, c, k) => `深度服务客户占比 ${r}:新客户深度服务 ${c} 个月,加上 ${k} 个重点客户。`,
    step3: (d, s) => `每名专员每月 ${d} 用于深度服务,${s} 用于标准服务。`,
    step4: (c, n, room) => `饱和工作量下人均服务 ${c} 个客户:需要 ${n} 名专员,再增加 ${room} 个客户才需要下一名。`,
    step5: (m) => `按管理宽幅配置管理者:${m}。`,
    spansRanOut: (top) => `管理宽幅已用完,最上层仍有 ${top} 名经理:请增加一层。`,
    segmentsLead: '每个分层有自己的服务时长与占比;组织按分层汇总。',
    customersUnit: '个客户',
    perMonth: '个客户/月',
    perManager: '每名经理管理人数',
    h: '小时',
    min: '取两者较小值',
    segmentLabel: '名称',
    addSegment: '添加分层',
    details: '分层详情',
    combined: '整体组织',
    combinedHint: '全部专员之上的管理者按第一个有效分层的管理宽幅配置。',
    ownSpans: '为整体组织设置管理宽幅',
    step1Total: (b) => `客户基数:各分层在各自规划周期末合计 ${b} 个付费客户。`,
  },
};
