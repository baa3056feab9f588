// Engagement that ages (docs/models.md §1, "Engagement that ages"): the worked example,
// undated and missing values, bad input by path, history and calibration, SQL, the CLI.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tierLead, tierCustomer, validateTiering } from '../../src/models/tiering.js';
import { calibrateTiering } from '../../src/models/calibrate.js';
import { routeLead } from '../../src/models/routing.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { tierSql } from '../../src/sql/tiering.js';
import { issuesOf, hasIssue, near } from './helpers.js';
import { SEED_CUSTOMER, SEED_LEAD } from '../fixtures/seeds.js';

/** The lead preset with interest halving every 30 days. */
const MODEL = {
  ...LEAD_PRESET,
  factors: LEAD_PRESET.factors.map((f) => (f.key === 'interest' ? { ...f, decay: { halfLifeDays: 30 } } : f)),
};
const DATED = { ...SEED_LEAD, interest: { value: SEED_LEAD.interest, date: '2026-01-01' } };
const interestOf = (r: ReturnType<typeof tierLead>) => r.contributions.find((c) => c.key === 'interest')!;

describe('decay: the worked example', () => {
  const cases: [string, number, number, number, string][] = [
    // asOf, m, interest score, total score, tier
    ['2026-01-01', 1, 60, 68.5, 'B'],
    ['2026-03-02', 0.25, 15, 61.75, 'B'],
    ['2026-10-28', 1 / 1024, 0.05859375, 59.5087890625, 'C'],
    ['2025-12-01', 1, 60, 68.5, 'B'],
  ];
  for (const [asOf, m, s, score, tier] of cases) {
    it(`as of ${asOf}: m ${m}, interest ${s}, score ${score} → ${tier}`, () => {
      const r = tierLead({ model: MODEL, values: DATED, asOf });
      const c = interestOf(r);
      assert.equal(c.decay, m);
      assert.equal(c.score, s);
      near(c.points, s * 0.15);
      assert.deepEqual(c.value, SEED_LEAD.interest);
      assert.equal(r.score, score);
      assert.equal(r.tier, tier);
      near(
        r.contributions.reduce((t, x) => t + x.points, 0),
        r.score,
      );
    });
  }
  it('300 days on, the default rules route the lead to sdr (low quality) instead of telesales', () => {
    const r = tierLead({ model: MODEL, values: DATED, asOf: '2026-10-28' });
    assert.deepEqual(routeLead({ result: r, values: DATED, model: MODEL }), { route: 'sdr', reason: 'low-quality' });
  });
  it('a date-time reads its UTC day (2026-03-02T01:00+08:00 is 2026-03-01: 59 days)', () => {
    const r = tierLead({ model: MODEL, values: DATED, asOf: '2026-03-02T01:00:00+08:00' });
    near(interestOf(r).decay, 0.5 ** (59 / 30));
  });
});

describe('decay: off by default, undated and missing values', () => {
  it('without decay the output is the same JSON with or without asOf (no decay key)', () => {
    const plain = JSON.stringify(tierLead({ values: SEED_LEAD }));
    assert.equal(JSON.stringify(tierLead({ values: SEED_LEAD, asOf: '2026-03-02' })), plain);
    assert.equal(plain.includes('decay'), false);
    assert.equal(tierCustomer({ values: SEED_CUSTOMER }).score, 78.5);
  });
  it('an undated value on an ageing factor counts as current (m = 1, no asOf needed)', () => {
    const r = tierLead({ model: MODEL, values: SEED_LEAD });
    assert.equal(r.score, 68.5);
    assert.equal(interestOf(r).decay, 1);
    // Factors without decay carry no decay key.
    assert.equal('decay' in r.contributions[0]!, false);
  });
  it('a dated null is missing; a band factor ages its band score', () => {
    const r = tierLead({
      model: MODEL,
      values: { ...SEED_LEAD, interest: { value: null, date: '2026-01-01' } },
      asOf: '2026-02-01',
    });
    assert.deepEqual(r.missing, ['interest']);
    assert.equal(interestOf(r).decay, 1);
    near(r.score, 59.5);
    const model = {
      factors: [
        {
          key: 'visits',
          kind: 'bands',
          weight: 1,
          bands: [
            { min: 0, score: 0 },
            { min: 5, score: 80 },
          ],
          decay: { halfLifeDays: 7 },
        },
      ],
      tiers: [
        { key: 'hot', minScore: 30 },
        { key: 'cold', minScore: 0 },
      ],
      focusTiers: ['hot'],
    };
    // 80 × 0.5^(14/7) = 20 → cold.
    const v = tierLead({ model, values: { visits: { value: 6, date: '2026-05-01' } }, asOf: '2026-05-15' });
    assert.equal(v.score, 20);
    assert.equal(v.tier, 'cold');
  });
});

describe('decay: bad input names its path', () => {
  it('a dated value without asOf: asOf is required', () => {
    const i = hasIssue(
      issuesOf(() => tierLead({ model: MODEL, values: DATED })),
      'asOf',
    );
    assert.match(i.message, /asOf is required/);
  });
  it('a missing or bad date, unknown keys, a bad inner value', () => {
    const issues = issuesOf(() =>
      tierLead({
        model: MODEL,
        values: { ...SEED_LEAD, interest: { value: ['x'], dat: '2026-01-01' } },
        asOf: '2026-01-01',
      }),
    );
    assert.match(hasIssue(issues, 'values.interest').message, /unknown keys dat/);
    hasIssue(issues, 'values.interest.date');
    hasIssue(issues, 'values.interest.value.0');
    hasIssue(
      issuesOf(() =>
        tierLead({
          model: MODEL,
          values: { ...DATED, interest: { value: [], date: '2026-02-30' } },
          asOf: '2026-03-01',
        }),
      ),
      'values.interest.date',
    );
    hasIssue(
      issuesOf(() => tierLead({ model: MODEL, values: DATED, asOf: 'soon' })),
      'asOf',
    );
  });
  it('a dated value on a factor without decay stays invalid; halfLifeDays must be > 0', () => {
    hasIssue(
      issuesOf(() => tierLead({ values: DATED, asOf: '2026-01-01' })),
      'values.interest',
    );
    const model = {
      ...MODEL,
      factors: MODEL.factors.map((f) => (f.key === 'interest' ? { ...f, decay: { halfLifeDays: 0 } } : f)),
    };
    hasIssue(
      issuesOf(() => tierLead({ model, values: SEED_LEAD })),
      'model.factors.6.decay.halfLifeDays',
    );
  });
});

describe('decay: history, calibration, SQL', () => {
  const history = [
    { id: 'old', values: DATED, converted: false },
    { id: 'new', values: { ...DATED, interest: { value: SEED_LEAD.interest, date: '2026-10-20' } }, converted: true },
    { id: 'plain', values: SEED_LEAD, converted: true },
  ];
  it('validateTiering ages each row as of asOf (old → C, new and plain → B)', () => {
    const v = validateTiering({ model: MODEL, history, asOf: '2026-10-28' });
    const count = Object.fromEntries(v.tiers.map((t) => [t.key, t.count]));
    assert.deepEqual(count, { A: 0, B: 2, C: 1, D: 0 });
    assert.deepEqual(v.invalid, []);
  });
  it('without asOf a dated row is invalid with asOf named, the others still count', () => {
    const v = validateTiering({ model: MODEL, history });
    assert.deepEqual(
      v.invalid.map((r) => [r.id, r.issues.map((i) => i.path)]),
      [
        ['old', ['asOf']],
        ['new', ['asOf']],
      ],
    );
    assert.equal(v.tiers.find((t) => t.key === 'B')!.count, 1);
  });
  it('calibrateTiering keeps decay in the model it returns', () => {
    const c = calibrateTiering({ model: MODEL, history, asOf: '2026-10-28' });
    assert.deepEqual(c.model.factors.find((f) => f.key === 'interest')!.decay, { halfLifeDays: 30 });
  });
  it('the SQL compiler has no form for decay: rejected at the factor', () => {
    const i = hasIssue(
      issuesOf(() => tierSql({ dialect: 'duckdb', model: MODEL })),
      'model.factors.6.decay',
    );
    assert.equal(i.code, 'sql_no_form');
  });
});

describe('revops tier-lead with decay', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  before(() => assert.ok(existsSync(join(root, 'dist/models.js')), 'run `npm run build` first'));
  it('takes asOf and dated values', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin/revops.js'), 'tier-lead', '--compact'], {
      input: JSON.stringify({ model: MODEL, values: DATED, asOf: '2026-03-02' }),
      encoding: 'utf8',
      cwd: root,
    });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as ReturnType<typeof tierLead>;
    assert.equal(out.score, 61.75);
    assert.equal(interestOf(out).decay, 0.25);
  });
});
