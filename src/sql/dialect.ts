/**
 * The one place where SQL text is made from values: identifiers, string,
 * number and date literals, and the few expressions whose spelling differs
 * between warehouses (lists, day differences, filtered aggregates). Every
 * compiler in src/sql builds its SQL only from these, so quoting is audited
 * here once (test/node/sql-quote.test.ts).
 */
import { issuesOf, ModelInputError } from '../schemas/issues.js';
import { EN_SQL } from '../i18n/issues/en-sql.js';

const issue = issuesOf(EN_SQL);

export const SQL_DIALECTS = ['duckdb', 'postgres', 'spark', 'bigquery', 'snowflake'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** Dialects whose engines the test suite runs (the others are checked by snapshot only). */
export const TESTED_DIALECTS: readonly SqlDialect[] = ['duckdb', 'postgres'];

/** A condition and the text literal a list keeps when it holds. */
export type ListItem = readonly [condition: string, literal: string];

export interface Dialect {
  readonly name: SqlDialect;
  /** A quoted identifier (column or table name part). */
  ident(name: string, path?: string): string;
  /** A quoted string literal. */
  str(text: string, path?: string): string;
  /** A finite number as an exact DOUBLE. */
  num(x: number): string;
  /** ±Infinity as a DOUBLE. */
  infinity(sign: 1 | -1): string;
  /** A `YYYY-MM-DD` UTC day as a DATE literal. */
  date(day: string): string;
  /** The current UTC calendar day. */
  todayUtc(): string;
  /** Type names for DDL and casts. */
  readonly types: { double: string; text: string; textList: string; date: string; boolean: string; bigint: string };
  /** Whole days from a to b (b − a), both DATE. */
  days(a: string, b: string): string;
  /** The number of rows where cond holds (an aggregate). */
  countIf(cond: string): string;
  /** Σ expr over rows where cond holds, NULL when none (an aggregate). */
  sumIf(expr: string, cond: string): string;
  /** True when a DOUBLE is neither infinite nor NaN (NULL stays NULL). */
  isFinite(x: string): string;
  /** True when the text is empty after JavaScript's String.prototype.trim. */
  isBlank(text: string): string;
  /** True when the text list contains the literal. */
  listContains(list: string, literal: string): string;
  /** The number of elements of a list, NULLs included. */
  listLength(list: string): string;
  /** True when the list holds a NULL or an element that is none of the literals. */
  listHasOther(list: string, literals: readonly string[]): string;
  /** The literals whose conditions hold, in order, as a text list. */
  compactList(items: readonly ListItem[]): string;
  /** A whole number as text. */
  intText(x: string): string;
  /** Order text by code point whatever the database's collation. */
  binaryOrder(expr: string): string;
}

/** Characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
export const JS_WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Text every engine can hold: no NUL (Postgres text cannot), no lone UTF-16 surrogate (not UTF-8). */
function checkText(text: string, path: string, what: 'string' | 'identifier'): void {
  if (typeof text !== 'string') throw new ModelInputError([issue(path, 'sql_text', { of: what })]);
  if (text.includes('\u0000')) throw new ModelInputError([issue(path, 'sql_nul', { of: what })]);
  if (LONE_SURROGATE.test(text)) throw new ModelInputError([issue(path, 'sql_surrogate', {})]);
}

const hex4 = (c: string): string => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');

/** Control characters and the Unicode line separators, written as \u escapes where a dialect has them. */
const isControl = (ch: string): boolean =>
  ch < ' ' || (ch >= '\u007f' && ch <= '\u009f') || ch === '\u2028' || ch === '\u2029';

/** Backslash escapes (Spark, BigQuery): the quote, the backslash and every control character. */
function backslashEscape(text: string, quote: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += '\\' + quote;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (isControl(ch)) out += hex4(ch);
    else out += ch;
  }
  return out;
}

const doubled = (text: string, quote: string): string => text.split(quote).join(quote + quote);

/**
 * Template openers: dbt's Jinja reads `{{`, `{%` and `{#` anywhere in a model
 * file, and Spark substitutes `${…}` before it parses. A literal is split
 * between such characters (`'a{' || '{b'`) so the SQL text never holds one;
 * an identifier cannot be split, so it is refused.
 */
const TEMPLATE_OPENER = /[{$][{%#]/;
const splitTemplates = (text: string): string[] => text.split(/(?<=[{$])(?=[{%#])/);

function literal(text: string, path: string, quote: (piece: string) => string): string {
  checkText(text, path, 'string');
  const pieces = splitTemplates(text);
  return pieces.length === 1 ? quote(text) : `(${pieces.map(quote).join(' || ')})`;
}

function identifier(name: string, path: string, quote: (name: string) => string): string {
  checkText(name, path, 'identifier');
  if (name === '') throw new ModelInputError([issue(path, 'sql_identifier_empty', {})]);
  const t = TEMPLATE_OPENER.exec(name);
  if (t) throw new ModelInputError([issue(path, 'sql_template', { token: JSON.stringify(t[0]) })]);
  return quote(name);
}

/** Snowflake reads backslash escapes inside '…' as well as a doubled quote. */
function snowflakeEscape(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "''";
    else if (isControl(ch)) out += hex4(ch);
    else out += ch;
  }
  return out;
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** Postgres truncates longer identifiers silently, so two long names could become one column. */
const POSTGRES_MAX_IDENT_BYTES = 63;

/** The shortest text that reads back as the same double in every engine's string-to-double cast. */
function numberText(x: number, path = 'number'): string {
  if (!Number.isFinite(x)) throw new ModelInputError([issue(path, 'sql_finite', { got: String(x) })]);
  return Object.is(x, -0) ? '0' : String(x);
}

/** A finite number as an exact double: integers as they are, other values through a string cast (a decimal literal would be DECIMAL). */
const castDouble =
  (type: string) =>
  (x: number): string => {
    const t = numberText(x);
    return Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER
      ? `CAST(${t} AS ${type})`
      : `CAST('${t}' AS ${type})`;
  };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
function dateLiteral(day: string): string {
  const m = ISO_DAY.exec(day);
  if (!m || +m[1]! < 1) throw new ModelInputError([issue('asOf', 'sql_day', { got: day })]);
  return `DATE '${day}'`;
}

const inList = (expr: string, literals: readonly string[]): string =>
  literals.length ? `${expr} IN (${literals.join(', ')})` : 'FALSE';

const DUCKDB: Dialect = {
  name: 'duckdb',
  ident: (name, path = 'name') => identifier(name, path, (n) => `"${doubled(n, '"')}"`),
  str: (text, path = 'text') => literal(text, path, (t) => `'${doubled(t, "'")}'`),
  num: castDouble('DOUBLE'),
  infinity: (sign) => `CAST('${sign < 0 ? '-' : ''}inf' AS DOUBLE)`,
  date: dateLiteral,
  todayUtc: () => `CAST(timezone('UTC', current_timestamp) AS DATE)`,
  types: {
    double: 'DOUBLE',
    text: 'VARCHAR',
    textList: 'VARCHAR[]',
    date: 'DATE',
    boolean: 'BOOLEAN',
    bigint: 'BIGINT',
  },
  days: (a, b) => `(${b} - ${a})`,
  countIf: (c) => `COUNT(*) FILTER (WHERE ${c})`,
  sumIf: (e, c) => `SUM(${e}) FILTER (WHERE ${c})`,
  isFinite: (x) => `isfinite(${x})`,
  isBlank(t) {
    return `trim(${t}, ${this.str(JS_WHITESPACE)}) = ''`;
  },
  listContains: (l, lit) => `list_contains(${l}, ${lit})`,
  listLength: (l) => `len(${l})`,
  listHasOther: (l, lits) => `len(list_filter(${l}, lambda x: x IS NULL OR NOT (${inList('x', lits)}))) > 0`,
  compactList: (items) =>
    items.length
      ? `list_filter([${items.map(([c, v]) => `CASE WHEN ${c} THEN ${v} END`).join(', ')}], lambda x: x IS NOT NULL)`
      : `CAST([] AS VARCHAR[])`,
  intText: (x) => `CAST(${x} AS VARCHAR)`,
  binaryOrder: (e) => e,
};

const POSTGRES: Dialect = {
  ...DUCKDB,
  name: 'postgres',
  ident(name, path = 'name') {
    const q = DUCKDB.ident(name, path);
    if (utf8Length(name) > POSTGRES_MAX_IDENT_BYTES)
      throw new ModelInputError([
        issue(path, 'sql_identifier_length', { bytes: utf8Length(name), max: POSTGRES_MAX_IDENT_BYTES }),
      ]);
    return q;
  },
  // An E'' string means the same whatever standard_conforming_strings says.
  str: (text, path = 'text') =>
    literal(text, path, (t) =>
      t.includes('\\') ? `E'${doubled(t, "'").split('\\').join('\\\\')}'` : `'${doubled(t, "'")}'`,
    ),
  num: castDouble('DOUBLE PRECISION'),
  infinity: (sign) => `CAST('${sign < 0 ? '-' : ''}Infinity' AS DOUBLE PRECISION)`,
  todayUtc: () => `CAST(timezone('UTC', now()) AS DATE)`,
  types: {
    double: 'DOUBLE PRECISION',
    text: 'TEXT',
    textList: 'TEXT[]',
    date: 'DATE',
    boolean: 'BOOLEAN',
    bigint: 'BIGINT',
  },
  isFinite: (x) =>
    `(${x} NOT IN (CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION), CAST('NaN' AS DOUBLE PRECISION)))`,
  isBlank(t) {
    return `btrim(${t}, ${this.str(JS_WHITESPACE)}) = ''`;
  },
  listContains: (l, lit) => `COALESCE(${lit} = ANY(${l}), FALSE)`,
  listLength: (l) => `cardinality(${l})`,
  // <@ never matches a NULL element, so a NULL counts as other.
  listHasOther: (l, lits) =>
    lits.length ? `NOT (${l} <@ CAST(ARRAY[${lits.join(', ')}] AS TEXT[]))` : `cardinality(${l}) > 0`,
  compactList: (items) =>
    items.length
      ? `array_remove(CAST(ARRAY[${items.map(([c, v]) => `CASE WHEN ${c} THEN ${v} END`).join(', ')}] AS TEXT[]), NULL)`
      : `CAST(ARRAY[] AS TEXT[])`,
  intText: (x) => `CAST(${x} AS TEXT)`,
  binaryOrder: (e) => `${e} COLLATE "C"`,
};

const SPARK: Dialect = {
  name: 'spark',
  ident: (name, path = 'name') => identifier(name, path, (n) => '`' + doubled(n, '`') + '`'),
  str: (text, path = 'text') => literal(text, path, (t) => `'${backslashEscape(t, "'")}'`),
  num: castDouble('DOUBLE'),
  infinity: (sign) => `CAST('${sign < 0 ? '-' : ''}Infinity' AS DOUBLE)`,
  date: dateLiteral,
  todayUtc: () => `to_date(to_utc_timestamp(current_timestamp(), current_timezone()))`,
  types: {
    double: 'DOUBLE',
    text: 'STRING',
    textList: 'ARRAY<STRING>',
    date: 'DATE',
    boolean: 'BOOLEAN',
    bigint: 'BIGINT',
  },
  days: (a, b) => `datediff(${b}, ${a})`,
  countIf: (c) => `COUNT(*) FILTER (WHERE ${c})`,
  sumIf: (e, c) => `SUM(${e}) FILTER (WHERE ${c})`,
  isFinite: (x) => `(NOT isnan(${x}) AND abs(${x}) <> CAST('Infinity' AS DOUBLE))`,
  isBlank(t) {
    return `trim(BOTH ${this.str(JS_WHITESPACE)} FROM ${t}) = ''`;
  },
  listContains: (l, lit) => `array_contains(${l}, ${lit})`,
  listLength: (l) => `size(${l})`,
  listHasOther: (l, lits) => `exists(${l}, x -> x IS NULL OR NOT (${inList('x', lits)}))`,
  compactList: (items) =>
    items.length
      ? `filter(array(${items.map(([c, v]) => `CASE WHEN ${c} THEN ${v} END`).join(', ')}), x -> x IS NOT NULL)`
      : `CAST(array() AS ARRAY<STRING>)`,
  intText: (x) => `CAST(${x} AS STRING)`,
  binaryOrder: (e) => e,
};

const BIGQUERY: Dialect = {
  ...SPARK,
  name: 'bigquery',
  ident: (name, path = 'name') => identifier(name, path, (n) => '`' + backslashEscape(n, '`') + '`'),
  num: castDouble('FLOAT64'),
  infinity: (sign) => `CAST('${sign < 0 ? '-' : ''}inf' AS FLOAT64)`,
  todayUtc: () => `CURRENT_DATE('UTC')`,
  types: {
    double: 'FLOAT64',
    text: 'STRING',
    textList: 'ARRAY<STRING>',
    date: 'DATE',
    boolean: 'BOOL',
    bigint: 'INT64',
  },
  days: (a, b) => `DATE_DIFF(${b}, ${a}, DAY)`,
  countIf: (c) => `COUNTIF(${c})`,
  sumIf: (e, c) => `SUM(CASE WHEN ${c} THEN ${e} END)`,
  isFinite: (x) => `(NOT IS_INF(${x}) AND NOT IS_NAN(${x}))`,
  isBlank(t) {
    return `TRIM(${t}, ${this.str(JS_WHITESPACE)}) = ''`;
  },
  listContains: (l, lit) => `${lit} IN UNNEST(${l})`,
  listLength: (l) => `ARRAY_LENGTH(${l})`,
  listHasOther: (l, lits) => `EXISTS(SELECT 1 FROM UNNEST(${l}) AS x WHERE x IS NULL OR NOT (${inList('x', lits)}))`,
  compactList: (items) =>
    items.length
      ? `ARRAY(SELECT x FROM UNNEST([${items.map(([c, v]) => `CASE WHEN ${c} THEN ${v} END`).join(', ')}]) AS x WITH OFFSET AS o WHERE x IS NOT NULL ORDER BY o)`
      : `CAST([] AS ARRAY<STRING>)`,
  intText: (x) => `CAST(${x} AS STRING)`,
};

const SNOWFLAKE: Dialect = {
  ...DUCKDB,
  name: 'snowflake',
  str: (text, path = 'text') => literal(text, path, (t) => `'${snowflakeEscape(t)}'`),
  num: castDouble('FLOAT'),
  infinity: (sign) => `CAST('${sign < 0 ? '-' : ''}inf' AS FLOAT)`,
  todayUtc: () => `CAST(CONVERT_TIMEZONE('UTC', CURRENT_TIMESTAMP()) AS DATE)`,
  types: {
    double: 'FLOAT',
    text: 'VARCHAR',
    textList: 'ARRAY',
    date: 'DATE',
    boolean: 'BOOLEAN',
    bigint: 'NUMBER(38, 0)',
  },
  days: (a, b) => `DATEDIFF(day, ${a}, ${b})`,
  countIf: (c) => `COUNT_IF(${c})`,
  sumIf: (e, c) => `SUM(IFF(${c}, ${e}, NULL))`,
  isFinite: (x) => `(${x} NOT IN (CAST('inf' AS FLOAT), CAST('-inf' AS FLOAT), CAST('NaN' AS FLOAT)))`,
  isBlank(t) {
    return `TRIM(${t}, ${this.str(JS_WHITESPACE)}) = ''`;
  },
  listContains: (l, lit) => `ARRAY_CONTAINS(CAST(${lit} AS VARIANT), ${l})`,
  listLength: (l) => `ARRAY_SIZE(${l})`,
  listHasOther: (l, lits) =>
    `ARRAY_SIZE(FILTER(${l}, x -> x IS NULL OR IS_NULL_VALUE(x) OR NOT (${inList('CAST(x AS VARCHAR)', lits)}))) > 0`,
  compactList: (items) =>
    `ARRAY_CONSTRUCT_COMPACT(${items.map(([c, v]) => `CASE WHEN ${c} THEN ${v} END`).join(', ')})`,
  intText: (x) => `CAST(${x} AS VARCHAR)`,
  binaryOrder: (e) => `COLLATE(${e}, 'utf8')`,
};

export const DIALECTS: Readonly<Record<SqlDialect, Dialect>> = {
  duckdb: DUCKDB,
  postgres: POSTGRES,
  spark: SPARK,
  bigquery: BIGQUERY,
  snowflake: SNOWFLAKE,
};

/** The dialect by name, or a ModelInputError naming the supported ones. */
export function dialectOf(name: unknown): Dialect {
  if (typeof name === 'string' && Object.hasOwn(DIALECTS, name)) return DIALECTS[name as SqlDialect];
  throw new ModelInputError([
    issue('dialect', 'sql_dialect', {
      dialects: [...SQL_DIALECTS],
      got: typeof name === 'string' ? JSON.stringify(name) : String(name),
    }),
  ]);
}

/** A table name: dotted text (`analytics.leads`) or its parts, each quoted on its own. */
export function tableName(d: Dialect, table: string | readonly string[], path = 'table'): string {
  const parts = typeof table === 'string' ? table.split('.') : table;
  if (!parts.length) throw new ModelInputError([issue(path, 'sql_table', {})]);
  return parts.map((p, i) => d.ident(p, parts.length > 1 ? `${path}.${i}` : path)).join('.');
}

/** Dialects whose column names match without regard to case (DuckDB, Spark by default, BigQuery). */
const CASE_INSENSITIVE: ReadonlySet<SqlDialect> = new Set(['duckdb', 'spark', 'bigquery']);

/**
 * Check that column names stay distinct in the dialect (case-insensitive in
 * DuckDB, Spark and BigQuery) and are valid identifiers there.
 * `columns` maps a name to the path that gave it.
 */
export function checkColumns(d: Dialect, columns: readonly (readonly [name: string, path: string])[]): void {
  const seen = new Map<string, string>();
  for (const [name, path] of columns) {
    d.ident(name, path);
    const k = CASE_INSENSITIVE.has(d.name) ? name.toLowerCase() : name;
    const prev = seen.get(k);
    if (prev !== undefined)
      throw new ModelInputError([
        prev === name
          ? issue(path, 'sql_column_used', { column: name })
          : issue(path, 'sql_column_case', { column: name, dialect: d.name, other: prev }),
      ]);
    seen.set(k, name);
  }
}
