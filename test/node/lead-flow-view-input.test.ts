import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeLeadFlow } from '../../src/models/lead-flow.js';
import {
  channelCostIssues,
  costSources,
  mergeCostLayers,
  mergeRuleLayers,
  periodDays,
  periodInForce,
  resolveAsOf,
  ruleEditsLayer,
  runLeadFlow,
} from '../../src/views/lead-flow-input.js';
import { dayNumber } from '../../src/models/math.js';
import { hasIssue, issuesOf } from './helpers.js';

/** The browser tests' fixture: 11 leads as of 2026-03-31, costs sem 1,000, seo 0, event 500. */
const DATA = JSON.parse(readFileSync(new URL('../fixtures/lead-flow.json', import.meta.url), 'utf8')) as {
  asOf: string;
  channelCosts: Record<string, number>;
  leads: Record<string, unknown>[];
};

test('rule layers merge key by key, later layers winning, the reactivation object too', () => {
  assert.deepEqual(
    mergeRuleLayers([
      { minGroupSize: 5, followUpSlaDays: 2, reactivation: { engagedWithinDays: 20, campaign: { region: ['east'] } } },
      undefined,
      { minGroupSize: 3, reactivation: { campaign: { industry: ['saas'] } } },
      null,
      { followUpRateAlert: 0.5 },
    ]),
    {
      minGroupSize: 3,
      followUpSlaDays: 2,
      followUpRateAlert: 0.5,
      // The campaign is one value: the later layer's replaces the earlier one's whole.
      reactivation: { engagedWithinDays: 20, campaign: { industry: ['saas'] } },
    },
  );
  // A later reactivation that is not an object replaces the earlier one, so the model names it.
  assert.deepEqual(mergeRuleLayers([{ reactivation: { engagedWithinDays: 3 } }, { reactivation: 7 }]), {
    reactivation: 7,
  });
  assert.equal(mergeRuleLayers([]), undefined);
  assert.equal(mergeRuleLayers([undefined, null]), undefined);
  // A layer that is not an object goes to the model as it is.
  assert.equal(mergeRuleLayers([{ minGroupSize: 3 }, 'strict', { minGroupSize: 4 }]), 'strict');
  assert.deepEqual(mergeRuleLayers([[1]]), [1]);
});

test('cost layers merge source by source; a null cost is kept (no cost for that source)', () => {
  assert.deepEqual(mergeCostLayers([{ sem: 1, seo: 2 }, { sem: 100 }, undefined, { seo: null, event: 5 }]), {
    sem: 100,
    seo: null,
    event: 5,
  });
  assert.equal(mergeCostLayers([null, undefined]), undefined);
  assert.equal(mergeCostLayers([{ sem: 1 }, 12]), 12);
});

test('the editor’s changes become a rules layer: engagedWithinDays and the campaign under reactivation', () => {
  assert.equal(ruleEditsLayer({}), undefined);
  assert.deepEqual(ruleEditsLayer({ minGroupSize: 3, followUpRateAlert: 0.9 }), {
    minGroupSize: 3,
    followUpRateAlert: 0.9,
  });
  assert.deepEqual(ruleEditsLayer({ engagedWithinDays: 7 }), { reactivation: { engagedWithinDays: 7 } });
  // A campaign cleared here (null) is a value of its own: it removes the host's campaign.
  assert.deepEqual(ruleEditsLayer({ privateMaxDays: 40, campaign: null }), {
    privateMaxDays: 40,
    reactivation: { campaign: null },
  });
});

test('channel costs are checked on their own, worded as the model words them', () => {
  assert.deepEqual(channelCostIssues(undefined), []);
  assert.deepEqual(channelCostIssues(null), []);
  assert.deepEqual(channelCostIssues({ sem: 10, seo: 0, event: null }), []);
  const bad = channelCostIssues({ sem: -5, seo: 'free' });
  assert.deepEqual(
    bad.map((i) => i.path),
    ['channelCosts.sem', 'channelCosts.seo'],
  );
  assert.equal(bad[0]!.message, 'channelCosts.sem must be ≥ 0 (got number -5)');
  assert.equal(bad[1]!.message, 'channelCosts.seo expected a number, got the text "free"');
  // The same messages the model gives when it is handed the costs.
  for (const costs of [{ sem: -5, seo: 'free' }, 'lots', [3]]) {
    const fromModel = issuesOf(() => analyzeLeadFlow({ asOf: '2026-03-31', leads: [], channelCosts: costs }));
    assert.deepEqual(channelCostIssues(costs), fromModel);
  }
  hasIssue(channelCostIssues('lots'), 'channelCosts');
});

test('the period in force: none for empty, null and all; any other text goes to the model as it is', () => {
  assert.equal(periodInForce(undefined), undefined);
  assert.equal(periodInForce(null), undefined);
  assert.equal(periodInForce(''), undefined);
  assert.equal(periodInForce('all'), undefined);
  assert.equal(periodInForce('week'), 'week');
  assert.equal(periodInForce('year'), 'year');
});

test('the creation days a period counts: the window ends one follow-up SLA (rounded up) before the as-of date', () => {
  const day = (iso: string) => dayNumber(iso);
  // As of 03-31 with a 1-day SLA: week 03-24 … 03-30, month 03-01 … 03-30, day 03-30.
  assert.deepEqual(periodDays('week', '2026-03-31', 1), { from: day('2026-03-24'), to: day('2026-03-30') });
  assert.deepEqual(periodDays('month', '2026-03-31', 1), { from: day('2026-03-01'), to: day('2026-03-30') });
  assert.deepEqual(periodDays('day', '2026-03-31', 1), { from: day('2026-03-30'), to: day('2026-03-30') });
  // An SLA of 1.5 days needs 2 whole days behind each lead.
  assert.deepEqual(periodDays('day', '2026-03-31', 1.5), { from: day('2026-03-29'), to: day('2026-03-29') });
  assert.equal(periodDays('all', '2026-03-31', 1), null);
  assert.equal(periodDays('week', undefined, 1), null);
});

test('the as-of date: the attribute, else the export’s own, else the page’s, else today', () => {
  const today = '2026-04-01';
  assert.deepEqual(resolveAsOf('2026-03-01', '2026-03-02', '2026-03-03', today), {
    asOf: '2026-03-01',
    origin: 'attribute',
  });
  assert.deepEqual(resolveAsOf(undefined, '2026-03-02', '2026-03-03', today), { asOf: '2026-03-02', origin: 'data' });
  assert.deepEqual(resolveAsOf('', undefined, '2026-03-03', today), { asOf: '2026-03-03', origin: 'data' });
  assert.deepEqual(resolveAsOf(undefined, null, undefined, today), { asOf: today, origin: 'today' });
  // A bad date in the data is still the data's: the model names it.
  assert.deepEqual(resolveAsOf(undefined, 42, undefined, today), { asOf: 42, origin: 'data' });
});

test('runLeadFlow layers config < page < export < edits and reports what is in force', () => {
  const run = runLeadFlow({
    leads: DATA.leads,
    layers: {
      config: {
        rules: { minGroupSize: 5, followUpRateAlert: 0.5, reactivation: { engagedWithinDays: 20 } },
        channelCosts: { sem: 1, seo: 2 },
      },
      page: { asOf: '2026-03-31', rules: { minGroupSize: 4 }, channelCosts: { sem: 100 } },
      own: {
        rules: { minGroupSize: 3, reactivation: { campaign: { industry: ['saas'] } } },
        channelCosts: { seo: 300 },
      },
      edits: { followUpRateAlert: 0.9 },
      costEdits: { event: null },
    },
    today: '2026-04-30',
  });
  assert.equal(run.rules.minGroupSize, 3);
  assert.equal(run.rules.followUpRateAlert, 0.9);
  assert.deepEqual(run.rules.reactivation, { engagedWithinDays: 20, campaign: { industry: ['saas'] } });
  assert.equal(run.rules.privateMaxDays, 30); // the default
  assert.deepEqual(run.channelCosts, { sem: 100, seo: 300, event: null });
  assert.deepEqual(run.asOf, { date: '2026-03-31', origin: 'data' });
  // The model ran with them: sem (6 leads, revenue 5,000) at cost 100 → ROI (5000 − 100) / 100 = 49.
  assert.equal(run.result.bySource.find((s) => s.source === 'sem')!.roi, 49);
  // engaged within 20 days: l2 (11 days), c1 (14), c2 (15); the saas campaign adds c1 and c2's second reason.
  assert.deepEqual(
    run.result.reactivation.map((c) => `${c.id}:${c.reasons.join('+')}`),
    ['l2:engaged', 'c1:engaged+campaign', 'c2:engaged+campaign'],
  );
  // Alerts at 90 % from groups of 3: sem·A (1 of 4), seo·A (1 of 3).
  assert.deepEqual(
    run.result.alerts.map((a) => `${a.source}/${a.businessLine}`),
    ['sem/A', 'seo/A'],
  );
});

test('runLeadFlow without any date uses today, and the attribute wins over the data', () => {
  assert.deepEqual(runLeadFlow({ leads: [], layers: {}, today: '2026-04-01' }).asOf, {
    date: '2026-04-01',
    origin: 'today',
  });
  const run = runLeadFlow({
    leads: DATA.leads,
    layers: { own: { asOf: DATA.asOf } },
    asOfAttribute: '2026-03-30T23:30:00Z',
    today: '2026-04-01',
  });
  assert.deepEqual(run.asOf, { date: '2026-03-30', origin: 'attribute' });
});

test('a period view gives the model no costs but still names a bad cost, with every other bad field', () => {
  const week = runLeadFlow({
    leads: DATA.leads,
    layers: { page: { asOf: DATA.asOf, channelCosts: DATA.channelCosts } },
    today: '2026-04-01',
    period: 'week',
  });
  // Week: created 03-24 … 03-30 → p1 p2 p3, all sem; no cost in a period view, but the costs stay in force.
  assert.deepEqual(
    week.result.bySource.map((s) => [s.source, s.supplied, s.cost]),
    [['sem', 3, null]],
  );
  assert.deepEqual(week.channelCosts, DATA.channelCosts);
  const onlyCost = issuesOf(() =>
    runLeadFlow({
      leads: DATA.leads,
      layers: { page: { asOf: DATA.asOf, channelCosts: DATA.channelCosts }, costEdits: { sem: -5 } },
      today: '2026-04-01',
      period: 'week',
    }),
  );
  assert.deepEqual(
    onlyCost.map((i) => i.path),
    ['channelCosts.sem'],
  );
  const both = issuesOf(() =>
    runLeadFlow({
      leads: DATA.leads,
      layers: { page: { asOf: DATA.asOf }, edits: { minGroupSize: -1 }, costEdits: { sem: -5 } },
      today: '2026-04-01',
      period: 'week',
    }),
  );
  assert.deepEqual(
    both.map((i) => i.path),
    ['rules.minGroupSize', 'channelCosts.sem'],
  );
  // All dates: the model itself checks the costs.
  const all = issuesOf(() =>
    runLeadFlow({ leads: DATA.leads, layers: { page: { asOf: DATA.asOf }, costEdits: { sem: -5 } }, today: 'x' }),
  );
  assert.deepEqual(
    all.map((i) => i.path),
    ['channelCosts.sem'],
  );
});

test('the cost editor lists the analysed sources, then those with a cost, each once', () => {
  assert.deepEqual(costSources([{ source: 'sem' }, { source: 'seo' }], { event: 500, sem: 1 }, { web: null, seo: 2 }), [
    'sem',
    'seo',
    'event',
    'web',
  ]);
  assert.deepEqual(costSources([], {}, {}), []);
});
