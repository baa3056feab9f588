import { tablesCsv, type ExportTable } from '../../src/export/table.js';
import { downloadBytes, downloadText } from './download.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Save tables for people as `<base>.csv` or `<base>.xlsx`. The workbook writer
 * (src/export/xlsx.ts with fflate's zip) loads only when a workbook is asked for.
 */
export async function downloadTables(
  base: string,
  tables: readonly ExportTable[],
  format: 'csv' | 'xlsx',
): Promise<void> {
  if (format === 'csv') return downloadText(`${base}.csv`, tablesCsv(tables), 'text/csv');
  const { tablesXlsx } = await import('../../src/export/xlsx.js');
  downloadBytes(`${base}.xlsx`, tablesXlsx(tables) as Uint8Array<ArrayBuffer>, XLSX_TYPE);
}
