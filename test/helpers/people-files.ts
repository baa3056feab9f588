/**
 * What every export for people must hold in the browser (issue 12), checked on the files the buttons
 * save: headers in words (no camelCase, no snake_case key, no bare lower-case key), no number with more
 * than 6 decimals, and the workbook read back (read-excel-file) holding the CSV's rows, sheet by sheet.
 * The Node twin for the pure tables is test/node/export-checks.ts.
 */
import { expect } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import { defuse } from '../../src/export/table.js';
import { until } from './fixtures.js';

/** Capture what a download button saves, waiting for it (exports built by a module loaded on the click). */
export async function captureFile(click: () => void, ms = 10000): Promise<{ name: string; blob: Blob }> {
  let got: { name: string; href: string } | null = null;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    got = { name: this.download, href: this.href };
  };
  try {
    click();
    await until(() => got, ms, 'a file to download');
  } finally {
    // The stand-in is an own property of the anchor prototype: deleting it brings back HTMLElement's click.
    delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
  }
  const { name, href } = got as unknown as { name: string; href: string };
  return { name, blob: await (await fetch(href)).blob() };
}

/** Every sheet of a workbook, in order. */
export async function workbookSheets(blob: Blob): Promise<{ sheet: string; data: unknown[][] }[]> {
  // Loaded here: most test files never read a workbook.
  const { default: readXlsxFile } = await import('read-excel-file/browser');
  return await readXlsxFile(blob);
}

/** The CSV of `n` tables split back into tables (with several, each section opens with its title row). */
export function csvTables(text: string, n: number): string[][][] {
  const body = text.replace(/^\uFEFF/, '');
  if (n === 1) return [csvParseRows(body)];
  return body.split('\n\n').map((s) => csvParseRows(s).slice(1));
}

const NUMBER = /^[-+]?\d+(?:\.(\d+))?(%?)$/;
const decimals = (s: string): number => NUMBER.exec(s)?.[1]?.length ?? 0;

/** A header that is a model key, not words: camelCase, snake_case, or one bare lower-case word. */
export function keyLikeHeader(h: string): boolean {
  return /[a-z][A-Z]/.test(h) || /^[A-Za-z0-9]+(_[A-Za-z0-9]+)+$/.test(h) || /^[a-z]+$/.test(h);
}

/** Whether a workbook cell holds what the CSV cell shows (a rate: the fraction behind the percentage). */
function sameCell(csv: string, v: unknown): boolean {
  if (v == null) return csv === '';
  if (v instanceof Date) return v.toISOString().slice(0, 10) === csv;
  if (typeof v === 'number') {
    const m = NUMBER.exec(csv);
    if (!m) return false;
    const shown = Number(csv.replace('%', ''));
    const x = m[2] ? v * 100 : v;
    return Math.abs(x - shown) <= 10 ** -(decimals(csv) + 6) * Math.max(1, Math.abs(shown));
  }
  if (typeof v === 'boolean') return String(v) === csv;
  return typeof v === 'string' && defuse(v) === csv;
}

/**
 * Check a people export's two files: the CSV text and the workbook. `where` names the export in failures.
 * Returns the CSV tables (header first) for further checks.
 */
export async function assertPeopleFiles(csvText: string, xlsx: Blob, where: string): Promise<string[][][]> {
  const sheets = await workbookSheets(xlsx);
  expect(sheets.length, `${where}: sheets`).to.be.greaterThan(0);
  const tables = csvTables(csvText, sheets.length);
  expect(tables.length, `${where}: CSV tables = sheets`).to.equal(sheets.length);
  for (const [i, { sheet, data }] of sheets.entries()) {
    const csv = tables[i]!;
    const at = `${where} · ${sheet}`;
    const header = csv[0]!;
    expect(header.length, `${at}: header`).to.be.greaterThan(0);
    for (const h of header)
      expect(keyLikeHeader(h), `${at}: header ${JSON.stringify(h)} reads like a key`).to.equal(false);
    for (const row of csv.slice(1))
      for (const cell of row) expect(decimals(cell), `${at}: ${cell} has more than 6 decimals`).to.be.at.most(6);
    for (const row of data)
      for (const v of row)
        if (typeof v === 'number')
          expect(decimals(String(v)), `${at}: workbook ${v} has more than 6 decimals`).to.be.at.most(6);
    expect(
      data[0]!.map((h) => defuse(String(h as string))),
      `${at}: workbook header`,
    ).to.deep.equal(header);
    // The reader leaves out a last row of empty cells: pad to the CSV's row count.
    const rows = data.slice(1);
    while (rows.length < csv.length - 1) rows.push([]);
    expect(rows.length, `${at}: workbook rows = CSV rows`).to.equal(csv.length - 1);
    rows.forEach((r, k) => {
      const c = csv[k + 1]!;
      const bad = c.findIndex((cell, j) => !sameCell(cell, r[j]));
      expect(
        bad,
        `${at}: row ${k + 1} column ${bad + 1}: CSV ${JSON.stringify(c[bad])}, workbook ${JSON.stringify(r[bad])}`,
      ).to.equal(-1);
    });
  }
  return tables;
}
