import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planActivityMix } from '../../src/models/funnel-mix.js';
import { equalShares, sharesTotal, suggestedMix, switchMix } from '../../src/views/funnel-mix-view.js';
import { FUNNEL_EXAMPLE } from '../fixtures/seeds.js';
import { near } from './helpers.js';

/** The worked example of docs/models.md §3a extras (calls 3,000, visits 100, events 5). */
const example = (mix?: unknown) => ({
  ...structuredClone(FUNNEL_EXAMPLE),
  activities: [
    { key: 'calls', stage: 'lead', yieldPerUnit: 0.1, capacity: 3000 },
    { key: 'visits', stage: 'intent', yieldPerUnit: 0.5, capacity: 100 },
    { key: 'events', stage: 'highIntent', yieldPerUnit: 2, capacity: 5 },
  ],
  ...(mix === undefined ? {} : { mix }),
});

describe('the activity mix editor', () => {
  it('starts from equal shares, a valid mix', () => {
    const mix = equalShares(['calls', 'visits', 'events']);
    near(mix.shares, { calls: 1 / 3, visits: 1 / 3, events: 1 / 3 }, 1e-15);
    assert.ok(planActivityMix(example(mix)).plan);
  });

  it('switches shares → counts with the units of the plan, and back to the same shares', () => {
    const plan = planActivityMix(example({ shares: { calls: 0.2, visits: 0.2, events: 0.6 } })).plan!;
    const counts = switchMix(plan, 'counts');
    assert.deepEqual(counts, { counts: { calls: 967, visits: 39, events: 9 } });
    // counts → shares: the counts' shares (967/4833.33, 39/193.33, 9/14.5) scaled to add up to 1
    const back = switchMix(planActivityMix(example(counts)).plan!, 'shares') as { shares: Record<string, number> };
    near(sharesTotal(back.shares), 1, 1e-12);
    const raw = [967 / (29 / 0.006), 39 / (29 / 0.15), 9 / 14.5];
    const sum = raw[0]! + raw[1]! + raw[2]!;
    near(back.shares, { calls: raw[0]! / sum, visits: raw[1]! / sum, events: raw[2]! / sum }, 1e-12);
    assert.ok(planActivityMix(example(back)).plan);
  });

  it('counts of 0 everywhere switch to equal shares', () => {
    const plan = planActivityMix(example({ counts: {} })).plan!;
    assert.deepEqual(switchMix(plan, 'shares'), equalShares(['calls', 'visits', 'events']));
  });

  it('the suggestion as a mix: its plan is the suggestion', () => {
    const r = planActivityMix(example({ shares: { calls: 0.2, visits: 0.2, events: 0.6 } }));
    const s = suggestedMix(r)!;
    near(s.shares, { calls: 18 / 29, visits: 11 / 29, events: 0 }, 1e-12);
    const used = planActivityMix(example(s));
    assert.deepEqual(used.plan, used.suggested);
    assert.equal(used.plan!.feasible, true);
    const none = example();
    none.activities[0]!.capacity = 10;
    assert.equal(suggestedMix(planActivityMix(none)), null);
  });

  it('the total of typed shares skips what is not a number yet', () => {
    assert.equal(sharesTotal({ calls: 0.5, visits: '4', events: 0.25 }), 0.75);
    assert.equal(sharesTotal(null), 0);
  });
});
