/**
 * The scored list of a tiering table as a workbook sheet, for the CRM to re-import: the same columns as
 * the table's CSV (id, name, score, tier, focus, route, reason, points_<factor>; machine keys, so a CRM
 * mapping made for one file reads the other), with scores and points as numbers at 2 decimals.
 */
import type { Cell, ExportColumn, ExportTable } from './table.js';

const NUMBER_COLUMN = /^(score|points_.*)$/;

export function scoredListTable(
  name: string,
  list: { header: readonly string[]; rows: readonly (readonly Cell[])[] },
): ExportTable {
  const columns: ExportColumn[] = list.header.map((label) =>
    NUMBER_COLUMN.test(label) ? { label, kind: 'number', digits: 2 } : { label, kind: 'text' },
  );
  return { name, columns, rows: list.rows };
}
