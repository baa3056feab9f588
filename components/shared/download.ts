import { tablesCsv, type ExportTable } from '../../src/export/table.js';

/** Save bytes as a file through the browser (no network). */
export function downloadBytes(filename: string, body: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Save text as a file through the browser (no network). */
export function downloadText(filename: string, text: string, type = 'text/plain'): void {
  // A byte-order mark tells Excel a CSV is UTF-8 (else Chinese names open garbled).
  const body = type === 'text/csv' && !text.startsWith('\uFEFF') ? `\uFEFF${text}` : text;
  downloadBytes(filename, body, `${type};charset=utf-8`);
}

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
