// Playbooks people edit and plans people own in the risk panels (src/views/playbooks.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHURN_PLAN,
  editPlaybook,
  isEdited,
  nextStepKey,
  openRecordPlan,
  planJson,
  planList,
  planStepsFor,
  planTaskTable,
  playbooksOf,
  resolvePlaybooks,
  signalPlaybooks,
  type PlaybookEdits,
} from '../../src/views/playbooks.js';
import { planAction } from '../../src/models/plans.js';
import { toCsv } from '../../src/parse/csv.js';
import { readSaved, savedOf } from '../../src/views/risk-input.js';
import { CHURN } from '../../src/i18n/churn-alerts.js';

const DEFAULTS = playbooksOf({
  'renewal-plan': { title: 'Renewal plan', steps: ['Map the decision makers', 'Send the offer'] },
  'service-recovery': { title: 'Service recovery', steps: ['Senior owner'] },
});

test('default playbooks: the churn actions keyed s1…, the signals with one step in their own words', () => {
  const churn = playbooksOf(CHURN.en.actions);
  assert.equal(churn.length, 8);
  assert.deepEqual(churn[0]!.steps[0], { key: 's1', text: CHURN.en.actions['value-review-adoption'].steps[0] });
  assert.deepEqual(signalPlaybooks({ idle: 'Idle' }), [
    { key: 'idle', title: 'Idle', steps: [{ key: 's1', text: '' }] },
  ]);
});

test('edits: title, text, add, remove, move, reset; the last step stays; unknown keys change nothing', () => {
  let e: PlaybookEdits = {};
  e = editPlaybook(e, DEFAULTS, 'renewal-plan', { type: 'text', step: 's2', text: 'Send the renewal offer' });
  e = editPlaybook(e, DEFAULTS, 'renewal-plan', { type: 'add', text: 'Book the QBR' });
  e = editPlaybook(e, DEFAULTS, 'renewal-plan', { type: 'move', step: 's3', by: -1 });
  e = editPlaybook(e, DEFAULTS, 'renewal-plan', { type: 'remove', step: 's1' });
  e = editPlaybook(e, DEFAULTS, 'renewal-plan', { type: 'title', text: '续约计划' });
  const p = resolvePlaybooks(DEFAULTS, e);
  assert.deepEqual(p[0], {
    key: 'renewal-plan',
    title: '续约计划',
    steps: [
      { key: 's3', text: 'Book the QBR' },
      { key: 's2', text: 'Send the renewal offer' },
    ],
  });
  assert.equal(p[1], DEFAULTS[1]);
  assert.equal(nextStepKey(p[0].steps), 's4');
  assert.ok(isEdited(e, 'renewal-plan'));
  assert.equal(
    resolvePlaybooks(DEFAULTS, editPlaybook(e, DEFAULTS, 'renewal-plan', { type: 'title', text: ' ' }))[0]!.title,
    'Renewal plan',
  );
  // The last step cannot be removed; moves past the ends and unknown steps or playbooks change nothing.
  const one = editPlaybook({}, DEFAULTS, 'service-recovery', { type: 'remove', step: 's1' });
  assert.deepEqual(one, {});
  assert.equal(editPlaybook(e, DEFAULTS, 'renewal-plan', { type: 'move', step: 's3', by: -1 }), e);
  assert.equal(editPlaybook(e, DEFAULTS, 'renewal-plan', { type: 'text', step: 'nope', text: 'x' }), e);
  assert.equal(editPlaybook(e, DEFAULTS, 'nope', { type: 'add' }), e);
  const reset = editPlaybook(e, DEFAULTS, 'renewal-plan', { type: 'reset' });
  assert.deepEqual(reset, {});
  assert.deepEqual(resolvePlaybooks(DEFAULTS, reset), DEFAULTS);
});

test('a record plan: the steps of the playbooks of its codes in row order, blank texts in the words of the signal', () => {
  const books = [...DEFAULTS, ...signalPlaybooks({ idle: 'Idle' })];
  const steps = planStepsFor(['idle', 'unknown', 'service-recovery'], books, (c) => `words of ${c}`);
  assert.deepEqual(steps, [
    { key: 'idle.s1', text: 'words of idle' },
    { key: 'service-recovery.s1', text: 'Senior owner' },
  ]);
  const plan = openRecordPlan('a1', CHURN_PLAN, ['service-recovery'], books, () => '', '2026-04-01');
  assert.equal(plan.playbook, CHURN_PLAN);
  assert.deepEqual(plan.steps, [{ key: 'service-recovery.s1', text: 'Senior owner', status: 'todo' }]);
});

test('the plan list: overdue first (most days first), open by due date, closed last; the exports follow it', () => {
  const open = (record: string, due: string | null) =>
    planAction(
      openRecordPlan(record, CHURN_PLAN, ['service-recovery'], DEFAULTS, () => '', '2026-04-01'),
      {
        type: 'due',
        due,
      },
    );
  const plans = {
    a: open('a', '2026-04-09'),
    b: open('b', null),
    c: planAction(open('c', '2026-04-01'), { type: 'close', at: '2026-04-05' }),
    d: open('d', '2026-04-02'),
    e: open('e', '2026-04-20'),
  };
  const list = planList(plans, '2026-04-10');
  assert.deepEqual(
    list.map((r) => [r.rowKey, r.daysOverdue]),
    [
      ['d', 8],
      ['a', 1],
      ['e', null],
      ['b', null],
      ['c', null],
    ],
  );
  const table = planTaskTable(plans, '2026-04-10');
  assert.equal(
    toCsv(table.header, table.cells).split('\n').slice(0, 2).join('\n'),
    'record,playbook,step,text,stepStatus,owner,due,planStatus,overdue,review\n' +
      'd,churn-playbook,service-recovery.s1,Senior owner,todo,,2026-04-02,open,true,',
  );
  const json = planJson(plans, '2026-04-10');
  assert.equal(json.asOf, '2026-04-10');
  assert.deepEqual(
    json.plans.map((p) => [p.record, p.overdue, p.total]),
    [
      ['d', true, 1],
      ['a', true, 1],
      ['e', false, 1],
      ['b', false, 1],
      ['c', false, 1],
    ],
  );
});

test('saved plans and playbooks: a round trip; bad plans and bad edits are left out; absent, nothing changes', () => {
  const plan = planAction(
    openRecordPlan('a1', CHURN_PLAN, ['service-recovery'], DEFAULTS, () => '', '2026-04-01'),
    {
      type: 'assign',
      owner: 'Chen',
    },
  );
  const playbooks = editPlaybook({}, DEFAULTS, 'renewal-plan', { type: 'add', text: 'QBR' });
  const saved = savedOf({ tuned: undefined, filters: {}, sort: 'risk', plan: {}, plans: { a1: plan }, playbooks });
  const back = readSaved(JSON.parse(JSON.stringify(saved)))!;
  assert.deepEqual(back.plans, { a1: plan });
  assert.deepEqual(back.playbooks, playbooks);
  assert.deepEqual(Object.keys(savedOf({ tuned: undefined, filters: {}, sort: 'risk', plan: {} })), [
    'v',
    'filters',
    'sort',
    'plan',
  ]);
  const bad = readSaved({
    v: 2,
    plans: { a1: plan, b: { record: 'b' }, c: 3 },
    playbooks: {
      x: { title: 7 },
      y: {
        steps: [
          { key: '', text: 'x' },
          { key: 's1', text: 'ok' },
        ],
      },
      z: 'no',
    },
  })!;
  assert.deepEqual(Object.keys(bad.plans!), ['a1']);
  assert.deepEqual(bad.playbooks, { y: { steps: [{ key: 's1', text: 'ok' }] } });
  assert.equal(readSaved({ v: 2 })!.plans, undefined);
});
