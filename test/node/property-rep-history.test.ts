// Property-based suite of the two models read from past reps and bookings: learnHeadcountInputs (docs/models.md
// §3d) and learnHiringFunnel (§3b extras). Robustness through property-harness.ts; then small generated histories
// checked against a month-by-month re-computation written from the spec, the money each model accounts for, the
// agreement of the two on the rep-months they share, and row-order independence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { learnHeadcountInputs } from '../../src/models/history-headcount.js';
import { learnHiringFunnel } from '../../src/models/hiring-funnel.js';
import { HEADCOUNT_HISTORY_EXAMPLE } from '../fixtures/headcount-history.js';
import { HIRING_HISTORY_EXAMPLE } from '../fixtures/hiring-funnel.js';
import { isModelInputError } from '../../src/schemas/issues.js';
import { holds, property } from './property-harness.js';
import { EDGE_NUMBERS, runs } from './property-options.js';

test('learnHeadcountInputs: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(learnHeadcountInputs, HEADCOUNT_HISTORY_EXAMPLE, 500);
});

test('learnHiringFunnel: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(learnHiringFunnel, HIRING_HISTORY_EXAMPLE, 500);
});

// ---- small generated histories ----------------------------------------------------------------------------

const DAY = 86_400_000;
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const dayOf = (t: string) => Date.UTC(+t.slice(0, 4), +t.slice(5, 7) - 1, +t.slice(8, 10)) / DAY;
const monthOf = (t: string) => +t.slice(0, 4) * 12 + +t.slice(5, 7) - 1;
const START = dayOf('2021-06-01');
const END = dayOf('2026-09-30');
const date = fc.integer({ min: START, max: END }).map(iso);

type Id = string | number;
interface Rep {
  id: Id;
  startedAt: string;
  leftAt?: string;
  openedAt?: string;
}
interface Booking {
  owner?: Id;
  amount: number;
  closedAt: string;
}
interface Case {
  asOf: string;
  years: number;
  rampMonths: number;
  tenureMonths: number;
  reps: Rep[];
  bookings: Booking[];
}

/** Reps with ids that may repeat (7 and "7" are one rep), a leftAt or openedAt on either side of startedAt. */
const rep = (ids: fc.Arbitrary<Id>): fc.Arbitrary<Rep> =>
  fc
    .record({
      id: ids,
      startedAt: date,
      leftIn: fc.option(fc.integer({ min: -40, max: 900 }), { nil: undefined }),
      openedBefore: fc.option(fc.integer({ min: -20, max: 400 }), { nil: undefined }),
    })
    .map(({ id, startedAt, leftIn, openedBefore }) => ({
      id,
      startedAt,
      ...(leftIn === undefined ? {} : { leftAt: iso(dayOf(startedAt) + leftIn) }),
      ...(openedBefore === undefined ? {} : { openedAt: iso(dayOf(startedAt) - openedBefore) }),
    }));

const booking = (owners: fc.Arbitrary<Id | undefined>): fc.Arbitrary<Booking> =>
  fc
    .record({ owner: owners, amount: fc.integer({ min: 0, max: 1000 }), closedAt: date })
    .map(({ owner, ...b }) => (owner === undefined ? b : { owner, ...b }));

const ASOFS = ['2026-01-15', '2025-12-31', '2025-12-30', '2026-06-30', '2024-03-01'];

const history = (ids: fc.Arbitrary<Id> = fc.constantFrom<Id>('A', 'B', 'C', 7, '7')): fc.Arbitrary<Case> =>
  fc.record({
    asOf: fc.constantFrom(...ASOFS),
    years: fc.integer({ min: 1, max: 3 }),
    rampMonths: fc.integer({ min: 0, max: 4 }),
    tenureMonths: fc.integer({ min: 1, max: 5 }),
    reps: fc.array(rep(ids), { maxLength: 6 }),
    bookings: fc.array(booking(fc.option(fc.constantFrom<Id>('A', 'B', 'C', 7, '7', 'Z'), { nil: undefined })), {
      maxLength: 14,
    }),
  });

/** The valid reps as §3d reads them: leftAt not before startedAt (openedAt not after it), ids unique, first stays. */
function validReps(c: Case, opened: boolean): Rep[] {
  const seen = new Set<string>();
  return c.reps.filter((r) => {
    const bad =
      (r.leftAt !== undefined && r.leftAt < r.startedAt) ||
      (opened && r.openedAt !== undefined && r.openedAt > r.startedAt) ||
      seen.has(String(r.id));
    if (!bad) seen.add(String(r.id));
    return !bad;
  });
}

/** The years read: the `years` latest calendar years whose 31 December is on or before asOf. */
function yearsOf(c: Case): number[] {
  const y = +c.asOf.slice(0, 4);
  const last = c.asOf.slice(5) === '12-31' ? y : y - 1;
  return Array.from({ length: c.years }, (_, k) => last - c.years + 1 + k);
}

/** Every rep-month within the years read: [rep, month index, tenure]. */
function repMonths(c: Case, reps: Rep[]): { rep: Rep; month: number; tenure: number }[] {
  const ys = yearsOf(c);
  const out: { rep: Rep; month: number; tenure: number }[] = [];
  for (const r of reps)
    for (const y of ys)
      for (let m = 0; m < 12; m++) {
        const month = y * 12 + m;
        const start = monthOf(r.startedAt);
        if (month >= start && (r.leftAt === undefined || month <= monthOf(r.leftAt)))
          out.push({ rep: r, month, tenure: month - start });
      }
  return out;
}

/** The bookings of the years read, each with the rep-month it counts for (undefined: unmatched). */
function matched(c: Case, months: ReturnType<typeof repMonths>) {
  const ys = yearsOf(c);
  return c.bookings
    .filter((b) => ys.includes(+b.closedAt.slice(0, 4)))
    .map((b) => ({
      b,
      at:
        b.owner === undefined
          ? undefined
          : months.find((rm) => String(rm.rep.id) === String(b.owner) && rm.month === monthOf(b.closedAt)),
    }));
}

const near = (a: number | null, b: number | null, what: string) => {
  if (a === null || b === null) return assert.equal(a, b, what);
  assert.ok(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);
};
const nearAll = (a: readonly (number | null)[] | null, b: readonly (number | null)[] | null, what: string) => {
  if (a === null || b === null) return assert.equal(a, b, what);
  assert.equal(a.length, b.length, `${what}.length`);
  a.forEach((x, i) => near(x, b[i]!, `${what}[${i}]`));
};

function referenceHeadcount(c: Case, withReps: boolean) {
  const ys = yearsOf(c);
  const reps = validReps(c, false);
  const months = repMonths(c, reps);
  const books = matched(c, months);
  const years = ys.map((year) => {
    const m = Array.from({ length: 12 }, (_, k) =>
      books.filter(({ b }) => monthOf(b.closedAt) === year * 12 + k).reduce((s, { b }) => s + b.amount, 0),
    );
    const total = m.reduce((s, x) => s + x, 0);
    return { year, total, shares: total > 0 ? m.map((x) => x / total) : null };
  });
  const withB = years.filter((y) => y.shares);
  const seasonality = withB.length
    ? Array.from({ length: 12 }, (_, k) => withB.reduce((s, y) => s + y.shares![k]!, 0) / withB.length)
    : null;
  const q = (rm: { tenure: number }) => rm.tenure >= c.rampMonths;
  const qm = months.filter(q).length;
  const um = months.length - qm;
  const qb = books.filter(({ at }) => at && q(at)).reduce((s, { b }) => s + b.amount, 0);
  const ub = books.filter(({ at }) => at && !q(at)).reduce((s, { b }) => s + b.amount, 0);
  const un = books.filter(({ at }) => !at);
  return {
    years,
    seasonality,
    productivity: withReps
      ? {
          qualified: qm ? qb / qm : null,
          unqualified: um ? ub / um : null,
          qualifiedRepMonths: qm,
          unqualifiedRepMonths: um,
          qualifiedBookings: qb,
          unqualifiedBookings: ub,
        }
      : null,
    unmatched: withReps
      ? { count: un.length, amount: un.reduce((s, { b }) => s + b.amount, 0) }
      : { count: 0, amount: 0 },
    invalidReps: c.reps.length - reps.length,
  };
}

const headcountInput = (c: Case, withReps: boolean) => ({
  asOf: c.asOf,
  years: c.years,
  rampMonths: c.rampMonths,
  bookings: c.bookings,
  ...(withReps ? { reps: c.reps.map(({ openedAt: _o, ...r }) => r) } : {}),
});

test('learnHeadcountInputs agrees with a month-by-month re-computation of §3d', () => {
  fc.assert(
    fc.property(history(), fc.boolean(), (c, withReps) => {
      const r = learnHeadcountInputs(headcountInput(c, withReps));
      const ref = referenceHeadcount(c, withReps);
      assert.deepEqual(
        r.years.map((y) => [y.year, y.total]),
        ref.years.map((y) => [y.year, y.total]),
      );
      r.years.forEach((y, k) => nearAll(y.shares, ref.years[k]!.shares, `years[${k}].shares`));
      nearAll(r.seasonality, ref.seasonality, 'seasonality');
      if (ref.productivity === null) assert.equal(r.productivity, null);
      else {
        const { qualified, unqualified, ...counts } = r.productivity!;
        const { qualified: rq, unqualified: ru, ...refCounts } = ref.productivity;
        assert.deepEqual(counts, refCounts);
        near(qualified, rq, 'qualified');
        near(unqualified, ru, 'unqualified');
      }
      assert.deepEqual(r.unmatched, ref.unmatched);
      assert.equal(r.invalidReps.length, withReps ? ref.invalidReps : 0);
      assert.deepEqual(r.invalid, []);
    }),
    runs(300),
  );
});

test('learnHeadcountInputs: the seasonality is a distribution; every booking of the years read is accounted for', () => {
  fc.assert(
    fc.property(history(), (c) => {
      const r = learnHeadcountInputs(headcountInput(c, true));
      for (const y of r.years) {
        if (y.shares === null) assert.equal(y.total, 0);
        else
          near(
            y.shares.reduce((s, x) => s + x, 0),
            1,
            `shares of ${y.year}`,
          );
      }
      if (r.seasonality) {
        assert.equal(r.seasonality.length, 12);
        for (const w of r.seasonality) assert.ok(w >= 0 && w <= 1 + 1e-12, `weight ${w}`);
        near(
          r.seasonality.reduce((s, x) => s + x, 0),
          1,
          'Σ seasonality',
        );
      } else assert.ok(r.years.every((y) => y.total === 0));
      const p = r.productivity!;
      assert.equal(
        p.qualifiedBookings + p.unqualifiedBookings + r.unmatched.amount,
        r.years.reduce((s, y) => s + y.total, 0),
      );
      for (const k of ['qualifiedRepMonths', 'unqualifiedRepMonths'] as const)
        assert.ok(Number.isInteger(p[k]) && p[k] >= 0);
      // Rep-months within the years read: at most 12 a year per valid rep.
      assert.ok(p.qualifiedRepMonths + p.unqualifiedRepMonths <= 12 * c.years * (c.reps.length - r.invalidReps.length));
    }),
    runs(300),
  );
});

function referenceHiring(c: Case) {
  const reps = validReps(c, true);
  const months = repMonths(c, reps);
  const books = matched(c, months);
  const ys = yearsOf(c);
  const inBucket = (b: number) => (t: number) => (b === c.tenureMonths - 1 ? t >= b : t === b);
  const bookedAt = (f: (t: number) => boolean) =>
    books.filter(({ at }) => at && f(at.tenure)).reduce((s, { b }) => s + b.amount, 0);
  const tenure = Array.from({ length: c.tenureMonths }, (_, b) => {
    const rms = months.filter((rm) => inBucket(b)(rm.tenure));
    const left = rms.filter((rm) => rm.rep.leftAt !== undefined && rm.month === monthOf(rm.rep.leftAt)).length;
    const bk = bookedAt(inBucket(b));
    return {
      tenure: b,
      repMonths: rms.length,
      left,
      retention: rms.length ? 1 - left / rms.length : null,
      bookings: bk,
      productivity: rms.length ? bk / rms.length : null,
    };
  });
  const qm = months.filter((rm) => rm.tenure >= c.rampMonths).length;
  const qualified = qm ? bookedAt((t) => t >= c.rampMonths) / qm : null;
  const ramp = Array.from({ length: c.rampMonths }, (_, t) => {
    const n = months.filter((rm) => rm.tenure === t).length;
    return qualified && n ? bookedAt((x) => x === t) / n / qualified : null;
  });
  const leads = reps
    .filter((r) => r.openedAt !== undefined && ys.includes(+r.startedAt.slice(0, 4)))
    .map((r) => monthOf(r.startedAt) - monthOf(r.openedAt!))
    .sort((a, b) => a - b);
  const h = leads.length >> 1;
  const med = leads.length ? (leads.length % 2 ? leads[h]! : (leads[h - 1]! + leads[h]!) / 2) : null;
  const un = books.filter(({ at }) => !at);
  return {
    years: ys,
    tenure,
    qualified,
    ramp,
    leadTime: { samples: leads.length, medianMonths: med, hiringLeadMonths: med === null ? null : Math.ceil(med) },
    unmatched: { count: un.length, amount: un.reduce((s, { b }) => s + b.amount, 0) },
    invalidReps: c.reps.length - reps.length,
  };
}

/** §3b extras' gap filling: a null takes the nearest earlier value, leading nulls the first value. */
const filled = (xs: (number | null)[]) => {
  const first = xs.find((x) => x !== null);
  if (first === undefined) return xs.length ? null : [];
  return xs.map((x, i) => x ?? [...xs.slice(0, i)].reverse().find((y) => y !== null) ?? first);
};

test('learnHiringFunnel agrees with a month-by-month re-computation of §3b extras', () => {
  fc.assert(
    fc.property(history(), (c) => {
      const r = learnHiringFunnel(c);
      const ref = referenceHiring(c);
      assert.deepEqual(r.years, ref.years);
      assert.equal(r.tenure.length, c.tenureMonths);
      r.tenure.forEach((b, i) => {
        const e = ref.tenure[i]!;
        assert.deepEqual([b.tenure, b.repMonths, b.left, b.bookings], [e.tenure, e.repMonths, e.left, e.bookings]);
        near(b.retention, e.retention, `retention ${i}`);
        near(b.productivity, e.productivity, `productivity ${i}`);
      });
      near(r.qualified, ref.qualified, 'qualified');
      nearAll(r.ramp, ref.ramp, 'ramp');
      nearAll(r.retentionByTenure, filled(ref.tenure.map((b) => b.retention)), 'retentionByTenure');
      nearAll(r.rampCurve, ref.qualified ? filled(ref.ramp) : null, 'rampCurve');
      assert.deepEqual(r.leadTime, ref.leadTime);
      assert.deepEqual(r.unmatched, ref.unmatched);
      assert.equal(r.invalidReps.length, ref.invalidReps);
    }),
    runs(300),
  );
});

test('learnHiringFunnel: retentions in [0, 1], bookings accounted for, the same rep-months as learnHeadcountInputs', () => {
  fc.assert(
    fc.property(history(), (c) => {
      // No openedAt: both models then read the same reps.
      const reps = c.reps.map(({ openedAt: _o, ...r }) => r);
      const r = learnHiringFunnel({ ...c, reps });
      const h = learnHeadcountInputs(headcountInput(c, true));
      for (const b of r.tenure) {
        assert.ok(Number.isInteger(b.left) && b.left >= 0 && b.left <= b.repMonths);
        if (b.retention !== null) assert.ok(b.retention >= 0 && b.retention <= 1);
      }
      const p = h.productivity!;
      assert.equal(
        r.tenure.reduce((s, b) => s + b.repMonths, 0),
        p.qualifiedRepMonths + p.unqualifiedRepMonths,
      );
      assert.equal(
        r.tenure.reduce((s, b) => s + b.bookings!, 0) + r.unmatched.amount,
        h.years.reduce((s, y) => s + y.total, 0),
      );
      assert.deepEqual(r.unmatched, h.unmatched);
      assert.equal(r.qualified, p.qualified);
      assert.deepEqual(r.invalidReps, h.invalidReps);
      if (r.retentionByTenure) for (const x of r.retentionByTenure) assert.ok(x >= 0 && x <= 1);
      if (r.leadTime.hiringLeadMonths !== null) assert.ok(Number.isInteger(r.leadTime.hiringLeadMonths));
    }),
    runs(300),
  );
});

test('both models: the order of the rows does not matter (unique rep ids, valid bookings)', () => {
  const unique = history(fc.constant('x')).chain((c) =>
    fc
      .tuple(
        fc.shuffledSubarray(c.bookings, { minLength: c.bookings.length }),
        fc.shuffledSubarray(
          c.reps.map((r, i) => ({ ...r, id: i % 2 ? i : `r${i}` })),
          { minLength: c.reps.length },
        ),
      )
      .map(
        ([bookings, reps]) =>
          [
            { ...c, reps: [...reps].sort((a, b) => String(a.id).localeCompare(String(b.id))) },
            { ...c, bookings, reps },
          ] as const,
      ),
  );
  fc.assert(
    fc.property(unique, ([c, shuffled]) => {
      const strip = <T extends { invalidReps: { index: number }[] }>(x: T) => ({
        ...x,
        invalidReps: x.invalidReps.map((i) => JSON.stringify((i as { id?: unknown }).id)).sort(),
      });
      assert.deepEqual(strip(learnHiringFunnel(shuffled)), strip(learnHiringFunnel(c)));
      assert.deepEqual(
        strip(learnHeadcountInputs(headcountInput(shuffled, true))),
        strip(learnHeadcountInputs(headcountInput(c, true))),
      );
    }),
    runs(150),
  );
});

test('both models: amounts at the edges of doubles give finite figures or a ModelInputError, never Infinity', () => {
  fc.assert(
    fc.property(
      history(),
      fc.array(fc.constantFrom(...EDGE_NUMBERS), { minLength: 14, maxLength: 14 }),
      (c, amounts) => {
        const edged = { ...c, bookings: c.bookings.map((b, i) => ({ ...b, amount: amounts[i]! })) };
        holds(learnHiringFunnel, edged);
        holds(learnHeadcountInputs, headcountInput(edged, true));
      },
    ),
    runs(300),
  );
});

// Counterexamples the properties found, kept as examples.

test('a role opened in the month the rep started: hiringLeadMonths is 0, not −0 (Intl prints "-0")', () => {
  const r = learnHiringFunnel({
    asOf: '2026-01-15',
    years: 1,
    reps: [{ id: 'A', openedAt: '2025-03-02', startedAt: '2025-03-20' }],
  });
  assert.deepEqual(r.leadTime, { samples: 1, medianMonths: 0, hiringLeadMonths: 0 });
  assert.ok(Object.is(r.leadTime.hiringLeadMonths, 0));
  assert.equal(new Intl.NumberFormat('en').format(r.leadTime.hiringLeadMonths), '0');
});

test('bookings summing beyond 1.8e308: a ModelInputError naming the figures, not Infinity in the output', () => {
  const bookings = [
    { owner: 'A', amount: 1e308, closedAt: '2025-03-01' },
    { owner: 'A', amount: 1e308, closedAt: '2025-04-01' },
  ];
  const reps = [{ id: 'A', startedAt: '2020-01-01' }];
  const named = (fields: string[]) => (e: unknown) =>
    isModelInputError(e) &&
    e.issues.length === 1 &&
    e.issues[0]!.path === '' &&
    e.issues[0]!.code === 'results_not_finite' &&
    fields.every((f) => e.issues[0]!.message.includes(f));
  // Before: years[1].total was Infinity and every 2025 share 0 (not a distribution); productivity Infinity.
  assert.throws(
    () => learnHeadcountInputs({ asOf: '2026-01-15', bookings, reps }),
    named(['years.1.total', 'productivity.qualified']),
  );
  assert.throws(() => learnHiringFunnel({ asOf: '2026-01-15', bookings, reps }), named(['qualified']));
});

test('a denormal booking at a qualified tenure: learnHiringFunnel names ramp.0 instead of returning Infinity', () => {
  // Found by the robustness property (seed 202): qualified = 1e-310 / 10 rep-months (March to December),
  // ramp[0] = 30 / 1e-311 overflows.
  const input = {
    asOf: '2026-01-15',
    years: 1,
    rampMonths: 1,
    reps: [{ id: 'A', startedAt: '2025-02-01' }],
    bookings: [
      { owner: 'A', amount: 30, closedAt: '2025-02-01' },
      { owner: 'A', amount: 1e-310, closedAt: '2025-03-01' },
    ],
  };
  assert.throws(
    () => learnHiringFunnel(input),
    (e: unknown) => isModelInputError(e) && e.issues[0]!.path === '' && e.issues[0]!.message.includes('ramp.0'),
  );
  // An ordinary amount in its place learns the ramp: 30 at tenure 0 against 30 / 10 qualified = 10.
  input.bookings[1]!.amount = 30;
  assert.deepEqual(learnHiringFunnel(input).ramp, [10]);
});
