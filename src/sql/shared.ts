/** What every SQL compiler shares: the model's comparisons with their tolerance, exact division, layout. */
import { issuesOf, ModelInputError } from '../schemas/issues.js';
import { EN_SQL } from '../i18n/issues/en-sql.js';

import { EPS, dayNumber, isoDay } from '../models/math.js';
import { checkColumns, dialectOf, tableName, type Dialect, type SqlDialect } from './dialect.js';

const issue = issuesOf(EN_SQL);

/** A threshold as a DOUBLE literal; an infinite one (a huge limit times a factor) stays infinite. */
const bound = (d: Dialect, t: number): string => (Number.isFinite(t) ? d.num(t) : d.infinity(t > 0 ? 1 : -1));
/** `x ≥ t` with the models' tolerance (t − 1e-9 is computed here, as the model computes it). */
export const atLeastSql = (d: Dialect, x: string, t: number): string => `${x} >= ${bound(d, t - EPS)}`;
/** `x > t` with the tolerance. */
export const aboveSql = (d: Dialect, x: string, t: number): string => `${x} > ${bound(d, t + EPS)}`;
/** `x < t` with the tolerance (the negation of atLeast). */
export const belowSql = (d: Dialect, x: string, t: number): string => `${x} < ${bound(d, t - EPS)}`;

const f64 = new Float64Array(1);
const bits = new BigInt64Array(f64.buffer);
const fromBits = (b: bigint): number => {
  bits[0] = b;
  return f64[0]!;
};
const toBits = (x: number): bigint => {
  f64[0] = x;
  return bits[0]!;
};

/** Over the non-negative doubles (ordered as their bit patterns): the last x with ok(x), given ok(lo) and a monotone ok. */
function lastDouble(lo: number, hi: number, ok: (x: number) => boolean): number {
  let a = toBits(lo),
    b = toBits(hi);
  if (ok(hi)) return hi;
  while (b - a > 1n) {
    const m = (a + b) / 2n;
    if (ok(fromBits(m))) a = m;
    else b = m;
  }
  return fromBits(a);
}

/**
 * `v / r` for a DOUBLE v and a constant r > 0, exactly as IEEE division gives
 * it. Postgres raises an error where the quotient overflows to infinity or
 * underflows to zero, so those inputs take the value IEEE gives (±Infinity,
 * or 0, which compares as −0 does) before the division runs.
 */
export function divideSql(d: Dialect, v: string, r: number): string {
  if (r === 1) return v;
  if (r > 1) {
    // The smallest |v| whose quotient is not zero; below it the quotient is ±0.
    const firstNonZero = fromBits(toBits(lastDouble(0, 1, (x) => x / r === 0)) + 1n);
    return `CASE WHEN abs(${v}) < ${d.num(firstNonZero)} THEN ${d.num(0)} ELSE ${v} / ${d.num(r)} END`;
  }
  const lastFinite = lastDouble(0, Number.MAX_VALUE, (x) => Number.isFinite(x / r));
  if (lastFinite === Number.MAX_VALUE) return `${v} / ${d.num(r)}`;
  const h = d.num(lastFinite);
  return `CASE WHEN ${v} > ${h} THEN ${d.infinity(1)} WHEN ${v} < -${h} THEN ${d.infinity(-1)} ELSE ${v} / ${d.num(r)} END`;
}

/** The day of `asOf` (any ISO date the models accept, read as its UTC day) as a DATE literal, else today in UTC. */
export function asOfSql(d: Dialect, asOf: unknown): string {
  if (asOf == null) return d.todayUtc();
  const day = typeof asOf === 'string' ? dayNumber(asOf) : NaN;
  if (Number.isNaN(day)) throw new ModelInputError([issue('asOf', 'sql_date', {})]);
  return d.date(isoDay(day));
}

/** Names the generated SQL gives its own steps; a table of that name would be hidden by them. */
export const STEP_PREFIX = 'revops_';

/** The quoted table name, refusing names the generated steps use. */
export function sourceTable(d: Dialect, table: string | readonly string[], path: string): string {
  const parts = typeof table === 'string' ? table.split('.') : table;
  const last = parts[parts.length - 1];
  if (parts.length === 1 && typeof last === 'string' && last.toLowerCase().startsWith(STEP_PREFIX))
    throw new ModelInputError([issue(path, 'sql_step_prefix', { prefix: STEP_PREFIX, got: last })]);
  return tableName(d, table, path);
}

/** Options every compiler takes. */
export interface SqlTarget {
  /** `duckdb`, `postgres`, `spark`, `bigquery` or `snowflake`. */
  dialect: string;
}

/** The dialect of the options, with the columns checked. */
export function target(options: SqlTarget, columns: readonly (readonly [string, string])[]): Dialect {
  const d = dialectOf(options?.dialect);
  checkColumns(d, columns);
  return d;
}

/**
 * A WITH … SELECT statement from named steps and the final select. The text
 * is laid out as it is built, never re-indented afterwards: a literal may
 * hold a line break, and re-indenting would change it.
 */
export function withSteps(
  header: string,
  steps: readonly (readonly [name: string, body: string])[],
  select: string,
): string {
  const ctes = steps.map(([name, body]) => `${name} AS (\n${body}\n)`).join(',\n');
  return `-- ${header}\nWITH\n${ctes}\n${select}`;
}

/** A select list, one item a line, indented by `pad`. */
export const selectList = (items: readonly string[], pad = '  '): string => pad + items.join(`,\n${pad}`);

/** A column of an input table and the kind of value it holds (`id`: text or a whole number). */
export interface InputColumn {
  name: string;
  type: 'id' | 'text' | 'double' | 'textList' | 'boolean' | 'date';
}

/** An input table the SQL reads. */
export interface SqlInputTable {
  table: string | readonly string[];
  columns: InputColumn[];
}

/** One statement of compiled SQL. */
export interface SqlStatement {
  /** What it returns: `scores`, `transitions`, `sources`, `reactivation`, `rows`. */
  name: string;
  /** The statement, ending with `;` and a line break. */
  sql: string;
  /** Its output columns, in order. */
  columns: string[];
}

/** A model compiled to SQL: the statements and the input tables they read. */
export interface SqlProgram {
  model: string;
  dialect: SqlDialect;
  statements: SqlStatement[];
  inputs: SqlInputTable[];
}

/** CREATE TABLE for an input table (the column contract; `id` as text). */
export function createTableSql(dialect: string, input: SqlInputTable): string {
  const d = dialectOf(dialect);
  const type = (t: InputColumn['type']) => (t === 'id' ? d.types.text : d.types[t]);
  const cols = input.columns.map((c) => `  ${d.ident(c.name)} ${type(c.type)}`);
  return `CREATE TABLE ${tableName(d, input.table)} (\n${cols.join(',\n')}\n);\n`;
}
