/**
 * Org chart layout as plain numbers (no DOM), with d3-hierarchy's tidy tree:
 * the levels of an organisation (top managers … first-line managers, then
 * the people they lead) with their head counts. sales-org-designer and
 * cs-capacity-planner draw it with Lit svg templates.
 */
import { hierarchy, tree } from 'd3-hierarchy';

export interface OrgNode {
  /** 0 = the people (reps, CSMs); k = managers of level k. */
  level: number;
  /** People in this box: 1 for a manager box, the team size for a people box, the level total when grouped. */
  count: number;
  /** True when the box stands for a whole level (too many boxes to draw one each). */
  grouped: boolean;
  x: number;
  y: number;
}

export interface OrgLayout {
  nodes: OrgNode[];
  /** Elbow links parent → child as SVG path strings. */
  links: string[];
  width: number;
  height: number;
}

interface Box {
  level: number;
  count: number;
  grouped: boolean;
  children: Box[];
}

/**
 * Boxes for `people` led by `managers` (first-line first) under `spans`:
 * manager j of level k leads the members j·span … of level k−1, as the
 * spans build them. When that would draw more than `maxBoxes` boxes, one box
 * per level with its total instead.
 */
export function orgLayout(
  people: number,
  managers: readonly number[],
  spans: readonly number[],
  { width = 400, nodeWidth = 56, levelHeight = 56, maxBoxes = 24 } = {},
): OrgLayout {
  const levels = [people, ...managers];
  const full = managers.length > 0 && managers.reduce((s, m) => s + m, 0) + (managers[0] ?? 0) <= maxBoxes;
  let top: Box[];
  if (full) {
    // Level 0 boxes: one per first-line manager, holding that manager's team size.
    let below: Box[] = Array.from({ length: managers[0]! }, (_, j) => ({
      level: 0,
      count: Math.max(0, Math.min(spans[0]!, people - j * spans[0]!)),
      grouped: false,
      children: [],
    }));
    for (let k = 1; k <= managers.length; k++) {
      const span = k === 1 ? 1 : spans[k - 1]!;
      const kids = below;
      below = Array.from({ length: managers[k - 1]! }, (_, j) => ({
        level: k,
        count: 1,
        grouped: false,
        children: kids.slice(j * span, (j + 1) * span),
      }));
    }
    top = below;
  } else {
    let box: Box | null = null;
    for (let k = 0; k < levels.length; k++)
      box = { level: k, count: levels[k]!, grouped: true, children: box ? [box] : [] };
    top = box ? [box] : [];
  }
  // A forest (the spans ran out before one manager) hangs under an invisible root.
  const root = hierarchy<Box>({ level: -1, count: 0, grouped: false, children: top });
  const depth = root.height;
  tree<Box>().nodeSize([nodeWidth, levelHeight])(root);
  const all = root.descendants().slice(1);
  const xs = all.map((n) => n.x!);
  const minX = Math.min(...xs, 0);
  const maxX = Math.max(...xs, 0);
  const span = maxX - minX;
  const scale = span + nodeWidth > width ? (width - nodeWidth) / span : 1;
  const offset = span + nodeWidth > width ? nodeWidth / 2 : (width - span) / 2;
  const px = (x: number) => offset + (x - minX) * scale;
  const py = (d: number) => (d - 1) * levelHeight + 20;
  return {
    nodes: all.map((n) => ({
      level: n.data.level,
      count: n.data.count,
      grouped: n.data.grouped,
      x: px(n.x!),
      y: py(n.depth),
    })),
    links: all
      .filter((n) => n.parent && n.parent.depth > 0)
      .map((n) => {
        const p = n.parent!;
        const mid = (py(p.depth) + py(n.depth)) / 2;
        return `M${px(p.x!)},${py(p.depth) + 14}V${mid}H${px(n.x!)}V${py(n.depth) - 14}`;
      }),
    width,
    height: Math.max(1, depth) * levelHeight,
  };
}
