// The panels' per-owner tables (src/views/risk-owners.ts, csm-owners.ts) and the churn panel's CSM filter
// (src/views/risk-churn.ts) on the worked examples of docs/models.md §2 and §5 extras.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessChurn, CHURN_SIGNAL_CODES } from '../../src/models/churn.js';
import { assessOpportunities, OPPORTUNITY_SIGNAL_CODES } from '../../src/models/opportunities.js';
import { churnOwners, opportunityOwners } from '../../src/models/risk-owners.js';
import { assessIndexed, facetsOf } from '../../src/risk/engine.js';
import { churnAggregates, churnMatch } from '../../src/views/risk-churn.js';
import { opportunityMatch } from '../../src/views/risk-opportunity.js';
import { csmRollUp } from '../../src/views/csm-owners.js';
import { repRollUp } from '../../src/views/risk-owners.js';
import { filterView, identityOrder } from '../../src/views/risk-view.js';
import { drainSteps } from '../../src/views/stepped-sort.js';

const opp = (id: string, owner: string | null, amount: number, lastCall: string) => ({
  id,
  ...(owner === null ? {} : { owner }),
  amount,
  stage: 'qualify',
  stageEnteredAt: '2026-03-28',
  activities: [{ type: 'call', at: lastCall }],
});
const OPPS = [
  opp('o1', 'Li', 100000, '2026-03-15'),
  opp('o2', 'Li', 50000, '2026-03-21'),
  opp('o3', 'Li', 20000, '2026-03-30'),
  opp('o4', 'Wang', 120000, '2026-03-10'),
  opp('o5', 'Wang', 30000, '2026-03-22'),
  opp('o6', 'Zhao', 80000, '2026-03-25'),
  opp('o7', null, 40000, '2026-03-20'),
];
const ACCOUNTS = [
  { id: 'a1', owner: 'Chen', arr: 100000, contactChanged: true },
  { id: 'a2', owner: 'Chen', arr: 50000, overdueDays: 61, renewalDate: '2026-06-14' },
  { id: 'a3', owner: 'Zhou', arr: 200000, overdueDays: 45 },
  { id: 'a4', owner: 'Zhou', arr: 10000 },
  { id: 'a5', arr: 30000, contactChanged: true },
];

const oppFacets = () => {
  const a = assessIndexed({ kind: 'opportunities', model: assessOpportunities, asOf: '2026-03-31', list: OPPS });
  return facetsOf('opportunities', a, OPPS, OPPORTUNITY_SIGNAL_CODES);
};
const churnFacets = () => {
  const a = assessIndexed({ kind: 'accounts', model: assessChurn, asOf: '2026-05-15', list: ACCOUNTS });
  return facetsOf('accounts', a, ACCOUNTS, CHURN_SIGNAL_CODES);
};

test('the rep table of every row is the roll-up of the model (the CLI output)', () => {
  const f = oppFacets();
  assert.deepEqual(repRollUp(f, OPPS, null), opportunityOwners({ asOf: '2026-03-31', opportunities: OPPS }).owners);
});

test('the rep table follows the filters: at-risk rows only, then one owner', () => {
  const f = oppFacets();
  const atRisk = filterView(f.level, identityOrder(f.level.length), { level: 'risk' });
  assert.deepEqual(
    repRollUp(f, OPPS, atRisk).map((r) => [r.owner, r.rank, r.open, r.ok, r.staleDaysMedian]),
    [
      ['Li', 1, 2, 0, 13],
      ['Wang', 1, 2, 0, 15],
      [null, null, 1, 0, 11],
    ],
  );
  const li = filterView(f.level, identityOrder(f.level.length), {
    match: opportunityMatch(f, OPPS, { owner: 'Li' }),
  });
  assert.deepEqual(
    repRollUp(f, OPPS, li).map((r) => [r.owner, r.open, r.amountAtRisk, r.staleDaysMax]),
    [['Li', 3, 150000, 16]],
  );
  assert.deepEqual(repRollUp(f, OPPS, new Int32Array(0)), []);
});

test('the CSM filter keeps one owner, or the accounts without one; the owners are listed for the filter', () => {
  const f = churnFacets();
  const agg = drainSteps(churnAggregates(f, ACCOUNTS, () => '', 2, 'en'));
  assert.deepEqual(agg.owners, ['Chen', 'Zhou']);
  const ids = (owner: string) =>
    Array.from(
      filterView(f.level, identityOrder(f.level.length), { match: churnMatch(f, agg, { owner }) }),
      (k) => ACCOUNTS[f.index[k]!]!.id,
    ).sort();
  assert.deepEqual(ids('Chen'), ['a1', 'a2']);
  assert.deepEqual(ids('-'), ['a5']);
  assert.deepEqual(ids('Nobody'), []);
  assert.deepEqual(csmRollUp(f, ACCOUNTS, null), churnOwners({ asOf: '2026-05-15', accounts: ACCOUNTS }).owners);
  const zhou = filterView(f.level, identityOrder(f.level.length), { match: churnMatch(f, agg, { owner: 'Zhou' }) });
  assert.deepEqual(
    csmRollUp(f, ACCOUNTS, zhou).map((r) => [r.owner, r.rank, r.accounts, r.arrAtRisk]),
    [['Zhou', 1, 2, 200000]],
  );
});

test('the owners list reads only assessed accounts and sorts by the locale', () => {
  const list = [
    { id: 'b', owner: '张' },
    { id: 'c', owner: 'Bad', csat: 9 },
    { id: 'd', owner: 'a10' },
    { id: 'e', owner: 'a9' },
  ];
  const a = assessIndexed({ kind: 'accounts', model: assessChurn, asOf: '2026-05-15', list });
  const f = facetsOf('accounts', a, list, CHURN_SIGNAL_CODES);
  assert.deepEqual(drainSteps(churnAggregates(f, list, () => '', 100, 'en')).owners, ['a9', 'a10', '张']);
});
