// What every export for people must hold (issue 12): words for headers (no camelCase key), no number
// with more than 6 decimals, and the .xlsx read back (read-excel-file) holding the same rows as the CSV.
import assert from 'node:assert/strict';
import { csvParseRows } from 'd3-dsv';
import { readSheet } from 'read-excel-file/universal';
import { cellText, defuse, tablesCsv, type ExportTable } from '../../src/export/table.js';
import { tablesXlsx } from '../../src/export/xlsx.js';

const NUMBER = /^[-+]?\d+(?:\.(\d+))?%?$/;

/** The CSV of the tables split back into sections (title row first when there are several). */
export function csvSections(tables: readonly ExportTable[]): string[][][] {
  const text = tablesCsv(tables);
  if (tables.length === 1) return [csvParseRows(text)];
  return text.split('\n\n').map((s) => csvParseRows(s).slice(1));
}

const dayOf = (d: Date): string => d.toISOString().slice(0, 10);

export async function assertPeopleTables(tables: readonly ExportTable[]): Promise<void> {
  assert.ok(tables.length > 0, 'at least one table');
  const sections = csvSections(tables);
  assert.equal(sections.length, tables.length);
  const xlsx = tablesXlsx(tables);
  for (const [i, t] of tables.entries()) {
    for (const c of t.columns) {
      assert.doesNotMatch(c.label, /[a-z][A-Z]/, `camelCase header ${JSON.stringify(c.label)} in ${t.name}`);
      assert.doesNotMatch(c.label, /^[a-z]+$/, `bare key header ${JSON.stringify(c.label)} in ${t.name}`);
    }
    const csv = sections[i]!;
    assert.deepEqual(
      csv[0],
      t.columns.map((c) => defuse(c.label)),
      `header of ${t.name}`,
    );
    assert.equal(csv.length, t.rows.length + 1, `rows of ${t.name}`);
    for (const row of csv.slice(1))
      for (const cell of row) {
        const m = NUMBER.exec(cell);
        if (m) assert.ok((m[1]?.length ?? 0) <= 6, `${cell} has more than 6 decimals in ${t.name}`);
      }
    // Read the workbook back: every cell, through the same text rule, is the CSV's cell.
    const sheet = (await readSheet(xlsx.buffer as ArrayBuffer, i + 1)) as unknown[][];
    assert.deepEqual(
      sheet[0]!.map((h) => defuse(String(h))),
      csv[0],
      `workbook header of ${t.name}`,
    );
    const back = sheet.slice(1).map((r) =>
      t.columns.map((c, j) => {
        const v = r[j];
        if (v == null) return '';
        if (v instanceof Date) return dayOf(v);
        return defuse(cellText(c, v as number | string));
      }),
    );
    // A row of empty cells is not written by the reader: pad to the CSV's row count.
    while (back.length < csv.length - 1) back.push(t.columns.map(() => ''));
    assert.deepEqual(back, csv.slice(1), `workbook rows of ${t.name}`);
  }
}
