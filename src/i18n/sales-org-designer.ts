/** Strings of <sales-org-designer> (model 4). */
import type { Locale } from './format.js';
import type { SalesOrgLever } from '../models/sales-org.js';

export interface SalesOrgStrings {
  title: string;
  newCustomersTarget: string;
  newCustomersTargetHint: string;
  avgContractValue: string;
  customersPerRep: string;
  customersPerRepHint: string;
  repCost: string;
  opsCost: string;
  grossMarginRate: string;
  grossMarginRateHint: string;
  targetMarginRate: string;
  targetMarginRateHint: string;
  perYear: string;
  levels: string;
  level: (k: number) => string;
  levelCol: string;
  span: string;
  /** Unit of a span of control. */
  perManager: string;
  customersAYear: string;
  managerCost: string;
  addLevel: string;
  removeLevel: string;
  health: string;
  healthy: string;
  unhealthy: string;
  reps: string;
  managers: string;
  headcount: string;
  revenue: string;
  costOfSales: string;
  labour: string;
  management: string;
  margin: string;
  marginRate: string;
  waterfall: string;
  org: string;
  repsRole: string;
  managerRole: (k: number) => string;
  count: string;
  breakEven: string;
  step: string;
  lever: string;
  now: string;
  value: string;
  /** Head of the break-even column. */
  breakEvenCol: string;
  levers: Record<Exclude<SalesOrgLever, 'spans'>, string>;
  spanOf: (k: number) => string;
  leadUnhealthy: string;
  leadHealthy: string;
  raiseTo: (v: string) => string;
  cutTo: (v: string) => string;
  canFallTo: (v: string) => string;
  canRiseTo: (v: string) => string;
  noneAlone: string;
  revisit: string;
  applyTo: (lever: string, v: string) => string;
}

export const SALES_ORG: Record<Locale, SalesOrgStrings> = {
  en: {
    title: 'Sales organisation (gross-margin model)',
    newCustomersTarget: 'New customers to sign',
    newCustomersTargetHint: 'A year, whatever the growth goal (revenue, profit, customers) it comes from.',
    avgContractValue: 'Average contract value P',
    customersPerRep: 'Customers per rep PCU',
    customersPerRepHint: 'Signed by one rep in a year at saturated workload.',
    repCost: 'Cost per rep',
    opsCost: 'Operations cost',
    grossMarginRate: 'Gross margin rate',
    grossMarginRateHint: 'Default 100 %: marginal cost close to 0.',
    targetMarginRate: 'Target margin rate',
    targetMarginRateHint: 'Share of revenue the team must leave; 0 = pays for itself.',
    perYear: 'a year',
    levels: 'Management levels',
    level: (k) => `Level ${k}`,
    levelCol: 'Level',
    span: 'Span of control',
    perManager: 'people per manager',
    customersAYear: 'customers a year',
    managerCost: 'Cost per manager',
    addLevel: 'Add a level',
    removeLevel: 'Remove the top level',
    health: 'Business health',
    healthy: 'Healthy',
    unhealthy: 'Not healthy',
    reps: 'Reps',
    managers: 'Managers',
    headcount: 'Headcount',
    revenue: 'Revenue',
    costOfSales: 'Cost of sales',
    labour: 'Sales labour',
    management: 'Management and operations',
    margin: 'Margin',
    marginRate: 'Margin rate',
    waterfall: 'From revenue to margin',
    org: 'Organisation',
    repsRole: 'Reps',
    managerRole: (k) => `L${k} manager`,
    count: 'Head count',
    breakEven: 'Break-even of each lever, in the order to tune',
    step: 'Seed step',
    lever: 'Lever',
    now: 'Now',
    value: 'Amount',
    breakEvenCol: 'Break-even',
    levers: {
      avgContractValue: 'Average contract value P',
      customersPerRep: 'Customers per rep PCU',
      repCost: 'Cost per rep',
      opsCost: 'Operations cost',
      newCustomersTarget: 'New-customer target',
    },
    spanOf: (k) => `Span of control, level ${k}`,
    leadUnhealthy:
      'Not healthy yet. Tune in the seed’s order: the span of control first, then P and PCU, then costs, and only then the target. Each break-even holds the other levers fixed.',
    leadHealthy:
      'Healthy. Each break-even shows how far that lever alone can move before the team stops paying for itself.',
    raiseTo: (v) => `at least ${v}`,
    cutTo: (v) => `at most ${v}`,
    canFallTo: (v) => `can fall to ${v}`,
    canRiseTo: (v) => `can rise to ${v}`,
    noneAlone: 'no value of this lever alone is enough',
    revisit: 'revisit the growth target and its path',
    applyTo: (l, v) => `Apply ${l} = ${v}`,
  },
  'zh-CN': {
    title: '销售组织设计(毛利模型)',
    newCustomersTarget: '年度新签客户数',
    newCustomersTargetHint: '无论增长目标是业绩、利润还是客户数,都换算成一年新签多少客户。',
    avgContractValue: '平均合同额 P',
    customersPerRep: '人均年签约客户数 PCU',
    customersPerRepHint: '饱和工作量下一名销售一年能签的客户数。',
    repCost: '销售人均成本',
    opsCost: '运营成本',
    grossMarginRate: '毛利率',
    grossMarginRateHint: '默认 100%:边际成本趋近于 0。',
    targetMarginRate: '目标利润率',
    targetMarginRateHint: '团队需要留下的利润占销售额的比例;0 表示自己养活自己。',
    perYear: '每年',
    levels: '管理层级',
    level: (k) => `第 ${k} 层`,
    levelCol: '层级',
    span: '管理宽幅',
    perManager: '每名经理管理人数',
    customersAYear: '客户/年',
    managerCost: '管理者人均成本',
    addLevel: '增加一层',
    removeLevel: '删除最上层',
    health: '经营健康度',
    healthy: '健康',
    unhealthy: '不健康',
    reps: '销售人数',
    managers: '管理者',
    headcount: '总人数',
    revenue: '销售额',
    costOfSales: '销售成本',
    labour: '销售人力成本',
    management: '销售管理与运营成本',
    margin: '利润',
    marginRate: '利润率',
    waterfall: '从销售额到利润',
    org: '组织架构',
    repsRole: '销售',
    managerRole: (k) => `${k}级经理`,
    count: '人数',
    breakEven: '各杠杆的盈亏平衡值(按调参顺序)',
    step: '步骤',
    lever: '杠杆',
    now: '当前',
    value: '金额',
    breakEvenCol: '盈亏平衡值',
    levers: {
      avgContractValue: '平均合同额 P',
      customersPerRep: '人均客户数 PCU',
      repCost: '销售人均成本',
      opsCost: '运营成本',
      newCustomersTarget: '新签客户目标',
    },
    spanOf: (k) => `第 ${k} 层管理宽幅`,
    leadUnhealthy:
      '经营健康度为“不健康”。按顺序调参:先调管理宽幅,再调平均合同额 P 与人均客户数 PCU,然后是人均成本和运营成本,最后才是增长目标。每个盈亏平衡值都假定其他杠杆不变。',
    leadHealthy: '经营健康度为“健康”。每个盈亏平衡值表示该杠杆单独变动到多少时团队仍能自己养活自己。',
    raiseTo: (v) => `至少 ${v}`,
    cutTo: (v) => `至多 ${v}`,
    canFallTo: (v) => `可降到 ${v}`,
    canRiseTo: (v) => `可升到 ${v}`,
    noneAlone: '单靠这个杠杆无法达到健康',
    revisit: '复盘增长目标与达成路径',
    applyTo: (l, v) => `应用 ${l} = ${v}`,
  },
};
