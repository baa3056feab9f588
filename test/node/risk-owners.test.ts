/** opportunityOwners and churnOwners (§2 and §5 extras, issue 14): the worked examples of docs/models.md and hand-checked ties. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { churnOwners, opportunityOwners } from '../../src/models/risk-owners.js';
import { assessChurn } from '../../src/models/churn.js';
import { hasIssue, issuesOf } from './helpers.js';

const opp = (id: string, owner: string | null, amount: number, lastCall: string, stage = 'qualify') => ({
  id,
  ...(owner === null ? {} : { owner }),
  amount,
  stage,
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
  opp('o8', 'Li', 10000, '2026-03-20', 'nope'),
];

test('worked example: reps ranked by critical, warning, amount at risk; ties share a rank; no owner last', () => {
  const r = opportunityOwners({ asOf: '2026-03-31', opportunities: OPPS });
  assert.deepEqual(r.owners, [
    {
      owner: 'Li',
      rank: 1,
      open: 3,
      ok: 1,
      warning: 1,
      critical: 1,
      atRisk: 2,
      amountAtRisk: 150000,
      staleDaysMedian: 10,
      staleDaysMax: 16,
    },
    {
      owner: 'Wang',
      rank: 1,
      open: 2,
      ok: 0,
      warning: 1,
      critical: 1,
      atRisk: 2,
      amountAtRisk: 150000,
      staleDaysMedian: 15,
      staleDaysMax: 21,
    },
    {
      owner: 'Zhao',
      rank: 3,
      open: 1,
      ok: 1,
      warning: 0,
      critical: 0,
      atRisk: 0,
      amountAtRisk: 0,
      staleDaysMedian: 6,
      staleDaysMax: 6,
    },
    {
      owner: null,
      rank: null,
      open: 1,
      ok: 0,
      warning: 1,
      critical: 0,
      atRisk: 1,
      amountAtRisk: 40000,
      staleDaysMedian: 11,
      staleDaysMax: 11,
    },
  ]);
  assert.deepEqual(
    r.invalid.map((x) => x.id),
    ['o8'],
  );
});

test('a tie broken by one unit of amount at risk; warnings rank above amount', () => {
  const opps = OPPS.slice(0, 7).map((o) => (o.id === 'o5' ? { ...o, amount: 30001 } : o));
  const r = opportunityOwners({ asOf: '2026-03-31', opportunities: opps });
  assert.deepEqual(
    r.owners.map((o) => [o.owner, o.rank]),
    [
      ['Wang', 1],
      ['Li', 2],
      ['Zhao', 3],
      [null, null],
    ],
  );
  // Two warnings of 1 beat one warning of 1,000,000 (the count comes first).
  const two = [opp('a', 'A', 1, '2026-03-21'), opp('b', 'A', 1, '2026-03-21'), opp('c', 'B', 400000, '2026-03-21')];
  assert.deepEqual(
    opportunityOwners({ asOf: '2026-03-31', opportunities: two }).owners.map((o) => [o.owner, o.rank]),
    [
      ['A', 1],
      ['B', 2],
    ],
  );
});

test('owners are names as given: blank is no owner, case and spaces count; an empty list has no rows', () => {
  const rows = [opp('a', '', 1, '2026-03-30'), opp('b', 'li', 1, '2026-03-30'), opp('c', 'Li ', 1, '2026-03-30')];
  const r = opportunityOwners({ asOf: '2026-03-31', opportunities: rows });
  assert.deepEqual(
    r.owners.map((o) => [o.owner, o.rank, o.open]),
    [
      ['Li ', 1, 1],
      ['li', 1, 1],
      [null, null, 1],
    ],
  );
  assert.deepEqual(opportunityOwners({ asOf: '2026-03-31', opportunities: [] }), { owners: [], invalid: [] });
  hasIssue(
    issuesOf(() => opportunityOwners({ asOf: 'x', opportunities: [] })),
    'asOf',
  );
});

test('repeated ids are rolled up by their own rows', () => {
  const rows = [opp('x', 'A', 10, '2026-03-10'), opp('x', 'B', 20, '2026-03-30')];
  const r = opportunityOwners({ asOf: '2026-03-31', opportunities: rows });
  assert.deepEqual(
    r.owners.map((o) => [o.owner, o.critical, o.ok, o.amountAtRisk]),
    [
      ['A', 1, 0, 10],
      ['B', 0, 1, 0],
    ],
  );
});

const ACCOUNTS = [
  { id: 'a1', owner: 'Chen', arr: 100000, contactChanged: true },
  { id: 'a2', owner: 'Chen', arr: 50000, overdueDays: 61, renewalDate: '2026-06-14' },
  { id: 'a3', owner: 'Zhou', arr: 200000, overdueDays: 45 },
  { id: 'a4', owner: 'Zhou', arr: 10000 },
  { id: 'a5', arr: 30000, contactChanged: true },
];

test('worked example: CSMs ranked, ARR at risk, renewals at risk', () => {
  const r = churnOwners({ asOf: '2026-05-15', accounts: ACCOUNTS });
  assert.deepEqual(r.owners, [
    {
      owner: 'Chen',
      rank: 1,
      accounts: 2,
      ok: 0,
      warning: 1,
      critical: 1,
      atRisk: 2,
      arrAtRisk: 150000,
      renewingAtRisk: 1,
    },
    {
      owner: 'Zhou',
      rank: 2,
      accounts: 2,
      ok: 1,
      warning: 1,
      critical: 0,
      atRisk: 1,
      arrAtRisk: 200000,
      renewingAtRisk: 0,
    },
    {
      owner: null,
      rank: null,
      accounts: 1,
      ok: 0,
      warning: 1,
      critical: 0,
      atRisk: 1,
      arrAtRisk: 30000,
      renewingAtRisk: 0,
    },
  ]);
  assert.deepEqual(r.invalid, []);
});

test('the CSM owner leaves assessChurn unchanged; an owner that is not text is an invalid row', () => {
  const without = ACCOUNTS.map(({ owner: _o, ...a }) => a);
  assert.deepEqual(
    assessChurn({ asOf: '2026-05-15', accounts: ACCOUNTS }),
    assessChurn({ asOf: '2026-05-15', accounts: without }),
  );
  const r = assessChurn({ asOf: '2026-05-15', accounts: [{ id: 'b', owner: 7 }] });
  assert.equal(r.rows.length, 0);
  assert.deepEqual(
    r.invalid[0]!.issues.map((i) => i.path),
    ['owner'],
  );
  assert.deepEqual(
    churnOwners({
      asOf: '2026-05-15',
      accounts: [
        { id: 'b', owner: 7 },
        { id: 'c', owner: null },
      ],
    }).owners.map((o) => [o.owner, o.accounts]),
    [[null, 1]],
  );
});
