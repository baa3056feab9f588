import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forecastFunnel, type FunnelResult, type FunnelTeamResult } from '../../src/models/funnel.js';
import { hasIssue, issuesOf, near } from './helpers.js';
import { FUNNEL_EXAMPLE } from '../fixtures/seeds.js';

/** docs/models.md §3a worked example (a fresh copy each time). */
const example = () => structuredClone(FUNNEL_EXAMPLE);

/**
 * Small funnel with exact numbers: pWin a = 0.25, b = 0.5; Σ count·pWin = 10·0.25 + 2·0.5 = 3.5;
 * expected 35; gap 100 − 10 − 35 = 55; rawNeed(b) = 55 / 10 / 0.5 = 11; rawNeed(a) = 11 / 0.5 = 22.
 */
const small = () => ({
  target: 100,
  achieved: 10,
  acv: 10,
  stages: [
    { key: 'a', count: 10 },
    { key: 'b', count: 2 },
  ],
  conversion: [0.5, 0.5],
  highIntentStage: 'b',
  activities: [{ key: 'calls', stage: 'a', yieldPerUnit: 1 }],
});

const single = (input: unknown) => forecastFunnel(input) as FunnelResult;
const team = (input: unknown) => forecastFunnel(input) as FunnelTeamResult;

describe('forecastFunnel: single funnel', () => {
  it('reproduces the worked example of docs/models.md §3a', () => {
    const r = single(example());
    near(r.pWin, { lead: 0.012, intent: 0.06, highIntent: 0.2, negotiation: 0.5 }, 1e-12);
    near(r.expectedPipelineRevenue, 410_000, 1e-6);
    near(r.forecastRevenue, 710_000, 1e-6);
    near(r.gap, 290_000, 1e-6);
    // 290000 / 50000 / 0.2 = 29 exactly: ceilE keeps it at 29, not 30
    assert.deepEqual(r.needed, { lead: 484, intent: 97, highIntent: 29 });
    assert.deepEqual(Object.keys(r.needed), ['lead', 'intent', 'highIntent']);
    assert.deepEqual(Object.keys(r.pWin), ['lead', 'intent', 'highIntent', 'negotiation']);
    assert.deepEqual(r.activities, [{ key: 'calls', needed: 4834, capacity: null, feasible: true }]);
    assert.equal(r.feasible, true);
    assert.equal(r.requiredAcv, null);
  });

  it('computes an exact small funnel, needs only h and the stages above it', () => {
    const r = single(small());
    assert.deepEqual(r.pWin, { a: 0.25, b: 0.5 });
    assert.equal(r.expectedPipelineRevenue, 35);
    assert.equal(r.forecastRevenue, 45);
    assert.equal(r.gap, 55);
    assert.deepEqual(r.needed, { a: 22, b: 11 });
    assert.deepEqual(r.activities, [{ key: 'calls', needed: 22, capacity: null, feasible: true }]);

    const top = single({ ...small(), highIntentStage: 'a', activities: [] });
    // rawNeed(a) = 55 / 10 / 0.25 = 22; nothing is listed below h
    assert.deepEqual(top.needed, { a: 22 });
    assert.deepEqual(top.activities, []);
  });

  it('treats null and absent optional fields alike', () => {
    const r = single({ ...small(), achieved: null, activities: null, maxNewHighIntent: null });
    // gap = 100 − 0 − 35 = 65; rawNeed(b) = 65 / 10 / 0.5 = 13; a: 26
    assert.equal(r.gap, 65);
    assert.deepEqual(r.needed, { a: 26, b: 13 });
    assert.deepEqual(r.activities, []);
    assert.equal(r.feasible, true);
    const { achieved: _a, activities: _b, ...rest } = small();
    assert.deepEqual(single(rest), r);
  });

  it('needs nothing when the pipeline covers the target', () => {
    // expected 410,000 ≥ 400,000 − 0
    const r = single({ ...example(), target: 400_000, achieved: 0, maxNewHighIntent: 0 });
    assert.equal(r.gap, 0);
    assert.deepEqual(r.needed, { lead: 0, intent: 0, highIntent: 0 });
    for (const v of Object.values(r.needed)) assert.ok(Object.is(v, 0), 'no negative zero');
    assert.ok(Object.is(r.activities[0]!.needed, 0));
    assert.equal(r.feasible, true);
    assert.equal(r.requiredAcv, null);
    // achieved above target: still a zero gap
    assert.equal(single({ ...small(), achieved: 500 }).gap, 0);
  });

  it('flags an infeasible high-intent supply and asks for a higher order value', () => {
    const r = single({ ...example(), maxNewHighIntent: 20 });
    assert.equal(r.needed.highIntent, 29);
    assert.equal(r.feasible, false);
    // (1,000,000 − 300,000) / (8.2 + 20 · 0.2) = 700,000 / 12.2
    near(r.requiredAcv, 57_377.04918032787, 1e-6);
    // that order value closes the target with 20 new high-intent customers
    near(r.requiredAcv! * (8.2 + 20 * 0.2), 700_000, 1e-6);

    const edge = single({ ...example(), maxNewHighIntent: 29 });
    assert.equal(edge.feasible, true);
    assert.equal(edge.requiredAcv, null);
    const below = single({ ...example(), maxNewHighIntent: 28 });
    assert.equal(below.feasible, false);
    near(below.requiredAcv, 700_000 / (8.2 + 28 * 0.2), 1e-6);
  });

  it('gives requiredAcv null when its denominator is 0', () => {
    const r = single({
      target: 100,
      acv: 10,
      stages: [{ key: 'a', count: 0 }],
      conversion: [0.5],
      highIntentStage: 'a',
      maxNewHighIntent: 0,
    });
    assert.deepEqual(r.needed, { a: 20 });
    assert.equal(r.feasible, false);
    assert.equal(r.requiredAcv, null);
  });

  it('checks each activity against its capacity; the top-level feasible ignores them', () => {
    const input = example();
    input.activities = [
      { key: 'calls', stage: 'lead', yieldPerUnit: 0.1, capacity: 5000 },
      // rawNeed(intent) = 29 / 0.3 = 96.67 → 96.67 / 0.5 = 193.3 → 194
      { key: 'visits', stage: 'intent', yieldPerUnit: 0.5, capacity: 194 },
      { key: 'events', stage: 'intent', yieldPerUnit: 0.5, capacity: 193 },
      // rawNeed(highIntent) = 29 → 29 / 2 = 14.5 → 15
      { key: 'demos', stage: 'highIntent', yieldPerUnit: 2, capacity: 0 },
    ];
    const r = single(input);
    assert.deepEqual(r.activities, [
      { key: 'calls', needed: 4834, capacity: 5000, feasible: true },
      { key: 'visits', needed: 194, capacity: 194, feasible: true },
      { key: 'events', needed: 194, capacity: 193, feasible: false },
      { key: 'demos', needed: 15, capacity: 0, feasible: false },
    ]);
    assert.equal(r.feasible, true);
  });

  it('names each bad field', () => {
    const bad = (patch: Record<string, unknown>, path: string) => {
      const issues = issuesOf(() => forecastFunnel({ ...example(), ...patch }));
      return hasIssue(issues, path);
    };
    assert.match(bad({ conversion: [0.2, 0.3, 0.4] }, 'conversion').message, /one rate per stage \(4/);
    bad({ conversion: [0.2, 0, 0.4, 0.5] }, 'conversion.1');
    bad({ conversion: [0.2, 0.3, 1.2, 0.5] }, 'conversion.2');
    assert.match(bad({ highIntentStage: 'closing' }, 'highIntentStage').message, /not among the stages/);
    assert.match(
      bad({ activities: [{ key: 'x', stage: 'negotiation', yieldPerUnit: 1 }] }, 'activities.0.stage').message,
      /at or above the high-intent stage/,
    );
    bad({ activities: [{ key: 'x', stage: 'nowhere', yieldPerUnit: 1 }] }, 'activities.0.stage');
    bad({ activities: [{ key: 'x', stage: 'lead', yieldPerUnit: 0 }] }, 'activities.0.yieldPerUnit');
    bad({ activities: [{ key: 'x', stage: 'lead', yieldPerUnit: 1, capacity: -1 }] }, 'activities.0.capacity');
    bad(
      {
        activities: [
          { key: 'x', stage: 'lead', yieldPerUnit: 1 },
          { key: 'x', stage: 'intent', yieldPerUnit: 1 },
        ],
      },
      'activities.1.key',
    );
    bad({ acv: 0 }, 'acv');
    bad({ target: -1 }, 'target');
    bad({ achieved: -1 }, 'achieved');
    bad({ maxNewHighIntent: -1 }, 'maxNewHighIntent');
    bad(
      {
        stages: [
          { key: 'lead', count: 200 },
          { key: 'intent', count: -3 },
          { key: 'highIntent', count: 1 },
          { key: 'n', count: 1 },
        ],
      },
      'stages.1.count',
    );
    assert.match(
      bad(
        {
          stages: [
            { key: 'lead', count: 1 },
            { key: 'intent', count: 1 },
            { key: 'lead', count: 1 },
            { key: 'highIntent', count: 1 },
          ],
        },
        'stages.2.key',
      ).message,
      /unique/,
    );
    bad({ stages: [] }, 'stages');
    assert.match(bad({ target: undefined }, 'target').message, /required/);
    assert.match(bad({ acv: Infinity }, 'acv').message, /finite/);
    hasIssue(
      issuesOf(() => forecastFunnel(null)),
      '',
    );
  });

  it('rejects inputs whose results would not be finite', () => {
    const issues = issuesOf(() =>
      forecastFunnel({
        target: 1,
        acv: 1,
        stages: [
          { key: 'a', count: 0 },
          { key: 'b', count: 0 },
        ],
        conversion: [1e-200, 1e-200], // pWin(a) underflows to 0
        highIntentStage: 'a',
      }),
    );
    assert.match(hasIssue(issues, '').message, /not finite/);
    issuesOf(() =>
      forecastFunnel({
        target: 1,
        acv: 1e300,
        stages: [{ key: 'a', count: 1e300 }],
        conversion: [1],
        highIntentStage: 'a',
      }),
    );
  });
});

describe('forecastFunnel: team', () => {
  it('computes each rep, sums the valid ones and lists the bad one', () => {
    const r = team({
      reps: [
        { ...example(), id: 'r1', name: 'Ann' },
        { ...example(), id: 'r2', name: 'Bob', conversion: [0.2, 0.3] },
        { ...small(), id: 7, name: 'Cy' },
      ],
    });
    assert.deepEqual(
      r.reps.map((x) => [x.id, x.name]),
      [
        ['r1', 'Ann'],
        [7, 'Cy'],
      ],
    );
    assert.deepEqual(r.reps[0]!.needed, { lead: 484, intent: 97, highIntent: 29 });
    assert.deepEqual(r.reps[1]!.needed, { a: 22, b: 11 });
    assert.equal(r.invalid.length, 1);
    assert.equal(r.invalid[0]!.index, 1);
    assert.equal(r.invalid[0]!.id, 'r2');
    hasIssue(r.invalid[0]!.issues, 'conversion');

    near(
      r.total,
      {
        target: 1_000_100,
        achieved: 300_010,
        expectedPipelineRevenue: 410_035,
        forecastRevenue: 710_045,
        gap: 290_055,
      },
      1e-6,
    );
    assert.deepEqual(r.total.needed, { lead: 484, intent: 97, highIntent: 29, a: 22, b: 11 });
    assert.deepEqual(r.total.activities, [{ key: 'calls', needed: 4834 + 22 }]);
  });

  it('reports rep paths relative to the rep, and a non-finite rep as invalid', () => {
    const r = team({
      reps: [
        { ...small(), name: 'no id' },
        {
          ...small(),
          id: 'x',
          name: 'X',
          stages: [
            { key: 'a', count: -1 },
            { key: 'b', count: 0 },
          ],
        },
        {
          id: 'y',
          name: 'Y',
          target: 1,
          acv: 1,
          stages: [
            { key: 'a', count: 0 },
            { key: 'b', count: 0 },
          ],
          conversion: [1e-200, 1e-200],
          highIntentStage: 'a',
        },
        { ...small(), id: 'z', name: 'Z' },
      ],
    });
    assert.deepEqual(
      r.invalid.map((i) => [i.index, i.id]),
      [
        [0, undefined],
        [1, 'x'],
        [2, 'y'],
      ],
    );
    assert.ok(!('id' in r.invalid[0]!));
    hasIssue(r.invalid[0]!.issues, 'id');
    hasIssue(r.invalid[1]!.issues, 'stages.0.count');
    hasIssue(r.invalid[2]!.issues, '');
    assert.equal(r.reps.length, 1);
    assert.equal(r.total.gap, 55);
    assert.deepEqual(r.total.needed, { a: 22, b: 11 });
  });

  it('sums to zero for no reps and rejects a reps field that is not a list', () => {
    const r = team({ reps: [] });
    assert.deepEqual(r, {
      reps: [],
      total: {
        target: 0,
        achieved: 0,
        expectedPipelineRevenue: 0,
        forecastRevenue: 0,
        gap: 0,
        needed: {},
        activities: [],
        attainment: null,
      },
      invalid: [],
    });
    hasIssue(
      issuesOf(() => forecastFunnel({ reps: 3 })),
      'reps',
    );
    hasIssue(
      issuesOf(() => forecastFunnel({ reps: null })),
      'reps',
    );
  });
});

describe('forecastFunnel: extras beyond the contract', () => {
  it('attainment, expected won deals and the order-value rise of the worked example', () => {
    const r = single(example());
    // forecast 710,000 / target 1,000,000; Σ count·pWin = 200·0.012 + 30·0.06 + 10·0.2 + 4·0.5 = 8.2
    near(r.attainment, 0.71, 1e-12);
    near(r.expectedWonDeals, 8.2, 1e-12);
    near(r.expectedWonDeals * 50_000, r.expectedPipelineRevenue, 1e-6);
    assert.equal(r.acvRise, null);
    // maxNewHighIntent 20: requiredAcv = 700,000 / (8.2 + 20·0.2) = 57,377.05…, +14.75 %
    const capped = single({ ...example(), maxNewHighIntent: 20 });
    near(capped.requiredAcv, 700_000 / 12.2, 1e-6);
    near(capped.acvRise, 700_000 / 12.2 / 50_000 - 1, 1e-12);
  });

  it('attainment is null for a target of 0, and the team has its own attainment', () => {
    assert.equal(single({ ...small(), target: 0 }).attainment, null);
    const r = team({
      reps: [
        { ...example(), id: 'a', name: 'A' },
        { ...small(), id: 'b', name: 'B' },
      ],
    });
    near(r.total.attainment, 710_045 / 1_000_100, 1e-12);
    near(r.reps[1]!.attainment, 45 / 100, 1e-12);
    near(r.reps[1]!.expectedWonDeals, 3.5, 1e-12);
  });

  it('keeps every contract field: the extras are the only additions', () => {
    assert.deepEqual(Object.keys(single(example())), [
      'pWin',
      'expectedPipelineRevenue',
      'forecastRevenue',
      'gap',
      'needed',
      'activities',
      'feasible',
      'requiredAcv',
      'attainment',
      'expectedWonDeals',
      'acvRise',
    ]);
  });
});
