/**
 * The sources tab of lead-flow-monitor as data: the heat table (sources, each
 * followed by its business lines, with a heat level per cell and the lines
 * under the follow-up alert marked), its sort, and the ROI bars.
 */
import type { LeadFlowResult, SourceLineRow, SourceRow } from '../models/lead-flow.js';
import { heatLevel } from '../charts/lead-flow.js';

/** The shaded columns of the heat table, in table order (cost is shown unshaded between revenue and cost per lead). */
export const HEAT_COLUMNS = ['supplied', 'followUpRate', 'conversionRate', 'revenue', 'costPerLead', 'roi'] as const;
export type HeatColumn = (typeof HEAT_COLUMNS)[number];

/** The columns the table sorts by. */
export const SORT_COLUMNS = [
  'source',
  'supplied',
  'followUpRate',
  'conversionRate',
  'revenue',
  'cost',
  'costPerLead',
  'roi',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface SourceSort {
  col: SortColumn;
  desc: boolean;
}

type Row = SourceRow | SourceLineRow;

/** The span of one column that heat levels are read against: [lo, hi] of the values present. */
export interface HeatSpan {
  lo: number;
  hi: number;
}
export type HeatScale = Record<HeatColumn, HeatSpan>;

/**
 * The heat span of each column over a set of rows (sources among sources,
 * business lines among business lines, so a line is never paled by its
 * source's total): supplied, revenue, cost per lead and |ROI| from 0 to their
 * largest value (at least 0); follow-up and conversion rate from their
 * smallest to their largest rate, so the table shows the spread between groups.
 */
export function heatScale(rows: readonly Row[]): HeatScale {
  const upTo = (pick: (x: Row) => number): HeatSpan => ({ lo: 0, hi: Math.max(0, ...rows.map(pick)) });
  const spread = (pick: (x: Row) => number | null): HeatSpan => {
    const xs = rows.map(pick).filter((x): x is number => x !== null);
    // No rate at all: the span is empty and no cell has a value to shade.
    return xs.length ? { lo: Math.min(...xs), hi: Math.max(...xs) } : { lo: 0, hi: 0 };
  };
  return {
    supplied: upTo((x) => x.supplied),
    followUpRate: spread((x) => x.followUpRate),
    conversionRate: spread((x) => x.conversionRate),
    revenue: upTo((x) => x.revenue),
    costPerLead: upTo((x) => x.costPerLead ?? 0),
    roi: upTo((x) => Math.abs(x.roi ?? 0)),
  };
}

/** One shaded cell: its level in [0, 1] (null: no value, unshaded) and, for ROI, its sign. */
export interface HeatCell {
  level: number | null;
  tone: 'neg' | 'pos' | null;
}

/** The heat of each shaded cell of a row against its scale (see `heatLevel`). */
export function heatCells(row: Row, scale: HeatScale): Record<HeatColumn, HeatCell> {
  const cell = (col: HeatColumn, v: number | null, tone: HeatCell['tone'] = null): HeatCell => ({
    level: heatLevel(v, scale[col].hi, scale[col].lo),
    tone,
  });
  return {
    supplied: cell('supplied', row.supplied),
    followUpRate: cell('followUpRate', row.followUpRate),
    conversionRate: cell('conversionRate', row.conversionRate),
    revenue: cell('revenue', row.revenue),
    costPerLead: cell('costPerLead', row.costPerLead),
    roi: cell('roi', row.roi, row.roi === null ? null : row.roi < 0 ? 'neg' : 'pos'),
  };
}

/**
 * Sources sorted by a column (a copy): numbers and text in their natural
 * order, a missing value (null) below every number; equal values keep the
 * model's order (by source name). No sort: the model's order.
 */
export function sortSources(rows: readonly SourceRow[], sort: SourceSort | null): readonly SourceRow[] {
  if (!sort) return rows;
  const v = (x: SourceRow): number | string => {
    const y = x[sort.col];
    return typeof y === 'number' || typeof y === 'string' ? y : -Infinity;
  };
  return [...rows].sort((a, b) => {
    const x = v(a);
    const y = v(b);
    const c = x < y ? -1 : x > y ? 1 : 0;
    return sort.desc ? -c : c;
  });
}

/**
 * The sort after a click on a column header: another column starts descending
 * (the source name ascending); a descending column turns ascending; an
 * ascending one goes back to no sort.
 */
export function nextSort(current: SourceSort | null, col: SortColumn): SourceSort | null {
  if (current?.col !== col) return { col, desc: col !== 'source' };
  return current.desc ? { col, desc: false } : null;
}

export interface HeatLine {
  row: SourceLineRow;
  heat: Record<HeatColumn, HeatCell>;
  /** The line is under the follow-up alert. */
  alert: boolean;
}

export interface HeatSource {
  row: SourceRow;
  heat: Record<HeatColumn, HeatCell>;
  /** Its business lines, in the model's order. */
  lines: HeatLine[];
}

/** The heat table: the sources in the sort asked for, each with its business lines. */
export function sourceTable(
  result: Pick<LeadFlowResult, 'bySource' | 'bySourceLine' | 'alerts'>,
  sort: SourceSort | null = null,
): HeatSource[] {
  const key = (source: string, line: string) => `${source}\u0000${line}`;
  const alerted = new Set(result.alerts.map((a) => key(a.source, a.businessLine)));
  const sourceScale = heatScale(result.bySource);
  const lineScale = heatScale(result.bySourceLine);
  const lines = new Map<string, HeatLine[]>();
  for (const l of result.bySourceLine) {
    const line: HeatLine = { row: l, heat: heatCells(l, lineScale), alert: alerted.has(key(l.source, l.businessLine)) };
    const list = lines.get(l.source);
    if (list) list.push(line);
    else lines.set(l.source, [line]);
  }
  return sortSources(result.bySource, sort).map((s) => ({
    row: s,
    heat: heatCells(s, sourceScale),
    lines: lines.get(s.source) ?? [],
  }));
}

/** The ROI bars: sources with an ROI (a cost other than 0), in the model's order, and the sources without one. */
export function roiBars(bySource: readonly SourceRow[]): { bars: { key: string; value: number }[]; noCost: string[] } {
  const bars: { key: string; value: number }[] = [];
  const noCost: string[] = [];
  for (const s of bySource) {
    if (s.roi === null) noCost.push(s.source);
    else bars.push({ key: s.source, value: s.roi });
  }
  return { bars, noCost };
}
