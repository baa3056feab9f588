/**
 * Opportunity alerts (docs/models.md §2, `assessOpportunities`) as one SQL
 * SELECT: one row per opportunity with its level, risk score, signals and
 * metrics, in the model's order.
 *
 * Input tables: opportunities (`id`, `stage` text; `amount` DOUBLE;
 * `stage_entered_at`, `expected_close_date` DATE, the UTC day; `key_account`
 * BOOLEAN; one text column per required field, named as the field) and
 * activities (`opportunity_id`, `type` text; `at` DATE). Rows the model would
 * list as invalid (no id, an unknown stage, a negative or non-finite amount,
 * no stage-entry day, an activity without type or day) are left out.
 */
import { issuesOf, ModelInputError } from '../schemas/issues.js';
import { EN_SQL } from '../i18n/issues/en-sql.js';

import { compilePipelineRules, OPPORTUNITY_SIGNAL_CODES, SUGGESTION_FOR_SIGNAL } from '../models/opportunities.js';
import {
  aboveSql,
  asOfSql,
  atLeastSql,
  belowSql,
  selectList,
  sourceTable,
  target,
  withSteps,
  type InputColumn,
  type SqlProgram,
  type SqlTarget,
} from './shared.js';

const issue = issuesOf(EN_SQL);

export interface OpportunitiesSqlOptions extends SqlTarget {
  /** The day of the assessment (an ISO date, read as its UTC day); default: today in UTC when the SQL runs. */
  asOf?: string | null;
  /** Partial pipeline rules, merged with the defaults as the model merges them. */
  rules?: unknown;
  /** The opportunities table; default `opportunities`. */
  table?: string | readonly string[];
  /** The activities table; default `opportunity_activities`. */
  activitiesTable?: string | readonly string[];
}

const BASE_COLUMNS: readonly InputColumn[] = [
  { name: 'id', type: 'text' },
  { name: 'amount', type: 'double' },
  { name: 'stage', type: 'text' },
  { name: 'stage_entered_at', type: 'date' },
  { name: 'expected_close_date', type: 'date' },
  { name: 'key_account', type: 'boolean' },
];

export const ACTIVITY_COLUMNS: readonly InputColumn[] = [
  { name: 'opportunity_id', type: 'text' },
  { name: 'type', type: 'text' },
  { name: 'at', type: 'date' },
];

/** Signal codes as column-name stems: `missing-fields` → `missing_fields_level`. */
const levelColumn = (code: string): string => `${code.replace(/-/g, '_')}_level`;

export const OPPORTUNITY_COLUMNS = [
  'id',
  'level',
  'risk_score',
  'key_account',
  'amount',
  'signals',
  'suggestions',
  'completeness',
  'compliance',
  'days_in_stage',
  'cycle_ratio',
  'days_idle',
  'last_activity_at',
  'missing_fields',
  'shortfall',
  'days_past_close',
  ...OPPORTUNITY_SIGNAL_CODES.map(levelColumn),
] as const;

/** Compile `assessOpportunities` to one statement, `rows`. */
export function opportunitiesSql(options: OpportunitiesSqlOptions): SqlProgram {
  const cp = compilePipelineRules(options.rules);
  const { stages } = cp;
  const th = cp.rules.thresholds;
  stages.forEach((s, k) => {
    if (s.standardDays < 1e-290)
      throw new ModelInputError([issue(`rules.stages.${k}.standardDays`, 'sql_standard_days', {})]);
  });
  const fields = stages[stages.length - 1]!.fields;
  const fieldPath = (f: string) => {
    const k = stages.findIndex((s) => s.fields.includes(f));
    return `rules.stages.${k}.requiredFields.${cp.rules.stages[k]!.requiredFields.indexOf(f)}`;
  };
  const d = target(options, [
    ...BASE_COLUMNS.map((c) => [c.name, c.name] as const),
    ...fields.map((f) => [f, fieldPath(f)] as const),
  ]);
  const table = options.table ?? 'opportunities';
  const activitiesTable = options.activitiesTable ?? 'opportunity_activities';
  const from = sourceTable(d, table, 'table');
  const actFrom = sourceTable(d, activitiesTable, 'activitiesTable');
  const asOf = asOfSql(d, options.asOf);
  const c = (name: string) => d.ident(name);
  const dbl = d.types.double;
  const zero = d.num(0);
  const types = [...new Set(stages.flatMap((s) => s.reqTypes))];
  const n = (type: string) => `n${types.indexOf(type)}`;
  /** An expression per stage, by the stage index k; stages it gives null for take `otherwise`. */
  const byStage = (each: (k: number) => string | null, otherwise = 'NULL') => {
    const whens = stages.flatMap((_, k) => {
      const e = each(k);
      return e === null ? [] : [`WHEN ${k} THEN ${e}`];
    });
    return whens.length ? `CASE k ${whens.join(' ')} ELSE ${otherwise} END` : otherwise;
  };

  const opportunities = selectList([
    `${c('id')} AS row_id`,
    `${c('amount')} AS amount`,
    `${c('stage')} AS stage`,
    `CASE ${c('stage')} ${stages.map((s, k) => `WHEN ${d.str(s.key, `rules.stages.${k}.key`)} THEN ${k}`).join(' ')} END AS k`,
    `${c('stage_entered_at')} AS entered`,
    `${c('expected_close_date')} AS close_date`,
    `${c('key_account')} AS key_account_flag`,
    ...fields.map((f, i) => `${d.ident(f, fieldPath(f))} AS f${i}`),
    `${asOf} AS as_of`,
  ]);
  const activities = selectList([`${c('opportunity_id')} AS oid`, `${c('type')} AS type`, `${c('at')} AS at`]);
  const counts = selectList([
    'o.row_id AS oid',
    `${d.countIf(`a.type IS NULL OR a.type = '' OR a.at IS NULL`)} AS bad`,
    'MAX(CASE WHEN a.at <= o.as_of THEN a.at END) AS last_at',
    ...types.map((t, j) => `${d.countIf(`a.type = ${d.str(t)} AND a.at >= o.entered AND a.at <= o.as_of`)} AS n${j}`),
  ]);
  const valid = [
    'o.row_id IS NOT NULL',
    `o.row_id <> ''`,
    'o.amount IS NOT NULL',
    `o.amount >= ${zero}`,
    d.isFinite('o.amount'),
    'o.k IS NOT NULL',
    'o.entered IS NOT NULL',
    'COALESCE(a.bad, 0) = 0',
  ];
  const validList = selectList([
    'o.*',
    'a.last_at AS last_at',
    ...types.map((_, j) => `COALESCE(a.n${j}, 0) AS n${j}`),
  ]);

  const daysIn = d.days('entered', 'as_of');
  const filled = (i: number) => `CASE WHEN f${i} IS NOT NULL AND NOT (${d.isBlank(`f${i}`)}) THEN 1 ELSE 0 END`;
  const completeness = byStage((k) => {
    const fs = stages[k]!.fields;
    if (!fs.length) return d.num(1);
    return `CAST(${fs.map((f) => filled(fields.indexOf(f))).join(' + ')} AS ${dbl}) / ${d.num(fs.length)}`;
  });
  const compliance = byStage((k) => {
    const s = stages[k]!;
    if (s.reqTotal === 0) return d.num(1);
    const met = s.reqTypes.map((t, j) => `LEAST(${n(t)}, ${s.reqCounts[j]})`).join(' + ');
    return `CAST(${met} AS ${dbl}) / ${d.num(s.reqTotal)}`;
  });
  const metrics = selectList([
    '*',
    `(COALESCE(key_account_flag, FALSE) OR ${atLeastSql(d, 'amount', cp.rules.keyAccountMinAmount)}) AS key_account`,
    `${daysIn} AS days_in_stage`,
    `CAST(${daysIn} AS ${dbl}) / ${byStage((k) => d.num(stages[k]!.standardDays))} AS cycle_ratio`,
    `${completeness} AS completeness`,
    `${compliance} AS compliance`,
    `COALESCE(${d.days('last_at', 'as_of')}, ${daysIn}) AS days_idle`,
  ]);

  const level = (critical: string, warning: string) =>
    `CASE WHEN ${critical} THEN 'critical' WHEN ${warning} THEN 'warning' END`;
  const levels: Record<(typeof OPPORTUNITY_SIGNAL_CODES)[number], string> = {
    'missing-fields': level(
      `key_account AND ${belowSql(d, 'completeness', th.completenessCritical)}`,
      `key_account AND ${belowSql(d, 'completeness', th.completenessWarn)}`,
    ),
    'stage-overdue': level(aboveSql(d, 'cycle_ratio', th.cycleCritical), aboveSql(d, 'cycle_ratio', th.cycleWarn)),
    'activity-shortfall': byStage((k) => {
      const s = stages[k]!;
      if (s.reqTotal === 0) return null;
      return `CASE WHEN ${belowSql(d, 'compliance', 1)} THEN ${level(
        aboveSql(d, 'days_in_stage', s.standardDays),
        atLeastSql(d, 'days_in_stage', s.standardDays / 2),
      )} END`;
    }),
    idle: byStage((k) =>
      level(aboveSql(d, 'days_idle', stages[k]!.idleCriticalDays), aboveSql(d, 'days_idle', stages[k]!.maxIdleDays)),
    ),
    'close-date-passed': `CASE WHEN close_date < as_of THEN 'critical' END`,
  };
  const lv = (code: string) => `l_${code.replace(/-/g, '_')}`;
  const signals = selectList(['*', ...OPPORTUNITY_SIGNAL_CODES.map((code) => `${levels[code]} AS ${lv(code)}`)]);

  const codes = OPPORTUNITY_SIGNAL_CODES;
  const any = (what: string) => codes.map((code) => `${lv(code)} = '${what}'`).join(' OR ');
  const riskScore = codes
    .map((code) => `CASE ${lv(code)} WHEN 'critical' THEN 3 WHEN 'warning' THEN 1 ELSE 0 END`)
    .join(' + ');
  const anySignal = codes.map((code) => `${lv(code)} IS NOT NULL`).join(' OR ');
  const missingFields = byStage((k) =>
    d.compactList(
      stages[k]!.fields.map((f) => {
        const i = fields.indexOf(f);
        return [`${filled(i)} = 0`, d.str(f, fieldPath(f))] as const;
      }),
    ),
  );
  const shortfall = byStage((k) => {
    const s = stages[k]!;
    if (s.reqTotal === 0) return null;
    const pieces = s.reqTypes.map(
      (t, j) =>
        `CASE WHEN ${n(t)} < ${s.reqCounts[j]} THEN ${d.str(`,${JSON.stringify(t)}:`)} || ${d.intText(`${s.reqCounts[j]} - ${n(t)}`)} ELSE '' END`,
    );
    return `'{' || SUBSTR(${pieces.join(' || ')}, 2) || '}'`;
  });
  const names = OPPORTUNITY_COLUMNS.map((col) => d.ident(col));
  const out = (expr: string, i: number) => `${expr} AS ${names[i]}`;
  const select = [
    'row_id',
    `CASE WHEN ${any('critical')} THEN 'critical' WHEN ${any('warning')} THEN 'warning' ELSE 'ok' END`,
    riskScore,
    'key_account',
    'amount',
    d.compactList(codes.map((code) => [`${lv(code)} IS NOT NULL`, `'${code}'`] as const)),
    d.compactList([
      ...codes.map((code) => [`${lv(code)} IS NOT NULL`, `'${SUGGESTION_FOR_SIGNAL[code]}'`] as const),
      [`key_account AND (${anySignal})`, "'key-account-response-plan'"] as const,
    ]),
    'completeness',
    'compliance',
    'days_in_stage',
    'cycle_ratio',
    'days_idle',
    'last_at',
    `CASE WHEN ${lv('missing-fields')} IS NOT NULL THEN ${missingFields} END`,
    `CASE WHEN ${lv('activity-shortfall')} IS NOT NULL THEN ${shortfall} END`,
    `CASE WHEN ${lv('close-date-passed')} IS NOT NULL THEN ${d.days('close_date', 'as_of')} END`,
    ...codes.map(lv),
  ].map(out);
  const rank = `CASE ${names[1]} WHEN 'critical' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END`;
  const sql = withSteps(
    `assess-opportunities (docs/models.md §2) for ${d.name}, generated by revops-elements; see docs/warehouse.md`,
    [
      ['revops_opportunities', `SELECT\n${opportunities}\nFROM ${from}`],
      ['revops_activities', `SELECT\n${activities}\nFROM ${actFrom}`],
      [
        'revops_activity_counts',
        `SELECT\n${counts}\nFROM revops_opportunities AS o\nJOIN revops_activities AS a ON a.oid = o.row_id\nGROUP BY o.row_id`,
      ],
      [
        'revops_valid',
        `SELECT\n${validList}\nFROM revops_opportunities AS o\nLEFT JOIN revops_activity_counts AS a ON a.oid = o.row_id\nWHERE ${valid.join('\n  AND ')}`,
      ],
      ['revops_metrics', `SELECT\n${metrics}\nFROM revops_valid`],
      ['revops_signals', `SELECT\n${signals}\nFROM revops_metrics`],
      ['revops_rows', `SELECT\n${selectList(select)}\nFROM revops_signals`],
    ],
    // Level, risk score and amount, all descending; the id breaks ties (a table has no input order).
    `SELECT *\nFROM revops_rows\nORDER BY ${rank} DESC, ${names[2]} DESC, ${names[4]} DESC, ${d.binaryOrder(names[0]!)}`,
  );
  return {
    model: 'assess-opportunities',
    dialect: d.name,
    statements: [{ name: 'rows', sql: sql + ';\n', columns: [...OPPORTUNITY_COLUMNS] }],
    inputs: [
      { table, columns: [...BASE_COLUMNS, ...fields.map((name): InputColumn => ({ name, type: 'text' }))] },
      { table: activitiesTable, columns: [...ACTIVITY_COLUMNS] },
    ],
  };
}
