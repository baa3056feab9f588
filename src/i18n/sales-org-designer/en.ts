/** English. Strings of <sales-org-designer> (model 4). */
import type { SalesOrgLever } from '../../models/sales-org.js';

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
  importPlan: string;
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

export const SALES_ORG: SalesOrgStrings = {
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
  importPlan: 'Import a headcount plan…',
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
};
