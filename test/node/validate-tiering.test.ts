/**
 * The tiering hand checks (src/validate/tiering.ts) against the zod schemas they stand for (src/schemas/tiering.ts,
 * the contract): for the worked examples, generated near-valid inputs, the worked examples with fields set to
 * extreme values, and hostile inputs (wrong types, NaN/Infinity, missing and extra keys, symbol keys, class
 * instances, inherited keys, holes, lists over their limits), both give the same data, or the same issues —
 * path, message, code and params, in the same order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  historyRowSchema,
  routeInputSchema,
  tierInputSchema,
  tieringModelSchema,
  validateInputSchema,
} from '../../src/schemas/tiering.js';
import { LIMITS } from '../../src/schemas/limits.js';
import { historyRow, routeInput, tierInput, tieringModel, validateInput } from '../../src/validate/tiering.js';
import { tryCheck, type S } from '../../src/validate/engine.js';
import { CUSTOMER_PRESET, LEAD_PRESET } from '../../src/models/presets.js';
import { SEED_CUSTOMER, SEED_LEAD } from '../fixtures/seeds.js';
import { mutated } from './property-harness.js';
import {
  holes,
  hostileEverywhere,
  keyArb,
  many,
  maybe,
  num,
  obj,
  run,
  same,
  valueArb,
  type Schema,
} from './validate-harness.js';

const option = obj({ value: maybe(keyArb), label: maybe(fc.string({ maxLength: 3 })), score: maybe(num) });
const band = obj({ min: maybe(num), score: maybe(num), label: maybe(fc.constant('x')) });
const factorArb = obj({
  key: maybe(keyArb),
  label: maybe(fc.constant('F')),
  weight: maybe(num),
  decay: maybe(obj({ halfLifeDays: maybe(num) })),
  class: maybe(keyArb),
  kind: maybe(fc.constantFrom('options', 'multi', 'bands', 'other')),
  options: maybe(fc.array(option, { maxLength: 4 })),
  cap: maybe(num),
  reference: maybe(num),
  bands: maybe(fc.array(band, { maxLength: 4 })),
});
const tierArb = obj({
  key: maybe(keyArb),
  label: maybe(fc.constant('T')),
  minScore: maybe(num),
  strategy: maybe(fc.constant('s')),
});
const modelArb = obj({
  factors: maybe(fc.array(factorArb, { maxLength: 4 })),
  tiers: maybe(fc.array(tierArb, { maxLength: 4 })),
  focusTiers: maybe(fc.array(keyArb, { maxLength: 3 })),
  targetFocusShare: maybe(fc.double({ min: -1, max: 2 })),
  shareTolerance: maybe(num),
});

const testArb = fc.oneof(
  fc.array(valueArb, { maxLength: 3 }),
  fc.array(fc.constantFrom('a', 'b', 1, true), { maxLength: 3 }),
  obj({ min: maybe(num), max: maybe(num) }),
  valueArb,
);
const testsArb = maybe(fc.dictionary(keyArb, testArb, { maxKeys: 3 }));
const ruleArb = obj({
  when: maybe(
    obj({
      tiers: maybe(fc.array(maybe(keyArb), { maxLength: 3 })),
      minMissingWeightShare: maybe(num),
      flags: maybe(fc.array(maybe(keyArb), { maxLength: 2 })),
      values: testsArb,
      fields: testsArb,
    }),
  ),
  route: maybe(keyArb),
  reason: maybe(fc.constant('r')),
});
const routeArb = obj({
  result: maybe(obj({ tier: maybe(keyArb), missingWeightShare: maybe(num) })),
  values: maybe(fc.constant({ local: true })),
  fields: maybe(fc.constant({})),
  model: maybe(fc.constant(LEAD_PRESET)),
  rules: maybe(fc.array(ruleArb, { maxLength: 3 })),
});
const rowArb = obj({
  id: maybe(fc.oneof(fc.string({ maxLength: 2 }), num)),
  values: maybe(fc.constant(SEED_LEAD)),
  converted: maybe(fc.boolean()),
  amount: maybe(num),
});
const validateArb = obj({
  model: maybe(fc.constant(LEAD_PRESET)),
  preset: maybe(fc.constantFrom('lead', 'customer', 'x')),
  asOf: maybe(fc.constantFrom('2026-03-05', '2026-02-30', 'x')),
  history: maybe(fc.array(rowArb, { maxLength: 3 })),
});
const tierInputArb = obj({
  model: maybe(fc.constant(CUSTOMER_PRESET)),
  values: maybe(fc.constant(SEED_LEAD)),
  asOf: maybe(fc.constantFrom('2026-03-05', '2026-02-30', '2026-03-05T09:30:00+08:00', '')),
});

const RULES = {
  result: { tier: 'B', missingWeightShare: 0.1 },
  values: { local: true, channel: 'partner' },
  fields: { Industry: 'SaaS' },
  rules: [
    { when: { tiers: ['A', 'B'], minMissingWeightShare: 0, flags: ['local'] }, route: 'field-sales' },
    {
      when: { values: { channel: ['partner', 'referral'] }, fields: { Employees: { min: 10, max: 500 } } },
      route: 'sdr',
    },
    { when: {}, route: 'telesales', reason: 'default' },
  ],
};
const HISTORY = [
  { id: 'h1', values: SEED_LEAD, converted: true, amount: 120_000 },
  { id: 3, values: { channel: 'partner' }, converted: false, amount: null },
];

test('the worked examples: the same data', () => {
  for (const m of [LEAD_PRESET, CUSTOMER_PRESET]) same(tieringModelSchema, tieringModel, m, 'model');
  same(tierInputSchema, tierInput, { values: SEED_LEAD, asOf: '2026-03-05' });
  same(tierInputSchema, tierInput, { model: CUSTOMER_PRESET, values: SEED_CUSTOMER, asOf: null });
  same(routeInputSchema, routeInput, RULES);
  same(validateInputSchema, validateInput, { preset: 'customer', history: HISTORY, asOf: '2026-03-05' });
  for (const row of HISTORY) same(historyRowSchema, historyRow, row);
  assert.ok(tryCheck(tieringModel, LEAD_PRESET).ok);
});

test('hostile values in every place of the worked examples', () => {
  const bases: [Schema, S, unknown][] = [
    [tieringModelSchema, tieringModel, LEAD_PRESET],
    [tieringModelSchema, tieringModel, CUSTOMER_PRESET],
    [tierInputSchema, tierInput, { values: SEED_LEAD, asOf: '2026-03-05' }],
    [routeInputSchema, routeInput, RULES],
    [validateInputSchema, validateInput, { history: HISTORY }],
    [historyRowSchema, historyRow, HISTORY[0]],
  ];
  for (const [schema, hand, base] of bases) hostileEverywhere(schema, hand, base);
});

test('lists over their limits report that alone; lists at their limits are read', () => {
  const factor = LEAD_PRESET.factors.find((f) => f.kind === 'options')!;
  const withOptions = (n: number) => ({
    ...LEAD_PRESET,
    factors: [{ ...factor, options: many(n, (i) => ({ value: `o${i}`, score: i % 101 })) }],
  });
  for (const n of [LIMITS.options, LIMITS.options + 1]) same(tieringModelSchema, tieringModel, withOptions(n), 'model');
  const factors = (n: number) => ({
    ...LEAD_PRESET,
    factors: many(n, (i) => ({ ...factor, key: `f${i % 150}` })),
  });
  for (const n of [LIMITS.factors, LIMITS.factors + 1]) same(tieringModelSchema, tieringModel, factors(n));
  const tiers = (n: number) => ({ ...LEAD_PRESET, tiers: many(n, (i) => ({ key: `t${i}`, minScore: i })) });
  for (const n of [LIMITS.tiers, LIMITS.tiers + 1]) same(tieringModelSchema, tieringModel, tiers(n));
  same(tieringModelSchema, tieringModel, { ...LEAD_PRESET, focusTiers: many(LIMITS.tiers + 1, () => 'A') });
  // Bands out of order, an option list with holes, a text where a list goes (zod measures its length too).
  same(tieringModelSchema, tieringModel, {
    ...LEAD_PRESET,
    factors: [{ key: 'x', weight: 1, kind: 'bands', bands: [{ min: 5, score: 1 }, { min: 1, score: 2 }, holes(1)[0]] }],
  });
  for (const options of ['', 'x'.repeat(LIMITS.options + 1), holes(2), { length: 0 }])
    same(tieringModelSchema, tieringModel, { ...LEAD_PRESET, factors: [{ ...factor, options }] });
  const values = (n: number) => ({
    ...RULES,
    rules: [{ when: { values: { channel: many(n, (i) => (i % 7 ? `v${i}` : NaN)) } }, route: 'sdr' }],
  });
  for (const n of [40, LIMITS.campaignValues + 1]) same(routeInputSchema, routeInput, values(n));
  const keys = Object.fromEntries(many(LIMITS.routeRules + 1, (i) => [`k${i}`, [1]]));
  same(routeInputSchema, routeInput, { ...RULES, rules: [{ when: { fields: keys }, route: 'sdr' }] });
  same(routeInputSchema, routeInput, { ...RULES, rules: many(LIMITS.routeRules + 1, () => RULES.rules[2]) });
  same(routeInputSchema, routeInput, {
    ...RULES,
    rules: [{ when: { tiers: many(LIMITS.routeRules + 1, () => 'A') }, route: 'x' }],
  });
  same(validateInputSchema, validateInput, { history: { length: LIMITS.rows + 1 } });
});

test('generated near-valid models', () => {
  run(tieringModelSchema, tieringModel, modelArb, 3000, 'model');
});

test('the worked examples with fields set to extreme values, removed, emptied or repeated', () => {
  run(tieringModelSchema, tieringModel, mutated(LEAD_PRESET), 1500, 'model');
  run(tieringModelSchema, tieringModel, mutated(CUSTOMER_PRESET), 800);
  run(routeInputSchema, routeInput, mutated(RULES), 1500);
  run(tierInputSchema, tierInput, mutated({ values: SEED_LEAD, asOf: '2026-03-05' }), 800);
  run(validateInputSchema, validateInput, mutated({ history: HISTORY, preset: 'lead', asOf: '2026-03-05' }), 800);
});

test('generated routing, tiering, validation and history inputs', () => {
  run(routeInputSchema, routeInput, routeArb, 3000);
  run(tierInputSchema, tierInput, tierInputArb, 1000);
  run(validateInputSchema, validateInput, validateArb, 1000);
  run(historyRowSchema, historyRow, rowArb, 1500);
});

test('any JSON value', () => {
  for (const [schema, hand] of [
    [tieringModelSchema, tieringModel],
    [tierInputSchema, tierInput],
    [routeInputSchema, routeInput],
    [validateInputSchema, validateInput],
    [historyRowSchema, historyRow],
  ] as [Schema, S][])
    run(schema, hand, fc.jsonValue({ maxDepth: 4 }), 300);
});
