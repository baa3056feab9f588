import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  assessOpportunities,
  DEFAULT_PIPELINE_RULES,
  OPPORTUNITY_SUGGESTIONS,
  resolvePipelineRules,
  type OpportunityRow,
} from '../../src/models/opportunities.js';
import {
  levelCounts,
  moneyAtRisk,
  riskScore,
  sortByRisk,
  worstLevel,
  compareLevels,
  LEVELS,
} from '../../src/models/signals.js';
import { hasIssue, issuesOf, near } from './helpers.js';

// Every case is assessed as of 2026-03-31 unless it says otherwise.
const AS_OF = '2026-03-31';
const calls = (...at: string[]) => at.map((a) => ({ type: 'call', at: a }));

type Opp = Record<string, unknown>;
/** A regular qualify-stage opportunity, amount 1000. */
const opp = (id: string, extra: Opp = {}): Opp => ({ id, amount: 1000, stage: 'qualify', ...extra });

function one(o: Opp, rules?: unknown): OpportunityRow {
  const r = assessOpportunities({ asOf: AS_OF, rules, opportunities: [o] });
  assert.deepEqual(r.invalid, []);
  assert.equal(r.rows.length, 1);
  return r.rows[0]!;
}
const codes = (row: OpportunityRow) => row.signals.map((s) => `${s.code}:${s.level}`);

describe('shared signals module', () => {
  test('levels, worst level and risk score', () => {
    assert.deepEqual([...LEVELS], ['ok', 'warning', 'critical']);
    assert.ok(
      compareLevels('critical', 'warning') > 0 && compareLevels('ok', 'warning') < 0 && compareLevels('ok', 'ok') === 0,
    );
    assert.equal(worstLevel([]), 'ok');
    assert.equal(worstLevel([{ level: 'warning' }, { level: 'critical' }, { level: 'warning' }]), 'critical');
    // 3 per critical + 1 per warning: 2 critical + 3 warning = 9.
    const s = [
      { level: 'critical' },
      { level: 'warning' },
      { level: 'warning' },
      { level: 'critical' },
      { level: 'warning' },
    ] as const;
    assert.equal(riskScore(s), 9);
    assert.equal(riskScore([]), 0);
  });

  test('sort by level, riskScore, money descending; input order on ties; summary', () => {
    const rows = [
      { id: 'a', level: 'warning', riskScore: 1 },
      { id: 'b', level: 'critical', riskScore: 3 },
      { id: 'c', level: 'ok', riskScore: 0 },
      { id: 'd', level: 'critical', riskScore: 4 },
      { id: 'e', level: 'critical', riskScore: 3 },
      { id: 'f', level: 'critical', riskScore: 3 },
      { id: 'g', level: 'warning', riskScore: 2 },
    ] as const;
    const money = [50, 10, 999, 1, 20, 10, 0];
    // critical: d (score 4) first; b/e/f score 3: e (20), then b and f both 10 in input order.
    // warning: g (score 2) before a (score 1) despite less money; ok last.
    assert.deepEqual(
      sortByRisk(rows, money).map((r) => r.id),
      ['d', 'e', 'b', 'f', 'g', 'a', 'c'],
    );
    assert.deepEqual(
      rows.map((r) => r.id),
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      'input left as it is',
    );
    assert.deepEqual(levelCounts(rows), { ok: 1, warning: 2, critical: 4 });
    // everything but c: 50 + 10 + 1 + 20 + 10 + 0 = 91
    assert.equal(moneyAtRisk(rows, money), 91);
    // A risk score too large for the packed integer key takes the comparator path: same order.
    const huge = rows.map((r) => ({ ...r, riskScore: r.riskScore * 2 ** 50 }));
    assert.deepEqual(
      sortByRisk(huge, money).map((r) => r.id),
      ['d', 'e', 'b', 'f', 'g', 'a', 'c'],
    );
  });

  test('sort: equal money keeps input order across many rows; fractional money compares exactly', () => {
    // 1000 warning rows with score 1; money 0.1, 0.2, 0.1, 0.2, …: every 0.2 row (odd index) first, in input order.
    const many = Array.from({ length: 1000 }, (_, i) => ({ i, level: 'warning' as const, riskScore: 1 }));
    const m = many.map((r) => (r.i % 2 ? 0.2 : 0.1));
    const sorted = sortByRisk(many, m).map((r) => r.i);
    const expected = [
      ...many.filter((r) => r.i % 2).map((r) => r.i),
      ...many.filter((r) => !(r.i % 2)).map((r) => r.i),
    ];
    assert.deepEqual(sorted, expected);
    // 0.1 + 0.2 (0.30000000000000004) sorts above 0.3
    assert.deepEqual(
      sortByRisk(
        [
          { level: 'ok', riskScore: 0, k: 'a' },
          { level: 'ok', riskScore: 0, k: 'b' },
        ],
        [0.3, 0.1 + 0.2],
      ).map((r) => r.k),
      ['b', 'a'],
    );
  });
});

describe('assessOpportunities: stage-overdue', () => {
  // qualify: standardDays 14; cycleRatio = daysInStage / 14. Two calls on asOf keep
  // compliance at 1 and daysIdle at 0, so stage-overdue is the only possible signal.
  const row = (entered: string) => one(opp('o', { stageEnteredAt: entered, activities: calls(AS_OF, AS_OF) }));

  test('ratio exactly 1.0 is not above cycleWarn; 15 days (1.071) is a warning', () => {
    const at14 = row('2026-03-17'); // 14 days → 1.0
    assert.deepEqual(codes(at14), []);
    assert.equal(at14.level, 'ok');
    near(at14.metrics, { completeness: 0, compliance: 1, daysInStage: 14, cycleRatio: 1, daysIdle: 0 });
    const at15 = row('2026-03-16'); // 15 days → 15/14 = 1.0714
    assert.deepEqual(codes(at15), ['stage-overdue:warning']);
    near(at15.signals[0]!.detail, { daysInStage: 15, standardDays: 14, cycleRatio: 15 / 14 });
    assert.equal(at15.signals[0]!.dimension, 'cycle');
    assert.deepEqual(at15.suggestions, ['review-stage-plan']);
    assert.equal(at15.riskScore, 1);
  });

  test('ratio exactly 1.5 is a warning; 22 days (1.571) is critical', () => {
    assert.deepEqual(codes(row('2026-03-10')), ['stage-overdue:warning']); // 21/14 = 1.5
    const r = row('2026-03-09'); // 22/14 = 1.5714
    assert.deepEqual(codes(r), ['stage-overdue:critical']);
    assert.equal(r.level, 'critical');
    assert.equal(r.riskScore, 3);
  });
});

describe('assessOpportunities: activity-shortfall', () => {
  // qualify needs 2 calls; one call on asOf → compliance 1/2, daysIdle 0.
  const row = (entered: string, stage = 'qualify', acts = calls(AS_OF)) =>
    one(opp('o', { stage, stageEnteredAt: entered, activities: acts }));

  test('below half the standard days: no signal; at half (7 of 14): warning', () => {
    const r6 = row('2026-03-25'); // 6 days < 7
    assert.deepEqual(codes(r6), []);
    near(r6.metrics.compliance, 0.5);
    const r7 = row('2026-03-24'); // 7 days ≥ 14/2
    assert.deepEqual(codes(r7), ['activity-shortfall:warning']);
    near(r7.signals[0]!.detail, { shortfall: { call: 1 }, compliance: 0.5, daysInStage: 7, standardDays: 14 });
    assert.equal(r7.signals[0]!.dimension, 'action');
    assert.deepEqual(r7.suggestions, ['schedule-required-activities']);
  });

  test('exactly standardDays is still a warning; one day beyond is critical (with stage-overdue)', () => {
    assert.deepEqual(codes(row('2026-03-17')), ['activity-shortfall:warning']); // 14 days, not > 14
    const r = row('2026-03-16'); // 15 days > 14; 15/14 > 1.0 → stage-overdue warning, listed first
    assert.deepEqual(codes(r), ['stage-overdue:warning', 'activity-shortfall:critical']);
    assert.equal(r.riskScore, 4);
    assert.deepEqual(r.suggestions, ['review-stage-plan', 'schedule-required-activities']);
  });

  test('a fractional half: solution (21 days) warns from 11 days (≥ 10.5), not at 10', () => {
    // solution needs visit 1 + demo 1; one visit → compliance 1/2.
    const visit = [{ type: 'visit', at: AS_OF }];
    assert.deepEqual(codes(row('2026-03-21', 'solution', visit)), []); // 10 days
    const r = row('2026-03-20', 'solution', visit); // 11 days
    assert.deepEqual(codes(r), ['activity-shortfall:warning']);
    near(r.signals[0]!.detail, { shortfall: { demo: 1 }, compliance: 0.5 });
  });

  test('activities beyond the requirement do not make up for another type', () => {
    // solution: 3 visits, 0 demos → min(3,1) + min(0,1) = 1 of 2.
    const r = row(
      '2026-03-20',
      'solution',
      [1, 2, 3].map(() => ({ type: 'visit', at: AS_OF })),
    );
    near(r.metrics.compliance, 0.5);
  });
});

describe('assessOpportunities: idle', () => {
  // proposal: standardDays 14, maxIdleDays 5, critical above 5 × 2 = 10 days.
  // Entered 2026-03-20 (11 days, ratio 0.79); one proposal activity keeps compliance at 1.
  const row = (lastAt: string) =>
    one(
      opp('o', {
        stage: 'proposal',
        stageEnteredAt: '2026-03-20',
        activities: [
          { type: 'proposal', at: '2026-03-20' },
          { type: 'call', at: lastAt },
        ],
      }),
    );

  test('exactly maxIdleDays: none; one day more: warning', () => {
    const r5 = row('2026-03-26'); // idle 5
    assert.deepEqual(codes(r5), []);
    near(r5.metrics.daysIdle, 5);
    const r6 = row('2026-03-25'); // idle 6
    assert.deepEqual(codes(r6), ['idle:warning']);
    near(r6.signals[0]!.detail, { daysIdle: 6, maxIdleDays: 5 });
    assert.equal((r6.signals[0]!.detail as { lastActivityAt: string }).lastActivityAt, '2026-03-25');
    assert.deepEqual(r6.suggestions, ['contact-now']);
  });

  test('exactly maxIdleDays × idleCriticalFactor: warning; one day more: critical', () => {
    assert.deepEqual(codes(row('2026-03-21')), ['idle:warning']); // idle 10
    const r = one(
      opp('o', {
        stage: 'proposal',
        stageEnteredAt: '2026-03-20',
        activities: [{ type: 'proposal', at: '2026-03-20' }],
      }),
    );
    assert.deepEqual(codes(r), ['idle:critical']); // idle 11
    near(r.metrics.daysIdle, 11);
  });

  test('activities of an earlier stage count for idle, not for compliance', () => {
    // qualify entered 2026-03-24 (7 days); both calls on 2026-03-23 (previous stage).
    const r = one(opp('o', { stageEnteredAt: '2026-03-24', activities: calls('2026-03-23', '2026-03-23') }));
    near(r.metrics, { compliance: 0, daysInStage: 7, daysIdle: 8 });
    assert.deepEqual(codes(r), ['activity-shortfall:warning', 'idle:warning']);
  });

  test('no activities at all: daysIdle from stageEnteredAt, shortfall of every required activity', () => {
    // qualify entered 2026-03-23: 8 days in stage = 8 days idle (> 7); 0 of 2 calls, 8 ≥ 7.
    const r = one(opp('o', { stageEnteredAt: '2026-03-23' }));
    near(r.metrics, { completeness: 0, compliance: 0, daysInStage: 8, cycleRatio: 8 / 14, daysIdle: 8 });
    assert.deepEqual(codes(r), ['activity-shortfall:warning', 'idle:warning']);
    near(r.signals[0]!.detail, { shortfall: { call: 2 } });
    assert.equal((r.signals[1]!.detail as { lastActivityAt: unknown }).lastActivityAt, null);
    assert.equal(r.level, 'warning');
    assert.equal(r.riskScore, 2);
    assert.deepEqual(r.suggestions, ['schedule-required-activities', 'contact-now']);
    // An empty list is the same as none.
    near(one(opp('o', { stageEnteredAt: '2026-03-23', activities: [] })).metrics, r.metrics);
  });
});

describe('assessOpportunities: activity windows by UTC calendar day', () => {
  test('a +08:00 date-time early in the day falls on the previous UTC day', () => {
    // Entered 2026-03-20 (11 days). Calls:
    //  2026-03-20T07:00+08:00 = 2026-03-19T23:00Z → before the stage: idle only
    //  2026-03-21T01:00+08:00 = 2026-03-20T17:00Z → in the stage (the entry day counts)
    //  2026-04-01T09:00+08:00 = 2026-04-01T01:00Z → after asOf: ignored entirely
    // → 1 of 2 calls (compliance 0.5, 11 ≥ 7 → warning); latest at or before asOf is
    // UTC day 2026-03-20 → 11 days idle (> 7, ≤ 14 → warning).
    const r = one(
      opp('o', {
        stageEnteredAt: '2026-03-20',
        activities: calls('2026-03-20T07:00:00+08:00', '2026-03-21T01:00:00+08:00', '2026-04-01T09:00:00+08:00'),
      }),
    );
    near(r.metrics, { compliance: 0.5, daysInStage: 11, daysIdle: 11 });
    assert.deepEqual(codes(r), ['activity-shortfall:warning', 'idle:warning']);
  });

  test('a +08:00 date-time on the next local day can still be on asOf in UTC', () => {
    // 2026-04-01T05:00+08:00 = 2026-03-31T21:00Z → on asOf: counted, idle 0.
    const r = one(
      opp('o', {
        stageEnteredAt: '2026-03-20',
        activities: calls('2026-03-21T01:00:00+08:00', '2026-04-01T05:00:00+08:00'),
      }),
    );
    near(r.metrics, { compliance: 1, daysIdle: 0 });
    assert.deepEqual(codes(r), []);
  });

  test('asOf and stageEnteredAt as date-times are read as their UTC days', () => {
    // asOf 2026-04-01T02:00+08:00 = 2026-03-31; entered 2026-03-17T12:00Z → 14 days, ratio 1.0.
    const r = assessOpportunities({
      asOf: '2026-04-01T02:00:00+08:00',
      opportunities: [opp('o', { stageEnteredAt: '2026-03-17T12:00:00Z', activities: calls(AS_OF, AS_OF) })],
    }).rows[0]!;
    near(r.metrics, { daysInStage: 14, cycleRatio: 1, daysIdle: 0 });
  });
});

describe('assessOpportunities: close date', () => {
  const row = (close: string) =>
    one(opp('o', { stageEnteredAt: AS_OF, activities: calls(AS_OF, AS_OF), expectedCloseDate: close }));
  test('a close date on asOf has not passed; the day before has (critical)', () => {
    assert.deepEqual(codes(row(AS_OF)), []);
    const r = row('2026-03-30');
    assert.deepEqual(codes(r), ['close-date-passed:critical']);
    assert.deepEqual(r.signals[0]!.detail, { expectedCloseDate: '2026-03-30', daysPast: 1 });
    assert.equal(r.signals[0]!.dimension, 'cycle');
    assert.deepEqual(r.suggestions, ['confirm-close-date']);
    assert.equal(r.riskScore, 3);
    // 2026-03-31T06:00+08:00 is 2026-03-30T22:00Z: passed.
    assert.deepEqual(codes(row('2026-03-31T06:00:00+08:00')), ['close-date-passed:critical']);
  });
});

describe('assessOpportunities: information completeness and key accounts', () => {
  // negotiation requires the union of all four stages' fields, 7 in all:
  // need, contactRole, budget, decisionMaker, timeline, competitors, procurementProcess.
  // Entered on asOf with its visit done: no action or cycle signal.
  const neg = (extra: Opp) =>
    opp('o', { stage: 'negotiation', stageEnteredAt: AS_OF, activities: [{ type: 'visit', at: AS_OF }], ...extra });
  const all = {
    need: 'x',
    contactRole: 'cfo',
    budget: 0,
    decisionMaker: false,
    timeline: { q: 2 },
    competitors: ['A'],
    procurementProcess: 'tender',
  };

  test('0, false, objects and lists count as filled; blank, whitespace, [] and null do not', () => {
    const full = one(neg({ amount: 600000, fields: all }));
    near(full.metrics.completeness, 1);
    assert.deepEqual(codes(full), []);
    assert.deepEqual(full.suggestions, [], 'no response plan without a signal');
    const r = one(
      neg({ amount: 600000, fields: { ...all, need: '  ', competitors: [], timeline: null, contactRole: '' } }),
    );
    // 3 of 7 filled = 0.4286 < 0.5 → critical
    near(r.metrics.completeness, 3 / 7);
    assert.deepEqual(codes(r), ['missing-fields:critical']);
    assert.deepEqual(r.signals[0]!.detail, {
      missing: ['need', 'contactRole', 'timeline', 'competitors'],
      completeness: 3 / 7,
      required: 7,
    });
    assert.equal(r.signals[0]!.dimension, 'info');
    assert.deepEqual(r.suggestions, ['complete-missing-fields', 'key-account-response-plan']);
  });

  test('4 of 7 (0.571) is a warning, 6 of 7 (0.857) none', () => {
    const { need: _n, contactRole: _c, budget: _b, ...four } = all;
    assert.deepEqual(codes(one(neg({ amount: 600000, fields: four }))), ['missing-fields:warning']);
    const { need: _n2, ...six } = all;
    assert.deepEqual(codes(one(neg({ amount: 600000, fields: six }))), []);
  });

  test('exactly at completenessCritical (1 of 2 = 0.5) is a warning, not critical', () => {
    // qualify requires need + contactRole.
    const r = one(
      opp('o', {
        keyAccount: true,
        amount: 1,
        stageEnteredAt: AS_OF,
        activities: calls(AS_OF, AS_OF),
        fields: { need: 'yes' },
      }),
    );
    near(r.metrics.completeness, 0.5);
    assert.deepEqual(codes(r), ['missing-fields:warning']);
    assert.equal(r.keyAccount, true);
  });

  test('key account from keyAccountMinAmount; keyAccount:false with a large amount is still key', () => {
    const base = { stageEnteredAt: AS_OF, activities: calls(AS_OF, AS_OF) }; // no fields: completeness 0
    const regular = one(opp('o', { ...base, amount: 499999 }));
    assert.equal(regular.keyAccount, false);
    assert.deepEqual(codes(regular), [], 'regular accounts get no information signal');
    near(regular.metrics.completeness, 0);
    const atMin = one(opp('o', { ...base, amount: 500000 }));
    assert.equal(atMin.keyAccount, true);
    assert.deepEqual(codes(atMin), ['missing-fields:critical']);
    const flaggedOff = one(opp('o', { ...base, amount: 700000, keyAccount: false }));
    assert.equal(flaggedOff.keyAccount, true);
    assert.deepEqual(codes(flaggedOff), ['missing-fields:critical']);
    const flaggedOn = one(opp('o', { ...base, amount: 10, keyAccount: true }));
    assert.equal(flaggedOn.keyAccount, true);
  });

  test('key accounts get the response plan for any signal, regular ones never', () => {
    // qualify entered 2026-03-23 with both calls that day: compliance 1, idle 8 (> 7) → warning.
    const f = { need: 'x', contactRole: 'y' };
    const key8 = one(
      opp('o', {
        amount: 900000,
        stageEnteredAt: '2026-03-23',
        activities: calls('2026-03-23', '2026-03-23'),
        fields: f,
      }),
    );
    assert.deepEqual(codes(key8), ['idle:warning']);
    assert.deepEqual(key8.suggestions, ['contact-now', 'key-account-response-plan']);
    const reg8 = one(
      opp('o', { amount: 9, stageEnteredAt: '2026-03-23', activities: calls('2026-03-23', '2026-03-23') }),
    );
    assert.deepEqual(reg8.suggestions, ['contact-now']);
  });
});

describe('assessOpportunities: rows, sorting and summary', () => {
  test('signals in contract order, rows sorted, summary counts and amount at risk', () => {
    const r = assessOpportunities({
      asOf: AS_OF,
      opportunities: [
        // ok: entered today, calls done. amount 5000
        opp('ok1', { amount: 5000, stageEnteredAt: AS_OF, activities: calls(AS_OF, AS_OF) }),
        // warning (score 1): 15 days, ratio 1.07; amount 100
        opp('w1', { amount: 100, stageEnteredAt: '2026-03-16', activities: calls(AS_OF, AS_OF) }),
        // warning (score 1), amount 300: sorts before w1
        opp('w2', { amount: 300, stageEnteredAt: '2026-03-16', activities: calls(AS_OF, AS_OF) }),
        // critical (score 3): close date passed, amount 50
        opp('c1', {
          amount: 50,
          stageEnteredAt: AS_OF,
          activities: calls(AS_OF, AS_OF),
          expectedCloseDate: '2026-01-01',
        }),
        // key account, everything wrong: qualify entered 2026-03-01 (30 days, ratio 2.14 critical),
        // no fields (critical), no activities: 0/2 calls and 30 > 14 (critical), idle 30 > 14 (critical),
        // close date passed (critical) → 5 critical = 15
        opp('c2', { amount: 800000, stageEnteredAt: '2026-03-01', expectedCloseDate: '2026-03-15' }),
        // critical (score 3) with amount 50 again: ties with c1 → input order
        opp('c3', {
          amount: 50,
          stageEnteredAt: AS_OF,
          activities: calls(AS_OF, AS_OF),
          expectedCloseDate: '2026-03-01',
        }),
      ],
    });
    assert.deepEqual(
      r.rows.map((x) => x.id),
      ['c2', 'c1', 'c3', 'w2', 'w1', 'ok1'],
    );
    const c2 = r.rows[0]!;
    assert.deepEqual(codes(c2), [
      'missing-fields:critical',
      'stage-overdue:critical',
      'activity-shortfall:critical',
      'idle:critical',
      'close-date-passed:critical',
    ]);
    assert.deepEqual(
      c2.signals.map((s) => s.dimension),
      ['info', 'cycle', 'action', 'action', 'cycle'],
    );
    assert.equal(c2.riskScore, 15);
    assert.deepEqual(c2.suggestions, [
      'complete-missing-fields',
      'review-stage-plan',
      'schedule-required-activities',
      'contact-now',
      'confirm-close-date',
      'key-account-response-plan',
    ]);
    near(c2.signals[4]!.detail, { expectedCloseDate: '2026-03-15', daysPast: 16 });
    // amount at risk: every row but ok1 = 100 + 300 + 50 + 800000 + 50
    assert.deepEqual(r.summary, { ok: 1, warning: 2, critical: 3, amountAtRisk: 800500 });
    assert.deepEqual(Object.keys(r).sort(), ['invalid', 'rows', 'summary']);
    assert.deepEqual(Object.keys(c2).sort(), [
      'id',
      'keyAccount',
      'level',
      'metrics',
      'riskScore',
      'signals',
      'suggestions',
    ]);
    for (const s of r.rows.flatMap((x) => x.suggestions))
      assert.ok((OPPORTUNITY_SUGGESTIONS as readonly string[]).includes(s));
  });

  test('an empty list gives empty rows and a zero summary', () => {
    assert.deepEqual(assessOpportunities({ asOf: AS_OF, opportunities: [] }), {
      rows: [],
      summary: { ok: 0, warning: 0, critical: 0, amountAtRisk: 0 },
      invalid: [],
    });
  });
});

describe('assessOpportunities: rules', () => {
  test('partial thresholds merge key by key with the defaults', () => {
    // cycleWarn 0.5: 8 days in qualify → 8/14 = 0.571 > 0.5 → warning (none by default);
    // cycleCritical stays 1.5: 21 days → 1.5 → still a warning.
    const rules = { thresholds: { cycleWarn: 0.5, completenessWarn: null } };
    const o = (id: string, entered: string) => opp(id, { stageEnteredAt: entered, activities: calls(AS_OF, AS_OF) });
    const r = assessOpportunities({
      asOf: AS_OF,
      rules,
      opportunities: [o('a', '2026-03-23'), o('b', '2026-03-10'), o('c', '2026-03-24')],
    });
    const by = Object.fromEntries(r.rows.map((x) => [x.id, codes(x)]));
    assert.deepEqual(by, { a: ['stage-overdue:warning'], b: ['stage-overdue:warning'], c: [] }); // c: 7/14 = 0.5, not above
    const resolved = resolvePipelineRules(rules);
    assert.deepEqual(resolved.thresholds, { ...DEFAULT_PIPELINE_RULES.thresholds, cycleWarn: 0.5 });
    assert.deepEqual(resolved.stages, DEFAULT_PIPELINE_RULES.stages);
    assert.equal(resolved.keyAccountMinAmount, 500000);
  });

  test('keyAccountMinAmount alone replaces only that key', () => {
    const r = one(opp('o', { amount: 1000, stageEnteredAt: AS_OF, activities: calls(AS_OF, AS_OF) }), {
      keyAccountMinAmount: 1000,
    });
    assert.equal(r.keyAccount, true);
    assert.deepEqual(codes(r), ['missing-fields:critical']);
  });

  test('a given stages list replaces the default stages; 4 of 5 fields is exactly 0.8', () => {
    const rules = {
      stages: [
        { key: 'discover', standardDays: 10, maxIdleDays: 3, requiredFields: ['a', 'b'] },
        {
          key: 'close',
          standardDays: 4,
          maxIdleDays: 2,
          requiredFields: ['c', 'd', 'e'],
          requiredActivities: { meeting: 1 },
        },
      ],
    };
    const f4 = { a: 1, b: 2, c: 3, d: 4 };
    const r = assessOpportunities({
      asOf: AS_OF,
      rules,
      opportunities: [
        // 4 of 5 = 0.8: not below completenessWarn; entered 2 days ago, a meeting today
        opp('k4', {
          keyAccount: true,
          stage: 'close',
          stageEnteredAt: '2026-03-29',
          fields: f4,
          activities: [{ type: 'meeting', at: AS_OF }],
        }),
        // 3 of 5 = 0.6 → warning
        opp('k3', {
          keyAccount: true,
          stage: 'close',
          stageEnteredAt: '2026-03-29',
          fields: { a: 1, b: 2, c: 3 },
          activities: [{ type: 'meeting', at: AS_OF }],
        }),
        // no required activities in discover: compliance 1 with none; idle 3 days = maxIdleDays → none
        opp('d', { stage: 'discover', stageEnteredAt: '2026-03-28' }),
        // qualify is no longer a stage → invalid
        opp('q', { stageEnteredAt: AS_OF }),
      ],
    });
    const by = Object.fromEntries(r.rows.map((x) => [x.id, x]));
    assert.deepEqual(codes(by.k4!), []);
    near(by.k4!.metrics.completeness, 0.8);
    assert.deepEqual(codes(by.k3!), ['missing-fields:warning']);
    near(by.d!.metrics, { compliance: 1, daysIdle: 3, daysInStage: 3, cycleRatio: 0.3 });
    assert.deepEqual(codes(by.d!), []);
    assert.equal(r.invalid.length, 1);
    assert.equal(r.invalid[0]!.index, 3);
    assert.equal(r.invalid[0]!.id, 'q');
    const iss = hasIssue(r.invalid[0]!.issues, 'stage');
    assert.match(iss.message, /discover/);
  });

  test('idleCriticalFactor and completenessCritical from partial thresholds', () => {
    // factor 1: qualify idle 8 > 7 × 1 → critical
    const r = one(opp('o', { stageEnteredAt: '2026-03-23', activities: calls('2026-03-23', '2026-03-23') }), {
      thresholds: { idleCriticalFactor: 1 },
    });
    assert.deepEqual(codes(r), ['idle:critical']);
  });

  test('malformed rules and envelopes throw with paths from the root', () => {
    const bad = (rules: unknown) => issuesOf(() => assessOpportunities({ asOf: AS_OF, rules, opportunities: [] }));
    hasIssue(
      bad({
        stages: [
          { key: 'a', standardDays: 1, maxIdleDays: 0 },
          { key: 'b', standardDays: 0, maxIdleDays: 1 },
        ],
      }),
      'rules.stages.1.standardDays',
    );
    hasIssue(bad({ stages: [{ key: 'a', standardDays: 5, maxIdleDays: -1 }] }), 'rules.stages.0.maxIdleDays');
    hasIssue(
      bad({ stages: [{ key: 'a', standardDays: 5, maxIdleDays: 1, requiredActivities: { call: 1.5 } }] }),
      'rules.stages.0.requiredActivities.call',
    );
    hasIssue(
      bad({
        stages: [
          { key: 'a', standardDays: 5, maxIdleDays: 1 },
          { key: 'a', standardDays: 5, maxIdleDays: 1 },
        ],
      }),
      'rules.stages.1.key',
    );
    hasIssue(bad({ stages: [] }), 'rules.stages');
    hasIssue(bad({ thresholds: { cycleWarn: -1 } }), 'rules.thresholds.cycleWarn');
    hasIssue(bad({ thresholds: { completenessWarn: 1.2 } }), 'rules.thresholds.completenessWarn');
    hasIssue(bad('strict'), 'rules');
    const env = issuesOf(() => assessOpportunities({ opportunities: 'none', rules: { keyAccountMinAmount: -5 } }));
    hasIssue(env, 'asOf');
    hasIssue(env, 'opportunities');
    hasIssue(env, 'rules.keyAccountMinAmount');
    hasIssue(
      issuesOf(() => assessOpportunities({ asOf: '2026-02-30', opportunities: [] })),
      'asOf',
    );
    hasIssue(
      issuesOf(() => assessOpportunities(null)),
      '',
    );
  });
});

describe('assessOpportunities: row validation', () => {
  test('one malformed row among good ones: good rows processed, the bad one reported with field paths', () => {
    const good = (id: string) => opp(id, { stageEnteredAt: AS_OF, activities: calls(AS_OF, AS_OF) });
    const r = assessOpportunities({
      asOf: AS_OF,
      opportunities: [
        good('g1'),
        opp('b1', {
          stageEnteredAt: AS_OF,
          activities: [
            { type: 'call', at: AS_OF },
            { type: 'call', at: 'yesterday' },
          ],
        }),
        good('g2'),
        { id: 'b2', stage: 'closed-won', stageEnteredAt: AS_OF }, // no amount, unknown stage
        'not a row',
        opp('b3', { amount: -1, stageEnteredAt: AS_OF, fields: [], expectedCloseDate: null, keyAccount: 'yes' }),
        opp('g3', {
          stageEnteredAt: AS_OF,
          activities: calls(AS_OF, AS_OF),
          name: null,
          owner: null,
          fields: null,
          activities2: 1,
        }),
      ],
    });
    assert.deepEqual(
      r.rows.map((x) => x.id),
      ['g1', 'g2', 'g3'],
    );
    assert.deepEqual(r.summary, { ok: 3, warning: 0, critical: 0, amountAtRisk: 0 });
    assert.deepEqual(
      r.invalid.map((i) => [i.index, i.id]),
      [
        [1, 'b1'],
        [3, 'b2'],
        [4, undefined],
        [5, 'b3'],
      ],
    );
    assert.ok(!('id' in r.invalid[2]!));
    const b1 = r.invalid[0]!.issues;
    assert.equal(b1.length, 1);
    assert.match(hasIssue(b1, 'activities.1.at').message, /ISO 8601 date/);
    hasIssue(r.invalid[1]!.issues, 'amount');
    hasIssue(r.invalid[3]!.issues, 'amount');
    hasIssue(r.invalid[3]!.issues, 'fields');
    hasIssue(r.invalid[3]!.issues, 'keyAccount');
    // An unknown stage on an otherwise valid row.
    const s = assessOpportunities({
      asOf: AS_OF,
      opportunities: [opp('x', { stage: 'closed-won', stageEnteredAt: AS_OF })],
    });
    assert.deepEqual(s.rows, []);
    assert.match(
      hasIssue(s.invalid[0]!.issues, 'stage').message,
      /"qualify", "solution", "proposal", "negotiation".*closed-won/,
    );
  });
});
