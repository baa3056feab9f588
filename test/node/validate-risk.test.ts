/**
 * The risk models' hand checks (src/validate/opportunities.ts, churn.ts, plans.ts) against the zod schemas they
 * stand for (src/schemas/*.ts, the contract): for the worked examples, generated near-valid inputs, the worked
 * examples with fields set to extreme values, and hostile inputs (wrong types, NaN/Infinity, whole numbers
 * that are not, missing and extra keys, symbol keys, class instances, inherited keys, holes, prototype names,
 * lists over their limits), both give the same data, or the same issues — path, message, code and params, in
 * the same order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { opportunitiesInputSchema, opportunitySchema, pipelineRulesSchema } from '../../src/schemas/opportunities.js';
import { accountSchema, churnInputSchema, churnRulesSchema } from '../../src/schemas/churn.js';
import { planSchema, reviewPlansInputSchema } from '../../src/schemas/plans.js';
import { LIMITS } from '../../src/schemas/limits.js';
import { opportunitiesInput, opportunity, pipelineRules } from '../../src/validate/opportunities.js';
import { account, churnInput, churnRules } from '../../src/validate/churn.js';
import { plan, reviewPlansInput } from '../../src/validate/plans.js';
import { checkRows, tryCheck } from '../../src/validate/engine.js';
import { parseRows } from '../../src/schemas/issues.js';
import { DEFAULT_PIPELINE_RULES } from '../../src/models/opportunities.js';
import { DEFAULT_CHURN_RULES } from '../../src/models/churn.js';
import { mutated } from './property-harness.js';
import { fixture } from './helpers.js';
import { holes, hostileEverywhere, keyArb, many, maybe, num, obj, run, same, valueArb } from './validate-harness.js';

const OPPS = fixture<{ asOf: string; opportunities: Record<string, unknown>[] }>('opportunity-alerts.json');
const ACCOUNTS = fixture<{ asOf: string; accounts: Record<string, unknown>[] }>('churn-alerts.json');
/** The change-flag worked example (docs/models.md §2 extras): history, a blank next step, contacts by name. */
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
    { field: 'stage', at: '2026-03-10' },
    { field: 'nextStep', from: null, to: { text: 'x' }, at: '2026-03-15T09:30:00+08:00' },
  ],
};
const RULES = {
  ...structuredClone(DEFAULT_PIPELINE_RULES),
  stages: [
    ...structuredClone(DEFAULT_PIPELINE_RULES.stages),
    { key: 'legal', label: null, standardDays: 7, maxIdleDays: 0 },
  ],
  changes: { pushCountWarn: 1, amountCutCritical: 0.5, minContacts: null },
};
const CHURN_RULES = { ...DEFAULT_CHURN_RULES, usageLookbackMonths: 3, npsDetractorMax: null };
const PLAN = {
  record: 'o1',
  playbook: 'key-account-response-plan',
  owner: 'Li',
  due: '2026-04-07',
  status: 'open',
  steps: [
    { key: 's1', text: 'Call the buyer', status: 'done' },
    { key: 's2', text: 'Book a demo', status: 'todo' },
    { key: 's3', text: '', status: 'skipped' },
  ],
  review: null,
  openedAt: '2026-04-01',
};

test('the worked examples: the same data', () => {
  same(opportunitiesInputSchema, opportunitiesInput, OPPS);
  for (const row of [...OPPS.opportunities, O3]) same(opportunitySchema, opportunity, row);
  same(pipelineRulesSchema, pipelineRules, DEFAULT_PIPELINE_RULES, 'rules');
  same(pipelineRulesSchema, pipelineRules, RULES, 'rules');
  same(churnInputSchema, churnInput, { ...ACCOUNTS, rules: CHURN_RULES });
  for (const row of ACCOUNTS.accounts) same(accountSchema, account, row);
  same(churnRulesSchema, churnRules, DEFAULT_CHURN_RULES, 'rules');
  same(churnRulesSchema, churnRules, CHURN_RULES);
  same(planSchema, plan, PLAN);
  same(reviewPlansInputSchema, reviewPlansInput, { asOf: '2026-04-10', plans: [PLAN, 1] });
  // The rows are the model's to check: the list comes back as it was given.
  const env = tryCheck<{ opportunities: unknown[] }>(opportunitiesInput, OPPS);
  assert.ok(env.ok && env.data.opportunities === OPPS.opportunities);
  // The fixtures' broken rows are refused by both, with their field named.
  const o5 = tryCheck(opportunity, OPPS.opportunities[4]);
  assert.ok(!o5.ok && o5.issues[0]!.path === 'amount' && o5.issues[0]!.code === 'min');
  const a5 = tryCheck(account, ACCOUNTS.accounts[4]);
  assert.ok(!a5.ok && a5.issues[0]!.path === 'csat' && a5.issues[0]!.code === 'max');
});

test('plans read one by one: the same good rows and invalid rows as parseRows', () => {
  // Indexes 3 and 4 are holes.
  const list: unknown[] = [PLAN, 1, { ...PLAN, record: 7, id: 'p2' }];
  Object.assign(list, { 5: null, 6: { ...PLAN, id: 3, steps: {} }, 7: PLAN });
  const strip = (r: ReturnType<typeof parseRows>) => ({
    rows: r.rows,
    invalid: r.invalid.map((x) => ({ ...x, issues: x.issues.map((i) => [i.path, i.message, i.code, i.params]) })),
  });
  const hand = checkRows(plan, list);
  assert.deepStrictEqual(strip(hand), strip(parseRows(planSchema, list)));
  // The holes are skipped, as parseRows's forEach skips them.
  assert.deepStrictEqual(
    [hand.rows.map((r) => r.index), hand.invalid.map((r) => r.index), hand.invalid.map((r) => r.id)],
    [
      [0, 7],
      [1, 2, 5, 6],
      [undefined, 'p2', undefined, '3'],
    ],
  );
});

test('hostile values in every place of the worked examples', () => {
  hostileEverywhere(opportunitiesInputSchema, opportunitiesInput, { asOf: OPPS.asOf, rules: {}, opportunities: [] });
  for (const row of [OPPS.opportunities[0], O3]) hostileEverywhere(opportunitySchema, opportunity, row);
  hostileEverywhere(pipelineRulesSchema, pipelineRules, RULES);
  hostileEverywhere(churnInputSchema, churnInput, { asOf: ACCOUNTS.asOf, rules: {}, accounts: [] });
  for (const row of ACCOUNTS.accounts.slice(0, 2)) hostileEverywhere(accountSchema, account, row);
  hostileEverywhere(churnRulesSchema, churnRules, CHURN_RULES);
  hostileEverywhere(planSchema, plan, PLAN);
  hostileEverywhere(reviewPlansInputSchema, reviewPlansInput, { asOf: '2026-04-10', plans: [] });
});

test('whole numbers: fractions, negatives and numbers beyond the safe integers', () => {
  const values = [0, 1, 2, 1.5, -0.5, -1, -0, 2 ** 53 - 1, 2 ** 53, 2 ** 60, -(2 ** 53), -(2 ** 60), 1e308, -1e308];
  for (const v of [...values, NaN, Infinity, '2', null, undefined]) {
    const stage = { key: 'q', standardDays: 1, maxIdleDays: 0, requiredActivities: { call: v, visit: 1 } };
    // A stage whose count stops its checks also stops the list's key check (the duplicate below).
    same(pipelineRulesSchema, pipelineRules, { stages: [stage, { ...stage, requiredActivities: {} }] }, 'rules');
    same(churnRulesSchema, churnRules, { usageLookbackMonths: v }, 'rules');
  }
});

test('lists over their limits report that alone; lists at their limits are read', () => {
  const row = OPPS.opportunities[0]!;
  const acts = (n: number) => many(n, (i) => ({ type: i % 3 ? 'call' : '', at: '2026-03-01' }));
  for (const n of [LIMITS.rowEvents, LIMITS.rowEvents + 1]) {
    same(opportunitySchema, opportunity, { ...row, activities: acts(n) });
    same(opportunitySchema, opportunity, { ...row, history: many(n, () => ({ field: 'stage', at: '2026-02-30' })) });
    same(opportunitySchema, opportunity, { ...row, contacts: many(n, (i) => (i % 2 ? 'x' : 1)) });
  }
  const stage = DEFAULT_PIPELINE_RULES.stages[0]!;
  for (const n of [LIMITS.stages, LIMITS.stages + 1])
    same(pipelineRulesSchema, pipelineRules, { stages: many(n, (i) => ({ ...stage, key: `s${i % 40}` })) });
  for (const n of [LIMITS.stageRequirements, LIMITS.stageRequirements + 1]) {
    same(pipelineRulesSchema, pipelineRules, { stages: [{ ...stage, requiredFields: many(n, (i) => `f${i}`) }] });
    const counts = Object.fromEntries(many(n, (i) => [`a${i}`, i % 7 ? i : -1]));
    same(pipelineRulesSchema, pipelineRules, { stages: [{ ...stage, requiredActivities: counts }] });
  }
  same(pipelineRulesSchema, pipelineRules, { stages: [] });
  const a1 = ACCOUNTS.accounts[0]!;
  const months = (n: number) =>
    many(n, (i) => ({ month: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}` }));
  for (const n of [LIMITS.usagePoints, LIMITS.usagePoints + 1])
    same(accountSchema, account, { ...a1, usage: months(n) });
  for (const n of [LIMITS.rowEvents, LIMITS.rowEvents + 1])
    same(accountSchema, account, { ...a1, events: many(n, () => ({ type: 'complaint', at: '2026-03-01' })) });
  for (const n of [LIMITS.rowEvents, LIMITS.rowEvents + 1])
    same(planSchema, plan, { ...PLAN, steps: many(n, (i) => ({ key: `s${i}`, text: '', status: 'todo' })) });
  // The row lists: at most LIMITS.rows rows, not read here (holes are the model's to report).
  for (const n of [LIMITS.rows, LIMITS.rows + 1]) {
    same(opportunitiesInputSchema, opportunitiesInput, { asOf: OPPS.asOf, opportunities: holes(n) });
    same(churnInputSchema, churnInput, { asOf: 1, accounts: holes(n) });
    same(reviewPlansInputSchema, reviewPlansInput, { plans: holes(n) });
  }
});

test('duplicate keys: stages, usage months, plan steps', () => {
  const stage = DEFAULT_PIPELINE_RULES.stages[0]!;
  same(pipelineRulesSchema, pipelineRules, { stages: [stage, stage, { ...stage, key: '' }, stage] });
  same(pipelineRulesSchema, pipelineRules, { stages: [stage, { ...stage, standardDays: 0 }] });
  const usage = [{ month: '2026-01' }, { month: '2026-01', usageRate: 2 }, { month: '2026-1' }, { month: '2026-01' }];
  same(accountSchema, account, { id: 'a', usage });
  same(accountSchema, account, { id: 'a', usage: [{ month: '2026-01' }, { month: '2026-01' }] });
  same(planSchema, plan, { ...PLAN, steps: [PLAN.steps[0], PLAN.steps[0], { ...PLAN.steps[0], status: 'x' }] });
});

const date = fc.constantFrom('2026-03-05', '2026-02-30', '2026-03-05T09:30:00+08:00', '2026-03', 'x', '');
const month = fc.constantFrom('2026-03', '2026-13', '2026-3', '2026-03-01', 'x');
const text = fc.constantFrom('', ' ', 'x', 'Acme');
const activity = obj({ type: maybe(keyArb), at: maybe(date) });
const historyEntry = obj({ field: maybe(keyArb), from: valueArb, to: valueArb, at: maybe(date) });
const opportunityArb = obj({
  id: maybe(keyArb),
  name: maybe(text),
  owner: maybe(text),
  amount: maybe(num),
  stage: maybe(fc.constantFrom('qualify', 'solution', 'x', '')),
  stageEnteredAt: maybe(date),
  expectedCloseDate: maybe(date),
  keyAccount: maybe(fc.boolean()),
  fields: maybe(fc.dictionary(keyArb, valueArb, { maxKeys: 3 })),
  activities: maybe(fc.array(activity, { maxLength: 3 })),
  history: maybe(fc.array(historyEntry, { maxLength: 3 })),
  nextStep: maybe(text),
  contacts: maybe(fc.oneof(num, fc.array(maybe(text), { maxLength: 3 }))),
});
const count = fc.oneof(num, fc.constantFrom(2, 3, 2 ** 53, 2 ** 60, -(2 ** 60)));
const stageArb = obj({
  key: maybe(fc.constantFrom('qualify', 'solution', 'a', '')),
  label: maybe(text),
  standardDays: maybe(num),
  maxIdleDays: maybe(num),
  requiredFields: maybe(fc.array(maybe(keyArb), { maxLength: 3 })),
  requiredActivities: maybe(fc.dictionary(keyArb, count, { maxKeys: 3 })),
});
const rulesArb = obj({
  stages: maybe(fc.array(stageArb, { maxLength: 4 })),
  keyAccountMinAmount: maybe(num),
  thresholds: maybe(
    obj({
      completenessWarn: maybe(num),
      completenessCritical: maybe(num),
      cycleWarn: maybe(num),
      cycleCritical: maybe(num),
      idleCriticalFactor: maybe(num),
    }),
  ),
  changes: maybe(
    obj({
      pushCountWarn: maybe(num),
      pushCountCritical: maybe(num),
      pushDaysWarn: maybe(num),
      pushDaysCritical: maybe(num),
      amountCutWarn: maybe(num),
      amountCutCritical: maybe(num),
      regressCritical: maybe(num),
      minContacts: maybe(num),
    }),
  ),
});
const fractionArb = fc.oneof(num, fc.double({ min: -0.5, max: 1.5 }));
const accountArb = obj({
  id: maybe(keyArb),
  name: maybe(text),
  arr: maybe(num),
  renewalDate: maybe(date),
  tier: maybe(text),
  owner: maybe(text),
  usage: maybe(
    fc.array(obj({ month: maybe(month), usageRate: maybe(fractionArb), activeUsers: maybe(num) }), { maxLength: 4 }),
  ),
  tickets: maybe(obj({ last30d: maybe(num), baseline30d: maybe(num), escalated: maybe(num) })),
  nps: maybe(num),
  csat: maybe(fc.oneof(num, fc.constantFrom(1, 3, 5, 6))),
  overdueDays: maybe(num),
  contactChanged: maybe(fc.boolean()),
  events: maybe(fc.array(obj({ type: maybe(keyArb), at: maybe(date) }), { maxLength: 3 })),
});
const churnRulesArb = obj(
  Object.fromEntries(
    Object.keys(DEFAULT_CHURN_RULES).map((k) => [k, maybe(k === 'usageLookbackMonths' ? count : fractionArb)]),
  ),
);
const planArb = obj({
  record: maybe(keyArb),
  playbook: maybe(keyArb),
  owner: maybe(text),
  due: maybe(date),
  status: maybe(fc.constantFrom('open', 'closed', 'todo')),
  steps: maybe(
    fc.array(obj({ key: maybe(keyArb), text: maybe(text), status: maybe(fc.constantFrom('todo', 'done', 'x')) }), {
      maxLength: 3,
    }),
  ),
  review: maybe(text),
  openedAt: maybe(date),
  closedAt: maybe(date),
});
const envelope = (rows: string) =>
  obj({
    asOf: maybe(date),
    rules: maybe(fc.oneof(fc.constant({}), fc.constant([]), valueArb)),
    [rows]: maybe(fc.oneof(fc.array(valueArb, { maxLength: 2 }), valueArb)),
  });

test('generated near-valid rows, rules and plans', () => {
  run(opportunitySchema, opportunity, opportunityArb, 3000);
  run(pipelineRulesSchema, pipelineRules, rulesArb, 2000, 'rules');
  run(accountSchema, account, accountArb, 3000);
  run(churnRulesSchema, churnRules, churnRulesArb, 1500, 'rules');
  run(planSchema, plan, planArb, 1500);
  run(opportunitiesInputSchema, opportunitiesInput, envelope('opportunities'), 800);
  run(churnInputSchema, churnInput, envelope('accounts'), 800);
  run(reviewPlansInputSchema, reviewPlansInput, envelope('plans'), 500);
});

test('the worked examples with fields set to extreme values, removed, emptied or repeated', () => {
  for (const row of [OPPS.opportunities[0], OPPS.opportunities[1], O3])
    run(opportunitySchema, opportunity, mutated(row), 800);
  run(pipelineRulesSchema, pipelineRules, mutated(RULES), 1500, 'rules');
  for (const row of ACCOUNTS.accounts.slice(0, 3)) run(accountSchema, account, mutated(row), 800);
  run(churnRulesSchema, churnRules, mutated(CHURN_RULES), 800);
  run(planSchema, plan, mutated(PLAN), 800);
  run(opportunitiesInputSchema, opportunitiesInput, mutated({ ...OPPS, rules: RULES }), 500);
  run(churnInputSchema, churnInput, mutated({ ...ACCOUNTS, rules: CHURN_RULES }), 500);
});

test('any JSON value', () => {
  for (const [schema, hand] of [
    [opportunitiesInputSchema, opportunitiesInput],
    [opportunitySchema, opportunity],
    [pipelineRulesSchema, pipelineRules],
    [churnInputSchema, churnInput],
    [accountSchema, account],
    [churnRulesSchema, churnRules],
    [planSchema, plan],
    [reviewPlansInputSchema, reviewPlansInput],
  ] as const)
    run(schema, hand, fc.jsonValue({ maxDepth: 4 }), 300);
});
