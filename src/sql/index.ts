/**
 * The models as SQL for a warehouse (docs/warehouse.md): pure functions that
 * compile a model configuration into SELECT statements for DuckDB, Postgres,
 * Spark, BigQuery or Snowflake. The statements give the same results as the
 * TypeScript models (test/node/sql-equality.test.ts runs both).
 */
import { issuesOf, ModelInputError } from '../schemas/issues.js';
import { EN_SQL } from '../i18n/issues/en-sql.js';

import { dialectOf, SQL_DIALECTS, TESTED_DIALECTS, type SqlDialect } from './dialect.js';
import { leadFlowSql, type LeadFlowSqlOptions } from './lead-flow.js';
import { opportunitiesSql, type OpportunitiesSqlOptions } from './opportunities.js';
import type { SqlProgram } from './shared.js';
import { routeSql, tierSql, type RouteSqlOptions, type TieringSqlOptions } from './tiering.js';

const issue = issuesOf(EN_SQL);

export { SQL_DIALECTS, TESTED_DIALECTS, type SqlDialect };
export { tierSql, routeSql, type TieringSqlOptions, type RouteSqlOptions };
export { leadFlowSql, type LeadFlowSqlOptions };
export { opportunitiesSql, type OpportunitiesSqlOptions };
export { createTableSql, type SqlProgram, type SqlStatement, type SqlInputTable, type InputColumn } from './shared.js';

/** The models that compile to SQL, by their command-line names. */
export const SQL_MODELS = [
  'tier-lead',
  'tier-customer',
  'route-lead',
  'analyze-lead-flow',
  'assess-opportunities',
] as const;
export type SqlModelName = (typeof SQL_MODELS)[number];

/** Options of `toSql`: those of the model's compiler. */
export type ToSqlOptions = TieringSqlOptions & RouteSqlOptions & LeadFlowSqlOptions & OpportunitiesSqlOptions;

/** Compile a model by its command-line name; a ModelInputError names what cannot be compiled. */
export function toSql(model: string, options: ToSqlOptions): SqlProgram {
  switch (model) {
    case 'tier-lead':
      return tierSql({ ...options, preset: 'lead' });
    case 'tier-customer':
      return tierSql({ ...options, preset: 'customer' });
    case 'route-lead':
      return routeSql({ ...options, preset: 'lead' });
    case 'analyze-lead-flow':
      return leadFlowSql(options);
    case 'assess-opportunities':
      return opportunitiesSql(options);
    default:
      throw new ModelInputError([
        issue('model', 'sql_model', { model: JSON.stringify(model), models: [...SQL_MODELS] }),
      ]);
  }
}

/** An identifier quoted for the dialect (the helper every compiler uses). */
export const sqlIdentifier = (dialect: string, name: string): string => dialectOf(dialect).ident(name);
/** A string literal quoted for the dialect. */
export const sqlString = (dialect: string, text: string): string => dialectOf(dialect).str(text);
