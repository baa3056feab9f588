/** Transfers rep → rep and pool → rep (§7 extras, issue 14): the worked example of docs/models.md and hand-checked edges. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLeadFlow } from '../../src/models/lead-flow.js';
import { transferKind } from '../../src/models/lead-flow-transfers.js';
import { TRANSFER_COUNTS, TRANSFER_LEADS as LEADS, transferLead as lead, tr } from '../fixtures/lead-flow-extras.js';

const AS_OF = '2026-03-31';

test('worked example: transfers by kind and by owner', () => {
  const r = analyzeLeadFlow({ asOf: AS_OF, leads: LEADS });
  assert.deepEqual(r.invalid, []);
  assert.deepEqual(r.transfers, TRANSFER_COUNTS);
  assert.equal(Object.keys(r).at(-1), 'transfers');
});

test('kinds: empty and null are a pool, the same owner on both sides is no transfer', () => {
  assert.equal(transferKind('A', 'B'), 'rep-to-rep');
  assert.equal(transferKind(null, 'B'), 'pool-to-rep');
  assert.equal(transferKind('', 'B'), 'pool-to-rep');
  assert.equal(transferKind('A', undefined), 'rep-to-pool');
  assert.equal(transferKind(undefined, ''), 'pool-to-pool');
  assert.equal(transferKind('A', 'A'), null);
});

test('asOf is the last day counted; a claim converted the same day counts as converted after it', () => {
  const r = analyzeLeadFlow({
    asOf: AS_OF,
    leads: [lead('a', [tr(AS_OF, null, 'Li')], { convertedAt: AS_OF }), lead('b', [tr('2026-04-01', null, 'Li')])],
  });
  assert.deepEqual(r.transfers?.byOwner, [
    { owner: 'Li', received: 0, handedOver: 0, claimed: 1, released: 0, claimedConverted: 1, claimConversionRate: 1 },
  ]);
});

test('with a period, transfers are counted by their day in the window (week: 03-24 … 03-30 as of 03-31)', () => {
  const r = analyzeLeadFlow({
    asOf: AS_OF,
    period: 'week',
    leads: [lead('w', [tr('2026-03-23', null, 'Li'), tr('2026-03-24', 'Li', 'Wang'), tr('2026-03-30', 'Wang', null)])],
  });
  assert.deepEqual(r.transfers?.byKind, { 'rep-to-rep': 1, 'pool-to-rep': 0, 'rep-to-pool': 1, 'pool-to-pool': 0 });
  assert.deepEqual(
    r.transfers?.byOwner.map((o) => o.owner),
    ['Li', 'Wang'],
  );
});

test('absent or empty transfers: no transfers key, the output as before', () => {
  const plain = LEADS.map(({ transfers, ...rest }) => {
    void transfers;
    return rest;
  });
  const before = analyzeLeadFlow({ asOf: AS_OF, leads: plain });
  assert.equal('transfers' in before, false);
  const empty = analyzeLeadFlow({ asOf: AS_OF, leads: plain.map((l) => ({ ...l, transfers: [] })) });
  assert.deepEqual(empty, before);
  const nulls = analyzeLeadFlow({ asOf: AS_OF, leads: plain.map((l) => ({ ...l, transfers: null })) });
  assert.deepEqual(nulls, before);
  // The rest of the analysis is the same with the owner histories.
  const withT = analyzeLeadFlow({ asOf: AS_OF, leads: LEADS });
  const { transfers, ...rest } = withT;
  void transfers;
  assert.deepEqual(rest, before);
});

test('a bad transfer makes its lead invalid at the entry; the others are analysed', () => {
  const r = analyzeLeadFlow({
    asOf: AS_OF,
    leads: [lead('ok', [tr('2026-03-02', null, 'Li')]), lead('bad', [{ at: '2026-02-30', to: 'Li' }]), lead('x', 'Li')],
  });
  assert.deepEqual(
    r.invalid.map((i) => [i.id, i.issues.map((x) => x.path)]),
    [
      ['bad', ['transfers.0.at']],
      ['x', ['transfers']],
    ],
  );
  assert.equal(r.transfers?.byKind['pool-to-rep'], 1);
});
