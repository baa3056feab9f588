/** English. Strings of sales-org-designer's organisation over time (docs/models.md §4 extras), loaded with that view. */
export interface OrgTimelineStrings {
  title: string;
  fromPlan: (name: string) => string;
  chart: string;
  margin: string;
  required: string;
  healthyFrom: (month: string) => string;
  neverHealthy: string;
  paybackIn: (month: string) => string;
  noPayback: string;
  month: string;
  people: string;
  managers: string;
  revenue: string;
  laborCost: string;
  managementCost: string;
  marginRate: string;
  state: string;
  healthy: string;
  unhealthy: string;
  year: string;
  leversFor: string;
  lever: string;
  breakEven: string;
  productivityScale: string;
  repCost: string;
  opsCost: string;
  span: (level: string) => string;
  none: string;
  planProblem: string;
}

export const ORG_TIMELINE: OrgTimelineStrings = {
  title: 'The organisation over the plan year',
  fromPlan: (name) => `From the headcount plan${name ? ` (${name})` : ''}: people, ramp and revenue month by month`,
  chart: 'Margin by month against the target margin',
  margin: 'Margin',
  required: 'Target margin',
  healthyFrom: (month) => `Healthy (健康) from ${month}`,
  neverHealthy: 'Not healthy by the end of the year',
  paybackIn: (month) => `The year pays for itself in ${month}`,
  noPayback: 'The year does not pay for itself',
  month: 'Month',
  people: 'People',
  managers: 'Managers',
  revenue: 'Revenue',
  laborCost: 'Labour',
  managementCost: 'Management',
  marginRate: 'Margin rate',
  state: 'State',
  healthy: 'Healthy',
  unhealthy: 'Unhealthy',
  year: 'Year',
  leversFor: 'Break-even levers for',
  lever: 'Lever',
  breakEven: 'Break-even',
  productivityScale: 'Productivity (factor)',
  repCost: 'Cost per rep, a year',
  opsCost: 'Operations cost, a year',
  span: (level) => `Span of control, level ${level}`,
  none: 'none alone',
  planProblem: 'The headcount plan cannot be used',
};
