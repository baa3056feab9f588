// The SQL of every model in every dialect, compared with the committed text in
// test/fixtures/sql/ (`UPDATE_SQL_SNAPSHOTS=1 npx tsx --test test/node/sql-snapshot.test.ts`
// rewrites it). Spark, BigQuery and Snowflake cannot run here: their SQL is
// checked by these snapshots and by the lexer (balanced parentheses, only
// their own quoting and functions), and documented as untested engines.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SQL_DIALECTS, SQL_MODELS, toSql, type SqlDialect } from '../../src/sql/index.js';
import { lex } from './sql-lex.js';

const dir = fileURLToPath(new URL('../fixtures/sql/', import.meta.url));
const update = process.env.UPDATE_SQL_SNAPSHOTS === '1';

const OPTIONS = { asOf: '2026-03-31', channelCosts: { web: 10000, fair: 20000 } };

/** Spellings that belong to other dialects and must not appear in a dialect's code. */
const FOREIGN: Record<SqlDialect, RegExp[]> = {
  duckdb: [/ANY\(/, /COUNTIF/, /COUNT_IF/, /datediff/i, /array_contains/i],
  postgres: [/list_/, /lambda/, /COUNTIF/, /COUNT_IF/, /datediff/i, /isfinite/],
  spark: [/list_/, /lambda/, /COUNTIF/, /COUNT_IF/, /ANY\(/, /DATE_DIFF/],
  bigquery: [/FILTER \(WHERE/, /list_/, /lambda/, /COUNT_IF/, /datediff\(/, / -> /],
  snowflake: [/FILTER \(WHERE/, /list_/, /lambda/, /COUNTIF\(/, /DATE_DIFF/, /ANY\(/],
};

describe('SQL snapshots of every model in every dialect', () => {
  for (const model of SQL_MODELS)
    for (const dialect of SQL_DIALECTS)
      it(`${model} · ${dialect}`, () => {
        const sql = toSql(model, { dialect, ...OPTIONS })
          .statements.map((s) => `-- statement: ${s.name}\n${s.sql}`)
          .join('\n');
        const file = join(dir, `${model}.${dialect}.sql`);
        if (update) {
          mkdirSync(dir, { recursive: true });
          writeFileSync(file, sql);
        }
        assert.ok(existsSync(file), `no snapshot ${file}: run with UPDATE_SQL_SNAPSHOTS=1 and review it`);
        assert.equal(sql, readFileSync(file, 'utf8'), `${model} · ${dialect} changed: review and update the snapshot`);
        const code = lex(dialect, sql)
          .filter((t) => t.kind === 'code')
          .map((t) => t.text)
          .join(' ');
        let depth = 0;
        for (const ch of code) {
          depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
          assert.ok(depth >= 0, 'a ) without its (');
        }
        assert.equal(depth, 0, 'parentheses balance');
        for (const re of FOREIGN[dialect]) assert.doesNotMatch(code, re, `${dialect} SQL holds ${re}`);
      });
});
