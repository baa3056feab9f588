/**
 * .xlsx workbooks through read-excel-file (9.x, fflate + a SAX parser, about
 * 18 KB gzip), loaded with a dynamic `import()` only when a workbook is
 * read, so nothing else pays for it. No DOM: the same function runs in
 * Node, on a page, or inside a Web Worker (which a UI should use for big
 * workbooks; `onProgress` reports the phases).
 */
import {
  issueTable,
  tableFromRows,
  sheetRows,
  type ImportTable,
  type TableOptions,
  type TableSource,
} from './table.js';

/** Where reading a workbook is: opening the archive, parsing the sheet, building the table; `done` runs 0–1. */
export interface XlsxProgress {
  phase: 'open' | 'parse' | 'rows' | 'done';
  done: number;
}

export interface XlsxOptions extends TableOptions {
  /** The sheet to read: its name, or its number from 1 (default: the first). */
  sheet?: string | number;
  onProgress?: (p: XlsxProgress) => void;
}

const arrayBufferOf = (bytes: ArrayBuffer | ArrayBufferView): ArrayBuffer => {
  if (bytes instanceof ArrayBuffer) return bytes;
  const v = bytes;
  return (v.buffer as ArrayBuffer).slice(v.byteOffset, v.byteOffset + v.byteLength);
};

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(+dec) : hex ? String.fromCodePoint(parseInt(hex, 16)) : XML_ENTITIES[name]!,
  );

/** The sheet names of a workbook, in order (only `xl/workbook.xml` is inflated). */
export async function listSheets(bytes: ArrayBuffer | ArrayBufferView): Promise<string[]> {
  const { unzipSync } = await import('fflate');
  const u8 = new Uint8Array(arrayBufferOf(bytes));
  const files = unzipSync(u8, { filter: (f) => f.name === 'xl/workbook.xml' });
  const xml = files['xl/workbook.xml'];
  if (!xml) return [];
  const text = new TextDecoder().decode(xml);
  const names: string[] = [];
  for (const m of text.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)) names.push(unescapeXml(m[1]!));
  return names;
}

/**
 * Read one sheet of an .xlsx workbook as a table: date cells (Date objects
 * of the reader, i.e. Excel serials with a date format) become ISO dates,
 * numbers plain numbers, merged title cells above the header are title rows.
 * A file that is no workbook, a legacy .xls or a missing sheet gives a table
 * with one issue, never a throw.
 */
export async function readXlsxTable(
  bytes: ArrayBuffer | ArrayBufferView,
  opts: XlsxOptions = {},
): Promise<ImportTable> {
  const progress = opts.onProgress ?? (() => {});
  const source: TableSource = { format: 'xlsx' };
  progress({ phase: 'open', done: 0 });
  const buffer = arrayBufferOf(bytes);
  let sheets: string[];
  try {
    sheets = await listSheets(buffer);
  } catch {
    return issueTable(source, {
      code: 'bad-xlsx',
      message: 'the file is not a readable .xlsx workbook (the ZIP archive is damaged)',
    });
  }
  if (!sheets.length)
    return issueTable(source, { code: 'bad-xlsx', message: 'the file is a ZIP archive but not an .xlsx workbook' });
  source.sheets = sheets;
  let index = 0;
  if (typeof opts.sheet === 'number') index = opts.sheet - 1;
  else if (typeof opts.sheet === 'string') index = sheets.indexOf(opts.sheet);
  if (index < 0 || index >= sheets.length)
    return issueTable(source, {
      code: 'sheet-not-found',
      message: `the workbook has no sheet ${JSON.stringify(opts.sheet)}; its sheets are ${sheets.map((s) => JSON.stringify(s)).join(', ')}`,
      sheets,
      sheet: String(opts.sheet),
    });
  source.sheet = sheets[index]!;
  progress({ phase: 'parse', done: 0.05 });
  let data: unknown[][];
  try {
    const { readSheet } = await import('read-excel-file/universal');
    data = await readSheet(buffer, index + 1);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return issueTable(
      source,
      code === 'XLS_FILE_NOT_SUPPORTED'
        ? { code: 'xls', message: 'the file is a legacy .xls workbook: save it as .xlsx or CSV' }
        : { code: 'bad-xlsx', message: `the workbook could not be read (${(e as Error).message})` },
    );
  }
  progress({ phase: 'rows', done: 0.85 });
  const table = tableFromRows(sheetRows(data), source, opts);
  progress({ phase: 'done', done: 1 });
  return table;
}
