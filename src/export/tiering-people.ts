/**
 * The tiering elements' exports for people (issue 12): headers in the element's words, tiers, routes,
 * reasons and factors by their names (the model's custom label, else the host's `codeLabels`, else ours),
 * scores and points rounded as the element shows them, shares as percentages. The machine-keyed list of
 * `./tiering.ts` (`points_<factor>`, codes) stays: it is the file the CRM re-imports.
 */
import type { ScoredTable, TierCounts } from '../views/tiering-table.js';
import type { TierResult } from '../models/tiering.js';
import type { Cell, ExportColumn, ExportTable } from './table.js';
import type { TieringStrings } from '../i18n/tiering/en.js';
import type { TieringTableStrings } from '../i18n/tiering-table/en.js';
import type { ActionStrings } from '../i18n/actions/en.js';

/** The words of a tiering export: headers, and the names of codes as the element shows them. */
export interface TieringPeopleWords {
  id: string;
  name: string;
  score: string;
  tier: string;
  /** The header of the "deep follow-up" (focus tier) column. */
  focus: string;
  route: string;
  reason: string;
  /** A factor's points column: "Points · Channel". */
  pointsOf: (factor: string) => string;
  records: string;
  share: string;
  yes: string;
  no: string;
  tierName: (key: string, label: string) => string;
  factorName: (key: string, label: string) => string;
  /** A route's name; null: the rows no rule routed. */
  routeName: (route: string | null) => string;
  reasonName: (reason: string) => string;
}

/** "A · Hot leads": the key the badge shows and the tier's name, as the tier filter lists them. */
const tierText = (w: Pick<TieringPeopleWords, 'tierName'>, t: { key: string; label: string }): string => {
  const name = w.tierName(t.key, t.label);
  return name && name !== t.key ? `${t.key} · ${name}` : t.key;
};

/**
 * The rows shown (display order): id, name, score (1 decimal, as the list), tier, focus (yes / no),
 * route and reason in words (leads), then each factor's points (2 decimals, as the row detail).
 */
export function tieringRowsTable(
  title: string,
  t: ScoredTable,
  rows: Int32Array,
  withRoute: boolean,
  w: TieringPeopleWords,
): ExportTable {
  const F = t.factors.length;
  const columns: ExportColumn[] = [
    { label: w.id, kind: 'text' },
    { label: w.name, kind: 'text' },
    { label: w.score, kind: 'number', digits: 1 },
    { label: w.tier, kind: 'text' },
    { label: w.focus, kind: 'text' },
    ...(withRoute
      ? [
          { label: w.route, kind: 'text' as const },
          { label: w.reason, kind: 'text' as const },
        ]
      : []),
    ...t.factors.map((f): ExportColumn => ({
      label: w.pointsOf(w.factorName(f.key, f.label)),
      kind: 'number',
      digits: 2,
    })),
  ];
  const tiers = t.tiers.map((x) => tierText(w, x));
  const out = new Array<Cell[]>(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const tier = t.tiers[t.tier[r]!]!;
    const row: Cell[] = [t.id[r], t.name[r], t.score[r]!, tiers[t.tier[r]!]!, tier.focus ? w.yes : w.no];
    if (withRoute) {
      const reason = t.reason[r];
      row.push(w.routeName(t.route[r] || null), reason ? w.reasonName(reason) : '');
    }
    for (let f = 0; f < F; f++) row.push(t.points[r * F + f]);
    out[k] = row;
  }
  return { name: title, columns, rows: out };
}

/** The tier counts as the element shows them: tier, records, share (%, 1 decimal), focus tier or not. */
export function tierCountsTable(title: string, c: TierCounts, w: TieringPeopleWords): ExportTable {
  return {
    name: title,
    columns: [
      { label: w.tier, kind: 'text' },
      { label: w.records, kind: 'count' },
      { label: w.share, kind: 'rate', digits: 1 },
      { label: w.focus, kind: 'text' },
    ],
    rows: c.tiers.map((x) => [tierText(w, x), x.count, x.share, x.focus ? w.yes : w.no]),
  };
}

/** The words of a card's export (its summary and contribution table). */
export interface TieringCardWords extends Omit<TieringPeopleWords, 'id' | 'records' | 'share' | 'pointsOf'> {
  factor: string;
  value: string;
  factorScore: string;
  weight: string;
  points: string;
  /** "Missing factors": the share of the weight without a value. */
  missingShare: string;
  /** A factor's value in words, as the what-if table shows it (option names, numbers, dates); '' when not set. */
  valueText: (factor: string, v: unknown) => string;
}

/**
 * One card's result: a summary row (record, score, tier, focus, route and reason when routed, the missing
 * weight share) and the contribution of each factor (value in words, score 1 decimal, weight %, points 2 decimals).
 */
export function tieringCardTables(
  titles: { summary: string; contributions: string },
  record: string,
  r: TierResult,
  routing: { route: string | null; reason: string | null } | null,
  w: TieringCardWords,
): ExportTable[] {
  const summary: ExportTable = {
    name: titles.summary,
    columns: [
      { label: w.name, kind: 'text' },
      { label: w.score, kind: 'number', digits: 1 },
      { label: w.tier, kind: 'text' },
      { label: w.focus, kind: 'text' },
      ...(routing
        ? [
            { label: w.route, kind: 'text' as const },
            { label: w.reason, kind: 'text' as const },
          ]
        : []),
      { label: w.missingShare, kind: 'rate', digits: 1 },
    ],
    rows: [
      [
        record,
        r.score,
        tierText(w, { key: r.tier, label: r.tierLabel }),
        r.focus ? w.yes : w.no,
        ...(routing ? [w.routeName(routing.route), routing.reason ? w.reasonName(routing.reason) : ''] : []),
        r.missingWeightShare,
      ],
    ],
  };
  const contributions: ExportTable = {
    name: titles.contributions,
    columns: [
      { label: w.factor, kind: 'text' },
      { label: w.value, kind: 'text' },
      { label: w.factorScore, kind: 'number', digits: 1 },
      { label: w.weight, kind: 'rate', digits: 1 },
      { label: w.points, kind: 'number', digits: 2 },
    ],
    rows: r.contributions.map((c) => [
      w.factorName(c.key, c.label),
      w.valueText(c.key, c.value),
      c.score,
      c.weight,
      c.points,
    ]),
  };
  return [summary, contributions];
}

/** How an element names codes: a tier, a factor (the model's label, else the host's, else ours), a route. */
export interface TieringNamers {
  tierName: (key: string, label: string) => string;
  factorName: (key: string, label: string) => string;
  routeName: (route: string) => string;
}

type Actions = Pick<ActionStrings, 'idCol' | 'yes' | 'no'>;

function codeWords(tt: TieringStrings, a: Actions, n: TieringNamers) {
  return {
    yes: a.yes,
    no: a.no,
    tierName: n.tierName,
    factorName: n.factorName,
    routeName: (r: string | null) => (r === null ? tt.noRoute : n.routeName(r)),
    reasonName: (r: string) => tt.reasons[r] ?? r,
  };
}

/** A table's export words, from the element's strings (tiering, table, actions) and its namers. */
export function tableWords(
  tt: TieringStrings,
  t: TieringTableStrings,
  a: Actions,
  n: TieringNamers,
): TieringPeopleWords {
  return {
    ...codeWords(tt, a, n),
    id: a.idCol,
    name: t.name,
    score: t.score,
    tier: t.tier,
    focus: tt.focus,
    route: t.route,
    reason: tt.reasonCol,
    pointsOf: t.sortFactor,
    records: t.recordsCol,
    share: t.shareCol,
  };
}

/** A card's export words; `valueText` names a factor's value as the what-if table shows it. */
export function cardWords(
  tt: TieringStrings,
  a: Actions,
  n: TieringNamers,
  valueText: TieringCardWords['valueText'],
): TieringCardWords {
  return {
    ...codeWords(tt, a, n),
    name: tt.recordCol,
    score: tt.score,
    tier: tt.tier,
    focus: tt.focus,
    route: tt.route,
    reason: tt.reasonCol,
    factor: tt.factor,
    value: tt.value,
    factorScore: tt.factorScore,
    weight: tt.weight,
    points: tt.points,
    missingShare: tt.missingShareCol,
    valueText,
  };
}
