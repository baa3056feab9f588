/**
 * A small .xlsx writer: one worksheet per table, numbers as numbers with the
 * column's format (money `#,##0.00`, rates `0.0%`, counts `#,##0`, days
 * `yyyy-mm-dd`), text as inline strings, a bold frozen header, column widths
 * from the content. The archive is zipped with fflate (already used to read
 * workbooks). Load this module with `import()` when a user asks for a file.
 *
 * Why our own writer: write-excel-file 4.1.1 bundled for the browser is
 * about 3× the gzip size of this module + fflate's zip (docs/exports.md has
 * the figures), and we need only cells, formats and widths.
 */
import { zipSync, strToU8 } from 'fflate';
import { columnDigits, exportValue, isIsoDay, tableText, type ExportColumn, type ExportTable } from './table.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// XML 1.0 forbids most control characters even escaped: they are dropped.
const esc = (s: string): string =>
  s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** A1-style column letters from a 0-based index. */
export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The number format code of a column (null: general / text). */
export function formatCode(c: ExportColumn): string | null {
  const d = columnDigits(c);
  const frac = d ? `.${'0'.repeat(d)}` : '';
  if (c.kind === 'money' || c.kind === 'count' || c.kind === 'number') return `#,##0${frac}`;
  if (c.kind === 'rate') return `0${frac}%`;
  if (c.kind === 'date') return 'yyyy-mm-dd';
  return null;
}

/** Excel's serial day (1900 system) of an ISO day. */
export const excelDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

/** A sheet name Excel accepts: ≤ 31 characters, none of `[]:*?/\`, unique in the workbook. */
function sheetNames(tables: readonly ExportTable[]): string[] {
  const seen = new Set<string>();
  return tables.map((t, i) => {
    const base = (t.name.replace(/[[\]:*?/\\]/g, ' ').trim() || `Sheet${i + 1}`).slice(0, 31);
    let name = base;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base.slice(0, 31 - String(k).length - 1)} ${k}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** Display width of text in character cells (CJK counts two). */
const widthOf = (s: string): number => {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch)
      ? 2
      : 1;
  return w;
};

interface Styles {
  xml: string;
  /** Cell style index per format code ('' = general). */
  index: Map<string, number>;
}

/** styles.xml with a bold header style (1) and one style per number format used. */
function styles(codes: readonly string[]): Styles {
  const index = new Map<string, number>([['', 0]]);
  const fmts: string[] = [];
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
  ];
  for (const code of codes) {
    if (index.has(code)) continue;
    const id = 164 + fmts.length;
    fmts.push(`<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    index.set(code, xfs.length);
    xfs.push(`<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
  }
  const xml =
    `${HEAD}<styleSheet xmlns="${MAIN}">` +
    (fmts.length ? `<numFmts count="${fmts.length}">${fmts.join('')}</numFmts>` : '') +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>';
  return { xml, index };
}

const inline = (ref: string, s: string, style = 0): string =>
  `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${esc(s)}</t></is></c>`;

function sheetXml(t: ExportTable, st: Styles): string {
  const text = tableText(t);
  const widths = text.header.map((h, i) => Math.max(widthOf(h), ...text.cells.map((r) => widthOf(r[i]!))));
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(60, Math.max(8, w + 2))}" customWidth="1"/>`)
    .join('');
  const rows = [`<row r="1">${text.header.map((h, i) => inline(`${columnName(i)}1`, h, 1)).join('')}</row>`];
  t.rows.forEach((row, r) => {
    const n = r + 2;
    const cells = t.columns.map((c, i) => {
      const ref = `${columnName(i)}${n}`;
      const v = exportValue(c, row[i]);
      if (v == null) return '';
      const style = st.index.get(formatCode(c) ?? '') ?? 0;
      if (typeof v === 'number') return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${v}</v></c>`;
      if (c.kind === 'date' && isIsoDay(v)) return `<c r="${ref}" s="${style}"><v>${excelDay(v)}</v></c>`;
      return inline(ref, v);
    });
    rows.push(`<row r="${n}">${cells.join('')}</row>`);
  });
  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}

/** An .xlsx workbook (bytes) with one sheet per table, named after the tables. */
export function tablesXlsx(tables: readonly ExportTable[]): Uint8Array {
  if (!tables.length) throw new Error('tablesXlsx needs at least one table');
  const names = sheetNames(tables);
  const st = styles(tables.flatMap((t) => t.columns.map((c) => formatCode(c) ?? '')));
  const files: Record<string, Uint8Array> = {};
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  files['[Content_Types].xml'] = strToU8(
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      names
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheetType}"/>`)
        .join('') +
      '</Types>',
  );
  files['_rels/.rels'] = strToU8(
    `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      names.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
      names
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('') +
      `<Relationship Id="rId${names.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(st.xml);
  tables.forEach((t, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(t, st))));
  // A fixed modification time keeps the bytes of the same tables the same.
  return zipSync(files, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}
