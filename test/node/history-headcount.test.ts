import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { learnHeadcountInputs } from '../../src/models/history-headcount.js';
import { planHeadcount } from '../../src/models/headcount.js';
import { hasIssue, issuesOf, near } from './helpers.js';
import { HEADCOUNT_HISTORY_EXAMPLE } from '../fixtures/headcount-history.js';

/** docs/models.md §3d worked example (a fresh copy each time). */
const example = () => structuredClone(HEADCOUNT_HISTORY_EXAMPLE);
const months = (o: Record<number, number>) => Array.from({ length: 12 }, (_, m) => o[m + 1] ?? 0);

describe('learnHeadcountInputs: docs/models.md §3d worked example', () => {
  const r = learnHeadcountInputs(example());
  it('reads 2024 and 2025, each year its shares, a month with no bookings weighing 0', () => {
    assert.deepEqual(
      r.years.map((y) => [y.year, y.total]),
      [
        [2024, 1000],
        [2025, 1000],
      ],
    );
    near(r.years[0]!.shares, months({ 1: 0.1, 4: 0.3, 12: 0.6 }));
    near(r.years[1]!.shares, months({ 1: 0.2, 3: 0.2, 12: 0.6 }));
    near(r.seasonality, months({ 1: 0.15, 3: 0.1, 4: 0.15, 12: 0.6 }));
    near(
      r.seasonality!.reduce((a, b) => a + b, 0),
      1,
    );
  });
  it('productivity per rep-month: A qualified 24 months, B left during the ramp, C still ramping', () => {
    assert.deepEqual(r.productivity, {
      qualified: 1700 / 24,
      unqualified: 50,
      qualifiedRepMonths: 24,
      unqualifiedRepMonths: 6,
      qualifiedBookings: 1700,
      unqualifiedBookings: 300,
    });
    assert.deepEqual(r.unmatched, { count: 0, amount: 0 });
    assert.deepEqual([r.invalid, r.invalidReps], [[], []]);
  });
  it('one year against two: 2025 alone', () => {
    const one = learnHeadcountInputs({ ...example(), years: 1 });
    assert.deepEqual(
      one.years.map((y) => y.year),
      [2025],
    );
    near(one.seasonality, months({ 1: 0.2, 3: 0.2, 12: 0.6 }));
    near(one.productivity!.qualified, 700 / 12);
    assert.equal(one.productivity!.unqualified, 50);
  });
  it('fills §3b: the learned seasonality and productivities run the plan', () => {
    const plan = planHeadcount({
      annualTarget: 12_000,
      startQualified: 1,
      startUnqualified: 0,
      productivityQualified: r.productivity!.qualified!,
      productivityUnqualified: r.productivity!.unqualified!,
      rampMonths: 3,
      monthlyRetention: 1,
      seasonality: r.seasonality!,
    });
    // One qualified rep all year: 12 · 70.83… = 850; December carries 0.6 of it.
    near(plan.annualRevenue, 850, 1e-9);
    near(plan.months[11]!.revenue, 510, 1e-9);
  });
});

describe('learnHeadcountInputs: hand-checked histories', () => {
  it('the years read end with the last one whose 31 December is on or before asOf', () => {
    const on = learnHeadcountInputs({ ...example(), asOf: '2025-12-31' });
    assert.deepEqual(
      on.years.map((y) => y.year),
      [2024, 2025],
    );
    const before = learnHeadcountInputs({ ...example(), asOf: '2025-12-30' });
    assert.deepEqual(
      before.years.map((y) => y.year),
      [2023, 2024],
    );
    // 2023 has no bookings: its shares are null and it is left out of the average.
    assert.equal(before.years[0]!.shares, null);
    near(before.seasonality, months({ 1: 0.1, 4: 0.3, 12: 0.6 }));
  });
  it('no bookings in the years read: no seasonality; no reps: no productivity', () => {
    const r = learnHeadcountInputs({ asOf: '2026-01-15', bookings: [{ amount: 5, closedAt: '2026-01-02' }] });
    assert.equal(r.seasonality, null);
    assert.equal(r.productivity, null);
    assert.deepEqual(r.unmatched, { count: 0, amount: 0 });
  });
  it('unmatched: no owner, an unknown owner, a booking after the rep left; ids compared as text', () => {
    const r = learnHeadcountInputs({
      asOf: '2025-12-31',
      years: 1,
      rampMonths: 0,
      reps: [{ id: 7, startedAt: '2025-01-01', leftAt: '2025-06-30' }],
      bookings: [
        { owner: '7', amount: 60, closedAt: '2025-03-01' },
        { amount: 10, closedAt: '2025-03-02' },
        { owner: 'Z', amount: 20, closedAt: '2025-03-03' },
        { owner: 7, amount: 30, closedAt: '2025-07-01' },
      ],
    });
    assert.deepEqual(r.unmatched, { count: 3, amount: 60 });
    assert.deepEqual(r.productivity, {
      qualified: 10,
      unqualified: null,
      qualifiedRepMonths: 6,
      unqualifiedRepMonths: 0,
      qualifiedBookings: 60,
      unqualifiedBookings: 0,
    });
    // Every booking counts in the seasonality, matched or not.
    assert.equal(r.years[0]!.total, 120);
  });
  it('bad rows are listed and left out; the envelope names its fields', () => {
    const r = learnHeadcountInputs({
      ...example(),
      bookings: [
        ...example().bookings,
        { owner: 'A', amount: -1, closedAt: '2025-01-01' },
        { amount: 1, closedAt: 'x' },
      ],
      reps: [
        ...example().reps,
        { id: 'D', startedAt: '2025-05-01', leftAt: '2025-04-01' },
        { id: 'A', startedAt: '2020-01-01' },
      ],
    });
    assert.deepEqual(
      r.invalid.map((v) => [v.index, v.issues.map((i) => i.path)]),
      [
        [7, ['amount']],
        [8, ['closedAt']],
      ],
    );
    assert.deepEqual(
      r.invalidReps.map((v) => [v.index, v.id, v.issues.map((i) => i.code)]),
      [
        [3, 'D', ['left_before_start']],
        [4, 'A', ['duplicate']],
      ],
    );
    assert.equal(r.productivity!.qualifiedRepMonths, 24);
    for (const [patch, path] of [
      [{ years: 0 }, 'years'],
      [{ years: 6 }, 'years'],
      [{ rampMonths: -1 }, 'rampMonths'],
      [{ asOf: '2025-02-30' }, 'asOf'],
      [{ bookings: {} }, 'bookings'],
    ] as const)
      hasIssue(
        issuesOf(() => learnHeadcountInputs({ ...example(), ...patch })),
        path,
      );
  });
});

describe('learn-headcount-inputs on the command line', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const run = (input: unknown) =>
    spawnSync(process.execPath, ['bin/revops.js', 'learn-headcount-inputs', '--compact'], {
      input: JSON.stringify(input),
      encoding: 'utf8',
      cwd: root,
    });
  it('prints the worked example as the model returns it; exit 2 when every booking is invalid', () => {
    assert.ok(existsSync(`${root}dist/models.js`), 'run `npm run build` first');
    const r = run(example());
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, JSON.stringify(learnHeadcountInputs(example())) + '\n');
    const bad = run({ ...example(), reps: undefined, bookings: [{ amount: -1, closedAt: '2025-01-01' }] });
    assert.equal(bad.status, 2);
  });
  it('exit 0 when some bookings are invalid, even more of them than there are reps', () => {
    const input = example();
    const reps = (input as { reps?: unknown[] }).reps ?? [];
    const bookings = (input as { bookings: unknown[] }).bookings;
    const badOnes = Array.from({ length: reps.length + 1 }, () => ({ amount: -1, closedAt: '2025-01-01' }));
    assert.ok(badOnes.length < bookings.length + badOnes.length && badOnes.length >= reps.length);
    const r = run({ ...input, bookings: [...bookings, ...badOnes] });
    assert.equal(r.status, 0, r.stdout);
  });
});
