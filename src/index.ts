/**
 * revops-elements/models: the pure model layer (./models-core.ts) and the
 * models as SQL for a warehouse (./sql, also `revops-elements/sql`). No DOM,
 * no clock, no I/O: the same functions run in the browser, in workers and in Node 20.
 */
export * from './models-core.js';

// The models as SQL for a warehouse (docs/warehouse.md)
export {
  toSql,
  tierSql,
  routeSql,
  leadFlowSql,
  opportunitiesSql,
  createTableSql,
  sqlIdentifier,
  sqlString,
  SQL_MODELS,
  SQL_DIALECTS,
  TESTED_DIALECTS,
  type SqlDialect,
  type SqlModelName,
  type SqlProgram,
  type SqlStatement,
  type SqlInputTable,
  type InputColumn,
  type ToSqlOptions,
} from './sql/index.js';
