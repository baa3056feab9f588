/**
 * Chart layouts of lead-flow-monitor as plain numbers and path strings (no DOM):
 * the pools with the flows now due between them (Sankey-like columns, d3-shape
 * links), diverging ROI bars, and heat levels for the source table.
 */
import { linkPath } from './path.js';
import { linear } from './scale.js';

export interface FlowNodeInput {
  key: string;
  count: number;
  /** Drawn apart, with no flows (the blacklist: manual only). */
  detached?: boolean;
}

export interface FlowLinkInput {
  from: string;
  to: string;
  /** What the flow stands for (a transition reason). */
  key: string;
  count: number;
}

export interface FlowNode extends FlowNodeInput {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowLink extends FlowLinkInput {
  /** Centre line of the ribbon (SVG path), drawn with `stroke-width = thickness`. */
  path: string;
  thickness: number;
  /** Mid point, for a label. */
  mx: number;
  my: number;
}

export interface FlowLayout {
  nodes: FlowNode[];
  links: FlowLink[];
  width: number;
  height: number;
}

/**
 * Nodes in columns left to right, bar height proportional to the count (with
 * a minimum so an empty pool still shows); each link leaves its source's right
 * edge and enters its target's left edge, stacked from the top, with the
 * thickness on the nodes' scale, so a flow shows its share of the pool.
 */
export function poolFlowLayout(
  nodesIn: readonly FlowNodeInput[],
  linksIn: readonly FlowLinkInput[],
  {
    width = 640,
    barHeight = 150,
    top = 40,
    bottom = 12,
    nodeWidth = 16,
    minBar = 3,
    minLink = 1.5,
  }: {
    width?: number;
    barHeight?: number;
    top?: number;
    bottom?: number;
    nodeWidth?: number;
    minBar?: number;
    minLink?: number;
  } = {},
): FlowLayout {
  const max = Math.max(1, ...nodesIn.map((n) => n.count));
  const h = linear([0, max], [0, barHeight], { clamp: true });
  const step = nodesIn.length > 1 ? (width - nodeWidth - 40) / (nodesIn.length - 1) : 0;
  const nodes: FlowNode[] = nodesIn.map((n, i) => ({
    ...n,
    x: 20 + i * step,
    y: top,
    width: nodeWidth,
    height: Math.max(minBar, h(n.count)),
  }));
  const links = stackLinks(
    nodes,
    linksIn,
    (count) => Math.max(minLink, h(count)),
    (n) => n.y,
    (a, b, y0, y1) => {
      const x0 = a.x + a.width;
      const x1 = b.x;
      return { path: linkPath([x0, y0], [x1, y1]), mx: (x0 + x1) / 2, my: (y0 + y1) / 2 };
    },
  );
  return { nodes, links, width, height: top + barHeight + bottom };
}

/**
 * Links between nodes, each stacked along its nodes' edges: a link's centre
 * sits half its thickness past the previous link's end on the same node
 * (`start(node)` for the first), on the leaving and on the entering side, in
 * the order given. Links to an unknown node or with no count are left out.
 * `draw` gives the ribbon from the two centres.
 */
export function stackLinks(
  nodes: readonly FlowNode[],
  linksIn: readonly FlowLinkInput[],
  thicknessOf: (count: number) => number,
  start: (node: FlowNode) => number,
  draw: (from: FlowNode, to: FlowNode, out: number, into: number) => Pick<FlowLink, 'path' | 'mx' | 'my'>,
): FlowLink[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const outAt = new Map<string, number>();
  const inAt = new Map<string, number>();
  const links: FlowLink[] = [];
  for (const l of linksIn) {
    const a = byKey.get(l.from);
    const b = byKey.get(l.to);
    if (!a || !b || l.count <= 0) continue;
    const thickness = thicknessOf(l.count);
    const c0 = (outAt.get(a.key) ?? start(a)) + thickness / 2;
    const c1 = (inAt.get(b.key) ?? start(b)) + thickness / 2;
    outAt.set(a.key, c0 + thickness / 2);
    inAt.set(b.key, c1 + thickness / 2);
    links.push({ ...l, thickness, ...draw(a, b, c0, c1) });
  }
  return links;
}

export interface DivergingBar {
  key: string;
  value: number;
  y: number;
  /** Left edge and width of the bar (negative values extend left of the zero line). */
  x: number;
  width: number;
}

export interface DivergingLayout {
  bars: DivergingBar[];
  /** x of the zero line. */
  zero: number;
  height: number;
  x0: number;
  inner: number;
}

/** Horizontal bars around a zero line (ROI can be below zero); the domain always includes 0. */
export function divergingBars(
  items: readonly { key: string; value: number }[],
  {
    width = 480,
    rowHeight = 24,
    labelWidth = 120,
    valueWidth = 64,
  }: { width?: number; rowHeight?: number; labelWidth?: number; valueWidth?: number } = {},
): DivergingLayout {
  const inner = Math.max(20, width - labelWidth - valueWidth);
  const lo = Math.min(0, ...items.map((d) => d.value));
  const hi = Math.max(0, ...items.map((d) => d.value));
  const x = linear([lo, hi === lo ? lo + 1 : hi], [labelWidth, labelWidth + inner], { clamp: true });
  const zero = x(0);
  return {
    bars: items.map((d, i) => {
      const v = x(d.value);
      return { key: d.key, value: d.value, y: i * rowHeight, x: Math.min(v, zero), width: Math.abs(v - zero) };
    }),
    zero,
    height: items.length * rowHeight,
    x0: labelWidth,
    inner,
  };
}

/**
 * A heat level in [0, 1]: where the value's magnitude sits between `min` and
 * `max` of its column (min defaults to 0, so the level is the share of the
 * largest); null for a missing value.
 */
export function heatLevel(value: number | null | undefined, max: number, min = 0): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const span = max - min;
  if (!(span > 0)) return max > 0 ? 1 : 0;
  return Math.max(0, Math.min(1, (Math.abs(value) - min) / span));
}
