import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deepShareFromTiers } from '../../src/models/cs-tiers.js';
import { planCsCapacity } from '../../src/models/cs-capacity.js';
import { tierCustomer } from '../../src/models/tiering.js';
import { hasIssue, issuesOf, near } from './helpers.js';
import { DEEP_SHARE_EXAMPLE } from '../fixtures/cs-tiers.js';
import { CS_EXAMPLE } from '../fixtures/seeds.js';

const example = () => structuredClone(DEEP_SHARE_EXAMPLE);

describe('deepShareFromTiers: docs/models.md §6 extras worked example', () => {
  const r = deepShareFromTiers(example());
  it('counts the five valid customers by tier; c6 is invalid and not counted', () => {
    assert.deepEqual(r.tiers, [
      { key: 'A', label: 'A', focus: true, count: 1, share: 0.2 },
      { key: 'B', label: 'B', focus: true, count: 1, share: 0.2 },
      { key: 'C', label: 'C', focus: false, count: 3, share: 0.6 },
    ]);
    assert.equal(r.customers, 5);
    assert.equal(r.focus, 2);
    assert.equal(r.deepCustomerShare, 0.4);
    assert.deepEqual(
      r.invalid.map((x) => [x.index, x.id, x.issues.map((i) => i.path)]),
      [[5, 'c6', ['values.arr']]],
    );
  });
  it('as r2 of §6’s worked example: capacity 30, 56 CSMs, managers [7, 2, 1]', () => {
    const plan = planCsCapacity({ ...CS_EXAMPLE, deepCustomerShare: r.deepCustomerShare! });
    assert.equal(plan.capacityPerCsm, 30);
    assert.equal(plan.csms, 56);
    assert.deepEqual(plan.managers, [7, 2, 1]);
    assert.equal(plan.totalHeadcount, 66);
  });
});

describe('deepShareFromTiers: edge cases', () => {
  it('the customer preset by default agrees with tierCustomer row by row', () => {
    const customers = [
      { values: { tenureMonths: 30, cumulativePayment: 2, users: 500 } },
      { values: { tenureMonths: 2 } },
      { values: {} },
    ];
    const r = deepShareFromTiers({ customers });
    const focus = customers.filter((c) => tierCustomer({ values: c.values }).focus).length;
    assert.equal(r.focus, focus);
    assert.equal(r.customers, 3);
    assert.equal(
      r.tiers.reduce((s, t) => s + t.count, 0),
      3,
    );
  });
  it('no valid customer: shares null, r2 null (the typed r2 stays)', () => {
    const r = deepShareFromTiers({ ...example(), customers: [{ values: { arr: -Infinity } }, 3] });
    assert.equal(r.customers, 0);
    assert.equal(r.deepCustomerShare, null);
    assert.ok(r.tiers.every((t) => t.share === null && t.count === 0));
    assert.equal(r.invalid.length, 2);
  });
  it('no customer in a focus tier gives 0 (then §6 needs standardHoursPerCustomer)', () => {
    const r = deepShareFromTiers({ ...example(), customers: [{ values: { arr: 1 } }] });
    assert.equal(r.deepCustomerShare, 0);
  });
  it('a bad model or list names the field', () => {
    hasIssue(
      issuesOf(() => deepShareFromTiers({ customers: 'x' })),
      'customers',
    );
    const bad = issuesOf(() => deepShareFromTiers({ ...example(), model: { ...example().model, focusTiers: ['Z'] } }));
    assert.ok(
      bad.some((i) => i.path.startsWith('model.focusTiers')),
      JSON.stringify(bad),
    );
  });
  it('the lead preset on request', () => {
    const r = deepShareFromTiers({ preset: 'lead', customers: [{ values: {} }] });
    near(r.tiers.length, 4);
  });
});

describe('deep-share-from-tiers on the command line', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  it('prints the worked example as the model returns it; exit 2 when every customer is invalid', () => {
    assert.ok(existsSync(`${root}dist/models.js`), 'run `npm run build` first');
    const run = (input: unknown) =>
      spawnSync(process.execPath, ['bin/revops.js', 'deep-share-from-tiers', '--compact'], {
        input: JSON.stringify(input),
        encoding: 'utf8',
        cwd: root,
      });
    const r = run(example());
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, JSON.stringify(deepShareFromTiers(example())) + '\n');
    assert.equal(run({ ...example(), customers: [{ values: { arr: 'x' } }] }).status, 2);
  });
});
