/**
 * The transfers that happened (docs/models.md §7 extras: rep → rep, pool →
 * rep, rep → pool, pool → pool) drawn as flows between the owner before and
 * the owner after, beside the pool flow chart of lead-flow-monitor: two
 * nodes before (public pools, reps) and two after, a ribbon per kind with
 * its count, on one scale for the four. Wide: before on the left, after on
 * the right; column (≤ 420 px): before on top, after below.
 */
import { linkPath, linkPathVertical } from './path.js';
import { linear } from './scale.js';
import { stackLinks, type FlowLayout, type FlowLinkInput, type FlowNode } from './lead-flow.js';
import { TRANSFER_KINDS, type TransferKind } from '../models/lead-flow-transfers.js';

/** Who holds a lead on one side of a transfer: a public pool, or a rep. */
export type TransferSide = 'pool' | 'rep';
/** A node's key: the side and when (`before:pool`, `after:rep` …). */
export type TransferNodeKey = `${'before' | 'after'}:${TransferSide}`;

const SIDES: Record<TransferKind, [TransferSide, TransferSide]> = {
  'rep-to-rep': ['rep', 'rep'],
  'pool-to-rep': ['pool', 'rep'],
  'rep-to-pool': ['rep', 'pool'],
  'pool-to-pool': ['pool', 'pool'],
};
/** Stacking order: on each node the flow to (from) the pools above the one to (from) the reps, so only two cross. */
const STACK: readonly TransferKind[] = ['pool-to-pool', 'pool-to-rep', 'rep-to-pool', 'rep-to-rep'];

/** The flows of the counts by kind, keyed by kind, in stacking order; kinds with no transfer left out. */
export function transferFlows(byKind: Readonly<Record<TransferKind, number>>): FlowLinkInput[] {
  return STACK.filter((k) => byKind[k] > 0).map((k) => ({
    key: k,
    from: `before:${SIDES[k][0]}`,
    to: `after:${SIDES[k][1]}`,
    count: byKind[k],
  }));
}

/** The four nodes' counts: before (transfers leaving a side) and after (arriving), pools first. */
export function transferNodes(
  byKind: Readonly<Record<TransferKind, number>>,
): { key: TransferNodeKey; count: number }[] {
  const sum = (pick: (k: TransferKind) => boolean) => TRANSFER_KINDS.filter(pick).reduce((s, k) => s + byKind[k], 0);
  return [
    { key: 'before:pool', count: sum((k) => SIDES[k][0] === 'pool') },
    { key: 'before:rep', count: sum((k) => SIDES[k][0] === 'rep') },
    { key: 'after:pool', count: sum((k) => SIDES[k][1] === 'pool') },
    { key: 'after:rep', count: sum((k) => SIDES[k][1] === 'rep') },
  ];
}

export interface TransferLayoutOptions {
  width?: number;
  /** The length (wide: height; column: width) of all the transfers together on one side. */
  span?: number;
  /** The gap between the pool node and the rep node of a side. */
  gap?: number;
  /** Thickness of a node (wide: width; column: height). */
  nodeSize?: number;
  /** Room for the labels (wide: left and right of the nodes; column: left of the rows). */
  labelWidth?: number;
  top?: number;
  minBar?: number;
  minLink?: number;
}

/** Node lengths on one scale: the total of the transfers fills `span`; each at least `minBar`. */
function lengths(byKind: Readonly<Record<TransferKind, number>>, span: number, minBar: number) {
  const nodes = transferNodes(byKind);
  const total = Math.max(1, nodes[0]!.count + nodes[1]!.count);
  const len = linear([0, total], [0, span], { clamp: true });
  return { nodes, len, size: (n: number) => Math.max(minBar, len(n)) };
}

/**
 * Wide: the two nodes before at x = labelWidth, the two after at
 * x = width − labelWidth − nodeSize, pools on top, reps `gap` below; each
 * node's height its transfers on the shared scale (at least `minBar`); a
 * ribbon per kind from its before node's right edge to its after node's left.
 */
export function transferFlowLayout(
  byKind: Readonly<Record<TransferKind, number>>,
  {
    width = 640,
    span = 120,
    gap = 24,
    nodeSize = 16,
    labelWidth = 190,
    top = 8,
    minBar = 3,
    minLink = 1.5,
  }: TransferLayoutOptions = {},
): FlowLayout {
  const { nodes: counts, len, size } = lengths(byKind, span, minBar);
  const nodes: FlowNode[] = [];
  for (const [i, c] of counts.entries()) {
    const after = i >= 2;
    const above = after ? nodes[2] : nodes[0];
    nodes.push({
      key: c.key,
      count: c.count,
      x: after ? width - labelWidth - nodeSize : labelWidth,
      y: i % 2 === 0 ? top : above!.y + above!.height + gap,
      width: nodeSize,
      height: size(c.count),
    });
  }
  const links = stackLinks(
    nodes,
    transferFlows(byKind),
    (n) => Math.max(minLink, len(n)),
    (n) => n.y,
    (a, b, y0, y1) => {
      const x0 = a.x + a.width;
      const x1 = b.x;
      return { path: linkPath([x0, y0], [x1, y1]), mx: (x0 + x1) / 2, my: (y0 + y1) / 2 };
    },
  );
  const bottom = Math.max(...nodes.map((n) => n.y + n.height));
  return { nodes, links, width, height: bottom + top };
}

/**
 * Column: the nodes before in a row at y = top (pools from x = labelWidth,
 * reps `gap` right of them), the nodes after in a row `rowGap` below; each
 * node's width its transfers on the shared scale; a ribbon per kind from
 * its before node's bottom edge to its after node's top edge.
 */
export function transferFlowColumn(
  byKind: Readonly<Record<TransferKind, number>>,
  {
    width = 320,
    gap = 16,
    nodeSize = 14,
    labelWidth = 64,
    top = 22,
    minBar = 3,
    minLink = 1.5,
    rowGap = 64,
  }: TransferLayoutOptions & { rowGap?: number } = {},
): FlowLayout {
  const span = Math.max(20, width - labelWidth - gap - 8);
  const { nodes: counts, len, size } = lengths(byKind, span, minBar);
  const nodes: FlowNode[] = [];
  for (const [i, c] of counts.entries()) {
    const after = i >= 2;
    const left = after ? nodes[2] : nodes[0];
    nodes.push({
      key: c.key,
      count: c.count,
      x: i % 2 === 0 ? labelWidth : left!.x + left!.width + gap,
      y: after ? top + nodeSize + rowGap : top,
      width: size(c.count),
      height: nodeSize,
    });
  }
  const links = stackLinks(
    nodes,
    transferFlows(byKind),
    (n) => Math.max(minLink, len(n)),
    (n) => n.x,
    (a, b, x0, x1) => {
      const [y0, y1] = [a.y + a.height, b.y];
      return { path: linkPathVertical([x0, y0], [x1, y1]), mx: (x0 + x1) / 2, my: (y0 + y1) / 2 };
    },
  );
  return { nodes, links, width, height: top + nodeSize + rowGap + nodeSize + top };
}
