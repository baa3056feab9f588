/**
 * Value × risk grid as plain numbers (no DOM): accounts counted per value
 * tier (rows, highest value first) and risk level (columns, most severe
 * first), with a shade per cell and the cell to act on first.
 */
import { linear } from './scale.js';

export const GRID_LEVELS = ['critical', 'warning', 'ok'] as const;
export type GridLevel = (typeof GRID_LEVELS)[number];

export interface GridCell {
  tier: string;
  level: GridLevel;
  count: number;
  money: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** 0..1: the cell's count against the fullest cell. */
  shade: number;
  actFirst: boolean;
}

export interface GridLayout {
  tiers: string[];
  cells: GridCell[];
  width: number;
  height: number;
  x0: number;
  y0: number;
  cellWidth: number;
}

/**
 * Tier keys in value order, highest first: the keys of `order` (a tiering
 * model's tiers by minScore descending, or a `tier-order` attribute) in that
 * order, then the others in natural order (A < B, 1 < 2 < 10); a missing
 * tier ('') last.
 */
export function sortTiers(keys: Iterable<string>, order?: readonly string[] | null): string[] {
  const rank = new Map((order ?? []).map((k, i) => [k, i]));
  return [...new Set(keys)].sort((a, b) => {
    if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined || rb !== undefined) return ra === undefined ? 1 : rb === undefined ? -1 : ra - rb;
    return a.localeCompare(b, 'en', { numeric: true });
  });
}

/**
 * `counts.get(tier)?.[level]` = { count, money }. The cell to act on first is
 * the non-empty at-risk cell with the smallest tier rank + (0 critical, 1
 * warning), critical first on ties: high value and high risk before either alone.
 */
export function riskGrid(
  tiers: readonly string[],
  counts: ReadonlyMap<string, Partial<Record<GridLevel, { count: number; money: number }>>>,
  {
    width = 360,
    cellHeight = 34,
    labelWidth = 72,
    headerHeight = 20,
  }: { width?: number; cellHeight?: number; labelWidth?: number; headerHeight?: number } = {},
): GridLayout {
  const cellWidth = Math.max(40, (width - labelWidth) / GRID_LEVELS.length);
  let most = 0;
  for (const t of tiers) for (const l of GRID_LEVELS) most = Math.max(most, counts.get(t)?.[l]?.count ?? 0);
  const shade = linear([0, Math.max(1, most)], [0, 1], { clamp: true });
  let best: { rank: number; tier: string; level: GridLevel } | null = null;
  tiers.forEach((t, ti) => {
    if (t === '') return;
    (['critical', 'warning'] as const).forEach((l, li) => {
      if (!(counts.get(t)?.[l]?.count ?? 0)) return;
      const rank = ti + li;
      if (!best || rank < best.rank || (rank === best.rank && l === 'critical' && best.level !== 'critical'))
        best = { rank, tier: t, level: l };
    });
  });
  const first = best as { tier: string; level: GridLevel } | null;
  const cells: GridCell[] = [];
  tiers.forEach((t, ti) =>
    GRID_LEVELS.forEach((l, li) => {
      const c = counts.get(t)?.[l] ?? { count: 0, money: 0 };
      cells.push({
        tier: t,
        level: l,
        count: c.count,
        money: c.money,
        x: labelWidth + li * cellWidth,
        y: headerHeight + ti * cellHeight,
        width: cellWidth,
        height: cellHeight,
        shade: shade(c.count),
        actFirst: !!first && first.tier === t && first.level === l,
      });
    }),
  );
  return {
    tiers: [...tiers],
    cells,
    width: labelWidth + cellWidth * GRID_LEVELS.length,
    height: headerHeight + tiers.length * cellHeight,
    x0: labelWidth,
    y0: headerHeight,
    cellWidth,
  };
}
