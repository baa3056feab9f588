/** assessOpportunities with change flags (§2 extras, issue 14): the worked example o3, and nothing changes without them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessOpportunities, resolvePipelineRules } from '../../src/models/opportunities.js';
import { dayNumber, dayReader } from '../../src/models/math.js';
import { CHANGE_SIGNAL_CODES } from '../../src/models/opportunity-changes.js';
import { hasIssue, issuesOf } from './helpers.js';

const O3 = {
  id: 'o3',
  amount: 300000,
  stage: 'solution',
  stageEnteredAt: '2026-03-20',
  expectedCloseDate: '2026-06-15',
  nextStep: ' ',
  contacts: ['Liu'],
  activities: [
    { type: 'visit', at: '2026-03-25' },
    { type: 'demo', at: '2026-03-25' },
  ],
  history: [
    { field: 'expectedCloseDate', from: '2026-03-31', to: '2026-04-30', at: '2026-02-01' },
    { field: 'amount', from: 500000, to: 400000, at: '2026-03-01' },
    { field: 'stage', from: 'proposal', to: 'solution', at: '2026-03-10' },
    { field: 'expectedCloseDate', from: '2026-04-30', to: '2026-06-30', at: '2026-03-15' },
    { field: 'expectedCloseDate', from: '2026-06-30', to: '2026-06-15', at: '2026-03-18' },
    { field: 'amount', from: 300000, to: 100, at: '2026-04-02' },
  ],
};

test('worked example o3: level critical, riskScore 7, the change flags after the contract signals', () => {
  const r = assessOpportunities({ asOf: '2026-03-31', opportunities: [O3] });
  const row = r.rows[0]!;
  assert.deepEqual(
    row.signals.map((s) => `${s.code}:${s.level}`),
    [
      'close-date-pushed:critical',
      'amount-decreased:warning',
      'stage-regressed:warning',
      'no-next-step:warning',
      'single-threaded:warning',
    ],
  );
  assert.equal(row.level, 'critical');
  assert.equal(row.riskScore, 7);
  assert.equal(row.keyAccount, false);
  assert.deepEqual(row.suggestions, [
    'requalify-close-date',
    'review-amount',
    'review-stage-regression',
    'set-next-step',
    'multi-thread',
  ]);
  assert.deepEqual(r.summary, { ok: 0, warning: 0, critical: 1, amountAtRisk: 300000 });
});

test('without history, nextStep and contacts the output is the contract, byte for byte', () => {
  const { history: _h, nextStep: _n, contacts: _c, ...plain } = O3;
  const a = assessOpportunities({ asOf: '2026-03-31', opportunities: [plain] });
  assert.deepEqual(a.rows[0]!.signals, []);
  assert.equal(a.rows[0]!.level, 'ok');
  // The merged rules carry no `changes` unless given.
  assert.equal('changes' in resolvePipelineRules(), false);
  assert.equal(resolvePipelineRules({ changes: { minContacts: 3 } }).changes!.minContacts, 3);
  assert.equal(resolvePipelineRules({ changes: { minContacts: 3 } }).changes!.pushCountWarn, 2);
});

test('thresholds from rules.changes; a key account gets the response plan last; bad history makes the row invalid', () => {
  const r = assessOpportunities({
    asOf: '2026-03-31',
    rules: { changes: { pushDaysCritical: 100, minContacts: 1 } },
    opportunities: [{ ...O3, amount: 600000 }],
  });
  assert.deepEqual(
    r.rows[0]!.signals.map((s) => `${s.code}:${s.level}`),
    // 600,000 is a key account: no fields at all → missing-fields first (the contract's signal).
    ['missing-fields:critical', 'close-date-pushed:warning', 'stage-regressed:warning', 'no-next-step:warning'],
  );
  assert.equal(r.rows[0]!.suggestions.at(-1), 'key-account-response-plan');
  const bad = assessOpportunities({
    asOf: '2026-03-31',
    opportunities: [
      { ...O3, history: [{ field: 'stage', at: 'soon' }] },
      { ...O3, id: 'ok' },
    ],
  });
  assert.deepEqual(
    bad.invalid.map((i) => [i.id, i.issues.map((x) => x.path)]),
    [['o3', ['history.0.at']]],
  );
  assert.equal(bad.rows.length, 1);
  hasIssue(
    issuesOf(() =>
      assessOpportunities({ asOf: '2026-03-31', rules: { changes: { amountCutWarn: 2 } }, opportunities: [] }),
    ),
    'rules.changes.amountCutWarn',
  );
});

// The change flags of a row (the contract's own signals, from stage and activities, are tested elsewhere).
const changeFlags = <S extends { code: string }>(signals: readonly S[]): S[] =>
  signals.filter((s) => (CHANGE_SIGNAL_CODES as readonly string[]).includes(s.code));

test('history out of date order, on one day, after asOf, and the same dates across rows read as each row alone', () => {
  // Input order: a push on 03-05 before the one on 02-01; two regressions on 03-10 (input order within the day);
  // a regression on 04-02, after asOf, is not read.
  const history = [
    { field: 'expectedCloseDate', from: '2026-04-30', to: '2026-05-31', at: '2026-03-05' },
    { field: 'stage', from: 'proposal', to: 'solution', at: '2026-03-10' },
    { field: 'stage', from: 'negotiation', to: 'qualify', at: '2026-04-02' },
    { field: 'stage', from: 'solution', to: 'qualify', at: '2026-03-10' },
    { field: 'expectedCloseDate', from: '2026-03-31', to: '2026-04-30', at: '2026-02-01' },
    { field: 'stage', from: 'qualify', to: 'proposal', at: '2026-02-01' },
  ];
  const row = { id: 'u', amount: 1000, stage: 'qualify', stageEnteredAt: '2026-03-10', history };
  // The same dates again in a later row, as other strings (a memo hit must not depend on the string object).
  const again = { ...row, id: 'v', history: history.map((e) => ({ ...e, at: `${e.at.slice(0, 4)}${e.at.slice(4)}` })) };
  const input = { asOf: '2026-03-31', opportunities: [row, again] };
  const r = assessOpportunities(input);
  for (const id of ['u', 'v']) {
    const got = r.rows.find((x) => x.id === id)!;
    assert.deepEqual(changeFlags(got.signals), [
      // 02-01: +30 days, then 03-05: +31 days → 2 pushes, 61 days ≥ 60 → critical, last on 03-05.
      {
        dimension: 'cycle',
        code: 'close-date-pushed',
        level: 'critical',
        detail: { pushes: 2, daysPushed: 61, lastPushAt: '2026-03-05' },
      },
      // qualify→proposal (up), proposal→solution, solution→qualify: 2 regressions → critical.
      {
        dimension: 'cycle',
        code: 'stage-regressed',
        level: 'critical',
        detail: { regressions: 2, lastFrom: 'solution', lastTo: 'qualify', lastAt: '2026-03-10' },
      },
    ]);
  }
  // A second call reads the same (each call has its own memo).
  assert.deepEqual(assessOpportunities(input), r);
});

test('an invalid history date is reported with its path in every row that has it', () => {
  const base = { amount: 1000, stage: 'qualify', stageEnteredAt: '2026-03-10' };
  const ok = { field: 'stage', from: 'proposal', to: 'qualify', at: '2026-02-01' };
  const bad = { field: 'stage', from: 'proposal', to: 'qualify', at: '2026-02-30' }; // no 30 February
  const r = assessOpportunities({
    asOf: '2026-03-31',
    opportunities: [
      { ...base, id: 'b1', history: [bad] },
      { ...base, id: 'b2', history: [ok, { ...bad }] },
      { ...base, id: 'g', history: [ok, ok] },
    ],
  });
  assert.deepEqual(
    r.invalid.map((i) => [i.id, i.issues.map((x) => x.path)]),
    [
      ['b1', ['history.0.at']],
      ['b2', ['history.1.at']],
    ],
  );
  assert.deepEqual(
    r.rows.map((x) => [x.id, changeFlags(x.signals).map((s) => `${s.code}:${s.level}`)]),
    [['g', ['stage-regressed:critical']]],
  );
});

test('dayReader reads as dayNumber, invalid texts included, past its cap too', () => {
  const read = dayReader(2);
  const texts = ['2026-03-01', '2026-02-30', 'soon', '2026-03-01T23:30:00-02:00', '2026-03-01', '2024-02-29'];
  for (const t of [...texts, ...texts]) assert.equal(read(t), dayNumber(t), t);
  assert.equal(read('2026-03-01T23:30:00-02:00') - read('2026-03-01'), 1);
  assert.ok(Number.isNaN(read('2026-02-30')));
});
