// The churn alert panel's view model (src/views/risk-churn.ts) on the hand-checked accounts of
// test/fixtures/churn-alerts.json, as of 2026-03-31, default rules:
//   a1 Acme Corp  tier A  ARR 600,000  renews 2026-05-15 (45 days)  critical 9 (usage drop, competitor eval)
//   a2 Beta Ltd   tier B  ARR 200,000  renews 2026-12-01 (245 days) warning 3 (tickets, escalation, NPS 5)
//   a3 Gamma Inc  tier A  ARR 150,000  renews 2026-04-20 (20 days)  ok
//   a4 Delta …    no tier, no ARR, no renewal                      critical 4 (payment 65 days, contact changed)
//   a5 Broken     invalid (csat 7)
// Output order (risk): a1, a4, a2, a3 — output rows 0..3 are input rows 0, 3, 1, 2.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assessChurn, CHURN_SIGNAL_CODES, type Account, type ChurnRow } from '../../src/models/churn.js';
import { assessIndexed, facetsOf } from '../../src/risk/engine.js';
import { CHURN } from '../../src/i18n/churn-alerts.js';
import {
  churnAggregates,
  churnCsv,
  churnFieldLabel,
  churnMatch,
  churnSorts,
  tierOfAccount,
  usageSeries,
} from '../../src/views/risk-churn.js';
import { csvTable, filterView, identityOrder, sortOrderSteps } from '../../src/views/risk-view.js';
import { drainSteps } from '../../src/views/stepped-sort.js';

const DATA = JSON.parse(readFileSync(new URL('../fixtures/churn-alerts.json', import.meta.url), 'utf8')) as {
  asOf: string;
  accounts: Account[];
};
const LIST = DATA.accounts;
const A = assessIndexed({ kind: 'accounts', model: assessChurn, asOf: DATA.asOf, list: LIST });
const F = facetsOf('accounts', A, LIST, CHURN_SIGNAL_CODES);
const ID = identityOrder(F.level.length);
const aggregates = (tiers?: Record<string, string>) =>
  drainSteps(churnAggregates(F, LIST, (rec) => tierOfAccount(rec, tiers)));
const ids = (view: ArrayLike<number>) => Array.from(view, (k) => LIST[F.index[k]!]!.id);
const shown = (filters: Record<string, string>, agg = aggregates()) =>
  ids(filterView(F.level, ID, { level: filters.level, match: churnMatch(F, agg, filters) }));
const sorted = (key: string) => {
  const s = churnSorts(F, LIST).find((x) => x.key === key)!;
  return ids(drainSteps(sortOrderSteps(F.level.length, s.value, s.dir, 'en')));
};

describe('churn view: tiers and aggregates', () => {
  test('the assessment the cases below start from', () => {
    assert.deepEqual(Array.from(F.index), [0, 3, 1, 2]);
    assert.deepEqual(Array.from(F.level), [2, 2, 1, 0]);
  });

  test("an account's tier: the host's tiers by id, else its own, else none", () => {
    assert.equal(tierOfAccount(LIST[0]!, undefined), 'A');
    assert.equal(tierOfAccount(LIST[0]!, { a1: 'Strategic' }), 'Strategic');
    assert.equal(tierOfAccount(LIST[3]!, { a1: 'Strategic' }), '');
  });

  test('tiers per input row, the value × risk counts, renewals at risk', () => {
    const a = aggregates();
    // Input order: a1 A, a2 B, a3 A, a4 none, a5 none.
    assert.deepEqual(a.tierList, ['A', 'B', '']);
    assert.deepEqual(Array.from(a.tierIdx), [0, 1, 0, 2, 2]);
    // Tiers present in output order (a1 A, a4 none, a2 B), without the empty tier.
    assert.deepEqual(a.tierKeys, ['A', 'B']);
    assert.deepEqual(Object.fromEntries(a.gridCounts), {
      A: { critical: { count: 1, money: 600_000 }, ok: { count: 1, money: 150_000 } },
      '': { critical: { count: 1, money: 0 } },
      B: { warning: { count: 1, money: 200_000 } },
    });
    assert.equal(a.renewingAtRisk, 1); // a1: renews in 45 days with signals; a3 renews in 20 but is ok
  });

  test("the host's tiers win: a4 counted in A", () => {
    const a = aggregates({ a4: 'A' });
    assert.deepEqual(a.gridCounts.get('A'), {
      critical: { count: 2, money: 600_000 },
      ok: { count: 1, money: 150_000 },
    });
    assert.equal(a.gridCounts.has(''), false);
  });

  test('in slices: the same aggregates', () => {
    const steps = churnAggregates(F, LIST, (rec) => tierOfAccount(rec, undefined), 2);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    assert.equal(yields, 6); // input rows in 3 slices of 2, output rows in 2, then the owners' sort
    assert.deepEqual(r.value, aggregates());
  });
});

describe('churn view: filters and sorts', () => {
  test('no own filter: no test at all', () => {
    assert.equal(churnMatch(F, aggregates(), { level: 'ok' }), null);
  });

  test('by cause, tier, renewing soon', () => {
    assert.deepEqual(shown({ cause: 'service' }), ['a2']);
    assert.deepEqual(shown({ cause: 'value' }), ['a1']);
    assert.deepEqual(shown({ cause: 'nonsense' }), []);
    assert.deepEqual(shown({ tier: 'A' }), ['a1', 'a3']);
    assert.deepEqual(shown({ tier: '-' }), ['a4']);
    assert.deepEqual(shown({ tier: 'A', level: 'ok' }), ['a3']); // the grid cell A × OK
    assert.deepEqual(shown({ renewal: '1' }), ['a1']);
    assert.deepEqual(shown({ tier: '-' }, aggregates({ a4: 'B' })), []);
  });

  test('sorts: ARR (most first), renewal (soonest first, none last), name', () => {
    assert.deepEqual(sorted('arr'), ['a1', 'a2', 'a3', 'a4']); // 600k, 200k, 150k, none (0)
    assert.deepEqual(sorted('renewal'), ['a3', 'a1', 'a2', 'a4']); // 20, 45, 245 days, none
    assert.deepEqual(sorted('name'), ['a1', 'a2', 'a4', 'a3']); // Acme, Beta, Delta, Gamma
  });
});

describe('churn view: CSV, labels, usage', () => {
  test('CSV with the tier in force', () => {
    const rows = [1, 3].map((k) => ({ row: A.result.rows[k] as ChurnRow, rec: LIST[F.index[k]!]! }));
    const t = csvTable(
      churnCsv((rec) => tierOfAccount(rec, { a4: 'C' })),
      rows,
    );
    assert.deepEqual(t.header, [
      'id',
      'name',
      'tier',
      'arr',
      'renewalDate',
      'daysToRenewal',
      'level',
      'riskScore',
      'causes',
      'signals',
      'actions',
    ]);
    assert.deepEqual(t.cells[0]!.slice(0, 8), ['a4', LIST[3]!.name, 'C', undefined, undefined, null, 'critical', 4]);
    assert.deepEqual(t.cells[1]!.slice(0, 8), ['a3', 'Gamma Inc', 'A', 150000, '2026-04-20', 20, 'ok', 0]);
    assert.deepEqual(t.cells[1]!.slice(8), ['', '', '']);
  });

  test('plain-words names of bad fields', () => {
    const t = CHURN.en;
    assert.equal(churnFieldLabel('accounts.4.csat', t), 'CSAT');
    assert.equal(churnFieldLabel('rules.usageDropWarn', t), 'Usage drop warning from (%)');
    assert.equal(churnFieldLabel('accounts.4', t), undefined);
    assert.equal(churnFieldLabel('asOf', t), undefined);
  });

  test('usage series: rates by month when any, else active users; none without values', () => {
    assert.deepEqual(
      usageSeries([
        { month: '2026-03', usageRate: 0.3 },
        { month: '2026-01', usageRate: 0.7 },
        { month: '2026-02', activeUsers: 5 },
      ]),
      {
        measure: 'usageRate',
        points: [
          { label: '2026-01', value: 0.7 },
          { label: '2026-03', value: 0.3 },
        ],
        domain: [0, 1],
      },
    );
    assert.deepEqual(
      usageSeries([
        { month: '2026-02', activeUsers: 40 },
        { month: '2026-01', activeUsers: 50 },
      ]),
      {
        measure: 'activeUsers',
        points: [
          { label: '2026-01', value: 50 },
          { label: '2026-02', value: 40 },
        ],
      },
    );
    assert.equal(usageSeries([{ month: '2026-01' }]), null);
    assert.equal(usageSeries(undefined), null);
  });
});
