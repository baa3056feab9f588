/** Export tables of the planners: key figures, and each planner's main table, in the user's words. */
import type { ColumnKind, ExportColumn, ExportTable } from './table.js';
import type { Cell } from '../parse/csv.js';
import type { HeadcountPlan } from '../models/headcount.js';
import type { CsCapacityResult, CsSegmentsResult } from '../models/cs-capacity.js';
import type { TargetStrings } from '../i18n/sales-target-planner/en.js';
import type { CsStrings } from '../i18n/cs-capacity-planner/en.js';

/** A planner's key figure (`Figure` of components/shared/planner.ts): kinds as its inputs type them. */
export interface FigureLike {
  label: string;
  value: number | null;
  kind: 'num' | 'int' | 'pct' | 'money' | 'text' | 'x';
  text?: string;
}

/** The export kind of a planner input/figure kind (`x`, a multiple, keeps 2 decimals). */
export function kindOf(k: FigureLike['kind']): Pick<ExportColumn, 'kind' | 'digits'> {
  const map: Record<FigureLike['kind'], [ColumnKind, number?]> = {
    num: ['number', 2],
    int: ['count'],
    pct: ['rate', 1],
    money: ['money'],
    text: ['text'],
    x: ['number', 2],
  };
  const [kind, digits] = map[k];
  return digits === undefined ? { kind } : { kind, digits };
}

/** The key figures as one row, a column each (a figure shown as text exports its text). */
export function figuresTable(name: string, figures: readonly FigureLike[]): ExportTable {
  return {
    name,
    columns: figures.map((f) => ({ label: f.label, ...(f.text != null ? { kind: 'text' as const } : kindOf(f.kind)) })),
    rows: [figures.map((f) => f.text ?? f.value)],
  };
}

const money = (label: string, currency: string): ExportColumn => ({ label: `${label} (${currency})`, kind: 'money' });

/** sales-target-planner: the twelve months as its plan table shows them (ramping, not "unqualified"). */
export function headcountTables(
  plan: HeadcountPlan,
  t: Pick<
    TargetStrings,
    | 'plan'
    | 'month'
    | 'hires'
    | 'people'
    | 'seasonality'
    | 'qualified'
    | 'ramping'
    | 'revenue'
    | 'target'
    | 'gap'
    | 'cumRevenue'
    | 'cumTarget'
  >,
  currency: string,
  monthName: (m: number) => string,
): ExportTable[] {
  return [
    {
      name: t.plan,
      columns: [
        { label: t.month, kind: 'text' },
        { label: `${t.hires} (${t.people})`, kind: 'number', digits: 1 },
        { label: t.seasonality, kind: 'rate', digits: 1 },
        { label: t.qualified, kind: 'number', digits: 1 },
        { label: t.ramping, kind: 'number', digits: 1 },
        money(t.revenue, currency),
        money(t.target, currency),
        money(t.gap, currency),
        money(t.cumRevenue, currency),
        money(t.cumTarget, currency),
      ],
      rows: plan.months.map((m) => [
        monthName(m.month),
        m.hires,
        m.share,
        m.qualified,
        m.unqualified,
        m.revenue,
        m.target,
        m.gap,
        m.cumulativeRevenue,
        m.cumulativeTarget,
      ]),
    },
  ];
}

/** cs-capacity-planner: the month-by-month projection, or the segments with the combined total. */
export function csCapacityTables(
  r: CsCapacityResult | CsSegmentsResult,
  t: Pick<
    CsStrings,
    'projection' | 'month' | 'perCsm' | 'csms' | 'segments' | 'segment' | 'base' | 'r2' | 'capacity' | 'managers'
  >,
  total: string,
): ExportTable[] {
  if ('segments' in r) {
    const rows: Cell[][] = r.segments.map((s) => [
      s.label,
      s.base,
      s.deepCustomerShare,
      s.capacityPerCsm,
      s.csms,
      s.managers.reduce((a, b) => a + b, 0),
    ]);
    rows.push([total, r.total.base, null, null, r.total.csms, r.total.managers.reduce((a, b) => a + b, 0)]);
    return [
      {
        name: t.segments,
        columns: [
          { label: t.segment, kind: 'text' },
          { label: t.base, kind: 'number', digits: 1 },
          { label: t.r2, kind: 'rate', digits: 0 },
          { label: t.capacity, kind: 'count' },
          { label: t.csms, kind: 'count' },
          { label: t.managers, kind: 'count' },
        ],
        rows,
      },
    ];
  }
  return [
    {
      name: t.projection,
      columns: [
        { label: t.month, kind: 'count' },
        { label: t.perCsm, kind: 'number', digits: 1 },
        { label: t.csms, kind: 'count' },
      ],
      rows: r.monthly.map((m) => [m.month, m.customers, m.csms]),
    },
  ];
}
