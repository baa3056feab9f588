// The tiering elements' exports for people (src/export/tiering-people.ts, issue 12): headers in words, tiers,
// routes, reasons and factors by name, scores as shown (1 decimal), points at 2, shares as percentages; en and
// zh-CN; the workbook read back equal to the CSV. The CRM file (src/export/tiering.ts) is left as it is.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { csvParseRows } from 'd3-dsv';
import { compileModel, scoreValues } from '../../src/models/tiering.js';
import { compileRouteRules } from '../../src/models/routing.js';
import { CUSTOMER_PRESET, LEAD_PRESET } from '../../src/models/presets.js';
import { filterTable, scoreTable, sortTable, tierCounts } from '../../src/views/tiering-table.js';
import {
  cardWords,
  tableWords,
  tierCountsTable,
  tieringCardTables,
  tieringRowsTable,
  type TieringCardWords,
  type TieringNamers,
  type TieringPeopleWords,
} from '../../src/export/tiering-people.js';
import { tablesCsv } from '../../src/export/table.js';
import { TIERING as TIERING_EN, type TieringStrings } from '../../src/i18n/tiering/en.js';
import { TIERING as TIERING_ZH } from '../../src/i18n/tiering/zh-CN.js';
import { TIERING_TABLE as TABLE_EN, type TieringTableStrings } from '../../src/i18n/tiering-table/en.js';
import { TIERING_TABLE as TABLE_ZH } from '../../src/i18n/tiering-table/zh-CN.js';
import { SEED_CUSTOMER, SEED_LEAD } from '../fixtures/seeds.js';
import { assertPeopleTables } from './export-checks.js';

// Scores (test/browser/lead-score-table.test.ts): L1 68.5 B telesales; L2 68.5 B field-sales (local);
// L3 4 D nurture; L4 66.25 B telesales; L5 76.5 B telesales.
const RECORDS = [
  { id: 'L1', name: 'Acme', values: SEED_LEAD },
  { id: 'L2', name: '北辰', values: { ...SEED_LEAD, local: true } },
  { id: 'L3', name: 'Gamma', values: { channel: 'other' } },
  { id: 'L4', name: 'Epsilon', values: { ...SEED_LEAD, annualRevenue: 5e8 } },
  { id: 'L5', name: '=Delta', values: { ...SEED_LEAD, contactRole: 'decision-maker' } },
];

// Our names (the element adds the model's custom labels and the host's labels first: tiering-labels.ts).
const names = (tt: TieringStrings): TieringNamers => ({
  tierName: (k, l) => tt.tierNames[k] ?? l,
  factorName: (k, l) => tt.factorNames[k] ?? l,
  routeName: (r) => tt.routes[r] ?? r,
});
const words = (tt: TieringStrings, t: TieringTableStrings, yes: string, no: string): TieringPeopleWords =>
  tableWords(tt, t, { idCol: 'ID', yes, no }, names(tt));
const EN = words(TIERING_EN, TABLE_EN, 'Yes', 'No');
const ZH = words(TIERING_ZH, TABLE_ZH, '是', '否');

function leadTable() {
  const cm = compileModel(LEAD_PRESET);
  const t = scoreTable(RECORDS, cm, { rules: compileRouteRules(undefined, cm), asOf: NaN });
  const view = sortTable(t, filterTable(t, { tiers: null, routes: null }), 'score', 'desc');
  return { t, view };
}

describe('tiering table: the export for people', () => {
  it('headers in words, tier and route names, scores as shown, points by factor name', () => {
    const { t, view } = leadTable();
    const table = tieringRowsTable('Lead scores', t, view, true, EN);
    assert.deepEqual(
      table.columns.map((c) => c.label),
      [
        'ID',
        'Record',
        'Score',
        'Tier',
        'Deep follow-up',
        'Route',
        'Reason',
        'Points · Channel',
        'Points · Form',
        'Points · Business scale (annual revenue)',
        'Points · Contact',
        'Points · Demand clarity',
        'Points · Demand match',
        'Points · Business interest',
      ],
    );
    const csv = csvParseRows(tablesCsv([table]));
    // The CRM file's row for L1 is `L1,Acme,68.5,B,true,telesales,default,8,8,13.5,12,4.5,13.5,9`.
    assert.deepEqual(
      csv.find((r) => r[0] === 'L1'),
      [
        'L1',
        'Acme',
        '68.5',
        'B · Mid-high value',
        'Yes',
        'Telesales',
        'No local or complex demand: phone follow-up',
        '8',
        '8',
        '13.5',
        '12',
        '4.5',
        '13.5',
        '9',
      ],
    );
    // L4: 66.25 is shown as 66.3 (1 decimal, half away from zero); local demand goes to field sales.
    assert.equal(csv.find((r) => r[0] === 'L4')![2], '66.3');
    assert.deepEqual(csv.find((r) => r[0] === 'L2')!.slice(5, 7), ['Field sales', 'Local demand: meet face to face']);
    // L3 scores 4 (D): the lowest tier, nurture, not a focus tier.
    assert.deepEqual(csv.find((r) => r[0] === 'L3')!.slice(2, 6), ['4', 'D · Low value', 'No', 'Nurture pool']);
    // Display order is the file's order; a name a spreadsheet would run is defused.
    assert.deepEqual(
      csv.slice(1).map((r) => r[0]),
      ['L5', 'L1', 'L2', 'L4', 'L3'],
    );
    assert.equal(csv[1]![1], "'=Delta");
  });

  it('the tier counts: records, share as a percentage, focus tiers', () => {
    const { t } = leadTable();
    const c = tierCountsTable('Records per tier', tierCounts(t), EN);
    // 4 of 5 in B (80 %), 1 in D (20 %), none in A or C.
    assert.deepEqual(csvParseRows(tablesCsv([c])), [
      ['Tier', 'Records', 'Share', 'Deep follow-up'],
      ['A · High value', '0', '0%', 'Yes'],
      ['B · Mid-high value', '4', '80%', 'Yes'],
      ['C · Mid-low value', '0', '0%', 'No'],
      ['D · Low value', '1', '20%', 'No'],
    ]);
  });

  it('a customer table has no route columns; an empty list has a header and no rows', async () => {
    const cm = compileModel(CUSTOMER_PRESET);
    const t = scoreTable([{ id: 'C1', name: 'Acme', values: SEED_CUSTOMER }], cm, { rules: null, asOf: NaN });
    const rows = tieringRowsTable(
      'Customer values',
      t,
      sortTable(t, filterTable(t, { tiers: null, routes: null }), 'score', 'desc'),
      false,
      EN,
    );
    assert.ok(!rows.columns.some((c) => c.label === 'Route' || c.label === 'Reason'));
    assert.equal(rows.rows.length, 1);
    const empty = scoreTable([], cm, { rules: null, asOf: NaN });
    const none = tieringRowsTable('Customer values', empty, new Int32Array(0), false, EN);
    assert.deepEqual(csvParseRows(tablesCsv([none])).length, 1);
    await assertPeopleTables([rows, tierCountsTable('Records per tier', tierCounts(t), EN)]);
  });

  it('en and zh-CN: no key for a header, at most 6 decimals, the workbook read back equals the CSV', async () => {
    const { t, view } = leadTable();
    for (const w of [EN, ZH]) {
      const tables = [tieringRowsTable(w.name, t, view, true, w), tierCountsTable(w.records, tierCounts(t), w)];
      await assertPeopleTables(tables);
    }
    const zh = csvParseRows(tablesCsv([tieringRowsTable('线索评分', t, view, true, ZH)]));
    assert.deepEqual(zh[0]!.slice(0, 6), ['ID', '记录', '得分', '层级', '深度跟进', '分配']);
    assert.deepEqual(zh.find((r) => r[0] === 'L2')!.slice(1, 6), [
      '北辰',
      '68.5',
      `B · ${TIERING_ZH.tierNames.B}`,
      '是',
      TIERING_ZH.routes['field-sales'],
    ]);
  });
});

describe('tiering card: the export for people', () => {
  const valueText = (_k: string, v: unknown) =>
    Array.isArray(v) ? v.join(', ') : typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  const words = (tt: TieringStrings, yes: string, no: string): TieringCardWords =>
    cardWords(tt, { idCol: 'ID', yes, no }, names(tt), valueText);

  it('the summary and each factor: score 1 decimal, weight as %, points 2 decimals', async () => {
    const cm = compileModel(LEAD_PRESET);
    const r = scoreValues(cm, { ...SEED_LEAD, annualRevenue: 5e8 });
    const tables = tieringCardTables(
      { summary: 'Summary', contributions: 'Contribution of each factor' },
      'Epsilon',
      r,
      { route: 'telesales', reason: 'default' },
      words(TIERING_EN, 'Yes', 'No'),
    );
    const [summary, contributions] = tables.map((t) => csvParseRows(tablesCsv([t])));
    assert.deepEqual(summary, [
      ['Record', 'Value score', 'Tier', 'Deep follow-up', 'Route to', 'Reason', 'Missing weight'],
      [
        'Epsilon',
        '66.3',
        'B · Mid-high value',
        'Yes',
        'Telesales',
        'No local or complex demand: phone follow-up',
        '0%',
      ],
    ]);
    assert.deepEqual(contributions![0], ['Factor', 'Value', 'Score', 'Weight', 'Points']);
    // Business scale: 5e8 scores 75 with weight 15 % → 11.25 points (the table's CRM file says 11.25 for L4).
    const scale = contributions!.find((x) => x[0] === 'Business scale (annual revenue)')!;
    assert.deepEqual(scale.slice(2), ['75', '15%', '11.25']);
    await assertPeopleTables(tables);
    await assertPeopleTables(
      tieringCardTables(
        { summary: '概要', contributions: '各因素贡献' },
        'Epsilon',
        r,
        null,
        words(TIERING_ZH, '是', '否'),
      ),
    );
  });
});
