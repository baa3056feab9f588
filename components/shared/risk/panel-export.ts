/**
 * A risk panel's exports of the rows shown: the CSV with data keys, the table for people (the panel's words,
 * rounded as shown: src/export/risk.ts), and their download as CSV or Excel (its code loaded on the first one).
 */
import { toCsv } from '../../../src/parse/csv.js';
import { csvTable, type CsvColumn } from '../../../src/views/risk-view.js';
import { peopleTable, type PeopleColumn } from '../../../src/export/risk.js';
import type { ExportTable } from '../../../src/export/table.js';
import { downloadText } from '../download.js';

type Rows<R, Rec> = Iterable<{ row: R; rec: Rec }>;

/** The rows as CSV with the data's keys. */
export function rowsCsv<R, Rec>(columns: readonly CsvColumn<R, Rec>[], rows: Rows<R, Rec>): string {
  const t = csvTable(columns, rows);
  return toCsv(t.header, t.cells);
}

/** The rows as a table for people named `title`; undefined for a panel without its columns. */
export const peopleTables = <R, Rec>(
  title: string,
  columns: readonly PeopleColumn<R, Rec>[] | undefined,
  rows: Rows<R, Rec>,
): ExportTable[] | undefined => columns && [peopleTable(title, columns, rows)];

/** Download the tables for people as CSV or Excel, else the CSV with data keys (`csv`). */
export function downloadRows(
  base: string,
  tables: ExportTable[] | undefined,
  csv: () => string,
  format: 'csv' | 'xlsx',
): Promise<void> {
  // The tables' writers load on the first export (not with the rows).
  if (tables) return import('../download-tables.js').then((m) => m.downloadTables(base, tables, format));
  downloadText(`${base}.csv`, csv(), 'text/csv');
  return Promise.resolve();
}
