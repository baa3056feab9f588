/** English. Strings of sales-target-planner's development and hiring funnel (docs/models.md §3b extras), loaded with that panel. */
import { plural } from '../plural.js';

export interface TargetDevelopmentStrings {
  title: string;
  intro: string;
  use: string;
  clear: string;
  rampCurve: string;
  rampCurveHint: string;
  retention: string;
  retentionHint: string;
  addTenure: string;
  removeTenure: string;
  leadMonths: string;
  planYear: string;
  months: string;
  tenureMonth: (t: string) => string;
  tenureFrom: (t: string) => string;
  funnel: string;
  hired: string;
  pastRamp: string;
  qualifiedInYear: string;
  survival: string;
  stillHere: string;
  hireBy: string;
  month: string;
  hires: string;
  openBy: string;
  openMonth: (m: number) => string;
  noHires: string;
  people: (n: string) => string;
  filledHistory: string;
}

export const TARGET_DEVELOPMENT: TargetDevelopmentStrings = {
  title: 'Development and hiring funnel',
  intro:
    'A ramp curve and retention by tenure in place of one ramping productivity and one retention rate, and the months a role takes to fill.',
  use: 'Use tenure curves',
  clear: 'Back to single rates',
  rampCurve: 'Ramp curve',
  rampCurveHint: 'Productivity in each ramp month, as a share of a qualified rep’s',
  retention: 'Retention by tenure',
  retentionHint: 'Share of people still here a month later; the last value holds after',
  addTenure: 'Add a tenure month',
  removeTenure: 'Remove the last tenure month',
  leadMonths: 'Hiring lead time',
  planYear: 'Plan year',
  months: 'months',
  tenureMonth: (t) => `Month ${t}`,
  tenureFrom: (t) => `Month ${t} on`,
  funnel: 'Development funnel',
  hired: 'Hired',
  pastRamp: 'Still here after the ramp',
  qualifiedInYear: 'Qualified within the year',
  survival: 'Still here by tenure',
  stillHere: 'Still here',
  hireBy: 'Hire by',
  month: 'Month',
  hires: 'Hires',
  openBy: 'Open the role by',
  openMonth: (m) =>
    m <= 0 ? `${1 - m} ${plural('en', String(1 - m), { one: 'month', other: 'months' })} before January` : `month ${m}`,
  noHires: 'No hires in the plan.',
  people: (n) => `${n} ${plural('en', n, { one: 'person', other: 'people' })}`,
  filledHistory: 'Ramp curve, retention by tenure and lead time filled from history.',
};
