// Routing rules with value conditions (docs/models.md §1, "Value conditions"): the worked
// example, list and range tests, unknown keys rejected by path, and the CLI.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tierLead } from '../../src/models/tiering.js';
import { routeLead, valueTestHolds } from '../../src/models/routing.js';
import { routeSql } from '../../src/sql/tiering.js';
import { issuesOf, hasIssue } from './helpers.js';
import { SEED_LEAD } from '../fixtures/seeds.js';

/** The worked example's rules: allocate by channel, region and revenue. */
const RULES = [
  { when: { values: { channel: ['purchased-list'] } }, route: 'sdr', reason: 'purchased-list' },
  { when: { tiers: ['A', 'B'], values: { channel: ['sem', 'seo'] } }, route: 'telesales' },
  {
    when: { fields: { region: ['east', 'north'] }, values: { annualRevenue: { min: 1e9 } } },
    route: 'field-sales-east',
    reason: 'large-east',
  },
  { when: { values: { annualRevenue: { min: 1e8, max: 1e9 } } }, route: 'inside-sales' },
  { when: {}, route: 'nurture' },
];

const route = (values: Record<string, unknown>, fields?: Record<string, unknown>, rules: unknown = RULES) => {
  const result = tierLead({ values });
  return { score: result.score, tier: result.tier, ...routeLead({ result, values, fields, rules }) };
};

describe('routeLead: value conditions, the worked example', () => {
  it('the seed lead in the east with revenue 1e9 → field-sales-east (rule 3)', () => {
    assert.deepEqual(route(SEED_LEAD, { region: 'east' }), {
      score: 68.5,
      tier: 'B',
      route: 'field-sales-east',
      reason: 'large-east',
    });
  });
  it('the same lead from SEM: 66.5, B → telesales (rule 2, reason null)', () => {
    assert.deepEqual(route({ ...SEED_LEAD, channel: 'sem' }, { region: 'east' }), {
      score: 66.5,
      tier: 'B',
      route: 'telesales',
      reason: null,
    });
  });
  it('in the west: rule 3 fails on region, rule 4 on max (1e9 is not < 1e9) → nurture', () => {
    assert.deepEqual(route(SEED_LEAD, { region: 'west' }), { score: 68.5, tier: 'B', route: 'nurture', reason: null });
  });
  it('revenue 5e8, no fields: 66.25, B → inside-sales (1e8 ≤ 5e8 < 1e9)', () => {
    assert.deepEqual(route({ ...SEED_LEAD, annualRevenue: 5e8 }), {
      score: 66.25,
      tier: 'B',
      route: 'inside-sales',
      reason: null,
    });
  });
  it('a purchased list: 63.5, B → sdr (rule 1)', () => {
    assert.deepEqual(route({ ...SEED_LEAD, channel: 'purchased-list' }), {
      score: 63.5,
      tier: 'B',
      route: 'sdr',
      reason: 'purchased-list',
    });
  });
});

describe('routeLead: value tests', () => {
  it('a list holds by strict equality; a multi value holds when any item is listed', () => {
    assert.equal(valueTestHolds(['east'], 'east'), true);
    assert.equal(valueTestHolds([1], '1'), false);
    assert.equal(valueTestHolds(['1'], 1), false);
    assert.equal(valueTestHolds([true], true), true);
    assert.equal(valueTestHolds(['pricing-page', 'trial-signup'], ['follows-account', 'trial-signup']), true);
    assert.equal(valueTestHolds(['pricing-page'], ['follows-account']), false);
    assert.equal(valueTestHolds(['pricing-page'], []), false);
    assert.equal(valueTestHolds([], 'east'), false);
  });
  it('absent or null fails every test', () => {
    for (const test of [['a'], { min: 0 }, { max: 10 }] as const) {
      assert.equal(valueTestHolds(test, undefined), false);
      assert.equal(valueTestHolds(test, null), false);
    }
  });
  it('a range is [min, max) with the 1e-9 tolerance; text, lists and booleans fail it', () => {
    const r = { min: 10, max: 20 };
    assert.equal(valueTestHolds(r, 10), true);
    assert.equal(valueTestHolds(r, 10 - 1e-10), true); // within the tolerance of min
    assert.equal(valueTestHolds(r, 9.99), false);
    assert.equal(valueTestHolds(r, 19.99), true);
    assert.equal(valueTestHolds(r, 20), false);
    assert.equal(valueTestHolds(r, 20 - 1e-10), false); // reaches max within the tolerance
    assert.equal(valueTestHolds({ min: 10 }, 1e12), true);
    assert.equal(valueTestHolds({ max: 0 }, -5), true);
    assert.equal(valueTestHolds(r, '15'), false);
    assert.equal(valueTestHolds(r, [15]), false);
    assert.equal(valueTestHolds({ min: 0 }, true), false);
  });
  it('a range reads the raw value, not the value over a band reference', () => {
    // cumulativePayment has reference 600000 in the customer preset: the range sees 800000.
    const values = { cumulativePayment: 800000 };
    const rules = [{ when: { values: { cumulativePayment: { min: 700000 } } }, route: 'big' }];
    const result = { tier: 'B', missingWeightShare: 0 };
    assert.equal(routeLead({ result, values, rules }).route, 'big');
  });
  it('values tests may name keys that are not factors; fields are read from `fields` only', () => {
    const result = tierLead({ values: SEED_LEAD });
    const rules = [
      { when: { values: { region: ['east'] } }, route: 'by-value' },
      { when: { fields: { region: ['east'] } }, route: 'by-field' },
    ];
    assert.equal(routeLead({ result, values: { ...SEED_LEAD, region: 'east' }, rules }).route, 'by-value');
    assert.equal(routeLead({ result, values: SEED_LEAD, fields: { region: 'east' }, rules }).route, 'by-field');
    assert.equal(routeLead({ result, values: SEED_LEAD, rules }).route, null);
  });
  it('all conditions of a rule must hold (tiers, missing share, flags, values, fields)', () => {
    const rules = [
      {
        when: {
          tiers: ['B'],
          minMissingWeightShare: 0,
          flags: ['vip'],
          values: { channel: ['website-direct'] },
          fields: { line: ['crm'] },
        },
        route: 'key-account-crm',
      },
    ];
    const values = { ...SEED_LEAD, vip: true };
    const result = tierLead({ values });
    assert.equal(routeLead({ result, values, fields: { line: 'crm' }, rules }).route, 'key-account-crm');
    assert.equal(routeLead({ result, values, fields: { line: 'erp' }, rules }).route, null);
    assert.equal(routeLead({ result, values: SEED_LEAD, fields: { line: 'crm' }, rules }).route, null);
  });
  it('routes to any team or queue name', () => {
    const rules = [{ when: { tiers: ['B'] }, route: 'partner-desk 华东' }];
    assert.deepEqual(route(SEED_LEAD, undefined, rules), {
      score: 68.5,
      tier: 'B',
      route: 'partner-desk 华东',
      reason: null,
    });
  });
  it('the default rules are unchanged with fields given', () => {
    assert.deepEqual(routeLead({ result: tierLead({ values: SEED_LEAD }), values: SEED_LEAD, fields: { x: 1 } }), {
      route: 'telesales',
      reason: 'default',
    });
  });
});

describe('routeLead: bad rules name their path', () => {
  const bad = (rules: unknown) =>
    issuesOf(() => routeLead({ result: tierLead({ values: SEED_LEAD }), values: SEED_LEAD, rules }));
  it('an unknown condition (the old silent match-all) is rejected at rules.0.when.source', () => {
    const i = hasIssue(bad([{ when: { source: 'sem' }, route: 'sdr' }]), 'rules.0.when.source');
    assert.equal(i.code, 'unknown_condition');
    assert.match(i.message, /is not a known condition \(known: tiers, minMissingWeightShare, flags, values, fields\)/);
  });
  it('an unknown key of a range, an empty range and max below min', () => {
    const issues = bad([
      { when: {}, route: 'x' },
      { when: { values: { annualRevenue: { mni: 3 } }, fields: { size: {} } }, route: 'x' },
      { when: { fields: { size: { min: 5, max: 3 } } }, route: 'x' },
    ]);
    assert.match(hasIssue(issues, 'rules.1.when.values.annualRevenue.mni').message, /known: min, max/);
    assert.equal(hasIssue(issues, 'rules.1.when.fields.size').code, 'range_empty');
    assert.match(hasIssue(issues, 'rules.2.when.fields.size.max').message, /must not be below min 5/);
  });
  it('an option that the factor does not have, a range on an options factor, a bare string', () => {
    const issues = bad([
      { when: { values: { channel: ['sem', 'semm'] } }, route: 'x' },
      { when: { values: { interest: { min: 1 } } }, route: 'x' },
    ]);
    const i = hasIssue(issues, 'rules.0.when.values.channel.1');
    assert.equal(i.code, 'option');
    assert.match(i.message, /options of factor channel.*got the text "semm"/);
    assert.equal(
      issues.some((x) => x.path === 'rules.0.when.values.channel.0'),
      false,
    );
    assert.equal(hasIssue(issues, 'rules.1.when.values.interest').code, 'range_kind');
    assert.match(
      hasIssue(bad([{ when: { values: { channel: 'sem' } }, route: 'x' }]), 'rules.0.when.values.channel').message,
      /expected a list or an object/,
    );
  });
  it('option checks follow the given model; fields are never checked against it', () => {
    const model = {
      factors: [{ key: 'channel', kind: 'options', weight: 1, options: [{ value: 'web', score: 50 }] }],
      tiers: [{ key: 'all', minScore: 0 }],
      focusTiers: [],
    };
    const result = { tier: 'all', missingWeightShare: 0 };
    const rules = [{ when: { values: { channel: ['web'] }, fields: { channel: ['sem'] } }, route: 'x' }];
    assert.equal(
      routeLead({ result, values: { channel: 'web' }, fields: { channel: 'sem' }, model, rules }).route,
      'x',
    );
    hasIssue(
      issuesOf(() =>
        routeLead({ result, values: {}, model, rules: [{ when: { values: { channel: ['sem'] } }, route: 'x' }] }),
      ),
      'rules.0.when.values.channel.0',
    );
  });
  it('list items must be text, finite numbers or booleans', () => {
    const issues = bad([{ when: { fields: { region: ['a', NaN, null, {}] } }, route: 'x' }]);
    for (const i of [1, 2, 3]) assert.equal(hasIssue(issues, `rules.0.when.fields.region.${i}`).code, 'type');
    hasIssue(bad([{ when: { fields: 3 }, route: 'x' }]), 'rules.0.when.fields');
    hasIssue(
      issuesOf(() => routeLead({ result: { tier: 'B', missingWeightShare: 0 }, fields: [1] })),
      'fields',
    );
  });
  it('the SQL compiler rejects value and field tests by path', () => {
    const issues = issuesOf(() => routeSql({ dialect: 'duckdb', rules: [{ when: {}, route: 'a' }, RULES[3]] }));
    assert.equal(hasIssue(issues, 'rules.1.when.values').code, 'sql_no_form');
  });
});

describe('revops route-lead with value conditions', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  before(() => assert.ok(existsSync(join(root, 'dist/models.js')), 'run `npm run build` first'));
  const run = (input: unknown) => {
    const r = spawnSync(process.execPath, [join(root, 'bin/revops.js'), 'route-lead', '--compact'], {
      input: JSON.stringify(input),
      encoding: 'utf8',
      cwd: root,
    });
    return { code: r.status, out: JSON.parse(r.stdout) as unknown };
  };
  it('routes the worked example and rejects an unknown condition with exit 2', () => {
    const result = tierLead({ values: SEED_LEAD });
    assert.deepEqual(run({ result, values: SEED_LEAD, fields: { region: 'east' }, rules: RULES }), {
      code: 0,
      out: { route: 'field-sales-east', reason: 'large-east' },
    });
    const bad = run({ result, values: SEED_LEAD, rules: [{ when: { source: 'sem' }, route: 'sdr' }] });
    assert.equal(bad.code, 2);
    assert.deepEqual(bad.out, {
      error: {
        issues: [
          {
            path: 'rules.0.when.source',
            message:
              'rules.0.when.source is not a known condition (known: tiers, minMissingWeightShare, flags, values, fields)',
          },
        ],
      },
    });
  });
});
