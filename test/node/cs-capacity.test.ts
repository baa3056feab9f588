import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planCsCapacity, planCsSegments } from '../../src/models/cs-capacity.js';
import { hasIssue, issuesOf, near } from './helpers.js';
import { CS_EXAMPLE as EXAMPLE } from '../fixtures/seeds.js';

test('worked example: B 1680, r2 1/14, capacity 168, 10 CSMs, managers [2, 1], 13 people', () => {
  const r = planCsCapacity(EXAMPLE);
  near(r.base, 1680, 1e-9);
  near(r.deepCustomerShare, 1 / 14, 1e-12);
  assert.equal(r.capacityPerCsm, 168);
  assert.equal(r.csms, 10);
  assert.deepEqual(r.managers, [2, 1]);
  assert.equal(r.totalHeadcount, 13);
});

test('defaults: no churn, 12 months, 3-month deep cycle give the worked example too', () => {
  const { monthlyChurnRate: _c, horizonMonths: _h, deepServiceMonths: _d, ...bare } = EXAMPLE;
  const r = planCsCapacity(bare);
  near(r.base, 1680, 1e-9);
  assert.equal(r.csms, 10);
  const nulls = planCsCapacity({
    ...bare,
    monthlyChurnRate: null,
    horizonMonths: null,
    deepServiceMonths: null,
    keyAccounts: null,
    deepCustomerShare: null,
    standardHoursPerCustomer: null,
  });
  assert.equal(nulls.csms, 10);
});

test('monthly rows m = 0..H with the customers and the CSMs they need at the same capacity', () => {
  const r = planCsCapacity(EXAMPLE);
  assert.equal(r.monthly.length, 13);
  assert.deepEqual(
    r.monthly.map((m) => m.month),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  );
  near(
    r.monthly.map((m) => m.customers),
    [1200, 1240, 1280, 1320, 1360, 1400, 1440, 1480, 1520, 1560, 1600, 1640, 1680],
  );
  // 1200/168 = 7.14 → 8; 1344 would be exactly 8; 1360/168 = 8.1 → 9; 1512 = 9 exactly, 1520 → 10.
  assert.deepEqual(
    r.monthly.map((m) => m.csms),
    [8, 8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 10, 10],
  );
  assert.equal(r.monthly[12]!.csms, r.csms);
});

test('r2 given instead of derived', () => {
  const r = planCsCapacity({ ...EXAMPLE, deepCustomerShare: 0.1 });
  assert.equal(r.deepCustomerShare, 0.1);
  // 0.6·120 / (0.1·6) = 120 → 1680 / 120 = 14 CSMs → [2, 1].
  assert.equal(r.capacityPerCsm, 120);
  assert.equal(r.csms, 14);
  assert.deepEqual(r.managers, [2, 1]);
  assert.equal(r.totalHeadcount, 17);
});

test('key accounts count toward the derived deep share', () => {
  // (40·3 + 120) / 1680 = 1/7 → capacity 72 / (6/7) = 84 → 20 CSMs → [3, 1].
  const r = planCsCapacity({ ...EXAMPLE, keyAccounts: 120 });
  near(r.deepCustomerShare, 1 / 7, 1e-12);
  assert.equal(r.capacityPerCsm, 84);
  assert.equal(r.csms, 20);
  assert.deepEqual(r.managers, [3, 1]);
});

test('churn in the base: c = 0.02, H = 3', () => {
  const r = planCsCapacity({
    ...EXAMPLE,
    customers: 1000,
    monthlyNewCustomers: 50,
    monthlyChurnRate: 0.02,
    horizonMonths: 3,
  });
  // 1000·0.98³ = 941.192; 50·(1 + 0.98 + 0.9604) = 147.02.
  near(r.base, 1088.212, 1e-9);
  near(r.deepCustomerShare, 150 / 1088.212, 1e-12);
  // 72 / (r2·6) = 12·1088.212/150 = 87.057 → 87; 1088.212 / 87 = 12.5 → 13 → [2, 1].
  assert.equal(r.capacityPerCsm, 87);
  assert.equal(r.csms, 13);
  assert.deepEqual(r.managers, [2, 1]);
  assert.equal(r.totalHeadcount, 16);
  near(
    r.monthly.map((m) => m.customers),
    [1000, 1030, 1059.4, 1088.212],
    1e-9,
  );
  assert.deepEqual(
    r.monthly.map((m) => m.csms),
    [12, 12, 13, 13],
  );
});

test('standard-hours bound T2: binds when tighter, ignored when looser', () => {
  // (1 − 0.6)·120 / ((13/14)·0.5) = 103.38 → 103 < 168 → 1680/103 = 16.3 → 17 → [3, 1].
  const tight = planCsCapacity({ ...EXAMPLE, standardHoursPerCustomer: 0.5 });
  assert.equal(tight.capacityPerCsm, 103);
  assert.equal(tight.csms, 17);
  assert.deepEqual(tight.managers, [3, 1]);
  assert.equal(tight.totalHeadcount, 21);
  // 48 / ((13/14)·0.1) = 516.9 → the deep bound 168 binds.
  assert.equal(planCsCapacity({ ...EXAMPLE, standardHoursPerCustomer: 0.1 }).capacityPerCsm, 168);
});

test('r2 = 0 with T2 uses only the standard-hours bound', () => {
  const r = planCsCapacity({ ...EXAMPLE, deepCustomerShare: 0, standardHoursPerCustomer: 2 });
  assert.equal(r.deepCustomerShare, 0);
  // 0.4·120 / 2 = 24 → 1680 / 24 = 70 → [9, 3, 1].
  assert.equal(r.capacityPerCsm, 24);
  assert.equal(r.csms, 70);
  assert.deepEqual(r.managers, [9, 3, 1]);
  assert.equal(r.totalHeadcount, 83);
  // Derived r2 = 0 (no new customers, no key accounts) behaves the same.
  const derived = planCsCapacity({ ...EXAMPLE, customers: 240, monthlyNewCustomers: 0, standardHoursPerCustomer: 2 });
  assert.equal(derived.deepCustomerShare, 0);
  assert.equal(derived.capacityPerCsm, 24);
  assert.equal(derived.csms, 10);
});

test('r2 = 0 without T2 is invalid input asking for standardHoursPerCustomer', () => {
  const given = hasIssue(
    issuesOf(() => planCsCapacity({ ...EXAMPLE, deepCustomerShare: 0 })),
    'standardHoursPerCustomer',
  );
  assert.match(given.message, /give standardHoursPerCustomer/);
  const derived = issuesOf(() => planCsCapacity({ ...EXAMPLE, monthlyNewCustomers: 0 }));
  assert.match(hasIssue(derived, 'standardHoursPerCustomer').message, /give standardHoursPerCustomer/);
});

test('r2 = 1 uses only the deep bound; the derived share is capped at 1', () => {
  const r = planCsCapacity({ ...EXAMPLE, deepCustomerShare: 1, standardHoursPerCustomer: 0.5 });
  // 72 / 6 = 12 → 1680 / 12 = 140 → [18, 5, 1].
  assert.equal(r.capacityPerCsm, 12);
  assert.equal(r.csms, 140);
  assert.deepEqual(r.managers, [18, 5, 1]);
  assert.equal(r.totalHeadcount, 164);
  // B = 10 today (H = 0); 40·3 / 10 = 12 → r2 = 1.
  const capped = planCsCapacity({ ...EXAMPLE, customers: 10, horizonMonths: 0 });
  assert.equal(capped.deepCustomerShare, 1);
  assert.equal(capped.capacityPerCsm, 12);
  assert.equal(capped.csms, 1);
  assert.deepEqual(capped.managers, [1]);
  assert.equal(capped.totalHeadcount, 2);
  assert.deepEqual(capped.monthly, [{ month: 0, customers: 10, csms: 1 }]);
});

test('B = 0: r2 0, no CSMs, no managers', () => {
  const r = planCsCapacity({ ...EXAMPLE, customers: 0, monthlyNewCustomers: 0, horizonMonths: 2 });
  assert.equal(r.base, 0);
  assert.equal(r.deepCustomerShare, 0);
  assert.equal(r.csms, 0);
  assert.deepEqual(r.managers, []);
  assert.equal(r.totalHeadcount, 0);
  // No customers and no standard hours: nothing to size the capacity against.
  assert.equal(r.capacityPerCsm, null);
  assert.deepEqual(r.monthly, [
    { month: 0, customers: 0, csms: 0 },
    { month: 1, customers: 0, csms: 0 },
    { month: 2, customers: 0, csms: 0 },
  ]);
  // With T2 the standard bound still gives the capacity; a given r2 is replaced by 0.
  const withT2 = planCsCapacity({
    ...EXAMPLE,
    customers: 0,
    monthlyNewCustomers: 0,
    deepCustomerShare: 0.3,
    standardHoursPerCustomer: 2,
  });
  assert.equal(withT2.deepCustomerShare, 0);
  assert.equal(withT2.capacityPerCsm, 24);
  assert.equal(withT2.csms, 0);
  assert.deepEqual(withT2.managers, []);
});

test('B = 0 at the horizon after full churn: earlier months without a capacity have no CSM count', () => {
  const r = planCsCapacity({
    ...EXAMPLE,
    customers: 50,
    monthlyNewCustomers: 0,
    monthlyChurnRate: 1,
    horizonMonths: 1,
  });
  assert.equal(r.base, 0);
  assert.equal(r.csms, 0);
  assert.deepEqual(r.monthly, [
    { month: 0, customers: 50, csms: null },
    { month: 1, customers: 0, csms: 0 },
  ]);
});

test('a capacity below 1 is invalid input', () => {
  // 0.5·10 / (1·6) = 0.83 → 0.
  const low = issuesOf(() =>
    planCsCapacity({ ...EXAMPLE, serviceHoursPerCsm: 10, deepHoursShare: 0.5, deepCustomerShare: 1 }),
  );
  assert.equal(low.length, 1);
  assert.match(low[0]!.message, /fewer than 1 customer/);
  // r1 = 0 leaves no deep-service hours for the deep share.
  issuesOf(() => planCsCapacity({ ...EXAMPLE, deepHoursShare: 0 }));
  // r1 = 1 leaves no standard hours when T2 is given.
  issuesOf(() => planCsCapacity({ ...EXAMPLE, deepHoursShare: 1, standardHoursPerCustomer: 1 }));
  // Exactly 1 is fine: 0.5·12 / (1·6) = 1.
  assert.equal(
    planCsCapacity({ ...EXAMPLE, serviceHoursPerCsm: 12, deepHoursShare: 0.5, deepCustomerShare: 1 }).capacityPerCsm,
    1,
  );
});

test('validation names the field and what was expected', () => {
  hasIssue(
    issuesOf(() => planCsCapacity({ ...EXAMPLE, serviceHoursPerCsm: 0 })),
    'serviceHoursPerCsm',
  );
  hasIssue(
    issuesOf(() => planCsCapacity({ ...EXAMPLE, deepHoursPerCustomer: -1 })),
    'deepHoursPerCustomer',
  );
  hasIssue(
    issuesOf(() => planCsCapacity({ ...EXAMPLE, deepHoursShare: 1.5 })),
    'deepHoursShare',
  );
  hasIssue(
    issuesOf(() => planCsCapacity({ ...EXAMPLE, deepCustomerShare: -0.1 })),
    'deepCustomerShare',
  );
  hasIssue(
    issuesOf(() => planCsCapacity({ ...EXAMPLE, monthlyChurnRate: 2 })),
    'monthlyChurnRate',
  );
  hasIssue(
    issuesOf(() => planCsCapacity({ ...EXAMPLE, horizonMonths: 1.5 })),
    'horizonMonths',
  );
  hasIssue(
    issuesOf(() => planCsCapacity({ ...EXAMPLE, horizonMonths: 5000 })),
    'horizonMonths',
  );
  hasIssue(
    issuesOf(() => planCsCapacity({ ...EXAMPLE, customers: -3 })),
    'customers',
  );
  hasIssue(
    issuesOf(() => planCsCapacity({ ...EXAMPLE, standardHoursPerCustomer: 0 })),
    'standardHoursPerCustomer',
  );
  hasIssue(
    issuesOf(() => planCsCapacity({ ...EXAMPLE, spans: [] })),
    'spans',
  );
  hasIssue(
    issuesOf(() => planCsCapacity({ ...EXAMPLE, spans: [8, 0] })),
    'spans.1',
  );
  assert.match(
    hasIssue(
      issuesOf(() => planCsCapacity({ ...EXAMPLE, customers: undefined })),
      'customers',
    ).message,
    /required/,
  );
});

test('a base that would be infinite is a ModelInputError', () => {
  issuesOf(() => planCsCapacity({ ...EXAMPLE, monthlyNewCustomers: 1e308 }));
});

const KA = {
  key: 'ka',
  label: 'Key accounts',
  customers: 100,
  monthlyNewCustomers: 0,
  horizonMonths: 0,
  serviceHoursPerCsm: 120,
  deepHoursPerCustomer: 10,
  deepHoursShare: 0.8,
  deepCustomerShare: 1,
  spans: [5],
};

test('segments: each planned on its own, bad rows reported, totals over the good ones', () => {
  const r = planCsSegments({
    segments: [
      { ...EXAMPLE, key: 'industry', deepCustomerShare: 0 }, // r2 = 0 without T2
      KA,
      { ...EXAMPLE, key: 'smb' },
      { ...EXAMPLE, key: 'ka', label: 'again' }, // repeats a key
      'not a segment',
    ],
  });
  assert.deepEqual(
    r.segments.map((s) => [s.key, s.label]),
    [
      ['ka', 'Key accounts'],
      ['smb', 'smb'],
    ],
  );
  // KA: 0.8·120 / (1·10) = 9.6 → 9 per CSM; 100 / 9 = 11.1 → 12 CSMs → [3] by span 5.
  const ka = r.segments[0]!;
  assert.equal(ka.capacityPerCsm, 9);
  assert.equal(ka.csms, 12);
  assert.deepEqual(ka.managers, [3]);
  assert.equal(ka.totalHeadcount, 15);
  assert.equal(r.segments[1]!.csms, 10);
  assert.deepEqual(
    r.invalid.map((i) => [i.index, i.id]),
    [
      [0, 'industry'],
      [3, 'ka'],
      [4, undefined],
    ],
  );
  hasIssue(r.invalid[0]!.issues, 'standardHoursPerCustomer');
  hasIssue(r.invalid[1]!.issues, 'key');
  hasIssue(r.invalid[2]!.issues, '');
  // 100 + 1680 customers, 12 + 10 CSMs; managers by the first valid segment's spans [5]:
  // 22 / 5 = 4.4 → 5, then the spans run out.
  near(r.total.base, 1780, 1e-9);
  assert.equal(r.total.csms, 22);
  assert.deepEqual(r.total.managers, [5]);
  assert.equal(r.total.totalHeadcount, 27);
});

test('segments: a top-level spans list sizes the combined managers', () => {
  const r = planCsSegments({ segments: [KA, { ...EXAMPLE, key: 'smb' }], spans: [8, 4, 5] });
  // 22 / 8 = 2.75 → 3; 3 / 4 → 1.
  assert.deepEqual(r.total.managers, [3, 1]);
  assert.equal(r.total.totalHeadcount, 26);
  assert.deepEqual(r.invalid, []);
});

test('segments: row issues are relative to the row; no valid rows gives empty totals', () => {
  const r = planCsSegments({ segments: [{ ...KA, serviceHoursPerCsm: -1, key: '' }] });
  assert.deepEqual(r.segments, []);
  assert.deepEqual(r.total, { base: 0, csms: 0, managers: [], totalHeadcount: 0 });
  assert.equal(r.invalid.length, 1);
  hasIssue(r.invalid[0]!.issues, 'serviceHoursPerCsm');
  hasIssue(r.invalid[0]!.issues, 'key');
  hasIssue(
    issuesOf(() => planCsSegments({ segments: 'x' })),
    'segments',
  );
  hasIssue(
    issuesOf(() => planCsSegments({ segments: [], spans: [0] })),
    'spans.0',
  );
});

test('extras beyond the contract: bounds, hours, customers per CSM by service, room', () => {
  const r = planCsCapacity(EXAMPLE);
  // deep bound 0.6·120 / ((1/14)·6) = 168; no T2
  near(r.bounds.deep, 168, 1e-9);
  assert.equal(r.bounds.standard, null);
  assert.equal(r.bounds.binding, 'deep');
  near(r.hours, { deep: 72, standard: 48 }, 1e-9);
  near(r.customersPerCsm, { deep: 12, standard: 156 }, 1e-9);
  // 10 CSMs × 168 − 1680 = 0
  near(r.room, 0, 1e-9);

  const t2 = planCsCapacity({ ...EXAMPLE, standardHoursPerCustomer: 0.5 });
  // standard 0.4·120 / ((13/14)·0.5) = 103.38… binds
  near(t2.bounds.standard, 48 / (13 / 14) / 0.5, 1e-9);
  assert.equal(t2.bounds.binding, 'standard');
  assert.equal(t2.capacityPerCsm, 103);
  near(t2.room, t2.csms * 103 - 1680, 1e-9);

  const none = planCsCapacity({ ...EXAMPLE, customers: 0, monthlyNewCustomers: 0 });
  assert.equal(none.capacityPerCsm, null);
  assert.deepEqual(none.bounds, { deep: null, standard: null, binding: null });
  assert.equal(none.customersPerCsm, null);
  assert.equal(none.room, null);

  const onlyStandard = planCsCapacity({ ...EXAMPLE, deepCustomerShare: 0, standardHoursPerCustomer: 0.5 });
  assert.equal(onlyStandard.bounds.deep, null);
  assert.equal(onlyStandard.bounds.binding, 'standard');
  // segments carry the extras per segment
  const seg = planCsSegments({ segments: [{ ...EXAMPLE, key: 'a' }] });
  near(seg.segments[0]!.hours, { deep: 72, standard: 48 }, 1e-9);
});
