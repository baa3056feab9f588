// Property-based suite of reviewPlans (docs/models.md "§2 and §5 extras: plans people own"): robustness through
// property-harness.ts; then generated plan lists checked against the spec's figures by hand, the summary against
// the rows, input order kept, planTasks agreeing with the review, and overdue growing with asOf.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { planTasks, reviewPlans, type Plan } from '../../src/models/plans.js';
import { property } from './property-harness.js';
import { runs } from './property-options.js';

/** Steps s1, s2, … with the given statuses. */
const steps = (...statuses: string[]) =>
  statuses.map((status, i) => ({ key: `s${i + 1}`, text: `Step ${i + 1}`, status }));
/** An open plan overdue by 3 days with a step of each status, and a closed plan with a review. */
const EXAMPLE = {
  asOf: '2026-04-10',
  plans: [
    {
      record: 'o1',
      playbook: 'p',
      owner: 'Li',
      due: '2026-04-07',
      status: 'open',
      steps: steps('done', 'todo', 'skipped'),
      openedAt: '2026-04-01',
    },
    {
      record: 'a3',
      playbook: 'q',
      due: '2026-04-01',
      status: 'closed',
      steps: steps('done'),
      review: 'ok',
      openedAt: '2026-03-20',
      closedAt: '2026-04-08',
    },
  ],
};

test('reviewPlans: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(reviewPlans, EXAMPLE, 600);
});

// ---- generated plan lists ---------------------------------------------------------------------------------

const DAY = 86_400_000;
const ASOF_DAY = Date.UTC(2026, 3, 10) / DAY;
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const on = (from: number, to: number) => fc.integer({ min: from, max: to }).map((d) => iso(ASOF_DAY + d));

const STATUS = ['todo', 'done', 'skipped'] as const;
const step = fc.record({
  key: fc.constantFrom('s1', 's2', 's3', 's4', 's5'),
  text: fc.constantFrom('', 'Call', ' '),
  status: fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...STATUS) },
    { weight: 1, arbitrary: fc.constant('later') },
  ),
});
const plan = fc
  .record({
    record: fc.constantFrom('o1', 'o2', 'a1'),
    playbook: fc.constantFrom('renewal-plan', 'service-recovery'),
    owner: fc.constantFrom(undefined, null, 'Li', ''),
    due: fc.option(on(-30, 30), { nil: undefined, freq: 4 }),
    status: fc.constantFrom('open', 'open', 'closed'),
    steps: fc.array(step, { maxLength: 5 }),
    openedAt: on(-60, 0),
  })
  .map((p) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(p)) if (v !== undefined) out[k] = v;
    return out as unknown as Plan;
  });
const asOfShift = fc.integer({ min: -40, max: 40 });

/** A plan the spec accepts: step keys unique, step statuses known. */
const isValid = (p: Plan) =>
  new Set(p.steps.map((s) => s.key)).size === p.steps.length &&
  p.steps.every((s) => (STATUS as readonly string[]).includes(s.status));
const dayOf = (t: string) => Date.parse(`${t}T00:00:00Z`) / DAY;

test('reviewPlans agrees with the spec: counts by step status, overdue after the due day, summary of the rows', () => {
  fc.assert(
    fc.property(fc.array(plan, { maxLength: 10 }), asOfShift, (plans, shift) => {
      const asOf = iso(ASOF_DAY + shift);
      const r = reviewPlans({ asOf, plans });
      const valid = plans.filter(isValid);
      assert.deepEqual(
        r.invalid.map((x) => x.index),
        plans.flatMap((p, i) => (isValid(p) ? [] : [i])),
      );
      assert.deepEqual(
        r.plans,
        valid.map((p) => {
          const late = p.status === 'open' && p.due ? dayOf(asOf) - dayOf(p.due) : 0;
          return {
            record: p.record,
            playbook: p.playbook,
            owner: p.owner ?? null,
            due: p.due ?? null,
            status: p.status,
            done: p.steps.filter((s) => s.status === 'done').length,
            skipped: p.steps.filter((s) => s.status === 'skipped').length,
            total: p.steps.length,
            overdue: late > 0,
            daysOverdue: late > 0 ? late : null,
          };
        }),
      );
      assert.deepEqual(r.summary, {
        open: r.plans.filter((p) => p.status === 'open').length,
        closed: r.plans.filter((p) => p.status === 'closed').length,
        overdue: r.plans.filter((p) => p.overdue).length,
      });
      for (const p of r.plans) {
        assert.ok(p.done + p.skipped <= p.total);
        if (p.overdue) assert.ok(Number.isInteger(p.daysOverdue) && p.daysOverdue! > 0 && p.status === 'open');
      }
    }),
    runs(300),
  );
});

test('reviewPlans keeps the input order; planTasks has one task per step with the plan’s overdue', () => {
  fc.assert(
    fc.property(fc.array(plan, { maxLength: 10 }), asOfShift, (plans, shift) => {
      const asOf = iso(ASOF_DAY + shift);
      const r = reviewPlans({ asOf, plans });
      const back = reviewPlans({ asOf, plans: [...plans].reverse() });
      assert.deepEqual(back.plans, [...r.plans].reverse());
      assert.deepEqual(back.summary, r.summary);
      const valid = plans.filter(isValid);
      const tasks = planTasks(valid, asOf);
      assert.equal(
        tasks.length,
        r.plans.reduce((s, p) => s + p.total, 0),
      );
      let k = 0;
      r.plans.forEach((p, i) => {
        for (const s of valid[i]!.steps) {
          const t = tasks[k++]!;
          assert.deepEqual(
            [t.record, t.step, t.stepStatus, t.overdue, t.due],
            [p.record, s.key, s.status, p.overdue, p.due],
          );
        }
      });
    }),
    runs(200),
  );
});

test('a later asOf never makes a plan less overdue', () => {
  fc.assert(
    fc.property(fc.array(plan, { maxLength: 10 }), asOfShift, fc.integer({ min: 0, max: 30 }), (plans, shift, more) => {
      const a = reviewPlans({ asOf: iso(ASOF_DAY + shift), plans });
      const b = reviewPlans({ asOf: iso(ASOF_DAY + shift + more), plans });
      assert.ok(b.summary.overdue >= a.summary.overdue);
      a.plans.forEach((p, i) => {
        if (p.overdue) assert.equal(b.plans[i]!.daysOverdue, p.daysOverdue! + more);
      });
    }),
    runs(200),
  );
});
