/**
 * The two SQL engines the equality tests run: DuckDB (@duckdb/node-api, a
 * native binary shipped in the package) and Postgres (@electric-sql/pglite,
 * Postgres compiled to WASM). Each loads a table from plain rows typed by the
 * compiler's column contract and returns query results as plain values
 * (numbers, text, booleans, `YYYY-MM-DD` days, lists, null).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, LIST, VARCHAR, dateValue, type DuckDBConnection } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { dayNumber } from '../../src/models/math.js';
import { createTableSql, sqlIdentifier, type InputColumn } from '../../src/sql/index.js';

/** A value of an input row: text, number, boolean, a list of text (items may be null), a `YYYY-MM-DD` day, or null. */
export type Cell = string | number | boolean | readonly (string | null)[] | null;
export type Row = Record<string, Cell>;

export interface Engine {
  name: 'duckdb' | 'postgres';
  /** Create `table` with the columns and load the rows (missing keys are NULL). */
  load(table: string, columns: readonly InputColumn[], rows: readonly Row[]): Promise<void>;
  /** Run one statement; rows as arrays in column order. */
  query(sql: string): Promise<{ columns: string[]; rows: unknown[][] }>;
  close(): Promise<void>;
}

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** Plain values from an engine's result cell. */
function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return isoDay(v);
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

export async function duckdb(): Promise<Engine> {
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const con: DuckDBConnection = await db.connect();
  return {
    name: 'duckdb',
    async load(table, columns, rows) {
      await con.run(`DROP TABLE IF EXISTS ${sqlIdentifier('duckdb', table)}`);
      await con.run(createTableSql('duckdb', { table, columns: [...columns] }));
      const app = await con.createAppender(table);
      for (const row of rows) {
        for (const c of columns) {
          const v = Object.hasOwn(row, c.name) ? row[c.name] : null;
          if (v === null || v === undefined) app.appendNull();
          else if (c.type === 'double') app.appendDouble(v as number);
          else if (c.type === 'boolean') app.appendBoolean(v as boolean);
          else if (c.type === 'date') app.appendDate(dateValue(dayNumber(v as string)));
          else if (c.type === 'textList') app.appendList(v as (string | null)[], LIST(VARCHAR));
          else app.appendVarchar(String(v));
        }
        app.endRow();
      }
      app.closeSync();
    },
    async query(sql) {
      const reader = await con.runAndReadAll(sql);
      return { columns: reader.columnNames(), rows: reader.getRowsJS().map((r) => r.map(plain)) };
    },
    async close() {
      con.closeSync();
      db.closeSync();
    },
  };
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A fresh Postgres. Creating its data directory (initdb in WASM) takes 15 s on
 * a busy 2-core machine; a dump of it is kept in node_modules/.cache and
 * loaded in about 2 s on later runs.
 */
async function startPglite(): Promise<PGlite> {
  const pkg = join(root, 'node_modules/@electric-sql/pglite/package.json');
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  const dir = join(root, 'node_modules/.cache/revops-sql');
  const file = join(dir, `pglite-${version}.tar`);
  if (existsSync(file)) {
    try {
      return await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) });
    } catch {
      // A damaged cache: start afresh below and replace it.
    }
  }
  const pg = await PGlite.create();
  try {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a test process starting alongside never reads half a file.
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, Buffer.from(await (await pg.dumpDataDir('none')).arrayBuffer()));
    renameSync(part, file);
  } catch {
    // No cache then; the next run creates the directory again.
  }
  return pg;
}

/** Postgres text for a cell, read back by the column type's input function (exact for doubles, NaN and ±Infinity included). */
const pgJson = (v: Cell, type: InputColumn['type']): unknown =>
  v === null ? null : type === 'double' ? (Object.is(v, -0) ? '-0' : String(v)) : type === 'id' ? String(v) : v;

export async function postgres(): Promise<Engine> {
  const pg = await startPglite();
  const q = (s: string) => sqlIdentifier('postgres', s);
  const pgType = {
    id: 'TEXT',
    text: 'TEXT',
    double: 'DOUBLE PRECISION',
    textList: 'TEXT[]',
    boolean: 'BOOLEAN',
    date: 'DATE',
  };
  return {
    name: 'postgres',
    async load(table, columns, rows) {
      await pg.exec(`DROP TABLE IF EXISTS ${q(table)}`);
      await pg.exec(createTableSql('postgres', { table, columns: [...columns] }));
      const json = rows.map((row) => {
        const o: Record<string, unknown> = {};
        for (const c of columns) o[c.name] = pgJson(Object.hasOwn(row, c.name) ? row[c.name]! : null, c.type);
        return o;
      });
      const defs = columns.map((c) => `${q(c.name)} ${pgType[c.type]}`).join(', ');
      await pg.query(`INSERT INTO ${q(table)} SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${defs})`, [
        JSON.stringify(json),
      ]);
    },
    async query(sql) {
      const r = await pg.query<unknown[]>(sql, [], { rowMode: 'array' });
      return { columns: r.fields.map((f) => f.name), rows: r.rows.map((row) => row.map(plain)) };
    },
    async close() {
      await pg.close();
    },
  };
}
