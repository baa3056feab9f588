/**
 * Value tiering and routing (docs/models.md §1) as one SQL SELECT: every row of an
 * input table scored as `tierLead` / `tierCustomer` scores it, and routed as
 * `routeLead` routes it.
 *
 * Input table: `id` and one column per factor key (bands: DOUBLE; options:
 * text; multi: a text list), plus a BOOLEAN column per routing flag that is
 * not a factor. NULL is a missing value.
 */
import { issuesOf, ModelInputError, parseOrThrow } from '../schemas/issues.js';
import { EN_SQL } from '../i18n/issues/en-sql.js';

import { PRESETS, type PresetName } from '../models/presets.js';
import { compileModel, type CompiledModel } from '../models/tiering.js';
import { defaultRouteRules } from '../models/routing.js';
import { ROUTE_CONDITIONS, routeInputSchema, type RouteRule } from '../schemas/tiering.js';
import { checkColumns, type Dialect } from './dialect.js';
import {
  atLeastSql,
  divideSql,
  selectList,
  sourceTable,
  target,
  withSteps,
  type InputColumn,
  type SqlProgram,
  type SqlTarget,
} from './shared.js';

const issue = issuesOf(EN_SQL);

export interface TieringSqlOptions extends SqlTarget {
  /** A tiering model; default: the preset. */
  model?: unknown;
  /** The preset used without a model: `lead` (default) or `customer`. */
  preset?: PresetName;
  /** The input table (`schema.table` or its parts); default `leads` for the lead preset, `customers` for the customer preset. */
  table?: string | readonly string[];
}

export interface RouteSqlOptions extends TieringSqlOptions {
  /** Route rules (`RouteRule[]`); default: the seed's rules for the model's tiers. */
  rules?: unknown;
}

/** The output columns every tiering statement has, before the per-factor points. */
export const TIER_COLUMNS = ['id', 'score', 'tier', 'focus', 'missing_weight_share', 'missing'] as const;
/** The prefix of the per-factor points columns (`points_<factor key>`). */
export const POINTS_PREFIX = 'points_';

interface Compiled {
  cm: CompiledModel;
  table: string | readonly string[];
}

function compile(options: TieringSqlOptions): Compiled {
  const preset = options.preset ?? 'lead';
  if (!Object.hasOwn(PRESETS, preset))
    throw new ModelInputError([issue('preset', 'sql_preset', { got: String(JSON.stringify(preset)) })]);
  const cm = compileModel(options.model ?? PRESETS[preset]);
  const aging = cm.factors.findIndex((f) => f.halfLife !== null);
  if (aging >= 0) throw new ModelInputError([issue(`model.factors.${aging}.decay`, 'sql_no_form', { what: 'decay' })]);
  checkMagnitudes(cm);
  return { cm, table: options.table ?? (preset === 'customer' ? 'customers' : 'leads') };
}

/**
 * Postgres raises an error where a product or quotient of doubles underflows
 * to zero or overflows; the model gives 0 or infinity there. Real weights
 * and scores are nowhere near; refuse the rest with a clear message.
 */
function checkMagnitudes(cm: CompiledModel): void {
  const T = cm.totalWeight;
  const tooSmall = (x: number) => x !== 0 && Math.abs(x) < 1e-290;
  cm.factors.forEach((f, i) => {
    const scores = f.kind === 'bands' ? f.scores : [...f.options!.values()];
    if (f.kind === 'multi') scores.push(f.cap);
    const ok =
      Number.isFinite(T) &&
      Number.isFinite(f.weight * 100) &&
      !tooSmall(f.weight / T) &&
      scores.every((s) => s === 0 || (!tooSmall(f.weight * s) && !tooSmall((f.weight * s) / T)));
    if (!ok) throw new ModelInputError([issue(`model.factors.${i}.weight`, 'sql_weight', {})]);
  });
}

/** Input columns of a tiering model (plus routing flag columns that name no factor). */
export function tieringInputColumns(cm: CompiledModel, flags: readonly string[] = []): InputColumn[] {
  const keys = new Set(cm.factors.map((f) => f.key));
  return [
    { name: 'id', type: 'id' },
    ...cm.factors.map((f): InputColumn => ({
      name: f.key,
      type: f.kind === 'bands' ? 'double' : f.kind === 'multi' ? 'textList' : 'text',
    })),
    ...[...new Set(flags)].filter((k) => !keys.has(k)).map((name): InputColumn => ({ name, type: 'boolean' })),
  ];
}

/** Where a value is read: the factor's column (`v<i>`) or a flag column (`g<j>`). */
interface Names {
  d: Dialect;
  cm: CompiledModel;
  flags: string[];
}

/** The SQL of factor i's contribution w·s (NULL when the value is missing or invalid for options and bands). */
function contribution(n: Names, i: number): { c: string; bad: string } {
  const { d, cm } = n;
  const f = cm.factors[i]!;
  const v = `v${i}`;
  const w = f.weight;
  switch (f.kind) {
    case 'options': {
      const whens = [...f.options!].map(([value, s]) => `WHEN ${d.str(value)} THEN ${d.num(w * s)}`);
      return { c: `CASE ${v} ${whens.join(' ')} END`, bad: `(${v} IS NOT NULL AND c${i} IS NULL)` };
    }
    case 'multi': {
      // Distinct options chosen, summed in option order (the model adds them in list order: equal for
      // whole-number scores, within a few units in the last place otherwise), capped.
      const has = [...f.options!].map(([value]) => d.listContains(v, d.str(value)));
      const parts = [...f.options!].map(([, s], j) => `CASE WHEN ${has[j]} THEN ${d.num(s)} ELSE ${d.num(0)} END`);
      const options = [...f.options!.keys()].map((k) => d.str(k));
      // As many distinct known options as elements: nothing else in the list, so the costlier
      // element-by-element check runs only for lists with repeats, NULLs or unknown items.
      const known = has.map((h) => `CASE WHEN ${h} THEN 1 ELSE 0 END`).join(' + ');
      return {
        c: `CASE WHEN ${v} IS NULL THEN NULL ELSE ${d.num(w)} * LEAST(${parts.join(' + ')}, ${d.num(f.cap)}) END`,
        bad: `(${v} IS NOT NULL AND CASE WHEN ${d.listLength(v)} = ${known} THEN FALSE ELSE ${d.listHasOther(v, options)} END)`,
      };
    }
    case 'bands': {
      // The last band reached, found from the top (band mins ascend, so the bands reached are a prefix).
      const whens: string[] = [];
      for (let b = f.mins.length - 1; b >= 0; b--)
        whens.push(`WHEN ${atLeastSql(d, `x${i}`, f.mins[b]!)} THEN ${d.num(w * f.scores[b]!)}`);
      return {
        c: `CASE WHEN ${v} IS NULL OR NOT ${d.isFinite(v)} THEN NULL ${whens.join(' ')} ELSE ${d.num(0)} END`,
        bad: `(${v} IS NOT NULL AND c${i} IS NULL)`,
      };
    }
  }
}

/** JavaScript truthiness of a value key, as `flags` reads it. */
function truthy(n: Names, key: string): string {
  const i = n.cm.factors.findIndex((f) => f.key === key);
  if (i < 0) return `COALESCE(g${n.flags.indexOf(key)}, FALSE)`;
  const kind = n.cm.factors[i]!.kind;
  const v = `v${i}`;
  if (kind === 'multi') return `(${v} IS NOT NULL)`; // a list is truthy, even empty
  if (kind === 'bands') return `COALESCE(${v} <> ${n.d.num(0)}, FALSE)`;
  return `COALESCE(${v} <> '', FALSE)`;
}

type When = RouteRule['when'];

/**
 * One function per kind of route condition: its SQL over the tiered row
 * (`tier`, `missing_weight_share`, the value columns). A new kind of
 * condition in the routing schema is one more entry here; the type demands it.
 */
const CONDITIONS: {
  [K in (typeof ROUTE_CONDITIONS)[number]]: ((value: NonNullable<When[K]>, n: Names) => string) | null;
} = {
  tiers: (tiers, n) => (tiers.length ? `tier IN (${tiers.map((t) => n.d.str(t)).join(', ')})` : 'FALSE'),
  minMissingWeightShare: (t, n) => atLeastSql(n.d, 'missing_weight_share', t),
  flags: (flags, n) => (flags.length ? flags.map((f) => truthy(n, f)).join(' AND ') : 'TRUE'),
  // Value and field tests have no SQL form yet (docs/models.md §1 value conditions): ruleSql rejects them by path.
  values: null,
  fields: null,
};

function ruleSql(rule: RouteRule, n: Names, path: string): string {
  const parts: string[] = [];
  for (const [kind, value] of Object.entries(rule.when)) {
    if (value == null) continue;
    if (!Object.hasOwn(CONDITIONS, kind))
      throw new ModelInputError([issue(`${path}.when.${kind}`, 'sql_route_condition', {})]);
    const sql = CONDITIONS[kind as keyof typeof CONDITIONS];
    if (!sql) throw new ModelInputError([issue(`${path}.when.${kind}`, 'sql_no_form', { what: 'value-test' })]);
    parts.push((sql as (v: unknown, n: Names) => string)(value, n));
  }
  return parts.length ? parts.map((p) => `(${p})`).join(' AND ') : 'TRUE';
}

function parseRules(rules: unknown, cm: CompiledModel): RouteRule[] {
  if (rules == null) return defaultRouteRules(cm);
  // The routing schema checks the rules; the result and values it also needs are stand-ins.
  return parseOrThrow(routeInputSchema, { result: { tier: '', missingWeightShare: 0 }, rules }).rules!;
}

function tieringStatement(options: TieringSqlOptions, label: string, route?: { rules: RouteRule[] }): SqlProgram {
  const { cm, table } = compile(options);
  const flags = route ? [...new Set(route.rules.flatMap((r) => r.when.flags ?? []))] : [];
  const factorKeys = new Set(cm.factors.map((f) => f.key));
  const flagColumns = flags.filter((k) => !factorKeys.has(k));
  const points = cm.factors.map((f) => POINTS_PREFIX + f.key);
  const outputs = [...TIER_COLUMNS, ...points, 'invalid', ...(route ? ['route', 'reason'] : [])];
  const d = target(options, [
    ['id', 'id'],
    ...cm.factors.map((f, i) => [f.key, `model.factors.${i}.key`] as const),
    ...flagColumns.map((k) => [k, `rules (flag ${k})`] as const),
  ]);
  checkColumns(d, [
    ...TIER_COLUMNS.map((c) => [c, c] as const),
    ...points.map((p, i) => [p, `model.factors.${i}.key`] as const),
    ...['invalid', 'route', 'reason'].map((c) => [c, c] as const),
  ]);
  const from = sourceTable(d, table, 'table');
  const n: Names = { d, cm, flags: flagColumns };
  const T = d.num(cm.totalWeight);
  const zero = d.num(0);
  const vs = cm.factors.map((_, i) => `v${i}`);
  const gs = flagColumns.map((_, j) => `g${j}`);
  const cs = cm.factors.map((_, i) => `c${i}`);
  const built = cm.factors.map((_, i) => contribution(n, i));

  const input = selectList([
    `${d.ident('id')} AS row_id`,
    ...cm.factors.map((f, i) => `${d.ident(f.key, `model.factors.${i}.key`)} AS v${i}`),
    // The value against its reference (bands), divided exactly as the model divides.
    ...cm.factors.flatMap((f, i) =>
      f.kind === 'bands'
        ? [`${f.reference === null ? d.ident(f.key) : divideSql(d, d.ident(f.key), f.reference)} AS x${i}`]
        : [],
    ),
    ...flagColumns.map((k, j) => `${d.ident(k, 'rules')} AS g${j}`),
  ]);
  const xs = cm.factors.flatMap((f, i) => (f.kind === 'bands' ? [`x${i}`] : []));
  const factors = selectList(['row_id', ...vs, ...xs, ...gs, ...built.map((b, i) => `${b.c} AS c${i}`)]);
  const bad = built.map((b) => b.bad);
  const scores = selectList([
    'row_id',
    ...vs,
    ...gs,
    ...cs,
    `(${bad.join(' OR ')}) AS is_invalid`,
    `(${cs.map((c) => `COALESCE(${c}, ${zero})`).join(' + ')}) / ${T} AS score`,
    `(${cm.factors.map((f, i) => `CASE WHEN v${i} IS NULL THEN ${d.num(f.weight)} ELSE ${zero} END`).join(' + ')}) / ${T} AS missing_weight_share`,
    // Most rows miss nothing: the list is built only for those that do.
    `CASE WHEN ${vs.map((v) => `${v} IS NOT NULL`).join(' AND ')} THEN ${d.compactList([])} ELSE ${d.compactList(cm.factors.map((f, i) => [`v${i} IS NULL`, d.str(f.key)] as const))} END AS missing_keys`,
  ]);
  const tiers = cm.tiers;
  const last = tiers[tiers.length - 1]!;
  const tierCase = [
    'CASE WHEN is_invalid THEN NULL',
    ...tiers.slice(0, -1).map((t) => `WHEN ${atLeastSql(d, 'score', t.minScore)} THEN ${d.str(t.key)}`),
    `ELSE ${d.str(last.key)} END`,
  ].join(' ');
  const tiered = selectList(['*', `${tierCase} AS tier`]);

  const focus = tiers.filter((t) => t.focus).map((t) => d.str(t.key));
  const ifValid = (e: string) => `CASE WHEN is_invalid THEN NULL ELSE ${e} END`;
  const select = [
    `row_id AS ${d.ident('id')}`,
    `${ifValid('score')} AS ${d.ident('score')}`,
    `tier AS ${d.ident('tier')}`,
    `${ifValid(focus.length ? `tier IN (${focus.join(', ')})` : 'FALSE')} AS ${d.ident('focus')}`,
    `${ifValid('missing_weight_share')} AS ${d.ident('missing_weight_share')}`,
    `${ifValid('missing_keys')} AS ${d.ident('missing')}`,
    ...cm.factors.map(
      (_f, i) => `${ifValid(`COALESCE(c${i}, ${zero}) / ${T}`)} AS ${d.ident(points[i]!, `model.factors.${i}.key`)}`,
    ),
    `CASE WHEN is_invalid THEN ${d.compactList(bad.map((b, i) => [b, d.str(cm.factors[i]!.key)] as const))} END AS ${d.ident('invalid')}`,
  ];
  if (route) {
    const conds = route.rules.map((r, i) => ruleSql(r, n, `rules.${i}`));
    const pick = (value: (r: RouteRule) => string | null | undefined) =>
      [
        'CASE WHEN is_invalid THEN NULL',
        ...route.rules.map((r, i) => {
          const v = value(r);
          return `WHEN ${conds[i]} THEN ${v == null ? 'NULL' : d.str(v)}`;
        }),
        'END',
      ].join(' ');
    select.push(`${pick((r) => r.route)} AS ${d.ident('route')}`);
    select.push(`${pick((r) => r.reason)} AS ${d.ident('reason')}`);
  }
  const sql = withSteps(
    `${label} (docs/models.md §1) for ${d.name}, generated by revops-elements; see docs/warehouse.md`,
    [
      ['revops_input', `SELECT\n${input}\nFROM ${from}`],
      ['revops_factors', `SELECT\n${factors}\nFROM revops_input`],
      ['revops_scores', `SELECT\n${scores}\nFROM revops_factors`],
      ['revops_tiers', `SELECT\n${tiered}\nFROM revops_scores`],
    ],
    `SELECT\n${selectList(select)}\nFROM revops_tiers`,
  );
  return {
    model: label,
    dialect: d.name,
    statements: [{ name: 'scores', sql: sql + ';\n', columns: outputs }],
    inputs: [{ table, columns: tieringInputColumns(cm, flags) }],
  };
}

/** `tierLead` (or `tierCustomer` with `preset: 'customer'`) as one SELECT. */
export function tierSql(options: TieringSqlOptions): SqlProgram {
  return tieringStatement(options, options.preset === 'customer' ? 'tier-customer' : 'tier-lead');
}

/** `tierLead` followed by `routeLead` as one SELECT: the tier columns plus `route` and `reason`. */
export function routeSql(options: RouteSqlOptions): SqlProgram {
  const preset = options.preset ?? 'lead';
  const cm = compileModel(options.model ?? PRESETS[preset] ?? PRESETS.lead);
  return tieringStatement(options, 'route-lead', { rules: parseRules(options.rules, cm) });
}
