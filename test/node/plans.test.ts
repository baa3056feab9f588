/** Plans people own (§2 and §5 extras, issue 14): the worked example of docs/models.md, transitions and edges. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPlan, planAction, planTasks, reviewPlans, type Plan } from '../../src/models/plans.js';
import { hasIssue, issuesOf } from './helpers.js';

const P1: Plan = {
  record: 'o1',
  playbook: 'key-account-response-plan',
  owner: 'Li',
  due: '2026-04-07',
  status: 'open',
  steps: [
    { key: 's1', text: 'Call the buyer', status: 'done' },
    { key: 's2', text: 'Book a demo', status: 'todo' },
    { key: 's3', text: 'Send references', status: 'skipped' },
  ],
  openedAt: '2026-04-01',
};
const P2: Plan = {
  record: 'a2',
  playbook: 'renewal-plan',
  owner: 'Chen',
  due: '2026-04-10',
  status: 'open',
  steps: [{ key: 's1', text: 'Renewal call', status: 'todo' }],
  openedAt: '2026-04-02',
};
const P3: Plan = {
  record: 'a3',
  playbook: 'service-recovery',
  due: '2026-04-01',
  status: 'closed',
  steps: [
    { key: 's1', text: 'Senior owner', status: 'done' },
    { key: 's2', text: 'Check satisfaction', status: 'done' },
  ],
  review: 'Fixed in a week',
  openedAt: '2026-03-20',
  closedAt: '2026-04-08',
};

test('worked example: progress, overdue (not on the due day, not when closed), summary, tasks', () => {
  const r = reviewPlans({ asOf: '2026-04-10', plans: [P1, P2, P3] });
  assert.deepEqual(r.plans, [
    {
      record: 'o1',
      playbook: 'key-account-response-plan',
      owner: 'Li',
      due: '2026-04-07',
      status: 'open',
      done: 1,
      skipped: 1,
      total: 3,
      overdue: true,
      daysOverdue: 3,
    },
    {
      record: 'a2',
      playbook: 'renewal-plan',
      owner: 'Chen',
      due: '2026-04-10',
      status: 'open',
      done: 0,
      skipped: 0,
      total: 1,
      overdue: false,
      daysOverdue: null,
    },
    {
      record: 'a3',
      playbook: 'service-recovery',
      owner: null,
      due: '2026-04-01',
      status: 'closed',
      done: 2,
      skipped: 0,
      total: 2,
      overdue: false,
      daysOverdue: null,
    },
  ]);
  assert.deepEqual(r.summary, { open: 2, closed: 1, overdue: 1 });
  assert.deepEqual(r.invalid, []);
  const tasks = planTasks([P1, P2, P3], '2026-04-10');
  assert.equal(tasks.length, 6);
  assert.deepEqual(tasks[1], {
    record: 'o1',
    playbook: 'key-account-response-plan',
    step: 's2',
    text: 'Book a demo',
    stepStatus: 'todo',
    owner: 'Li',
    due: '2026-04-07',
    planStatus: 'open',
    overdue: true,
    review: null,
  });
  assert.deepEqual(
    tasks.map((t) => [t.record, t.step, t.overdue]),
    [
      ['o1', 's1', true],
      ['o1', 's2', true],
      ['o1', 's3', true],
      ['a2', 's1', false],
      ['a3', 's1', false],
      ['a3', 's2', false],
    ],
  );
});

test('a closed plan takes only review and reopen; reopened, it is overdue again', () => {
  for (const a of [
    { type: 'step', key: 's1', status: 'todo' },
    { type: 'assign', owner: 'Zhou' },
    { type: 'due', due: null },
    { type: 'close', at: '2026-04-09' },
  ] as const)
    assert.equal(planAction(P3, a), P3);
  const reviewed = planAction(P3, { type: 'review', text: 'Root cause: release 4.2' });
  assert.equal(reviewed.review, 'Root cause: release 4.2');
  const open = planAction(P3, { type: 'reopen' });
  assert.equal(open.status, 'open');
  assert.equal(open.closedAt, null);
  assert.equal(open.review, 'Fixed in a week');
  const r = reviewPlans({ asOf: '2026-04-10', plans: [open] });
  assert.deepEqual([r.plans[0]!.overdue, r.plans[0]!.daysOverdue], [true, 9]);
});

test('open → assign → due → steps → review → close, each a new object', () => {
  const book = {
    key: 'renewal-plan',
    steps: [
      { key: 's1', text: 'Map the decision makers' },
      { key: 's2', text: 'Send the renewal offer' },
    ],
  };
  let p = openPlan('a1', book, '2026-04-01');
  assert.deepEqual(p, {
    record: 'a1',
    playbook: 'renewal-plan',
    owner: null,
    due: null,
    status: 'open',
    steps: [
      { key: 's1', text: 'Map the decision makers', status: 'todo' },
      { key: 's2', text: 'Send the renewal offer', status: 'todo' },
    ],
    review: null,
    openedAt: '2026-04-01',
    closedAt: null,
  });
  const before = p;
  p = planAction(p, { type: 'assign', owner: '  Chen ' });
  assert.equal(p.owner, 'Chen');
  assert.equal(before.owner, null);
  assert.equal(planAction(p, { type: 'assign', owner: 'Chen' }), p);
  assert.equal(planAction(p, { type: 'assign', owner: '   ' }).owner, null);
  p = planAction(p, { type: 'due', due: '2026-04-15' });
  p = planAction(p, { type: 'step', key: 's1', status: 'done' });
  assert.equal(planAction(p, { type: 'step', key: 'nope', status: 'done' }), p);
  assert.equal(planAction(p, { type: 'step', key: 's1', status: 'done' }), p);
  p = planAction(p, { type: 'review', text: '  ' });
  assert.equal(p.review, null);
  p = planAction(p, { type: 'review', text: '复盘: 决策人变更' });
  // Closing before the plan was opened is read as closing on the day it opened.
  const early = planAction(p, { type: 'close', at: '2026-03-01' });
  assert.equal(early.closedAt, '2026-04-01');
  p = planAction(p, { type: 'close', at: '2026-04-12' });
  assert.deepEqual([p.status, p.closedAt, p.review], ['closed', '2026-04-12', '复盘: 决策人变更']);
  assert.deepEqual(
    p.steps.map((s) => s.status),
    ['done', 'todo'],
  );
});

test('bad plans are invalid rows naming the field; a bad envelope throws', () => {
  const r = reviewPlans({
    asOf: '2026-04-10',
    plans: [{ ...P2, status: 'done' }, { ...P2, steps: [P2.steps[0], P2.steps[0]] }, { ...P2, due: '2026-02-30' }, P2],
  });
  assert.equal(r.plans.length, 1);
  assert.deepEqual(
    r.invalid.map((x) => [x.index, x.issues.map((i) => i.path)]),
    [
      [0, ['status']],
      [1, ['steps.1.key']],
      [2, ['due']],
    ],
  );
  hasIssue(
    issuesOf(() => reviewPlans({ asOf: '2026-04-10', plans: {} })),
    'plans',
  );
  hasIssue(
    issuesOf(() => reviewPlans({ asOf: 'soon', plans: [] })),
    'asOf',
  );
});
