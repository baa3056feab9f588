/** Change flags from history (§2 extras, issue 14): the worked example's flags and each threshold at and past it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  changeSignals,
  DEFAULT_CHANGE_THRESHOLDS as T,
  historyFromSnapshots,
  type ChangeInput,
  type HistoryEntry,
} from '../../src/models/opportunity-changes.js';
import { dayNumber } from '../../src/models/math.js';

const AS_OF = dayNumber('2026-03-31');
const STAGES = new Map(['qualify', 'solution', 'proposal', 'negotiation'].map((k, i) => [k, i]));
const flags = (o: Partial<ChangeInput>) =>
  changeSignals({ amount: 300000, hasNextStep: false, ...o }, AS_OF, STAGES, T).map((s) => `${s.code}:${s.level}`);
const push = (at: string, from: string, to: string): HistoryEntry => ({ field: 'expectedCloseDate', from, to, at });

test('worked example o3: pushed twice by 91 days, cut 40 %, one regression, blank next step, one contact', () => {
  const history: HistoryEntry[] = [
    push('2026-02-01', '2026-03-31', '2026-04-30'),
    { field: 'amount', from: 500000, to: 400000, at: '2026-03-01' },
    { field: 'stage', from: 'proposal', to: 'solution', at: '2026-03-10' },
    push('2026-03-15', '2026-04-30', '2026-06-30'),
    push('2026-03-18', '2026-06-30', '2026-06-15'),
    { field: 'amount', from: 300000, to: 100, at: '2026-04-02' },
  ];
  const s = changeSignals(
    { amount: 300000, history, nextStep: ' ', hasNextStep: true, contacts: ['Liu'] },
    AS_OF,
    STAGES,
    T,
  );
  assert.deepEqual(s, [
    {
      dimension: 'cycle',
      code: 'close-date-pushed',
      level: 'critical',
      detail: { pushes: 2, daysPushed: 91, lastPushAt: '2026-03-15' },
    },
    {
      dimension: 'info',
      code: 'amount-decreased',
      level: 'warning',
      detail: { peakAmount: 500000, amount: 300000, share: 0.4 },
    },
    {
      dimension: 'cycle',
      code: 'stage-regressed',
      level: 'warning',
      detail: { regressions: 1, lastFrom: 'proposal', lastTo: 'solution', lastAt: '2026-03-10' },
    },
    { dimension: 'action', code: 'no-next-step', level: 'warning', detail: {} },
    { dimension: 'action', code: 'single-threaded', level: 'warning', detail: { contacts: 1, minContacts: 2 } },
  ]);
});

test('close date pushes at and past each threshold', () => {
  const days = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
  const pushes = (k: number, len: number) =>
    Array.from({ length: k }, (_, i) => push('2026-03-01', days(i * 100), days(i * 100 + len)));
  assert.deepEqual(flags({ history: pushes(3, 1) }), ['close-date-pushed:critical']);
  assert.deepEqual(flags({ history: pushes(2, 10) }), ['close-date-pushed:warning']);
  assert.deepEqual(flags({ history: pushes(1, 30) }), ['close-date-pushed:warning']);
  assert.deepEqual(flags({ history: pushes(1, 29) }), []);
  assert.deepEqual(flags({ history: pushes(1, 60) }), ['close-date-pushed:critical']);
  // A close date pulled in, a bad date, or a push after asOf is not a push.
  assert.deepEqual(
    flags({
      history: [
        push('2026-03-01', '2026-05-01', '2026-04-01'),
        push('2026-03-01', 'soon', '2026-09-01'),
        push('2026-04-01', '2026-04-01', '2026-09-01'),
      ],
    }),
    [],
  );
});

test('amount cuts at and past each threshold; stage regressions; unknown stages', () => {
  const cut = (peak: number) => [{ field: 'amount', from: peak, to: 100, at: '2026-03-01' }];
  assert.deepEqual(flags({ amount: 50, history: cut(100) }), ['amount-decreased:critical']); // exactly 0.5
  assert.deepEqual(flags({ amount: 80, history: cut(100) }), ['amount-decreased:warning']); // exactly 0.2
  assert.deepEqual(flags({ amount: 81, history: cut(100) }), []); // 0.19
  assert.deepEqual(flags({ amount: 0, history: [{ field: 'amount', from: 0, to: 0, at: '2026-03-01' }] }), []);
  const back = (from: string, to: string) => ({ field: 'stage', from, to, at: '2026-03-01' });
  assert.deepEqual(flags({ history: [back('proposal', 'qualify')] }), ['stage-regressed:warning']);
  assert.deepEqual(flags({ history: [back('proposal', 'qualify'), back('solution', 'qualify')] }), [
    'stage-regressed:critical',
  ]);
  assert.deepEqual(flags({ history: [back('qualify', 'proposal'), back('lost', 'qualify')] }), []);
});

test('next step and contacts: only when given; a count or distinct non-blank names', () => {
  assert.deepEqual(flags({}), []);
  assert.deepEqual(flags({ hasNextStep: true, nextStep: null }), ['no-next-step:warning']);
  assert.deepEqual(flags({ hasNextStep: true, nextStep: 'Send the proposal' }), []);
  assert.deepEqual(flags({ contacts: 2 }), []);
  assert.deepEqual(flags({ contacts: 0 }), ['single-threaded:warning']);
  assert.deepEqual(flags({ contacts: ['Liu', 'Liu ', ' '] }), ['single-threaded:warning']);
  assert.deepEqual(flags({ contacts: ['Liu', 'Chen'] }), []);
  // Thresholds are the rules': minContacts 3.
  assert.equal(
    changeSignals({ amount: 1, hasNextStep: false, contacts: 2 }, AS_OF, STAGES, { ...T, minContacts: 3 }).length,
    1,
  );
});

test('two exports compared by id: one entry per changed tracked field, at the later export date', () => {
  const before = [
    { id: 'a', stage: 'proposal', amount: 500, expectedCloseDate: '2026-04-30' },
    { id: 'b', stage: 'qualify', amount: 10 },
    { id: 'a', stage: 'negotiation', amount: 1 },
  ];
  const after = [
    {
      id: 'a',
      stage: 'solution',
      amount: 400,
      expectedCloseDate: '2026-06-30',
      history: [push('2026-02-01', '2026-03-31', '2026-04-30')],
    },
    { id: 'b', stage: 'qualify', amount: 10 },
    { id: 'c', stage: 'qualify', amount: 5 },
    'not a row',
  ];
  const out = historyFromSnapshots(before, after, '2026-03-31') as { id: string; history?: HistoryEntry[] }[];
  assert.deepEqual(out[0]!.history, [
    push('2026-02-01', '2026-03-31', '2026-04-30'),
    { field: 'stage', from: 'proposal', to: 'solution', at: '2026-03-31' },
    { field: 'amount', from: 500, to: 400, at: '2026-03-31' },
    { field: 'expectedCloseDate', from: '2026-04-30', to: '2026-06-30', at: '2026-03-31' },
  ]);
  assert.equal(out[1], after[1]);
  assert.equal(out[2], after[2]);
  assert.equal(out[3], 'not a row');
  // The compared history flags the regression and the cut as the model reads them.
  assert.deepEqual(flags({ amount: 400, history: out[0]!.history }), [
    'close-date-pushed:critical',
    'amount-decreased:warning',
    'stage-regressed:warning',
  ]);
});
