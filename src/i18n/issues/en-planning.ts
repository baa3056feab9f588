/** English wording of the headcount, sales-org and CS-capacity models' own codes (see en-base.ts). */
import type { CsFigure, IssueStrings } from '../../schemas/issue-codes.js';

const CS_FIGURE: Record<CsFigure, [what: string, fix: string]> = {
  base: ['the customer base', 'use smaller values'],
  'deep-share': ['the deep-service share of customers', 'use smaller values'],
  'deep-bound': [
    'the deep-service bound r1·T/(r2·T1)',
    'use a larger deepHoursPerCustomer or deepCustomerShare, or fewer serviceHoursPerCsm',
  ],
  'standard-bound': [
    'the standard-service bound (1−r1)·T/((1−r2)·T2)',
    'use a larger standardHoursPerCustomer, or fewer serviceHoursPerCsm',
  ],
  room: ['room for customers (CSMs × capacity − base)', 'use smaller values'],
  headcount: ['a total headcount', 'use smaller values'],
  'combined-base': ['a combined customer base', 'use smaller values'],
  'combined-headcount': ['a combined headcount', 'use smaller values'],
};

export const EN_PLANNING = {
  twelve: (p) => `must have exactly 12 values, one per month (got ${p.got})`,
  seasonality_zero: () => 'needs a positive sum (every month is 0)',
  ramp_curve: (p) =>
    `must have one value per ramp month (rampMonths ${p.ramp}: tenure 0 to ${p.ramp - 1}), got ${p.got}`,
  costs_per_level: (p) =>
    `needs one cost per level of spans: ${p.levels} item${p.levels === 1 ? '' : 's'} (got ${p.got})`,
  result_not_finite: (p) => `gives ${p.field} that is not a finite number; use smaller amounts`,
  no_rep_needed: (p) => `is so large against newCustomersTarget ${p.target} that no rep is needed (got ${p.got})`,
  cs_not_finite: (p) => `gives ${CS_FIGURE[p.figure][0]} that is not a finite number; ${CS_FIGURE[p.figure][1]}`,
  cs_capacity: (p) => {
    const parts: string[] = [];
    if (p.deep !== null) parts.push(`deep-service bound r1·T/(r2·T1) = ${p.deep}`);
    if (p.standard !== null) parts.push(`standard-service bound (1−r1)·T/((1−r2)·T2) = ${p.standard}`);
    return (
      `gives each CSM room for fewer than 1 customer (capacityPerCsm ${p.capacity}; ${parts.join(', ')}): ` +
      'raise serviceHoursPerCsm, or lower deepHoursPerCustomer or standardHoursPerCustomer, or balance deepHoursShare against deepCustomerShare'
    );
  },
  cs_standard_needed: () =>
    'is needed when no customer is in deep service (deep-service share of customers is 0): give standardHoursPerCustomer, the standard-service hours per customer a month',
} satisfies Partial<IssueStrings>;
