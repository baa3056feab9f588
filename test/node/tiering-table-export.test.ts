// The tiering tables' .xlsx export (src/export/tiering.ts): the CSV's columns and rows, numbers as numbers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { csvParseRows } from 'd3-dsv';
import { readSheet } from 'read-excel-file/universal';
import { compileModel } from '../../src/models/tiering.js';
import { compileRouteRules } from '../../src/models/routing.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { scoreTable, sortTable, filterTable, tableExport } from '../../src/views/tiering-table.js';
import { scoredListTable } from '../../src/export/tiering.js';
import { tablesXlsx } from '../../src/export/xlsx.js';
import { toCsv } from '../../src/parse/csv.js';
import { SEED_LEAD } from '../fixtures/seeds.js';

const RECORDS = [
  { id: 'L1', name: 'Acme', values: SEED_LEAD },
  { id: 'L2', name: '北辰', values: { ...SEED_LEAD, local: true } },
  { id: 'L3', name: 'Gamma', values: { channel: 'other' } },
];

describe('tiering table: .xlsx beside the CSV', () => {
  it('the workbook holds the CSV rows: text as text, score and points as numbers', async () => {
    const cm = compileModel(LEAD_PRESET);
    const t = scoreTable(RECORDS, cm, { rules: compileRouteRules(undefined, cm), asOf: NaN });
    const e = tableExport(t, sortTable(t, filterTable(t, { tiers: null, routes: null }), 'score', 'desc'), true);
    const sheet = scoredListTable('leads', e);
    assert.deepEqual(
      sheet.columns.filter((c) => c.kind === 'number').map((c) => c.label),
      ['score', ...cm.factors.map((f) => `points_${f.key}`)],
    );
    const csv = csvParseRows(toCsv(e.header, e.rows).replace(/^\uFEFF/, ''));
    const back = (await readSheet(tablesXlsx([sheet]).buffer as ArrayBuffer, 1)) as unknown[][];
    assert.deepEqual(back[0], csv[0]);
    assert.equal(back.length, 4);
    // L1 68.5 B telesales: the same row, the score a number in the workbook
    const l1 = back.find((r) => r[0] === 'L1')!;
    assert.equal(l1[2], 68.5);
    assert.equal(l1[3], 'B');
    assert.equal(l1[5], 'telesales');
    assert.deepEqual(
      back.slice(1).map((r) => r.map((v) => (v == null ? '' : String(v as string | number | boolean)))),
      csv.slice(1),
    );
  });
});
