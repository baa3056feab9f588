// The transfers of docs/models.md §7 extras drawn between the owner before and after (lead-flow-monitor's flow tab):
// the worked example (rep → rep 1, pool → rep 3, rep → pool 1, pool → pool 1) laid out wide and as a column,
// numbers by hand below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  transferFlowColumn,
  transferFlowLayout,
  transferFlows,
  transferNodes,
} from '../../src/charts/lead-flow-transfers.js';
import { linkPath, linkPathVertical } from '../../src/charts/path.js';

const BY_KIND = { 'rep-to-rep': 1, 'pool-to-rep': 3, 'rep-to-pool': 1, 'pool-to-pool': 1 };
const r3 = (v: number) => Math.round(v * 1000) / 1000;

test('nodes count the transfers leaving and reaching each side; flows in stacking order, empty kinds left out', () => {
  assert.deepEqual(transferNodes(BY_KIND), [
    { key: 'before:pool', count: 4 }, // pool → rep 3 + pool → pool 1
    { key: 'before:rep', count: 2 },
    { key: 'after:pool', count: 2 }, // rep → pool 1 + pool → pool 1
    { key: 'after:rep', count: 4 },
  ]);
  assert.deepEqual(
    transferFlows({ ...BY_KIND, 'pool-to-pool': 0 }).map((l) => [l.key, l.from, l.to, l.count]),
    [
      ['pool-to-rep', 'before:pool', 'after:rep', 3],
      ['rep-to-pool', 'before:rep', 'after:pool', 1],
      ['rep-to-rep', 'before:rep', 'after:rep', 1],
    ],
  );
});

test('wide: before on the left, after on the right, 6 transfers over 120 px (20 px each)', () => {
  const l = transferFlowLayout(BY_KIND);
  assert.deepEqual(
    l.nodes.map((n) => [n.key, n.x, n.y, n.width, n.height]),
    [
      ['before:pool', 190, 8, 16, 80],
      ['before:rep', 190, 112, 16, 40], // 8 + 80 + a 24 px gap
      ['after:pool', 434, 8, 16, 40], // 640 − 190 − 16
      ['after:rep', 434, 72, 16, 80],
    ],
  );
  assert.equal(l.height, 160); // the lowest node ends at 152, + 8
  assert.deepEqual(
    l.links.map((k) => [k.key, k.thickness, k.path]),
    [
      ['pool-to-pool', 20, linkPath([206, 18], [434, 18])],
      ['pool-to-rep', 60, linkPath([206, 58], [434, 102])], // below pool → pool on the left; first into the reps
      ['rep-to-pool', 20, linkPath([206, 122], [434, 38])],
      ['rep-to-rep', 20, linkPath([206, 142], [434, 142])],
    ],
  );
});

test('column: before on top, after below, 6 transfers over 232 px, inside the 320 px drawing', () => {
  const l = transferFlowColumn(BY_KIND);
  const per = 232 / 6;
  assert.deepEqual(
    l.nodes.map((n) => [n.key, r3(n.x), n.y, r3(n.width), n.height]),
    [
      ['before:pool', 64, 22, r3(4 * per), 14],
      ['before:rep', r3(64 + 4 * per + 16), 22, r3(2 * per), 14],
      ['after:pool', 64, 100, r3(2 * per), 14], // 22 + 14 + 64
      ['after:rep', r3(64 + 2 * per + 16), 100, r3(4 * per), 14],
    ],
  );
  assert.equal(l.height, 136);
  assert.ok(Math.max(...l.nodes.map((n) => n.x + n.width)) <= 320);
  const [p2p, p2r] = l.links;
  assert.equal(p2p!.path, linkPathVertical([64 + per / 2, 36], [64 + per / 2, 100]));
  assert.equal(p2r!.path, linkPathVertical([64 + per + 1.5 * per, 36], [64 + 2 * per + 16 + 1.5 * per, 100]));
});

test('no transfers: the nodes keep their shortest length and there is no ribbon', () => {
  const none = { 'rep-to-rep': 0, 'pool-to-rep': 0, 'rep-to-pool': 0, 'pool-to-pool': 0 };
  const l = transferFlowLayout(none);
  assert.deepEqual(
    l.nodes.map((n) => n.height),
    [3, 3, 3, 3],
  );
  assert.equal(l.links.length, 0);
});
