/** The Owners tab's view model (issue 14). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLeadOwners } from '../../src/models/lead-owners.js';
import { ownerAlerts, ownerBlocks } from '../../src/views/lead-flow-owners.js';
import { runLeadFlow } from '../../src/views/lead-flow-input.js';
import { countedIds, ownedLead } from '../fixtures/lead-flow-extras.js';

const mk = ownedLead;
const LEADS = [
  mk('1', 'Li', true),
  mk('2', 'Li', false),
  mk('3', 'Wu', true),
  mk('4', 'Ma', false),
  mk('5', 'Ma', false),
];

test('owners grouped under their teams in rank order, empty teams kept, the no-team group last; alerts', () => {
  const r = analyzeLeadOwners({
    asOf: '2026-03-31',
    rules: { minGroupSize: 2 },
    leads: LEADS,
    teams: { east: ['Li', 'Wu'], empty: ['Nobody'] },
  });
  assert.deepEqual(
    ownerBlocks(r).map((b) => [b.team.team, b.team.owners, b.owners.map((o) => `${o.rank}:${o.owner}`)]),
    [
      ['east', 2, ['1:Wu', '2:Li']],
      ['empty', 0, []],
      [null, 1, ['1:Ma']],
    ],
  );
  assert.deepEqual(
    ownerAlerts(r).map((o) => o.owner),
    ['Li', 'Ma'],
  );
});

test('runLeadFlow gives the Owners tab the same period and rules, and the teams of the layers', () => {
  const run = runLeadFlow({
    leads: LEADS,
    layers: { config: { teams: { east: ['Li'] } }, page: { asOf: '2026-03-31', teams: { east: ['Li', 'Ma'] } } },
    today: '2026-03-31',
    period: 'week',
  });
  // The week (03-24 … 03-30) counts none of the leads; Ma's and Li's unfollowed leads are due no-follow-up.
  assert.deepEqual(
    run.owners.owners.map((o) => [o.owner, o.team, o.supplied, o.transitionsCaused]),
    [
      ['Li', 'east', 0, 1],
      ['Ma', 'east', 0, 2],
    ],
  );
});

test('runLeadFlow reads the leads once; the owners roll-up is made when first read (issue 11), the same as the model’s', () => {
  const { leads, reads } = countedIds(LEADS);
  const run = runLeadFlow({
    leads,
    layers: { page: { asOf: '2026-03-31', teams: { east: ['Li', 'Ma'] } } },
    today: '2026-03-31',
  });
  assert.equal(reads(), LEADS.length, 'one pass: the analysis (the owners wait until asked for)');
  const owners = run.owners;
  assert.equal(reads(), 2 * LEADS.length, 'the owners pass, when read');
  assert.equal(run.owners, owners, 'made once');
  assert.deepEqual(owners, analyzeLeadOwners({ asOf: '2026-03-31', leads: LEADS, teams: { east: ['Li', 'Ma'] } }));
  assert.deepEqual(
    owners.owners.map((o) => [o.owner, o.team, o.supplied, o.followedUp]),
    [
      ['Li', 'east', 2, 1],
      ['Ma', 'east', 2, 0],
      ['Wu', null, 1, 1],
    ],
  );
});

test('runLeadFlow still names bad teams with the analysis (the owners input is checked before it is used)', () => {
  assert.throws(
    () =>
      runLeadFlow({
        leads: LEADS,
        layers: { page: { asOf: '2026-03-31', teams: { east: 'Li' } } },
        today: '2026-03-31',
      }),
    (e: unknown) =>
      e instanceof Error && JSON.stringify((e as { issues?: unknown }).issues ?? e.message).includes('teams'),
  );
});
