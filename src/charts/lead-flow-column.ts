/**
 * The pool flow chart laid out top to bottom for a narrow column (issue 12,
 * lead-flow-monitor's compact mode ≤ 420 px): one row per pool — its name and
 * count in a label column on the left, a bar whose length is the count — and
 * each flow a vertical ribbon from the bottom of its source's bar to the top
 * of its target's, its thickness on the bars' scale, stacked from the bar's
 * left end, so a flow shows its share of the pool as in the wide chart.
 */
import { linkPathVertical } from './path.js';
import { linear } from './scale.js';
import { stackLinks, type FlowLayout, type FlowLinkInput, type FlowNode, type FlowNodeInput } from './lead-flow.js';

export interface FlowColumnOptions {
  /** Width of the drawing (its viewBox): at most the column, so 11 px text stays 11 px. */
  width?: number;
  /** Width of the label column left of the bars. */
  labelWidth?: number;
  /** Height of one pool's row: its bar and the gap the ribbons cross to the next row. */
  rowHeight?: number;
  barHeight?: number;
  top?: number;
  /** Shortest bar (an empty pool still shows) and thinnest ribbon. */
  minBar?: number;
  minLink?: number;
  /** Space kept right of the longest bar. */
  right?: number;
}

/**
 * Rows top to bottom in the order given. Bar `i` starts at `labelWidth` at
 * y = top + i·rowHeight; its length is count / max · (width − labelWidth −
 * right), at least `minBar`. A link leaves its source's bottom edge and enters
 * its target's top edge at the same x offset rule (stacked from the left).
 */
export function poolFlowColumn(
  nodesIn: readonly FlowNodeInput[],
  linksIn: readonly FlowLinkInput[],
  {
    width = 320,
    labelWidth = 118,
    rowHeight = 64,
    barHeight = 14,
    top = 8,
    minBar = 3,
    minLink = 1.5,
    right = 12,
  }: FlowColumnOptions = {},
): FlowLayout {
  const max = Math.max(1, ...nodesIn.map((n) => n.count));
  const span = Math.max(20, width - labelWidth - right);
  const w = linear([0, max], [0, span], { clamp: true });
  const nodes: FlowNode[] = nodesIn.map((n, i) => ({
    ...n,
    x: labelWidth,
    y: top + i * rowHeight,
    width: Math.max(minBar, w(n.count)),
    height: barHeight,
  }));
  const links = stackLinks(
    nodes,
    linksIn,
    (count) => Math.max(minLink, w(count)),
    (n) => n.x,
    (a, b, x0, x1) => {
      const [y0, y1] = [a.y + a.height, b.y];
      return { path: linkPathVertical([x0, y0], [x1, y1]), mx: (x0 + x1) / 2, my: (y0 + y1) / 2 };
    },
  );
  const height = nodes.length ? top + (nodes.length - 1) * rowHeight + barHeight + top : 0;
  return { nodes, links, width, height };
}
