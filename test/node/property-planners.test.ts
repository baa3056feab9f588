// Property-based suite of the planning models (§3a, §3b, §4, §6): see property-harness.ts.
import { test } from 'node:test';
import { forecastFunnel } from '../../src/models/funnel.js';
import { planHeadcount } from '../../src/models/headcount.js';
import { designSalesOrg } from '../../src/models/sales-org.js';
import { planCsCapacity, planCsSegments } from '../../src/models/cs-capacity.js';
import { CS_EXAMPLE, FUNNEL_EXAMPLE, HEADCOUNT_PLAN, SALES_ORG_EXAMPLE } from '../fixtures/seeds.js';
import { property } from './property-harness.js';

const FUNNEL = {
  ...FUNNEL_EXAMPLE,
  maxNewHighIntent: 40,
  activities: [{ ...FUNNEL_EXAMPLE.activities[0]!, capacity: 6000 }],
};

test('forecastFunnel: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(forecastFunnel, FUNNEL, 1500);
});

test('forecastFunnel for a team', () => {
  property(
    forecastFunnel,
    {
      reps: [
        { ...FUNNEL, id: 'r1', name: 'Ann' },
        { ...FUNNEL, id: 2, name: 'Bo', target: 2_000_000 },
      ],
    },
    1000,
  );
});

test('planHeadcount', () => {
  property(planHeadcount, { ...HEADCOUNT_PLAN, seasonality: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2] }, 1000);
});

test('designSalesOrg', () => {
  property(
    designSalesOrg,
    { ...SALES_ORG_EXAMPLE, opsCost: 100_000, grossMarginRate: 0.8, targetMarginRate: 0.1 },
    1500,
  );
});

test('planCsCapacity', () => {
  property(planCsCapacity, { ...CS_EXAMPLE, standardHoursPerCustomer: 0.5, keyAccounts: 5 }, 1500);
});

test('planCsSegments', () => {
  property(
    planCsSegments,
    {
      segments: [
        { ...CS_EXAMPLE, key: 'ka', label: 'Key accounts' },
        { ...CS_EXAMPLE, key: 'smb', customers: 5000, deepCustomerShare: 0.1, standardHoursPerCustomer: 0.5 },
      ],
      spans: [8, 5],
    },
    800,
  );
});
