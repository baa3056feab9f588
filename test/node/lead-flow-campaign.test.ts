/** Reactivation by product category and past orders (§7 extras, issue 14): the worked example and hand-checked edges. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLeadFlow } from '../../src/models/lead-flow.js';
import { leadFlowSql } from '../../src/sql/index.js';
import { indexLeads, setCampaignRange, toggleCampaign } from '../../src/views/lead-flow-leads.js';
import { hasIssue, issuesOf } from './helpers.js';
import { LAPSED_CRM, REACTIVATION_LEADS as LEADS, bought, pooled } from '../fixtures/lead-flow-extras.js';

const AS_OF = '2026-03-31';
const run = (campaign: unknown, leads: unknown[] = LEADS) =>
  analyzeLeadFlow({ asOf: AS_OF, leads, rules: { reactivation: { campaign } } });

test('worked example: lapsed CRM buyers, candidates and the table by category', () => {
  const r = run(LAPSED_CRM);
  assert.deepEqual(r.invalid, []);
  assert.deepEqual(r.reactivation, [
    { id: 'R1', pool: 'company', reasons: ['campaign'] },
    { id: 'R2', pool: 'line', reasons: ['engaged'] },
    { id: 'R6', pool: 'company', reasons: ['engaged'] },
    { id: 'R7', pool: 'line', reasons: ['campaign'] },
  ]);
  assert.deepEqual(r.reactivationByCategory, [
    { productCategory: 'CRM', pooled: 6, candidates: 3, withOrders: 3, orders: 4, orderAmount: 39000 },
    { productCategory: 'ERP', pooled: 1, candidates: 0, withOrders: 0, orders: 0, orderAmount: 0 },
    { productCategory: null, pooled: 1, candidates: 1, withOrders: 1, orders: 1, orderAmount: 2000 },
  ]);
  // The new key comes after every contract key.
  assert.equal(Object.keys(r).at(-1), 'reactivationByCategory');
});

test('ranges at and past their bounds: 180 days and 1,000 match, 179 days and 999 do not', () => {
  const ids = (c: unknown) =>
    run(c)
      .reactivation.filter((x) => x.reasons.includes('campaign'))
      .map((x) => x.id);
  // R7: 180 days exactly; R8: 179 days.
  assert.deepEqual(ids({ lastOrderDays: { min: 180, max: 180 } }), ['R7']);
  assert.deepEqual(ids({ lastOrderDays: { min: 179, max: 179 } }), ['R8']);
  // R7 has 1,000 exactly, R9 999.
  assert.deepEqual(ids({ orderAmount: { min: 999, max: 1000 } }), ['R7', 'R9']);
  assert.deepEqual(ids({ orderAmount: { max: 999 } }), ['R3', 'R9']);
  // Never ordered: orders absent count 0 (R3); R6 ordered once.
  assert.deepEqual(ids({ orders: { max: 0 } }), ['R3']);
  assert.deepEqual(ids({ orders: { min: 3 } }), ['R4']);
  // A category list alone: pooled, not converted CRM leads (R5 is private, R10 converted).
  assert.deepEqual(ids({ productCategory: ['CRM'] }), ['R1', 'R2', 'R3', 'R7', 'R8', 'R9']);
  // The new keys combine with industry: a lead without industry never matches an industry list.
  assert.deepEqual(ids({ productCategory: ['CRM'], industry: ['retail'] }), []);
});

test('lastOrderDays: no last order never matches, an order after asOf is below min 0', () => {
  const leads = [
    pooled('none', 'line', { orders: 2 }),
    pooled('future', 'line', { lastOrderAt: '2026-04-02' }),
    pooled('today', 'line', { lastOrderAt: AS_OF }),
  ];
  const r = run({ lastOrderDays: { max: 30 } }, leads);
  assert.deepEqual(
    r.reactivation.map((x) => x.id),
    ['today'],
  );
  assert.deepEqual(r.reactivationByCategory, [
    { productCategory: null, pooled: 3, candidates: 1, withOrders: 0, orders: 0, orderAmount: 0 },
  ]);
});

test('a range with no bound is not a condition; a campaign of such ranges matches nothing', () => {
  assert.deepEqual(
    run({ orders: {} }).reactivation.map((x) => x.reasons),
    [['engaged'], ['engaged']],
  );
  assert.deepEqual(
    run({ orders: {}, productCategory: ['ERP'] }).reactivation.map((x) => x.id),
    ['R2', 'R4', 'R6'],
  );
});

test('absent extras: no reactivationByCategory, the output key for key as before', () => {
  const plain = LEADS.map(({ productCategory, orders, orderAmount, lastOrderAt, ...rest }) => {
    void [productCategory, orders, orderAmount, lastOrderAt];
    return rest;
  });
  const r = analyzeLeadFlow({ asOf: AS_OF, leads: plain, rules: { reactivation: { campaign: { region: ['x'] } } } });
  assert.deepEqual(Object.keys(r), [
    'transitions',
    'bySource',
    'bySourceLine',
    'alerts',
    'reactivation',
    'pools',
    'invalid',
  ]);
  // Null fields count as absent.
  const nulls = plain.map((l) => ({ ...l, productCategory: null, orders: null, orderAmount: null, lastOrderAt: null }));
  assert.deepEqual(analyzeLeadFlow({ asOf: AS_OF, leads: nulls }), analyzeLeadFlow({ asOf: AS_OF, leads: plain }));
  // The campaign alone turns the table on (every pooled lead without a category).
  const byCampaign = run({ orders: { min: 1 } }, plain).reactivationByCategory;
  assert.deepEqual(byCampaign, [
    { productCategory: null, pooled: 8, candidates: 2, withOrders: 0, orders: 0, orderAmount: 0 },
  ]);
});

test('the category table comes after the ROI roll-ups', () => {
  const r = analyzeLeadFlow({ asOf: AS_OF, leads: LEADS, sourceGroups: { paid: ['web'] } });
  assert.deepEqual(Object.keys(r).slice(-4), ['byLine', 'byGroup', 'total', 'reactivationByCategory']);
});

test('bad past orders name the field (row paths); the other rows are analysed', () => {
  const r = analyzeLeadFlow({
    asOf: AS_OF,
    leads: [
      pooled('ok', 'line', bought('CRM', 1, 10, '2025-01-01')),
      pooled('half', 'line', { orders: 1.5 }),
      pooled('neg', 'line', { orders: -1 }),
      pooled('amount', 'line', { orderAmount: -1 }),
      pooled('date', 'line', { lastOrderAt: '2025-13-01' }),
      pooled('cat', 'line', { productCategory: 7 }),
    ],
  });
  assert.deepEqual(
    r.invalid.map((x) => [x.id, x.issues.map((i) => i.path)]),
    [
      ['half', ['orders']],
      ['neg', ['orders']],
      ['amount', ['orderAmount']],
      ['date', ['lastOrderAt']],
      ['cat', ['productCategory']],
    ],
  );
  assert.equal(r.pools.line, 1);
});

test('min above max is refused at the max', () => {
  hasIssue(
    issuesOf(() => run({ orders: { min: 2, max: 1 } })),
    'rules.reactivation.campaign.orders.max',
  );
  hasIssue(
    issuesOf(() => run({ lastOrderDays: { min: -1 } })),
    'rules.reactivation.campaign.lastOrderDays.min',
  );
});

test('the SQL form refuses the category and past-order conditions by name (never drops them)', () => {
  for (const key of ['productCategory', 'orders', 'orderAmount', 'lastOrderDays'] as const) {
    const campaign = key === 'productCategory' ? { productCategory: ['CRM'] } : { [key]: { min: 1 } };
    const i = hasIssue(
      issuesOf(() => leadFlowSql({ dialect: 'duckdb', asOf: AS_OF, rules: { reactivation: { campaign } } })),
      `rules.reactivation.campaign.${key}`,
    );
    assert.equal(i.code, 'sql_no_form');
  }
  // Industry and region still compile.
  assert.ok(leadFlowSql({ dialect: 'duckdb', asOf: AS_OF, rules: { reactivation: { campaign: { region: ['E'] } } } }));
});

test('the campaign editors: past-order bounds set and cleared, a category ticked, nothing left is no campaign', () => {
  let c = setCampaignRange(null, 'orders', 'min', 1);
  assert.deepEqual(c, { orders: { min: 1 } });
  c = setCampaignRange(c, 'lastOrderDays', 'max', 365);
  assert.deepEqual(c, { orders: { min: 1 }, lastOrderDays: { max: 365 } });
  c = toggleCampaign(c, 'productCategory', 'CRM', true);
  assert.deepEqual(c, { orders: { min: 1 }, lastOrderDays: { max: 365 }, productCategory: ['CRM'] });
  c = setCampaignRange(c, 'orders', 'min', undefined);
  c = setCampaignRange(c, 'lastOrderDays', 'max', undefined);
  assert.deepEqual(c, { productCategory: ['CRM'] });
  // Unticking the last list of a campaign that still has a range keeps the range.
  assert.deepEqual(toggleCampaign({ region: ['E'], orders: { max: 0 } }, 'region', 'E', false), { orders: { max: 0 } });
  assert.equal(toggleCampaign(c, 'productCategory', 'CRM', false), null);
});

test('the lead index offers product categories of the public pools and says whether leads carry past orders', () => {
  const idx = indexLeads(LEADS);
  assert.deepEqual(idx.facets.productCategory, ['CRM', 'ERP']);
  assert.equal(idx.ordered, true);
  const none = indexLeads([{ id: 'x', pool: 'line', industry: 'retail' }]);
  assert.deepEqual(none.facets.productCategory, []);
  assert.equal(none.ordered, false);
});
