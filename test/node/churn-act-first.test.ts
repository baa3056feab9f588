// The churn panel's act-first order (docs/models.md §5, reading of issue 12): urgency · arr · weight(level),
// urgency = 30 / (30 + days to renewal), 30 / 395 without a coming renewal; weights ok 0, warning 1, critical 3.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { assessChurn, CHURN_SIGNAL_CODES, type Account } from '../../src/models/churn.js';
import { assessIndexed, facetsOf } from '../../src/risk/engine.js';
import { ACT_FIRST_SORT, actFirstScore, renewalUrgency } from '../../src/views/churn-act-first.js';
import { churnSorts, signalMeasure, usageSeries } from '../../src/views/risk-churn.js';
import { sortOrderSteps } from '../../src/views/risk-view.js';
import { drainSteps } from '../../src/views/stepped-sort.js';
import { near } from './helpers.js';

describe('act first: the score', () => {
  test('urgency: 1 today, ½ at 30 days, ¼ at 90, a year away without a coming renewal', () => {
    assert.equal(renewalUrgency(0), 1);
    assert.equal(renewalUrgency(30), 0.5);
    assert.equal(renewalUrgency(90), 0.25);
    near(renewalUrgency(null), 30 / 395, 1e-15);
    near(renewalUrgency(-3), 30 / 395, 1e-15);
    near(renewalUrgency(NaN), 30 / 395, 1e-15);
  });

  test('the worked example: CN¥800k tomorrow above CN¥96k in 247 days', () => {
    near(actFirstScore(2, 800_000, 1), 2_322_580.645161, 1e-6);
    near(actFirstScore(2, 96_000, 247), 31_191.33574, 1e-6);
    // a warning CN¥800k in 30 days (400,000) above a critical CN¥96k in 2 days (270,000)
    assert.equal(actFirstScore(1, 800_000, 30), 400_000);
    assert.equal(actFirstScore(2, 96_000, 2), 270_000);
    // ok accounts and accounts without ARR score 0
    assert.equal(actFirstScore(0, 800_000, 1), 0);
    assert.equal(actFirstScore(2, undefined, 1), 0);
  });
});

describe('act first: the order of an assessment', () => {
  // asOf 2026-03-31. big: CN¥800k renewing tomorrow, one warning (nps 5). small: CN¥96k renewing in 247 days,
  // critical with a higher riskScore (usage drop, competitor eval), which the model's order puts first.
  const list: Account[] = [
    {
      id: 'small',
      arr: 96_000,
      renewalDate: '2026-12-03',
      usage: [
        { month: '2026-01', usageRate: 0.8 },
        { month: '2026-02', usageRate: 0.8 },
        { month: '2026-03', usageRate: 0.3 },
      ],
      events: [{ type: 'competitor-eval', at: '2026-03-20' }],
    },
    { id: 'big', arr: 800_000, renewalDate: '2026-04-01', nps: 5 },
    { id: 'calm', arr: 900_000, renewalDate: '2026-04-02' },
    { id: 'none', nps: 3, renewalDate: '2026-04-05' },
  ];
  const a = assessIndexed({ kind: 'accounts', model: assessChurn, asOf: '2026-03-31', list });
  const f = facetsOf('accounts', a, list, CHURN_SIGNAL_CODES);
  const ids = (order: ArrayLike<number>) => Array.from(order, (k) => list[f.index[k]!]!.id);

  test('the model puts the small critical account first; act first puts the big one first', () => {
    assert.deepEqual(ids(Array.from(f.level.keys())), ['small', 'big', 'none', 'calm']);
    const s = churnSorts(f, list).find((x) => x.key === ACT_FIRST_SORT)!;
    assert.equal(s.dir, -1);
    // big: 30/31 · 800k · 3 (renewal at risk makes it critical); small: 30/277 · 96k · 3; none: no ARR → 0;
    // calm: ok → 0; ties keep the model's order.
    assert.deepEqual(ids(drainSteps(sortOrderSteps(f.level.length, s.value, s.dir, 'en'))), [
      'big',
      'small',
      'none',
      'calm',
    ]);
    assert.equal(churnSorts(f, list)[0]!.key, ACT_FIRST_SORT);
  });
});

describe('the sparkline plots the measure the symptom names', () => {
  const usage = [
    { month: '2026-01', usageRate: 0.5, activeUsers: 150 },
    { month: '2026-02', usageRate: 0.5, activeUsers: 120 },
    { month: '2026-03', usageRate: 0.5, activeUsers: 40 },
  ];
  test("a row's first usage signal names the measure", () => {
    assert.equal(signalMeasure([{ code: 'ticket-spike' }, { code: 'active-users-drop' }]), 'activeUsers');
    assert.equal(signalMeasure([{ code: 'usage-drop' }, { code: 'active-users-drop' }]), 'usageRate');
    assert.equal(signalMeasure([{ code: 'low-usage' }]), 'usageRate');
    assert.equal(signalMeasure([{ code: 'detractor' }]), null);
  });

  test('"active users down" plots active users, not the flat usage rate', () => {
    const s = usageSeries(usage, 'activeUsers')!;
    assert.equal(s.measure, 'activeUsers');
    assert.deepEqual(
      s.points.map((p) => p.value),
      [150, 120, 40],
    );
    assert.equal(s.domain, undefined);
    // without a named measure (or without values for it): usage rate first, as before
    assert.equal(usageSeries(usage)!.measure, 'usageRate');
    assert.equal(usageSeries(usage, null)!.measure, 'usageRate');
    assert.equal(usageSeries([{ month: '2026-01', usageRate: 0.4 }], 'activeUsers')!.measure, 'usageRate');
  });

  test('the rows of an assessment: active-users-drop names active users', () => {
    const r = assessChurn({ asOf: '2026-04-15', accounts: [{ id: 'x', usage }] });
    const row = r.rows[0]!;
    assert.ok(row.signals.some((s) => s.code === 'active-users-drop'));
    assert.equal(usageSeries(usage, signalMeasure(row.signals))!.measure, 'activeUsers');
  });
});
