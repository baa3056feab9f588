/**
 * A risk panel's exports of the rows shown: the CSV with data keys, the table for people (the panel's words,
 * rounded as shown: src/export/risk.ts), and their download as CSV or Excel.
 */
import { toCsv } from '../../../src/parse/csv.js';
import { csvTable, type CsvColumn } from '../../../src/views/risk-view.js';
import { peopleTable, type PeopleColumn } from '../../../src/export/risk.js';
import type { ExportTable } from '../../../src/export/table.js';
import { downloadText } from '../download.js';
import { lazyView } from '../lazy-view.js';

type Rows<R, Rec> = Iterable<{ row: R; rec: Rec }>;

/**
 * The people tables' writers (CSV and the workbook's loader): not among the files the first rows wait for; the
 * panel loads them with the parts it draws after its first rows (so a click saves at once, as before), and an
 * export asked for sooner waits for them.
 */
export const tableWriters = lazyView(() => import('../download-tables.js'));
const NO_HOST = { requestUpdate: (): void => undefined };

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
  if (tables) {
    const w = tableWriters(NO_HOST);
    if (w) return w.downloadTables(base, tables, format);
    return tableWriters.loaded().then(() => tableWriters(NO_HOST)!.downloadTables(base, tables, format));
  }
  downloadText(`${base}.csv`, csv(), 'text/csv');
  return Promise.resolve();
}
