/** assessOpportunities with change flags (§2 extras, issue 14): the worked example o3, and nothing changes without them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessOpportunities, resolvePipelineRules } from '../../src/models/opportunities.js';
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
