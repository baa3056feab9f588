/** funnel-forecast's export tables: the stages and the activities of a funnel (or the reps and the team's needs), in words. */
import type { Cell } from '../parse/csv.js';
import type { FunnelResult, FunnelTeamResult } from '../models/funnel-compute.js';
import type { FunnelStrings } from '../i18n/funnel-forecast/en.js';
import type { ExportTable } from './table.js';

type Row = Record<string, unknown>;
const rows = (v: unknown): Row[] =>
  (Array.isArray(v) ? v : []).filter((x): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x));

export interface FunnelExportWords {
  t: Pick<
    FunnelStrings,
    | 'stage'
    | 'count'
    | 'customers'
    | 'conversion'
    | 'pWin'
    | 'needed'
    | 'activity'
    | 'yieldPerUnit'
    | 'perUnit'
    | 'capacity'
    | 'rep'
    | 'target'
    | 'forecast'
    | 'gap'
    | 'highIntent'
    | 'teamNeeds'
  >;
  /** The feasibility column's header and its two values, as the planner shows them. */
  feasible: string;
  yes: string;
  no: string;
  currency: string;
  /** A stage's or an activity's name in words (its label, else the translated key). */
  stageName: (key: string) => string;
  activityName: (key: string) => string;
}

/** One funnel: a stages table (count, conversion to the next stage, win probability, new needed) and an activities table. */
export function funnelTables(r: FunnelResult, input: Row, w: FunnelExportWords): ExportTable[] {
  const t = w.t;
  const conv = Array.isArray(input.conversion) ? (input.conversion as unknown[]) : [];
  const stages: ExportTable = {
    name: t.stage,
    columns: [
      { label: t.stage, kind: 'text' },
      { label: `${t.count} (${t.customers})`, kind: 'count' },
      { label: t.conversion, kind: 'rate', digits: 1 },
      { label: t.pWin, kind: 'rate', digits: 2 },
      { label: t.needed, kind: 'count' },
    ],
    rows: rows(input.stages).map((s, i): Cell[] => {
      const k = String(s.key);
      return [
        w.stageName(k),
        s.count as Cell,
        typeof conv[i] === 'number' ? conv[i] : null,
        r.pWin[k] ?? null,
        r.needed[k] ?? null,
      ];
    }),
  };
  const acts = rows(input.activities);
  if (!r.activities.length) return [stages];
  return [
    stages,
    {
      name: t.activity,
      columns: [
        { label: t.activity, kind: 'text' },
        { label: t.stage, kind: 'text' },
        { label: `${t.yieldPerUnit} (${t.perUnit})`, kind: 'number', digits: 4 },
        { label: t.capacity, kind: 'count' },
        { label: t.needed, kind: 'count' },
        { label: w.feasible, kind: 'text' },
      ],
      rows: r.activities.map((a): Cell[] => {
        const given = acts.find((x) => x.key === a.key);
        return [
          w.activityName(a.key),
          typeof given?.stage === 'string' ? w.stageName(given.stage) : null,
          given?.yieldPerUnit as Cell,
          a.capacity,
          a.needed,
          a.feasible ? w.yes : w.no,
        ];
      }),
    },
  ];
}

/** A team: one row per rep, then what the team needs by stage and by activity. */
export function funnelTeamTables(r: FunnelTeamResult, input: Row, w: FunnelExportWords, total: string): ExportTable[] {
  const t = w.t;
  const money = (label: string) => ({ label: `${label} (${w.currency})`, kind: 'money' as const });
  // The valid reps' inputs, in the order of their results (skipped rows are left out, as the model does).
  const bad = new Set(r.invalid.map((v) => v.index));
  const reps = (Array.isArray(input.reps) ? (input.reps as unknown[]) : [])
    .filter((_, j) => !bad.has(j))
    .map((p) => (typeof p === 'object' && p !== null ? (p as Row) : {}));
  return [
    {
      name: t.rep,
      columns: [
        { label: t.rep, kind: 'text' },
        money(t.target),
        money(t.forecast),
        money(t.gap),
        { label: `${t.needed} · ${t.highIntent}`, kind: 'count' },
        { label: w.feasible, kind: 'text' },
      ],
      rows: [
        ...r.reps.map((y, k): Cell[] => {
          const p = reps[k] ?? {};
          const h = String(p.highIntentStage);
          return [y.name, p.target as Cell, y.forecastRevenue, y.gap, y.needed[h] ?? null, y.feasible ? w.yes : w.no];
        }),
        [total, r.total.target, r.total.forecastRevenue, r.total.gap, null, null],
      ],
    },
    {
      name: t.teamNeeds,
      columns: [
        { label: `${t.stage} / ${t.activity}`, kind: 'text' },
        { label: t.needed, kind: 'count' },
      ],
      rows: [
        ...Object.entries(r.total.needed).map(([k, n]): Cell[] => [w.stageName(k), n]),
        ...r.total.activities.map((a): Cell[] => [w.activityName(a.key), a.needed]),
      ],
    },
  ];
}
