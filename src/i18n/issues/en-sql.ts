/** English wording of the SQL compilers' codes (toSql; see en-base.ts). */
import type { IssueStrings } from '../../schemas/issue-codes.js';

export const EN_SQL = {
  sql_model: (p) => `${p.model} has no SQL form; models with one: ${p.models.join(', ')}`,
  sql_preset: (p) => `must be "lead" or "customer" (got ${p.got})`,
  sql_weight: () =>
    'is too large or too small for SQL: weight × score and weight / Σ weight must stay within 1e-290 … 1e306',
  sql_route_condition: () => 'is a route condition the SQL compiler does not know',
  sql_no_form: (p) =>
    `has no SQL form yet (${p.what === 'decay' ? 'a factor that ages' : p.what === 'past-orders' ? 'product category and past orders' : 'a value or field test'}); run the model in JavaScript or the CLI instead`,
  sql_standard_days: () => 'is too small for SQL: days in stage / standardDays must stay finite',
  sql_date: () => 'must be an ISO 8601 date such as 2026-03-31',
  sql_step_prefix: (p) => `must not start with "${p.prefix}": the generated SQL names its own steps so (got ${p.got})`,
  sql_text: (p) => `must be text for SQL ${p.of}`,
  sql_nul: (p) => `contains a NUL character, which SQL ${p.of}s cannot hold`,
  sql_surrogate: () => 'contains a lone UTF-16 surrogate, which is not valid UTF-8',
  sql_identifier_empty: () => 'must not be empty for an SQL identifier',
  sql_template: (p) =>
    `contains ${p.token}, which dbt (Jinja) or Spark would read as a template in a column name; rename it`,
  sql_finite: (p) => `must be a finite number for SQL (got ${p.got})`,
  sql_day: (p) => `must be a day from 0001-01-01 to 9999-12-31 (got ${p.got})`,
  sql_identifier_length: (p) =>
    `is ${p.bytes} bytes long; Postgres identifiers hold at most ${p.max} bytes (longer ones are cut, and two names could become one)`,
  sql_dialect: (p) => `must be one of ${p.dialects.join(', ')} (got ${p.got})`,
  sql_table: () => 'must name a table',
  sql_column_used: (p) => `gives the column ${JSON.stringify(p.column)}, which the SQL already uses (rename it)`,
  sql_column_case: (p) =>
    `gives the column ${JSON.stringify(p.column)}, which ${p.dialect} cannot tell from ${JSON.stringify(p.other)} (column names ignore case there)`,
} satisfies Partial<IssueStrings>;
