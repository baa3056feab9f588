/**
 * Records a host page already has (a CRM's API objects, or a grid's header
 * and rows) → an import table, so they go through the same mapping as a
 * file: `{ header, rows }` as given, or a list of objects whose keys become
 * the columns (nested objects flattened with dots, as CRM APIs nest lookups:
 * `Owner.Name`). Every record is a data row: no header search, titles or
 * footers. A record's "line" is its number from 1.
 */
import { isRecordTable } from './record-table.js';
import { emptyTable, sheetCellText, type ImportTable } from './table.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A cell value as text: arrays joined with `|` (multi-choice), dates as ISO, the rest as a sheet cell reads. */
const cellText = (v: unknown): string => (Array.isArray(v) ? v.map(cellText).join('|') : sheetCellText(v)).trim();

/** Flatten one record into `into` (key → text), registering each new key in `order`. */
function flatten(rec: Record<string, unknown>, prefix: string, into: Map<string, string>, order: Map<string, number>) {
  for (const [k, v] of Object.entries(rec)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (isObject(v)) {
      flatten(v, key, into, order);
      continue;
    }
    if (!order.has(key)) order.set(key, order.size);
    into.set(key, cellText(v));
  }
}

export { isRecordTable };

/**
 * A table from records: `{ header, rows }` (cells as a sheet reads them,
 * short rows padded) or a list of objects (the keys of every record, in the
 * order they first appear). A record that is not an object, or a row that
 * is not a list, is counted as broken (`not-a-record`). Records with no
 * value at all count as blank.
 */
export function tableFromRecords(data: readonly unknown[] | { header: unknown[]; rows: unknown[][] }): ImportTable {
  const table = emptyTable({ format: 'records' });
  if (isRecordTable(data)) {
    table.header = data.header.map((h, i) => cellText(h) || `Column ${i + 1}`);
    const width = table.header.length;
    data.rows.forEach((row, i) => {
      if (!Array.isArray(row)) {
        table.broken.push({ line: i + 1, code: 'not-a-record', message: `row ${i + 1} is not a list of cells` });
        return;
      }
      const cells = new Array<string>(width);
      let any = false;
      for (let c = 0; c < width; c++) {
        const t = cellText(row[c]);
        cells[c] = t;
        if (t) any = true;
      }
      if (!any) table.blank++;
      else {
        table.rows.push(cells);
        table.lines.push(i + 1);
      }
    });
  } else {
    const order = new Map<string, number>();
    const flat: (Map<string, string> | null)[] = data.map((rec, i) => {
      if (!isObject(rec)) {
        table.broken.push({ line: i + 1, code: 'not-a-record', message: `record ${i + 1} is not an object` });
        return null;
      }
      const m = new Map<string, string>();
      flatten(rec, '', m, order);
      return m;
    });
    table.header = [...order.keys()];
    flat.forEach((m, i) => {
      if (!m) return;
      const cells = table.header.map((h) => m.get(h) ?? '');
      if (cells.every((c) => !c)) table.blank++;
      else {
        table.rows.push(cells);
        table.lines.push(i + 1);
      }
    });
  }
  if (!table.header.length) table.issues.push({ code: 'empty', message: 'the records have no fields' });
  else if (!table.rows.length && !table.broken.length)
    table.issues.push({ code: 'header-only', message: 'there are no records with any value', headers: table.header });
  return table;
}
