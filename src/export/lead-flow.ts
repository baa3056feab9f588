/**
 * lead-flow-monitor's exports for people (issue 12): the due list, the
 * sources, the sources by business line, the owners and the reactivation
 * candidates, each as the tab shows it — headers in the UI language, pools,
 * reasons, sources and lines in words (host labels through `label`), rates
 * as percentages at the tab's decimals, money at 2 decimals, days as days.
 * The CRM files with codes (`src/views/lead-flow-export.ts`) and the JSON
 * export stay for integrations.
 */
import type { Cell } from '../parse/csv.js';
import type {
  CategoryReactivation,
  LeadFlowResult,
  LeadFlowRules,
  ReactivationCandidate,
  RollupFigures,
  Transition,
} from '../models/lead-flow.js';
import type { LeadOwnersResult, OwnerFigures } from '../models/lead-owners.js';
import { TRANSFER_KINDS, type TransferCounts } from '../models/lead-flow-transfers.js';
import type { TierResult } from '../models/tiering.js';
import type { LeadFlowStrings } from '../i18n/lead-flow/en.js';
import { dayNumber, isoDay } from '../models/math.js';
import { sourceTable, type SourceSort } from '../views/lead-flow-sources.js';
import { ownerBlocks } from '../views/lead-flow-owners.js';
import type { Labeller } from '../views/code-labels.js';
import type { ExportColumn, ExportTable } from './table.js';

/** What every lead-flow table is worded and labelled with. */
export interface LeadFlowExportWords {
  t: LeadFlowStrings;
  rules: LeadFlowRules;
  /** The currency of money columns (in their header). */
  currency: string;
  /** The SLA as the tab writes it ("1 day"), in the follow-up headers. */
  sla: string;
  /** Words for Yes / No. */
  yes: string;
  no: string;
  /** Host labels for sources, business lines and teams (code as is without one). */
  label: Labeller;
  /** A lead's field by id (owner, source, dates …), as the tables read it. */
  field: (id: unknown, key: string) => string | number | null;
}

const money = (label: string, w: LeadFlowExportWords): ExportColumn => ({
  label: `${label} (${w.currency})`,
  kind: 'money',
});

/** A lead's date field as its UTC calendar day (the day the tab shows), else the text as given. */
function dayOf(v: string | number | null): Cell {
  if (typeof v !== 'string' || !v) return null;
  const d = dayNumber(v);
  return Number.isNaN(d) ? v : isoDay(d);
}

const text = (v: string | number | null): Cell => (v == null ? null : String(v));

/** The due list (the rows of the reason filter, in the model's order). */
export function dueTable(rows: readonly Transition[], w: LeadFlowExportWords): ExportTable {
  const { t, rules, field, label } = w;
  const coded = (id: unknown, k: 'source' | 'businessLine') => {
    const v = field(id, k);
    return v == null ? null : label(k, String(v));
  };
  return {
    name: t.due,
    columns: [
      { label: t.id, kind: 'text' },
      { label: t.owner, kind: 'text' },
      { label: t.source, kind: 'text' },
      { label: t.businessLine, kind: 'text' },
      { label: t.from, kind: 'text' },
      { label: t.to, kind: 'text' },
      { label: t.reason, kind: 'text' },
      { label: t.poolEnteredAt, kind: 'date' },
      { label: t.assignedAt, kind: 'date' },
    ],
    rows: rows.map((x): Cell[] => [
      String(x.id),
      text(field(x.id, 'owner')),
      coded(x.id, 'source'),
      coded(x.id, 'businessLine'),
      t.pools[x.from],
      t.pools[x.to],
      t.reasons[x.reason](rules),
      dayOf(field(x.id, 'poolEnteredAt')),
      dayOf(field(x.id, 'assignedAt')),
    ]),
  };
}

/** The figure columns of the source tables, as the heat table shows them (rates 1 decimal, ROI whole %). */
function figureColumns(w: LeadFlowExportWords): ExportColumn[] {
  const { t } = w;
  return [
    { label: t.supplied, kind: 'count' },
    { label: t.followUpRate(w.sla), kind: 'rate', digits: 1 },
    { label: t.conversionRate, kind: 'rate', digits: 1 },
    money(t.revenue, w),
    money(t.cost, w),
    money(t.costPerLead, w),
    { label: t.roi, kind: 'rate', digits: 0 },
  ];
}

const figures = (r: RollupFigures): Cell[] => [
  r.supplied,
  r.followUpRate,
  r.conversionRate,
  r.revenue,
  r.cost,
  r.costPerLead,
  r.roi,
];

/** Sources in the heat table's sort, then the company total when the model gives one. */
export function sourcesTable(
  r: Pick<LeadFlowResult, 'bySource' | 'bySourceLine' | 'alerts' | 'total'>,
  sort: SourceSort | null,
  w: LeadFlowExportWords,
): ExportTable {
  const rows = sourceTable(r, sort).map((s): Cell[] => [w.label('source', s.row.source), ...figures(s.row)]);
  if (r.total) rows.push([w.t.companyTotal, ...figures(r.total)]);
  return { name: w.t.tabs.sources, columns: [{ label: w.t.source, kind: 'text' }, ...figureColumns(w)], rows };
}

/** One row per (source, business line), sources in the heat table's sort, with whether it is under the alert line. */
export function sourceLinesTable(
  r: Pick<LeadFlowResult, 'bySource' | 'bySourceLine' | 'alerts'>,
  sort: SourceSort | null,
  w: LeadFlowExportWords,
): ExportTable {
  const { t, label } = w;
  const rows = sourceTable(r, sort).flatMap((s) =>
    s.lines.map((l): Cell[] => [
      label('source', l.row.source),
      label('businessLine', l.row.businessLine),
      ...figures(l.row),
      l.alert ? w.yes : w.no,
    ]),
  );
  return {
    name: t.exportSourceLines,
    columns: [
      { label: t.source, kind: 'text' },
      { label: t.businessLine, kind: 'text' },
      ...figureColumns(w),
      { label: t.alertCol, kind: 'text' },
    ],
    rows,
  };
}

/** Owners team by team in rank order, each team followed by its total row. */
export function ownersTable(r: Pick<LeadOwnersResult, 'owners' | 'teams'>, w: LeadFlowExportWords): ExportTable {
  const { t, label } = w;
  const teamName = (team: string | null) => (team === null ? t.noTeam : label('team', team));
  const cells = (x: OwnerFigures): Cell[] => [
    x.supplied,
    x.followedUp,
    x.followUpRate,
    x.conversionRate,
    x.revenue,
    x.slaBreaches,
    x.transitionsCaused,
  ];
  const rows: Cell[][] = [];
  for (const b of ownerBlocks(r)) {
    const team = teamName(b.team.team);
    for (const o of b.owners) rows.push([team, o.rank, o.owner, ...cells(o), o.alert ? w.yes : w.no]);
    rows.push([team, null, t.teamTotal(team), ...cells(b.team), null]);
  }
  return {
    name: t.tabs.owners,
    columns: [
      { label: t.team, kind: 'text' },
      { label: t.rank, kind: 'count' },
      { label: t.owner, kind: 'text' },
      { label: t.supplied, kind: 'count' },
      { label: t.followedOnTime(w.sla), kind: 'count' },
      { label: t.followRate, kind: 'rate', digits: 1 },
      { label: t.conversionRate, kind: 'rate', digits: 1 },
      money(t.revenue, w),
      { label: t.slaBreaches, kind: 'count' },
      { label: t.transitionsCaused, kind: 'count' },
      { label: t.alertCol, kind: 'text' },
    ],
    rows,
  };
}

/**
 * Reactivation candidates best value first (the tab's order): the tier in
 * words (`tierName`, as the tab titles it), the score at 1 decimal. With
 * `orders` (§7 extras: categories or past orders in the analysis) the
 * category, orders, amount and last order follow, as the tab shows them.
 */
export function reactivationTable(
  rows: readonly ReactivationCandidate[],
  tiers: ReadonlyMap<unknown, TierResult | null>,
  tierName: (tr: TierResult) => string,
  w: LeadFlowExportWords,
  orders = false,
): ExportTable {
  const { t, rules, field, label } = w;
  const num = (v: string | number | null): Cell => (typeof v === 'number' ? v : null);
  const table: ExportTable = {
    name: t.reactivation,
    columns: [
      { label: t.id, kind: 'text' },
      { label: t.pool, kind: 'text' },
      { label: t.reactivationReasonsCol, kind: 'text' },
      { label: t.tier, kind: 'text' },
      { label: t.score, kind: 'number', digits: 1 },
      { label: t.source, kind: 'text' },
      { label: t.businessLine, kind: 'text' },
      { label: t.industry, kind: 'text' },
      { label: t.region, kind: 'text' },
      { label: t.lastEngagementAt, kind: 'date' },
    ],
    rows: rows.map((c): Cell[] => {
      const tr = tiers.get(c.id) ?? null;
      const src = field(c.id, 'source');
      const line = field(c.id, 'businessLine');
      return [
        String(c.id),
        t.pools[c.pool],
        c.reasons.map((x) => t.reactivationReasons[x](rules)).join('; '),
        tr ? tierName(tr) : t.noTier,
        tr ? tr.score : null,
        src == null ? null : label('source', String(src)),
        line == null ? null : label('businessLine', String(line)),
        text(field(c.id, 'industry')),
        text(field(c.id, 'region')),
        dayOf(field(c.id, 'lastEngagementAt')),
        ...(orders
          ? [
              text(field(c.id, 'productCategory')),
              num(field(c.id, 'orders')),
              num(field(c.id, 'orderAmount')),
              dayOf(field(c.id, 'lastOrderAt')),
            ]
          : []),
      ];
    }),
  };
  if (!orders) return table;
  const extra: ExportColumn[] = [
    { label: t.productCategory, kind: 'text' },
    { label: t.orders, kind: 'count' },
    money(t.orderAmount, w),
    { label: t.lastOrderAt, kind: 'date' },
  ];
  return { ...table, columns: [...table.columns, ...extra] };
}

/** Transfers by owner (§7 extras): received, handed over, claimed, released, claims converted and their rate. */
export function transfersTable(r: TransferCounts, w: LeadFlowExportWords): ExportTable {
  const { t } = w;
  return {
    name: t.transfersTitle,
    columns: [
      { label: t.owner, kind: 'text' },
      { label: t.received, kind: 'count' },
      { label: t.handedOver, kind: 'count' },
      { label: t.claimed, kind: 'count' },
      { label: t.released, kind: 'count' },
      { label: t.claimConversion, kind: 'count' },
      { label: t.claimConversion, kind: 'rate', digits: 1 },
    ],
    rows: r.byOwner.map((o): Cell[] => [
      o.owner,
      o.received,
      o.handedOver,
      o.claimed,
      o.released,
      o.claimedConverted,
      o.claimConversionRate,
    ]),
  };
}

/** Transfers by kind (§7 extras), in the spec's order. */
export function transferKindsTable(r: TransferCounts, w: LeadFlowExportWords): ExportTable {
  const { t } = w;
  return {
    name: t.transfersTitle,
    columns: [
      { label: t.transferKindCol, kind: 'text' },
      { label: t.transfersCol, kind: 'count' },
    ],
    rows: TRANSFER_KINDS.map((k): Cell[] => [t.transferKinds[k], r.byKind[k]]),
  };
}

/** The public pools by product category (§7 extras), leads without one as "No category". */
export function categoryTable(rows: readonly CategoryReactivation[], w: LeadFlowExportWords): ExportTable {
  const { t } = w;
  return {
    name: t.byCategory,
    columns: [
      { label: t.productCategory, kind: 'text' },
      { label: t.pooled, kind: 'count' },
      { label: t.candidatesCol, kind: 'count' },
      { label: t.withOrders, kind: 'count' },
      { label: t.orders, kind: 'count' },
      money(t.orderAmount, w),
    ],
    rows: rows.map((r): Cell[] => [
      r.productCategory ?? t.noCategory,
      r.pooled,
      r.candidates,
      r.withOrders,
      r.orders,
      r.orderAmount,
    ]),
  };
}
