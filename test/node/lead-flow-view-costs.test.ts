/** lead-flow-monitor's layers of monthly costs and source groups (issue 14), as pure functions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergePeriodCostLayers, periodCostRows, runLeadFlow } from '../../src/views/lead-flow-input.js';

const lead = {
  id: 'A2',
  source: 'web',
  businessLine: 'ERP',
  pool: 'private',
  createdAt: '2026-04-01',
  poolEnteredAt: '2026-04-01',
};

test('monthly cost layers merge source by source and month by month; all-null sources and empty tables drop out', () => {
  assert.deepEqual(
    mergePeriodCostLayers([
      { web: { '2026-03': 1, '2026-04': 2 }, fair: { '2026-01': 5 } },
      undefined,
      { web: { '2026-04': 3 }, seo: { '2026-02': 4 } },
      { fair: { '2026-01': null } },
    ]),
    { web: { '2026-03': 1, '2026-04': 3 }, seo: { '2026-02': 4 } },
  );
  assert.equal(mergePeriodCostLayers([undefined, {}, null]), undefined);
  assert.equal(mergePeriodCostLayers([{ web: { '2026-03': null } }]), undefined);
  // A layer that is not an object goes to the model as it is, so the model names it.
  assert.equal(mergePeriodCostLayers([{ web: {} }, 'nope']), 'nope');
  assert.deepEqual(periodCostRows({ web: { '2026-04': 3, '2026-03': 1, '2026-05': null }, ads: { '2026-01': 0 } }), [
    { source: 'ads', month: '2026-01', cost: 0 },
    { source: 'web', month: '2026-03', cost: 1 },
    { source: 'web', month: '2026-04', cost: 3 },
  ]);
});

test('runLeadFlow: monthly costs reach every period, channel costs only All dates; no table → the contract output', () => {
  const page = { asOf: '2026-04-02', channelCosts: { web: 999 }, periodCosts: { web: { '2026-04': 3000 } } };
  const week = runLeadFlow({ leads: [lead], layers: { page }, today: '2026-04-02', period: 'week' });
  assert.equal(week.result.bySource[0]!.cost, 100);
  assert.equal(week.result.total!.cost, 100);
  assert.deepEqual(week.periodCosts, { web: { '2026-04': 3000 } });
  // The user clears web's only month: no monthly costs, the week view has no cost and no roll-ups.
  const cleared = runLeadFlow({
    leads: [lead],
    layers: { page, periodCostEdits: { web: { '2026-04': null } } },
    today: '2026-04-02',
    period: 'week',
  });
  assert.equal(cleared.result.bySource[0]!.cost, null);
  assert.equal('total' in cleared.result, false);
  const all = runLeadFlow({
    leads: [lead],
    layers: { page: { ...page, periodCosts: undefined }, periodCostEdits: {} },
    today: '2026-04-02',
  });
  assert.equal(all.result.bySource[0]!.cost, 999);
  assert.equal('byLine' in all.result, false);
  // Source groups from the config turn the roll-ups on.
  const grouped = runLeadFlow({
    leads: [lead],
    layers: { config: { sourceGroups: { paid: ['web'] } }, page },
    today: '2026-04-02',
  });
  assert.deepEqual(
    grouped.result.byGroup!.map((g) => [g.group, g.cost]),
    [['paid', 3000]],
  );
});
