/** English. Strings of <cs-capacity-planner> (model 6). */
import { counted } from '../plural.js';

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
  importCustomers: string;
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

export const CS: CsStrings = {
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
  importCustomers: 'Import a customer list…',
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
  step1: (b, m) =>
    `Customer base: ${counted(b, 'paying customer', 'paying customers')} in ${counted(m, 'month', 'months')}.`,
  step2Given: (r) => `Deep service: ${r} of customers (given).`,
  step2Derived: (r, c, k) =>
    `Deep service: ${r} of customers, from a ${c}-month cycle for new customers plus ${k} key accounts.`,
  step3: (d, s) => `Each CSM spends ${d} on deep service and ${s} on standard service.`,
  step4: (c, n, room) =>
    `At saturated workload a CSM serves ${counted(c, 'customer', 'customers')}: ${counted(n, 'CSM', 'CSMs')}, with room for ${counted(room, 'more customer', 'more customers')} before the next one.`,
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
};
