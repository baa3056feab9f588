// Factor classes (docs/models.md §1, "Factor classes"): the worked example, partial classes, decay,
// nothing added without a class, calibration keeps them, bad input by path, the CLI.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tierLead } from '../../src/models/tiering.js';
import { calibrateTiering } from '../../src/models/calibrate.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { issuesOf, hasIssue } from './helpers.js';
import { SEED_LEAD } from '../fixtures/seeds.js';

const CLASS_OF: Record<string, string> = {
  channel: 'source',
  form: 'source',
  annualRevenue: 'customer',
  contactRole: 'customer',
  demandClarity: 'demand',
  demandMatch: 'demand',
  interest: 'engagement',
};
const MODEL = { ...LEAD_PRESET, factors: LEAD_PRESET.factors.map((f) => ({ ...f, class: CLASS_OF[f.key]! })) };

describe('factor classes: the worked example', () => {
  it('the seed lead: source 16/20, customer 25.5/35, demand 18/30, engagement 9/15; Σ = 68.5', () => {
    const r = tierLead({ model: MODEL, values: SEED_LEAD });
    assert.equal(r.score, 68.5);
    assert.equal(r.tier, 'B');
    assert.deepEqual(r.classes, [
      { class: 'source', points: 16, maxPoints: 20 },
      { class: 'customer', points: 25.5, maxPoints: 35 },
      { class: 'demand', points: 18, maxPoints: 30 },
      { class: 'engagement', points: 9, maxPoints: 15 },
    ]);
    assert.equal(
      r.classes.reduce((s, c) => s + c.points, 0),
      r.score,
    );
  });

  it('a class only on interest: one entry, the rest in no class', () => {
    const model = {
      ...LEAD_PRESET,
      factors: LEAD_PRESET.factors.map((f) => (f.key === 'interest' ? { ...f, class: 'engagement' } : f)),
    };
    const r = tierLead({ model, values: SEED_LEAD });
    assert.deepEqual(r.classes, [{ class: 'engagement', points: 9, maxPoints: 15 }]);
    assert.equal(r.score, 68.5);
  });

  it('classes follow the order of their first factor, not their names', () => {
    const model = {
      ...LEAD_PRESET,
      factors: LEAD_PRESET.factors.map((f, i) => ({ ...f, class: i % 2 ? 'b' : 'a' })),
    };
    const r = tierLead({ model, values: SEED_LEAD });
    assert.deepEqual(
      r.classes!.map((c) => c.class),
      ['a', 'b'],
    );
    // a: channel 8 + annualRevenue 13.5 + demandClarity 4.5 + interest 9; b: form 8 + contactRole 12 + demandMatch 13.5
    assert.equal(r.classes![0]!.points, 35);
    assert.equal(r.classes![1]!.points, 33.5);
  });

  it('a missing factor adds 0 to its class, and maxPoints still counts its weight', () => {
    const { contactRole: _c, ...values } = SEED_LEAD;
    const r = tierLead({ model: MODEL, values });
    assert.deepEqual(r.classes![1], { class: 'customer', points: 13.5, maxPoints: 35 });
  });

  it('unequal weights: maxPoints = 100 × Σ class weight / Σ weight', () => {
    const model = {
      factors: [
        { key: 'a', kind: 'bands', weight: 1, bands: [{ min: 0, score: 50 }], class: 'fit' },
        { key: 'b', kind: 'bands', weight: 3, bands: [{ min: 0, score: 100 }], class: 'engagement' },
      ],
      tiers: [{ key: 'x', minScore: 0 }],
      focusTiers: [],
    };
    const r = tierLead({ model, values: { a: 1, b: 1 } });
    // a: 1·50/4 = 12.5 of 25; b: 3·100/4 = 75 of 75
    assert.deepEqual(r.classes, [
      { class: 'fit', points: 12.5, maxPoints: 25 },
      { class: 'engagement', points: 75, maxPoints: 75 },
    ]);
    assert.equal(r.score, 87.5);
  });

  it('after decay: the class takes the decayed points', () => {
    const model = {
      ...MODEL,
      factors: MODEL.factors.map((f) => (f.key === 'interest' ? { ...f, decay: { halfLifeDays: 30 } } : f)),
    };
    const values = { ...SEED_LEAD, interest: { value: SEED_LEAD.interest, date: '2026-01-01' } };
    const r = tierLead({ model, values, asOf: '2026-03-02' });
    assert.deepEqual(r.classes![3], { class: 'engagement', points: 2.25, maxPoints: 15 });
  });
});

describe('factor classes: absent, kept, invalid', () => {
  it('without any class the result has no classes field (every output unchanged)', () => {
    const r = tierLead({ values: SEED_LEAD });
    assert.equal('classes' in r, false);
    assert.deepEqual(Object.keys(r), [
      'score',
      'tier',
      'tierLabel',
      'focus',
      'contributions',
      'missing',
      'missingWeightShare',
    ]);
  });

  it('calibration keeps each factor class', () => {
    const history = Array.from({ length: 40 }, (_, i) => ({
      values: { ...SEED_LEAD, contactRole: i % 2 ? 'decision-maker' : 'unknown' },
      converted: i % 2 === 1,
    }));
    const c = calibrateTiering({ model: MODEL, history });
    assert.deepEqual(
      c.model.factors.map((f) => f.class),
      MODEL.factors.map((f) => f.class),
    );
  });

  it('tier strategies: accepted, ignored by scoring, kept by calibration', () => {
    const model = { ...MODEL, tiers: MODEL.tiers.map((t) => ({ ...t, strategy: `call ${t.key}` })) };
    assert.equal(tierLead({ model, values: SEED_LEAD }).score, 68.5);
    const history = Array.from({ length: 40 }, (_, i) => ({
      values: { ...SEED_LEAD, contactRole: i % 2 ? 'decision-maker' : 'unknown' },
      converted: i % 2 === 1,
    }));
    assert.deepEqual(
      calibrateTiering({ model, history }).model.tiers.map((t) => t.strategy),
      ['call A', 'call B', 'call C', 'call D'],
    );
  });

  it('an empty class is invalid at its path', () => {
    const model = { ...MODEL, factors: MODEL.factors.map((f, i) => (i === 2 ? { ...f, class: '' } : f)) };
    hasIssue(
      issuesOf(() => tierLead({ model, values: SEED_LEAD })),
      'model.factors.2.class',
    );
  });

  it('null reads as absent', () => {
    const model = { ...LEAD_PRESET, factors: LEAD_PRESET.factors.map((f) => ({ ...f, class: null })) };
    assert.equal('classes' in tierLead({ model, values: SEED_LEAD }), false);
  });
});

describe('revops tier-lead with classes', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  before(() => assert.ok(existsSync(join(root, 'dist/models.js')), 'run `npm run build` first'));
  it('prints the sub-scores', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin/revops.js'), 'tier-lead', '--compact'], {
      input: JSON.stringify({ model: MODEL, values: SEED_LEAD }),
      encoding: 'utf8',
      cwd: root,
    });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as ReturnType<typeof tierLead>;
    assert.deepEqual(
      out.classes?.map((c) => c.points),
      [16, 25.5, 18, 9],
    );
  });
});
