// The shared export tables (src/export): rounding as the UI shows, CSV text, the .xlsx writer.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync, strFromU8 } from 'fflate';
import { cellText, exportValue, roundTo, tablesCsv, type ExportTable } from '../../src/export/table.js';
import { columnName, excelDay, formatCode, tablesXlsx } from '../../src/export/xlsx.js';
import { assertPeopleTables } from './export-checks.js';

const sample: ExportTable = {
  name: 'Months',
  columns: [
    { label: 'Month', kind: 'text' },
    { label: 'Revenue (CNY)', kind: 'money' },
    { label: 'Conversion', kind: 'rate' },
    { label: 'Reps', kind: 'count' },
    { label: 'Base', kind: 'number', digits: 1 },
    { label: 'Renewal date', kind: 'date' },
  ],
  rows: [
    ['2026-01', 3167999.9999999995, 0.8571428571428571, 47.23, 3087.8249, '2026-03-31'],
    ['=cmd|"/c calc"', -0.005, -0.05, 0, null, ''],
    ['东区 "华东", 上海', 1e-9, 1.5, 2.5, 1.05, '2026-02-30'],
  ],
};

describe('export: values as the UI shows them', () => {
  it('rounds money to 2 decimals, rates to 1 decimal of %, counts whole, numbers at their digits', () => {
    const [, money, rate, count, num] = sample.columns;
    assert.equal(exportValue(money!, 3167999.9999999995), 3168000);
    assert.equal(cellText(money!, 3167999.9999999995), '3168000');
    assert.equal(cellText(money!, 1.005), '1.01');
    assert.equal(cellText(money!, -0.005), '-0.01');
    assert.equal(cellText(money!, 1e-9), '0');
    assert.equal(exportValue(rate!, 0.8571428571428571), 0.857);
    assert.equal(cellText(rate!, 0.8571428571428571), '85.7%');
    assert.equal(cellText(rate!, -0.05), '-5%');
    assert.equal(cellText({ label: 'Share', kind: 'rate', digits: 0 }, 0.155), '16%');
    assert.equal(cellText(count!, 47.23), '47');
    assert.equal(cellText(count!, 2.5), '3');
    assert.equal(cellText(num!, 3087.8249), '3087.8');
    assert.equal(cellText(num!, Number.NaN), '');
    assert.equal(cellText(num!, 'n/a'), 'n/a');
    assert.equal(roundTo(-0.0001, 2), 0);
    assert.ok(!Object.is(roundTo(-0.0001, 2), -0));
  });

  it('writes CSV with words for headers, defused formulas and quoted commas', () => {
    const lines = tablesCsv([sample]).split('\n');
    assert.equal(lines[0], 'Month,Revenue (CNY),Conversion,Reps,Base,Renewal date');
    assert.equal(lines[1], '2026-01,3168000,85.7%,47,3087.8,2026-03-31');
    assert.equal(lines[2], `"'=cmd|""/c calc""",-0.01,-5%,0,,`);
    assert.equal(lines[3], '"东区 ""华东"", 上海",0,150%,3,1.1,2026-02-30');
  });

  it('puts several tables one under the other, each under its name', () => {
    const two = tablesCsv([sample, { name: 'Notes', columns: [{ label: 'Note', kind: 'text' }], rows: [['a']] }]);
    assert.match(two, /^Months\n/);
    assert.match(two, /\n\nNotes\nNote\na$/);
  });
});

describe('export: .xlsx', () => {
  it('names columns and converts days as Excel does', () => {
    assert.deepEqual([0, 25, 26, 701, 702].map(columnName), ['A', 'Z', 'AA', 'ZZ', 'AAA']);
    assert.equal(excelDay('1900-03-01'), 61);
    assert.equal(excelDay('2026-03-31'), 46112);
    assert.equal(formatCode({ label: 'x', kind: 'rate', digits: 2 }), '0.00%');
    assert.equal(formatCode({ label: 'x', kind: 'money' }), '#,##0.00');
    assert.equal(formatCode({ label: 'x', kind: 'text' }), null);
  });

  it('holds numbers as numbers with their formats, text inline, one sheet per table', () => {
    const files = unzipSync(tablesXlsx([sample, { ...sample, name: 'Months' }]));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    assert.match(sheet, /<c r="B2" s="\d+"><v>3168000<\/v><\/c>/);
    assert.match(sheet, /<c r="C2" s="\d+"><v>0\.857<\/v><\/c>/);
    assert.match(sheet, /<c r="F2" s="\d+"><v>46112<\/v><\/c>/);
    // Not a calendar day: kept as text.
    assert.match(sheet, /<c r="F4" t="inlineStr"><is><t xml:space="preserve">2026-02-30<\/t>/);
    assert.match(sheet, /&quot;\/c calc&quot;/);
    const styles = strFromU8(files['xl/styles.xml']!);
    for (const code of ['#,##0.00', '0.0%', '#,##0', '#,##0.0', 'yyyy-mm-dd'])
      assert.ok(styles.includes(`formatCode="${code}"`), code);
    const wb = strFromU8(files['xl/workbook.xml']!);
    assert.match(wb, /name="Months" sheetId="1".*name="Months 2" sheetId="2"/);
  });

  it('is the same bytes for the same tables', () => {
    assert.deepEqual(tablesXlsx([sample]), tablesXlsx([sample]));
  });

  it('reads back (read-excel-file) with the CSV rows', async () => {
    await assertPeopleTables([sample]);
    await assertPeopleTables([sample, { name: '阶段', columns: [{ label: '阶段', kind: 'text' }], rows: [['线索']] }]);
  });
});
