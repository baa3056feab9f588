// The pool flow chart for a narrow column (issue 12): rows top to bottom, bars as long as the counts, ribbons
// from a bar's bottom to the next bar's top. Numbers checked by hand below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { poolFlowColumn } from '../../src/charts/lead-flow-column.js';
import { linkPathVertical } from '../../src/charts/path.js';

test('pools as rows, flows as vertical ribbons stacked from the left', () => {
  // width 320, labels 118, right 12 → bars span 190 px; the largest pool (private, 10) is 190 px: 19 px a lead.
  const l = poolFlowColumn(
    [
      { key: 'private', count: 10 },
      { key: 'line', count: 4 },
      { key: 'company', count: 0 },
      { key: 'blacklist', count: 2, detached: true },
    ],
    [
      { from: 'private', to: 'line', key: 'no-follow-up', count: 2 },
      { from: 'private', to: 'line', key: 'not-converted-in-time', count: 1 },
      { from: 'line', to: 'company', key: 'unclaimed', count: 1 },
    ],
  );
  assert.equal(l.width, 320);
  assert.deepEqual(
    l.nodes.map((n) => [n.key, n.x, n.y, n.width, n.height]),
    [
      ['private', 118, 8, 190, 14],
      ['line', 118, 72, 76, 14],
      ['company', 118, 136, 3, 14], // empty: the shortest bar
      ['blacklist', 118, 200, 38, 14],
    ],
  );
  // 8 + 3 rows of 64 + a 14 px bar + 8 below.
  assert.equal(l.height, 222);
  // no-follow-up: 2 leads = 38 px thick, centred 19 px in from the left of both bars, from y 22 (private's bottom) to 72.
  const [a, b, c] = l.links;
  assert.equal(a!.thickness, 38);
  assert.equal(a!.path, linkPathVertical([137, 22], [137, 72]));
  assert.deepEqual([a!.mx, a!.my], [137, 47]);
  // not-converted: 19 px, stacked right of the first on both ends (118 + 38 + 9.5).
  assert.equal(b!.path, linkPathVertical([165.5, 22], [165.5, 72]));
  // unclaimed: from line's bottom (86) to company's top (136).
  assert.equal(c!.path, linkPathVertical([127.5, 86], [127.5, 136]));
  assert.equal(linkPathVertical([0, 0], [10, 20]), 'M0,0C0,10,10,10,10,20');
});

test('no pools, or flows with no leads or unknown pools, draw nothing', () => {
  assert.deepEqual(poolFlowColumn([], []), { nodes: [], links: [], width: 320, height: 0 });
  const l = poolFlowColumn(
    [{ key: 'a', count: 0 }],
    [
      { from: 'a', to: 'zz', key: 'x', count: 3 },
      { from: 'a', to: 'a', key: 'y', count: 0 },
    ],
  );
  assert.equal(l.links.length, 0);
  assert.equal(l.nodes[0]!.width, 3);
});
