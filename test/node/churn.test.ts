import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  assessChurn,
  ACTION_FOR_CAUSE,
  CHURN_ACTIONS,
  CHURN_CAUSES,
  DEFAULT_CHURN_RULES,
  resolveChurnRules,
  type ChurnRow,
} from '../../src/models/churn.js';
import { hasIssue, issuesOf, near } from './helpers.js';

// Every case is assessed as of 2026-03-31 unless it says otherwise.
const AS_OF = '2026-03-31';
type Acct = Record<string, unknown>;

function one(a: Acct, rules?: unknown): ChurnRow {
  const r = assessChurn({ asOf: AS_OF, rules, accounts: [{ id: 'a', ...a }] });
  assert.deepEqual(r.invalid, []);
  assert.equal(r.rows.length, 1);
  return r.rows[0]!;
}
const codes = (row: ChurnRow) => row.signals.map((s) => `${s.code}:${s.level}`);
const rates = (...xs: [string, number][]) => xs.map(([month, usageRate]) => ({ month, usageRate }));
const users = (...xs: [string, number][]) => xs.map(([month, activeUsers]) => ({ month, activeUsers }));

describe('assessChurn: usage', () => {
  test('one point: no drop signal (needs two)', () => {
    const r = one({ usage: rates(['2026-03', 0.5]) });
    assert.deepEqual(codes(r), []);
    assert.equal(r.level, 'ok');
  });

  test('two points: exactly a 0.2 drop is a warning (float tolerance)', () => {
    // (0.5 − 0.4) / 0.5 = 0.19999999999999996 in floating point: reaches 0.2 with the 1e-9 tolerance.
    const r = one({ usage: rates(['2026-01', 0.5], ['2026-02', 0.4]) });
    assert.deepEqual(codes(r), ['usage-drop:warning']);
    near(r.signals[0]!.detail, { latest: 0.4, latestMonth: '2026-02', baseline: 0.5, baselinePoints: 1, drop: 0.2 });
    assert.equal(r.signals[0]!.cause, 'value');
    // 0.5 → 0.41: drop 0.18 → none
    assert.deepEqual(codes(one({ usage: rates(['2026-01', 0.5], ['2026-02', 0.41]) })), []);
  });

  test('four unsorted points, lookback 3: read sorted by month, baseline of the three before the latest', () => {
    // Sorted: 2025-12 0.6, 2026-01 0.6, 2026-02 0.6, 2026-03 0.36. Baseline 0.6,
    // drop (0.6 − 0.36) / 0.6 = 0.4 → critical. Read in input order the latest would be 0.6 (no drop).
    const r = one({ usage: rates(['2026-03', 0.36], ['2026-01', 0.6], ['2026-02', 0.6], ['2025-12', 0.6]) });
    assert.deepEqual(codes(r), ['usage-drop:critical']);
    near(r.signals[0]!.detail, { latest: 0.36, latestMonth: '2026-03', baseline: 0.6, baselinePoints: 3, drop: 0.4 });
    assert.equal(r.riskScore, 3);
  });

  test('a fifth, older point is outside the lookback', () => {
    // Adding 2025-11 at 0: with it the baseline would be (0 + 0.6·3)/4 = 0.45 → drop 0.2 (warning).
    // Lookback 3 leaves it out: still critical.
    const r = one({
      usage: rates(['2025-11', 0], ['2025-12', 0.6], ['2026-01', 0.6], ['2026-02', 0.6], ['2026-03', 0.36]),
    });
    assert.deepEqual(codes(r), ['usage-drop:critical']);
    // With lookback 4 it is in: 0.45 baseline, drop (0.45 − 0.36)/0.45 = 0.2 → warning.
    const r4 = one(
      { usage: rates(['2025-11', 0], ['2025-12', 0.6], ['2026-01', 0.6], ['2026-02', 0.6], ['2026-03', 0.36]) },
      { usageLookbackMonths: 4 },
    );
    assert.deepEqual(codes(r4), ['usage-drop:warning']);
    near(r4.signals[0]!.detail, { baseline: 0.45, baselinePoints: 4, drop: 0.2 });
  });

  test('the latest point is the last one that has the measure; points without it are skipped', () => {
    // usageRate present in 2025-12 (0.8), 2026-02 (0.4); 2026-01 and 2026-03 only have activeUsers.
    // latest usageRate = 2026-02 0.4, baseline = 0.8 (one earlier point) → drop 0.5 → critical.
    // activeUsers: 2026-01 10, 2026-03 10 → no drop.
    const r = one({
      usage: [
        { month: '2025-12', usageRate: 0.8 },
        { month: '2026-01', activeUsers: 10, usageRate: null },
        { month: '2026-02', usageRate: 0.4 },
        { month: '2026-03', activeUsers: 10 },
      ],
    });
    assert.deepEqual(codes(r), ['usage-drop:critical']);
    near(r.signals[0]!.detail, { latest: 0.4, latestMonth: '2026-02', baseline: 0.8, baselinePoints: 1, drop: 0.5 });
  });

  test('active users: 0.2 drop warning, 0.19 none, 0.4 critical', () => {
    const au = (last: number) => one({ usage: users(['2026-01', 100], ['2026-02', 100], ['2026-03', last]) });
    assert.deepEqual(codes(au(80)), ['active-users-drop:warning']); // 20/100
    assert.deepEqual(codes(au(81)), []); // 19/100
    assert.deepEqual(codes(au(61)), ['active-users-drop:warning']); // 0.39
    const c = au(60); // 0.4
    assert.deepEqual(codes(c), ['active-users-drop:critical']);
    near(c.signals[0]!.detail, { latest: 60, baseline: 100, drop: 0.4, baselinePoints: 2 });
    assert.equal(c.signals[0]!.cause, 'value');
    // growth is no drop
    assert.deepEqual(codes(au(150)), []);
  });

  test('a baseline mean of 0 gives no drop signal', () => {
    assert.deepEqual(codes(one({ usage: users(['2026-01', 0], ['2026-02', 0], ['2026-03', 0]) })), []);
    // usageRate baseline 0 → no usage-drop; latest 0.1 < 0.3 still gives low-usage.
    assert.deepEqual(codes(one({ usage: rates(['2026-02', 0], ['2026-03', 0.1]) })), ['low-usage:warning']);
  });

  test('low usage: latest usageRate 0.3 is not below 0.3; 0.29 is', () => {
    assert.deepEqual(codes(one({ usage: rates(['2026-03', 0.3]) })), []);
    const r = one({ usage: rates(['2026-03', 0.29]) });
    assert.deepEqual(codes(r), ['low-usage:warning']);
    near(r.signals[0]!.detail, { latest: 0.29, threshold: 0.3 });
    // drop and low usage together, in contract order: usage-drop, active-users-drop, low-usage
    const both = one({
      usage: [
        { month: '2026-02', usageRate: 0.5, activeUsers: 10 },
        { month: '2026-03', usageRate: 0.2, activeUsers: 7 },
      ],
    });
    // usage drop 0.6 → critical; active users 0.3 → warning; 0.2 < 0.3 → low-usage
    assert.deepEqual(codes(both), ['usage-drop:critical', 'active-users-drop:warning', 'low-usage:warning']);
    assert.equal(both.riskScore, 5);
    assert.deepEqual(both.causes, ['value']);
    assert.deepEqual(both.actions, ['value-review-adoption']);
  });
});

describe('assessChurn: tickets, satisfaction, payment, contacts', () => {
  test('ticket spike at 2× and 3× of the baseline', () => {
    const t = (last30d: number) => codes(one({ tickets: { last30d, baseline30d: 10 } }));
    assert.deepEqual(t(19), []); // 1.9
    assert.deepEqual(t(20), ['ticket-spike:warning']); // 2.0
    assert.deepEqual(t(29), ['ticket-spike:warning']); // 2.9
    assert.deepEqual(t(30), ['ticket-spike:critical']); // 3.0
    const r = one({ tickets: { last30d: 7, baseline30d: 3 } }); // 2.33
    near(r.signals[0]!.detail, { last30d: 7, baseline30d: 3, ratio: 7 / 3 });
    assert.equal(r.signals[0]!.cause, 'service');
  });

  test('baseline 0: five tickets or more is a warning, never critical', () => {
    assert.deepEqual(codes(one({ tickets: { last30d: 4, baseline30d: 0 } })), []);
    const r = one({ tickets: { last30d: 5, baseline30d: 0 } });
    assert.deepEqual(codes(r), ['ticket-spike:warning']);
    assert.deepEqual(r.signals[0]!.detail, { last30d: 5, baseline30d: 0, ratio: null });
    assert.deepEqual(codes(one({ tickets: { last30d: 500, baseline30d: 0 } })), ['ticket-spike:warning']);
  });

  test('escalation, detractor, low csat, payment overdue, contact changed at their edges', () => {
    assert.deepEqual(codes(one({ tickets: { last30d: 0, baseline30d: 0, escalated: 0 } })), []);
    assert.deepEqual(codes(one({ tickets: { last30d: 0, baseline30d: 0, escalated: 1 } })), ['escalation:warning']);
    assert.deepEqual(codes(one({ nps: 7 })), []);
    const d = one({ nps: 6 });
    assert.deepEqual(codes(d), ['detractor:warning']);
    assert.equal(d.signals[0]!.cause, 'satisfaction');
    assert.deepEqual(codes(one({ csat: 3 })), []);
    const c = one({ csat: 2.99 });
    assert.deepEqual(codes(c), ['low-csat:warning']);
    assert.equal(c.signals[0]!.cause, 'service');
    assert.deepEqual(codes(one({ overdueDays: 30 })), []);
    assert.deepEqual(codes(one({ overdueDays: 31 })), ['payment-overdue:warning']);
    assert.deepEqual(codes(one({ overdueDays: 60 })), ['payment-overdue:warning']);
    const p = one({ overdueDays: 61 });
    assert.deepEqual(codes(p), ['payment-overdue:critical']);
    assert.equal(p.signals[0]!.cause, 'business');
    assert.deepEqual(codes(one({ contactChanged: false })), []);
    const k = one({ contactChanged: true });
    assert.deepEqual(codes(k), ['contact-changed:warning']);
    assert.equal(k.signals[0]!.cause, 'relationship');
    assert.deepEqual(k.actions, ['rebuild-relationship']);
  });
});

describe('assessChurn: events', () => {
  const ev = (type: string, at: string) => ({ type, at });

  test('the window is 0..90 days before asOf; older and future events are ignored', () => {
    assert.deepEqual(codes(one({ events: [ev('complaint', '2025-12-30')] })), []); // 91 days
    assert.deepEqual(codes(one({ events: [ev('complaint', '2025-12-31')] })), ['complaint:warning']); // 90 days
    assert.deepEqual(codes(one({ events: [ev('complaint', '2026-04-01')] })), []); // −1 day
    assert.deepEqual(codes(one({ events: [ev('complaint', AS_OF)] })), ['complaint:warning']); // 0 days
    // 2026-04-01T05:00+08:00 is 2026-03-31T21:00Z: on asOf, counted. 2026-04-01T09:00+08:00 is 04-01Z: future.
    assert.deepEqual(codes(one({ events: [ev('complaint', '2026-04-01T05:00:00+08:00')] })), ['complaint:warning']);
    assert.deepEqual(codes(one({ events: [ev('complaint', '2026-04-01T09:00:00+08:00')] })), []);
  });

  test('several events of one type give one signal; unknown types are ignored; levels and causes per type', () => {
    const r = one({
      events: [
        ev('complaint', '2026-03-01'),
        ev('price-increase', '2026-03-02'),
        ev('business-change', '2026-02-01'),
        ev('complaint', '2026-03-20'),
        ev('competitor-eval', '2026-03-03'),
        ev('complaint', '2025-01-01'), // outside the window
        ev('downgrade-request', '2026-03-10'),
      ],
    });
    // contract order: downgrade-request, competitor-eval, business-change, complaint
    assert.deepEqual(codes(r), [
      'downgrade-request:critical',
      'competitor-eval:critical',
      'business-change:warning',
      'complaint:warning',
    ]);
    assert.deepEqual(
      r.signals.map((s) => s.cause),
      ['price', 'competition', 'business', 'service'],
    );
    assert.deepEqual(r.signals[3]!.detail, { count: 2, lastAt: '2026-03-20', daysAgo: 11 });
    assert.equal(r.riskScore, 8);
    assert.deepEqual(r.causes, ['price', 'competition', 'business', 'service']);
    assert.deepEqual(r.actions, ['pricing-review', 'competitive-defense', 'business-health-check', 'service-recovery']);
  });

  test('eventWindowDays from partial rules', () => {
    assert.deepEqual(codes(one({ events: [ev('complaint', '2026-03-01')] }, { eventWindowDays: 29 })), []); // 30 days
    assert.deepEqual(codes(one({ events: [ev('complaint', '2026-03-01')] }, { eventWindowDays: 30 })), [
      'complaint:warning',
    ]);
  });
});

describe('assessChurn: renewal', () => {
  test('renewal in the window with a signal adds a critical renewal-at-risk signal, last', () => {
    // 2026-06-29 is 90 days after 2026-03-31 (30 + 31 + 29).
    const r = one({ renewalDate: '2026-06-29', nps: 3 });
    assert.equal(r.daysToRenewal, 90);
    assert.deepEqual(codes(r), ['detractor:warning', 'renewal-at-risk:critical']);
    assert.deepEqual(r.signals[1], {
      code: 'renewal-at-risk',
      cause: 'renewal',
      level: 'critical',
      detail: { daysToRenewal: 90, renewalDate: '2026-06-29' },
    });
    assert.equal(r.level, 'critical');
    assert.equal(r.riskScore, 4);
    // critical first: renewal before satisfaction
    assert.deepEqual(r.causes, ['renewal', 'satisfaction']);
    assert.deepEqual(r.actions, ['renewal-plan', 'satisfaction-follow-up']);
  });

  test('out of the window (91 days, or already past) no escalation', () => {
    const r = one({ renewalDate: '2026-06-30', nps: 3 });
    assert.equal(r.daysToRenewal, 91);
    assert.deepEqual(codes(r), ['detractor:warning']);
    const past = one({ renewalDate: '2026-03-30', nps: 3 });
    assert.equal(past.daysToRenewal, -1);
    assert.deepEqual(codes(past), ['detractor:warning']);
    // renewal on asOf (0 days) is in the window
    assert.deepEqual(codes(one({ renewalDate: AS_OF, nps: 3 })), ['detractor:warning', 'renewal-at-risk:critical']);
  });

  test('in the window without any other signal: ok, daysToRenewal still given; null without a date', () => {
    const r = one({ renewalDate: '2026-04-10', nps: 9, csat: 5 });
    assert.deepEqual(r, {
      id: 'a',
      level: 'ok',
      riskScore: 0,
      signals: [],
      causes: [],
      daysToRenewal: 10,
      actions: [],
    });
    assert.equal(one({}).daysToRenewal, null);
  });

  test('renewalWindowDays from partial rules', () => {
    assert.deepEqual(codes(one({ renewalDate: '2026-04-10', nps: 3 }, { renewalWindowDays: 9 })), [
      'detractor:warning',
    ]);
    assert.deepEqual(codes(one({ renewalDate: '2026-04-10', nps: 3 }, { renewalWindowDays: 10 })), [
      'detractor:warning',
      'renewal-at-risk:critical',
    ]);
  });
});

describe('assessChurn: causes, sorting, summary', () => {
  test('causes: distinct, the worst level first, then first appearance', () => {
    // Signals in order: usage-drop warning (value), ticket-spike critical (service), escalation warning (service),
    // detractor warning (satisfaction), competitor-eval critical (competition), renewal-at-risk critical (renewal).
    const r = one({
      renewalDate: '2026-05-01',
      usage: rates(['2026-02', 0.5], ['2026-03', 0.4]),
      tickets: { last30d: 9, baseline30d: 3, escalated: 2 },
      nps: 0,
      events: [{ type: 'competitor-eval', at: '2026-03-30' }],
    });
    assert.deepEqual(codes(r), [
      'usage-drop:warning',
      'ticket-spike:critical',
      'escalation:warning',
      'detractor:warning',
      'competitor-eval:critical',
      'renewal-at-risk:critical',
    ]);
    assert.equal(r.riskScore, 12); // 3 critical × 3 + 3 warning × 1
    assert.deepEqual(r.causes, ['service', 'competition', 'renewal', 'value', 'satisfaction']);
    assert.deepEqual(
      r.actions,
      r.causes.map((c) => ACTION_FOR_CAUSE[c]),
    );
    for (const a of r.actions) assert.ok((CHURN_ACTIONS as readonly string[]).includes(a));
  });

  test('rows sorted by level, riskScore, arr (missing = 0); summary with arrAtRisk', () => {
    const r = assessChurn({
      asOf: AS_OF,
      accounts: [
        { id: 'ok-big', arr: 900, nps: 9 }, // ok
        { id: 'w-100', arr: 100, nps: 1 }, // warning, score 1
        { id: 'c-none', overdueDays: 90 }, // critical, score 3, arr missing → 0
        { id: 'c-200', arr: 200, overdueDays: 61 }, // critical, score 3
        { id: 'c-200b', arr: 200, overdueDays: 100 }, // critical, score 3, ties c-200 → input order
        { id: 'c-many', arr: 1, overdueDays: 61, nps: 2 }, // critical, score 4
        { id: 'w-300', arr: 300, contactChanged: true }, // warning, score 1
      ],
    });
    assert.deepEqual(
      r.rows.map((x) => x.id),
      ['c-many', 'c-200', 'c-200b', 'c-none', 'w-300', 'w-100', 'ok-big'],
    );
    // at risk: 100 + 0 + 200 + 200 + 1 + 300 = 801
    assert.deepEqual(r.summary, { ok: 1, warning: 2, critical: 4, arrAtRisk: 801 });
    assert.deepEqual(r.invalid, []);
    assert.deepEqual(Object.keys(r).sort(), ['invalid', 'rows', 'summary']);
    assert.deepEqual(Object.keys(r.rows[0]!).sort(), [
      'actions',
      'causes',
      'daysToRenewal',
      'id',
      'level',
      'riskScore',
      'signals',
    ]);
  });
});

describe('assessChurn: rules and validation', () => {
  test('partial rules merge key by key; null counts as absent', () => {
    const rules = resolveChurnRules({ usageDropWarn: 0.1, lowUsageRate: null });
    assert.deepEqual(rules, { ...DEFAULT_CHURN_RULES, usageDropWarn: 0.1 });
    // 0.5 → 0.44: drop 0.12 → warning with 0.1, none by default
    assert.deepEqual(codes(one({ usage: rates(['2026-02', 0.5], ['2026-03', 0.44]) }, { usageDropWarn: 0.1 })), [
      'usage-drop:warning',
    ]);
    assert.deepEqual(codes(one({ usage: rates(['2026-02', 0.5], ['2026-03', 0.44]) })), []);
    assert.deepEqual(
      [...CHURN_CAUSES],
      ['value', 'service', 'satisfaction', 'business', 'relationship', 'competition', 'price', 'renewal'],
    );
  });

  test('malformed rules or envelope throw with paths from the root', () => {
    const bad = (rules: unknown) => issuesOf(() => assessChurn({ asOf: AS_OF, rules, accounts: [] }));
    hasIssue(bad({ usageLookbackMonths: 0 }), 'rules.usageLookbackMonths');
    hasIssue(bad({ usageLookbackMonths: 1.5 }), 'rules.usageLookbackMonths');
    hasIssue(bad({ usageDropWarn: 2 }), 'rules.usageDropWarn');
    hasIssue(bad({ eventWindowDays: -1 }), 'rules.eventWindowDays');
    hasIssue(bad([]), 'rules');
    const env = issuesOf(() => assessChurn({ asOf: '31/03/2026', accounts: {} }));
    hasIssue(env, 'asOf');
    hasIssue(env, 'accounts');
  });

  test('a malformed account among good ones: the others are assessed, the bad one reported with field paths', () => {
    const r = assessChurn({
      asOf: AS_OF,
      accounts: [
        { id: 'g1', nps: 2 },
        {
          id: 'b1',
          usage: [
            { month: '2026-01', usageRate: 0.5 },
            { month: '2026-13', usageRate: 0.4 },
          ],
          csat: 7,
        },
        { id: 'g2', arr: 50 },
        { id: 'b2', usage: rates(['2026-01', 0.5], ['2026-01', 0.4]) },
        { id: 'b3', events: [{ type: 'complaint', at: 'last week' }], tickets: { last30d: 1 } },
        { name: 'no id' },
        {
          id: 'g3',
          arr: null,
          name: null,
          renewalDate: null,
          usage: null,
          tickets: null,
          events: null,
          nps: null,
          csat: null,
        },
      ],
    });
    assert.deepEqual(
      r.rows.map((x) => x.id),
      ['g1', 'g2', 'g3'],
    );
    assert.deepEqual(r.summary, { ok: 2, warning: 1, critical: 0, arrAtRisk: 0 });
    assert.deepEqual(
      r.invalid.map((i) => [i.index, i.id]),
      [
        [1, 'b1'],
        [3, 'b2'],
        [4, 'b3'],
        [5, undefined],
      ],
    );
    hasIssue(r.invalid[0]!.issues, 'usage.1.month');
    hasIssue(r.invalid[0]!.issues, 'csat');
    assert.match(hasIssue(r.invalid[1]!.issues, 'usage.1.month').message, /2026-01/);
    hasIssue(r.invalid[2]!.issues, 'events.0.at');
    hasIssue(r.invalid[2]!.issues, 'tickets.baseline30d');
    hasIssue(r.invalid[3]!.issues, 'id');
  });
});
