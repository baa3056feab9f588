import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planActivityMix, type MixPlan } from '../../src/models/funnel-mix.js';
import { forecastFunnel, type FunnelResult } from '../../src/models/funnel.js';
import { hasIssue, issuesOf, near } from './helpers.js';
import { FUNNEL_EXAMPLE } from '../fixtures/seeds.js';

/**
 * docs/models.md §3a extras worked example: the §3a funnel (gap 290,000, rawNeed lead 483.33, intent 96.67,
 * highIntent 29) with calls (lead, 0.1, cap 3,000), visits (intent, 0.5, cap 100), events (highIntent, 2, cap 5).
 */
const example = (mix?: unknown) => ({
  ...structuredClone(FUNNEL_EXAMPLE),
  activities: [
    { key: 'calls', stage: 'lead', yieldPerUnit: 0.1, capacity: 3000 },
    { key: 'visits', stage: 'intent', yieldPerUnit: 0.5, capacity: 100 },
    { key: 'events', stage: 'highIntent', yieldPerUnit: 2, capacity: 5 },
  ],
  ...(mix === undefined ? {} : { mix }),
});

const row = (plan: MixPlan | null, key: string) => plan!.activities.find((a) => a.key === key)!;

describe('planActivityMix: the worked example of docs/models.md §3a extras', () => {
  it('every activity alone is over capacity (the §3a view the mix answers)', () => {
    const r = forecastFunnel(example()) as FunnelResult;
    assert.deepEqual(
      r.activities.map((a) => [a.key, a.needed, a.feasible]),
      [
        ['calls', 4834, false],
        ['visits', 194, false],
        ['events', 15, false],
      ],
    );
  });

  it('the plan of shares 0.2 / 0.2 / 0.6: events 4 over capacity, 74,000 of the gap left open', () => {
    const r = planActivityMix(example({ shares: { calls: 0.2, visits: 0.2, events: 0.6 } }));
    assert.equal(r.mode, 'shares');
    near(r.gap, 290_000, 1e-6);
    const p = r.plan!;
    assert.deepEqual(
      p.activities.map((a) => [a.key, a.units, a.capacity, a.feasible, a.over, a.highIntent]),
      [
        ['calls', 967, 3000, true, 0, 6],
        ['visits', 39, 100, true, 0, 6],
        ['events', 9, 5, false, 4, 18],
      ],
    );
    near(
      p.activities.map((a) => [a.share, a.deals]),
      [
        [0.2, 1.16],
        [0.2, 1.16],
        [0.6, 3.48],
      ],
      1e-9,
    );
    near(p.planned, 1, 1e-12);
    near(p.covered, 0.4 + 10 / 29, 1e-12);
    near(p.uncoveredGap, 74_000, 1e-6);
    assert.equal(p.feasible, false);
    near(r.atCapacity, 43 / 29, 1e-12);
  });

  it('the suggested mix fills calls to 3,000, visits take the rest (74), events none', () => {
    const r = planActivityMix(example({ shares: { calls: 0.2, visits: 0.2, events: 0.6 } }));
    const s = r.suggested!;
    assert.deepEqual(
      s.activities.map((a) => [a.key, a.units, a.feasible, a.over, a.highIntent]),
      [
        ['calls', 3000, true, 0, 18],
        ['visits', 74, true, 0, 11],
        ['events', 0, true, 0, 0],
      ],
    );
    near(
      s.activities.map((a) => [a.share, a.deals]),
      [
        [18 / 29, 3.6],
        [11 / 29, 2.2],
        [0, 0],
      ],
      1e-9,
    );
    near(s.covered, 1, 1e-12);
    near(s.uncoveredGap, 0, 1e-6);
    assert.equal(s.feasible, true);
    // The suggestion is the same without a mix; the plan is then null.
    const alone = planActivityMix(example());
    assert.equal(alone.mode, null);
    assert.equal(alone.plan, null);
    assert.deepEqual(alone.suggested, s);
  });

  it('counts 3,000 calls and 60 visits cover 27/29 of the gap: 20,000 left open', () => {
    const r = planActivityMix(example({ counts: { calls: 3000, visits: 60 } }));
    assert.equal(r.mode, 'counts');
    const p = r.plan!;
    near(
      p.activities.map((a) => a.share),
      [18 / 29, 9 / 29, 0],
      1e-12,
    );
    assert.deepEqual(
      p.activities.map((a) => [a.units, a.feasible, a.highIntent]),
      [
        [3000, true, 18],
        [60, true, 9],
        [0, true, 0],
      ],
    );
    near(p.planned, 27 / 29, 1e-12);
    near(p.covered, 27 / 29, 1e-12);
    near(p.uncoveredGap, 20_000, 1e-6);
    assert.equal(p.feasible, false);
  });

  it('counts over capacity: only the room counts as covered', () => {
    // calls 4,000 > 3,000: covered 18/29 from calls; visits 100 (= cap): 15/29; over 1,000 calls
    const p = planActivityMix(example({ counts: { calls: 4000, visits: 100 } })).plan!;
    assert.deepEqual([row(p, 'calls').over, row(p, 'calls').feasible], [1000, false]);
    near(row(p, 'calls').share, 24 / 29, 1e-12);
    near(p.planned, 39 / 29, 1e-12);
    near(p.covered, 33 / 29, 1e-12);
    near(p.uncoveredGap, 0, 1e-9);
    // Covered, but calls run over capacity: the plan as typed is not feasible.
    assert.equal(p.feasible, false);
  });
});

describe('planActivityMix: edge cases', () => {
  it('no capacity anywhere: the first activity takes the whole gap; atCapacity is null', () => {
    const input = { ...structuredClone(FUNNEL_EXAMPLE), mix: { shares: { calls: 1 } } };
    const r = planActivityMix(input);
    assert.deepEqual(
      r.plan!.activities.map((a) => [a.key, a.units, a.capacity, a.feasible, a.over, a.highIntent]),
      [['calls', 4834, null, true, 0, 29]],
    );
    assert.equal(r.plan!.feasible, true);
    assert.equal(r.atCapacity, null);
    assert.deepEqual(r.suggested, r.plan);
  });

  it('an uncapped activity after capped ones takes the rest', () => {
    const input = example();
    delete (input.activities[2] as { capacity?: number }).capacity;
    input.activities[1]!.capacity = 10; // visits close 10 / 193.33 = 1.5/29
    const r = planActivityMix(input);
    near(
      r.suggested!.activities.map((a) => a.share),
      [18 / 29, 1.5 / 29, 9.5 / 29],
      1e-12,
    );
    // events: ceilE(9.5/29 · 14.5) = ceilE(4.75) = 5
    assert.deepEqual(
      r.suggested!.activities.map((a) => a.units),
      [3000, 10, 5],
    );
    assert.equal(r.atCapacity, null);
  });

  it('capacities that cannot close the gap: no suggestion, atCapacity says how far short', () => {
    const input = example();
    input.activities[0]!.capacity = 1000; // 6/29
    input.activities[1]!.capacity = 50; // 7.5/29
    input.activities[2]!.capacity = 2.5; // floorE 2 → 4/29
    const r = planActivityMix(input);
    assert.equal(r.suggested, null);
    near(r.atCapacity, 17.5 / 29, 1e-12);
  });

  it('one activity: share 1 is §3a; a capacity below the need gives no suggestion', () => {
    const input = { ...structuredClone(FUNNEL_EXAMPLE), mix: { shares: { calls: 1 } } };
    input.activities[0]!.capacity = 3000;
    const r = planActivityMix(input);
    const calls = r.plan!.activities[0]!;
    assert.deepEqual([calls.units, calls.over, calls.feasible], [4834, 1834, false]);
    near(r.plan!.covered, 18 / 29, 1e-12);
    near(r.plan!.uncoveredGap, (290_000 * 11) / 29, 1e-6);
    assert.equal(r.suggested, null);
    input.activities[0]!.capacity = 4834;
    assert.equal(planActivityMix(input).suggested!.activities[0]!.units, 4834);
  });

  it('a gap of 0: nothing to split, capacities still checked', () => {
    const input = example({ counts: { calls: 5000 } });
    input.target = 300_000;
    const r = planActivityMix(input);
    assert.equal(r.gap, 0);
    assert.deepEqual(
      r.plan!.activities.map((a) => [a.share, a.units, a.feasible, a.over, a.highIntent, a.deals]),
      [
        [0, 5000, false, 2000, 0, 0],
        [0, 0, true, 0, 0, 0],
        [0, 0, true, 0, 0, 0],
      ],
    );
    assert.deepEqual([r.plan!.planned, r.plan!.covered, r.plan!.uncoveredGap], [1, 1, 0]);
    assert.equal(r.plan!.feasible, false);
    assert.equal(r.suggested, null);
    assert.equal(r.atCapacity, null);
  });

  it('shares that do not add up to 1 are invalid, naming mix.shares and the sum', () => {
    const issues = issuesOf(() => planActivityMix(example({ shares: { calls: 0.5, visits: 0.4 } })));
    const i = hasIssue(issues, 'mix.shares');
    assert.equal(i.code, 'mix_sum');
    assert.equal(i.message, 'mix.shares must add up to 1 (100 %), got 0.9');
    // 0.1 + 0.2 + 0.7 is 1.0000000000000002 in floating point: within the 1e-9 tolerance
    assert.ok(planActivityMix(example({ shares: { calls: 0.1, visits: 0.2, events: 0.7 } })).plan);
    hasIssue(
      issuesOf(() => planActivityMix(example({ shares: { calls: 0.1, visits: 0.2, events: 0.7000001 } }))),
      'mix.shares',
    );
  });

  it('bad mixes: both kinds, neither, an unknown activity, a share over 1, a count not whole', () => {
    assert.equal(
      hasIssue(
        issuesOf(() => planActivityMix(example({ shares: { calls: 1 }, counts: {} }))),
        'mix',
      ).code,
      'mix_kind',
    );
    assert.equal(
      hasIssue(
        issuesOf(() => planActivityMix(example({}))),
        'mix',
      ).code,
      'mix_kind',
    );
    const unknown = hasIssue(
      issuesOf(() => planActivityMix(example({ counts: { fax: 3 } }))),
      'mix.counts.fax',
    );
    assert.equal(unknown.code, 'mix_activity');
    assert.match(
      unknown.message,
      /names the activity "fax", which is not among the activities \("calls", "visits", "events"\)/,
    );
    hasIssue(
      issuesOf(() => planActivityMix(example({ shares: { calls: 1.5 } }))),
      'mix.shares.calls',
    );
    hasIssue(
      issuesOf(() => planActivityMix(example({ counts: { calls: 2.5 } }))),
      'mix.counts.calls',
    );
    hasIssue(
      issuesOf(() => planActivityMix(example({ counts: { calls: -1 } }))),
      'mix.counts.calls',
    );
  });

  it('a mix without activities, and a team input, are invalid', () => {
    const none = { ...structuredClone(FUNNEL_EXAMPLE), activities: [], mix: { shares: {} } };
    assert.equal(
      hasIssue(
        issuesOf(() => planActivityMix(none)),
        'activities',
      ).code,
      'mix_no_activities',
    );
    // without a mix, no activities is fine: nothing to suggest
    const r = planActivityMix({ ...structuredClone(FUNNEL_EXAMPLE), activities: [] });
    assert.deepEqual([r.plan, r.suggested, r.atCapacity], [null, null, 0]);
    const team = { reps: [{ ...structuredClone(FUNNEL_EXAMPLE), id: 'r1', name: 'A' }] };
    assert.equal(
      hasIssue(
        issuesOf(() => planActivityMix(team)),
        'reps',
      ).code,
      'mix_team',
    );
  });

  it('the funnel is validated as in §3a (paths of the funnel fields)', () => {
    hasIssue(
      issuesOf(() => planActivityMix({ ...example(), acv: 0 })),
      'acv',
    );
  });

  it('forecastFunnel ignores a mix: its output is unchanged', () => {
    const plain = forecastFunnel(example());
    assert.deepEqual(forecastFunnel(example({ shares: { calls: 1 } })), plain);
  });
});
