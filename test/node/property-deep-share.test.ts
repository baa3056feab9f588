// Property-based suite of deepShareFromTiers (docs/models.md §6 extras): robustness through property-harness.ts;
// then generated customer lists: a one-factor band model scored by hand, the customer preset tiered row by row by
// §1's tierCustomer, counts and shares that add up, row-order independence, and a focus count that never falls
// when a customer's value rises (focus tiers on top).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deepShareFromTiers, type DeepShareResult } from '../../src/models/cs-tiers.js';
import { tierCustomer } from '../../src/models/tiering.js';
import { DEEP_SHARE_EXAMPLE } from '../fixtures/cs-tiers.js';
import { SEED_CUSTOMER } from '../fixtures/seeds.js';
import { property } from './property-harness.js';
import { runs } from './property-options.js';

test('deepShareFromTiers: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(deepShareFromTiers, DEEP_SHARE_EXAMPLE, 500);
});

test('deepShareFromTiers with the customer preset', () => {
  property(
    deepShareFromTiers,
    {
      preset: 'customer',
      asOf: '2026-03-31',
      customers: [{ id: 'c1', values: SEED_CUSTOMER }, { values: { ...SEED_CUSTOMER, users: 5 } }],
    },
    300,
  );
});

// ---- a one-factor band model ------------------------------------------------------------------------------

/** Bands at 0, b1, b2 scoring s0 ≤ s1 ≤ s2; tiers A ≥ t1, B ≥ t2, C ≥ 0; the top `top` tiers in focus. */
const bandModel = fc
  .record({
    b: fc.uniqueArray(fc.integer({ min: 1, max: 900 }), { minLength: 2, maxLength: 2 }),
    s: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
    t: fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 2 }),
    top: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ b, s, t, top }) => {
    const [b1, b2] = [...b].sort((x, y) => x - y);
    const [s0, s1, s2] = [...s].sort((x, y) => x - y);
    const [t2, t1] = [...t].sort((x, y) => x - y);
    return {
      factors: [
        {
          key: 'arr',
          weight: 1,
          kind: 'bands',
          bands: [
            { min: 0, score: s0! },
            { min: b1!, score: s1! },
            { min: b2!, score: s2! },
          ],
        },
      ],
      tiers: [
        { key: 'A', minScore: t1! },
        { key: 'B', minScore: t2! },
        { key: 'C', minScore: 0 },
      ],
      focusTiers: ['A', 'B', 'C'].slice(0, top),
    };
  });

type Arr = number | string | undefined;
const arrValue: fc.Arbitrary<Arr> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 1000 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant('lots') },
);
const customers = fc
  .array(arrValue, { maxLength: 16 })
  .map((xs) => xs.map((arr, i) => ({ id: `c${i}`, values: arr === undefined ? {} : { arr } })));

type Model = typeof DEEP_SHARE_EXAMPLE.model;
/** The tier of a value under the band model, by hand: the last band whose min it reaches (missing scores 0). */
function tierOf(model: Model, arr: number | undefined): { key: string; focus: boolean } {
  const bands = model.factors[0]!.bands;
  const score = arr === undefined ? 0 : bands.filter((b) => arr >= b.min).at(-1)!.score;
  const key = model.tiers.find((t) => score >= t.minScore)!.key;
  return { key, focus: model.focusTiers.includes(key) };
}

function checkSums(r: DeepShareResult) {
  assert.equal(
    r.tiers.reduce((s, t) => s + t.count, 0),
    r.customers,
  );
  assert.equal(
    r.tiers.filter((t) => t.focus).reduce((s, t) => s + t.count, 0),
    r.focus,
  );
  if (r.customers === 0) {
    assert.equal(r.deepCustomerShare, null);
    assert.ok(r.tiers.every((t) => t.share === null));
  } else {
    assert.ok(r.deepCustomerShare! >= 0 && r.deepCustomerShare! <= 1);
    const total = r.tiers.reduce((s, t) => s + t.share!, 0);
    assert.ok(Math.abs(total - 1) <= 1e-12, `Σ share ${total}`);
  }
}

test('deepShareFromTiers agrees with a band model scored by hand; counts and shares add up', () => {
  fc.assert(
    fc.property(bandModel, customers, (model, list) => {
      const r = deepShareFromTiers({ model, customers: list });
      const valid = list.filter((c) => typeof (c.values as { arr?: unknown }).arr !== 'string');
      const tiers = valid.map((c) => tierOf(model, (c.values as { arr?: number }).arr));
      const n = valid.length;
      assert.equal(r.customers, n);
      assert.deepEqual(
        r.tiers.map((t) => [t.key, t.focus, t.count, t.share]),
        model.tiers.map((t) => {
          const count = tiers.filter((x) => x.key === t.key).length;
          return [t.key, model.focusTiers.includes(t.key), count, n ? count / n : null];
        }),
      );
      const focus = tiers.filter((x) => x.focus).length;
      assert.equal(r.focus, focus);
      assert.equal(r.deepCustomerShare, n ? focus / n : null);
      assert.deepEqual(
        r.invalid.map((x) => [x.id, x.issues.map((i) => i.path)]),
        list.filter((c) => !valid.includes(c)).map((c) => [c.id, ['values.arr']]),
      );
      checkSums(r);
    }),
    runs(300),
  );
});

test('deepShareFromTiers: the order of the customers does not matter', () => {
  fc.assert(
    fc.property(
      bandModel,
      customers.chain((l) => fc.shuffledSubarray(l, { minLength: l.length }).map((s) => [l, s] as const)),
      (model, [list, shuffled]) => {
        const a = deepShareFromTiers({ model, customers: list });
        const b = deepShareFromTiers({ model, customers: shuffled });
        assert.deepEqual({ ...b, invalid: b.invalid.length }, { ...a, invalid: a.invalid.length });
      },
    ),
    runs(200),
  );
});

test('a customer worth more never lowers the focus count (focus tiers on top)', () => {
  fc.assert(
    fc.property(
      bandModel,
      customers.filter((l) => l.length > 0),
      fc.nat(),
      fc.integer({ min: 1, max: 800 }),
      (model, list, at, more) => {
        const i = at % list.length;
        const raised = list.map((c, k) => {
          const arr = (c.values as { arr?: unknown }).arr;
          return k === i && typeof arr === 'number' ? { ...c, values: { arr: arr + more } } : c;
        });
        const a = deepShareFromTiers({ model, customers: list });
        const b = deepShareFromTiers({ model, customers: raised });
        assert.ok(b.focus >= a.focus);
        assert.equal(b.customers, a.customers);
      },
    ),
    runs(200),
  );
});

// ---- the customer preset ----------------------------------------------------------------------------------

const presetCustomer = fc.record(
  {
    tenureMonths: fc.integer({ min: 0, max: 60 }),
    cumulativePayment: fc.integer({ min: 0, max: 3_000_000 }),
    users: fc.integer({ min: 0, max: 2000 }),
    usageRate: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
  },
  { requiredKeys: [] },
);

test('the customer preset: each customer counts in the tier §1 gives it (tierCustomer)', () => {
  fc.assert(
    fc.property(fc.array(presetCustomer, { maxLength: 12 }), (values) => {
      const r = deepShareFromTiers({ customers: values.map((v) => ({ values: v })) });
      const tiers = values.map((v) => tierCustomer({ values: v }));
      assert.equal(r.customers, values.length);
      for (const t of r.tiers) assert.equal(t.count, tiers.filter((x) => x.tier === t.key).length, t.key);
      assert.equal(r.focus, tiers.filter((x) => x.focus).length);
      checkSums(r);
    }),
    runs(200),
  );
});
