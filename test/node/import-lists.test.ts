// The record-list kinds (`lead-list`, `customer-list`): plain lists a tiering model scores
// (lead-score-table, customer-value-table, cs-capacity-planner's customers). Fixtures from
// test/fixtures/crm/make-list-fixtures.ts: every CRM's export detected, encodings (GB18030,
// UTF-16), .xlsx with a merged title, report footers, the row without an id skipped by its
// line with the rest kept, each noted cell at its line; then hand-made files for the
// mapping rules (no dates needed, a model's own factors, a host's field-map, routing fields).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fieldSpecs,
  importFile,
  importTable,
  mappingFor,
  parseMapping,
  readTextTable,
  type ImportResult,
} from '../../src/import/index.js';
import { CUSTOMER_PRESET, LEAD_PRESET } from '../../src/models/presets.js';
import { compileModel } from '../../src/models/tiering.js';
import { compileRouteRules } from '../../src/models/routing.js';
import { scoreTable, tierCounts } from '../../src/views/tiering-table.js';
import { readSidecar } from './crm-sidecar.js';

const root = fileURLToPath(new URL('../fixtures/crm', import.meta.url));
const load = (path: string) => readFileSync(join(root, path));

const LISTS: [string, 'lead-list' | 'customer-list', string][] = [
  ['salesforce-api/lead-list.csv', 'lead-list', 'utf-8'],
  ['salesforce-report/customer-list.csv', 'customer-list', 'utf-8'],
  ['hubspot/lead-list.csv', 'lead-list', 'utf-8'],
  ['xiaoshouyi/lead-list.csv', 'lead-list', 'gb18030'],
  ['xiaoshouyi/lead-list.xlsx', 'lead-list', ''],
  ['xiaoshouyi/customer-list.csv', 'customer-list', 'gb18030'],
  ['xiaoshouyi/customer-list.xlsx', 'customer-list', ''],
  ['fxiaoke/customer-list.csv', 'customer-list', 'gb18030'],
  ['fxiaoke/customer-list.xlsx', 'customer-list', ''],
  ['generic/lead-list-zh.csv', 'lead-list', 'utf-8'],
  ['generic/customer-list-en.txt', 'customer-list', 'utf-16le'],
];

/** The sidecar's rows, with the lines of an .xlsx (its CSV's rows on sheet rows 3, 4, …). */
function expectedRows(path: string) {
  const s = readSidecar(join(root, path));
  if (!s.sameRowsAs) return s;
  const base = readSidecar(join(root, path.replace(/\.xlsx$/, '.csv')));
  return { ...s, rows: base.rows.map((r, i) => ({ ...r, line: s.firstLine! + i })) };
}

const codesByLine = (list: ImportResult['warnings']) =>
  list.map((w) => `${w.line}:${w.code}`).sort((a, b) => a.localeCompare(b));

describe('lead-list and customer-list fixtures (preset auto, no mapping)', () => {
  for (const [path, kind, encoding] of LISTS)
    it(`${path}: the CRM's preset, the bad row skipped by line, every other row kept, notes by line`, async () => {
      const s = expectedRows(path);
      const r = await importFile(load(path), kind);
      assert.deepEqual(r.issues, []);
      assert.equal(r.preset, s.crm);
      if (encoding) assert.equal(r.source.encoding, encoding);
      else assert.equal(r.source.format, 'xlsx');
      assert.equal(r.summary.read, s.dataRows);
      assert.equal(r.summary.titles, s.titles);
      assert.equal(r.summary.footers, s.footers);
      const skip = s.rows.filter((e) => e.skip);
      assert.ok(skip.length >= 1, 'each fixture has a row without an id');
      // The row without an id: skipped with its line, its field and a message naming both.
      assert.deepEqual(
        r.skipped.map((x) => [x.line, x.code, x.field]),
        skip.map((e) => [e.line, 'missing-value', 'id']),
      );
      for (const x of r.skipped) assert.match(x.message, new RegExp(`^line ${x.line}: id is blank`));
      assert.equal(r.summary.mapped, s.dataRows - skip.length, 'every other row kept');
      // Each noted cell (an option the model lacks, an unknown source, users as words) at its line, nothing else.
      const notes = s.rows.flatMap((e) => (e.warn ?? []).map((c) => `${e.line}:${c}`));
      assert.ok(notes.length >= 2);
      assert.deepEqual(
        codesByLine(r.warnings),
        notes.sort((a, b) => a.localeCompare(b)),
      );
      // No created date or any date is needed.
      assert.ok(!r.header.some((h) => /date|时间|日期/i.test(h)));
    });

  it('Salesforce API lead list: the first row as the model gets it (hand-read from the file)', async () => {
    const r = await importFile(load('salesforce-api/lead-list.csv'), 'lead-list');
    assert.equal(r.lines[0], 2);
    assert.deepEqual(r.rows[0], {
      id: '00Q5g00000EqARexsd',
      name: 'Vandelay Inc.',
      owner: '0055g00000HnHNEvRh',
      values: {
        form: 'register-only',
        annualRevenue: 23000000,
        contactRole: 'budget-owner',
        demandClarity: 'none',
        demandMatch: 'custom-heavy',
        interest: ['follows-account', 'webinar-viewer', 'trial-signup'],
        channel: 'other',
      },
      fields: { source: 'LinkedIn', region: 'GA', productLine: 'Payments', industry: 'Manufacturing' },
    });
    assert.equal(r.mapping.fields.name, 'Company');
    assert.equal(r.mapping.fields['fields.productLine'], 'Product_Line__c');
    assert.equal(r.mapping.fields['values.interest'], 'Interest__c');
    assert.equal(r.mapping.fields.source, 'LeadSource');
  });

  it('纷享销客 customers: 累计付费(万元) is multiplied back, 活跃率 read as a fraction', async () => {
    const csv = await importFile(load('fxiaoke/customer-list.csv'), 'customer-list');
    const lines = new TextDecoder('gb18030').decode(load('fxiaoke/customer-list.csv')).split('\r\n');
    // The first data line with both cells filled (line n of the file is lines[n - 1]).
    const n = lines.findIndex((l, i) => i >= 2 && l.split(',')[9] && l.split(',')[11]) + 1;
    const cells = lines[n - 1]!.split(',');
    const v = csv.rows[csv.lines.indexOf(n)]!.values as Record<string, number>;
    assert.ok(Number(cells[9]) > 0 && Number(cells[11]) > 0);
    assert.equal(v.cumulativePayment, Math.round(Number(cells[9]) * 10_000));
    assert.equal(v.usageRate, Number(cells[11]));
    assert.equal(csv.mapping.fields['values.cumulativePayment'], '累计付费(万元)');
  });

  it('every imported list scores with its preset: no row invalid, tiers counted', async () => {
    for (const [path, kind] of LISTS) {
      const r = await importFile(load(path), kind);
      const cm = compileModel(kind === 'lead-list' ? LEAD_PRESET : CUSTOMER_PRESET);
      const rules = kind === 'lead-list' ? compileRouteRules(undefined, cm) : null;
      const t = scoreTable(r.rows, cm, { rules, asOf: NaN });
      assert.equal(t.n, r.rows.length, path);
      assert.deepEqual(t.invalid, [], path);
      const c = tierCounts(t);
      assert.equal(
        c.tiers.reduce((a, x) => a + x.count, 0),
        r.rows.length,
      );
    }
  });

  it('routing by a CRM side field: rules on fields.region and fields.source see the imported fields', async () => {
    const r = await importFile(load('xiaoshouyi/lead-list.csv'), 'lead-list');
    const cm = compileModel(LEAD_PRESET);
    const rules = compileRouteRules(
      [
        { when: { fields: { source: ['抖音'] } }, route: 'social-desk' },
        { when: { fields: { region: ['广东'] } }, route: 'south-team' },
        { when: {}, route: 'nurture' },
      ],
      cm,
    );
    const t = scoreTable(r.rows, cm, { rules });
    const count = (route: string) => t.route.filter((x) => x === route).length;
    const fields = (i: number) => r.rows[t.index[i]!]!.fields as Record<string, string> | undefined;
    const social = r.rows.filter((x) => (x.fields as Record<string, string> | undefined)?.source === '抖音').length;
    const south = r.rows.filter((x) => {
      const f = x.fields as Record<string, string> | undefined;
      return f?.source !== '抖音' && f?.region === '广东';
    }).length;
    assert.ok(social > 10 && south > 10);
    assert.equal(count('social-desk'), social);
    assert.equal(count('south-team'), south);
    assert.equal(count('nurture'), t.n - social - south);
    for (let i = 0; i < t.n; i++) if (t.route[i] === 'south-team') assert.equal(fields(i)!.region, '广东');
  });
});

describe('lead-list and customer-list: mapping rules', () => {
  it('fields: id required, name, owner, source (leads), the side fields, then the factors of the model', () => {
    assert.deepEqual(
      fieldSpecs('lead-list', LEAD_PRESET.factors).map((f) => f.key + (f.required ? '*' : '')),
      [
        'id*',
        'name',
        'owner',
        'source',
        'fields.region',
        'fields.productLine',
        'fields.industry',
        'fields.businessLine',
        'fields.segment',
        ...LEAD_PRESET.factors.map((f) => `values.${f.key}`),
      ],
    );
    assert.deepEqual(
      fieldSpecs('customer-list', CUSTOMER_PRESET.factors).map((f) => f.key),
      [
        'id',
        'name',
        'owner',
        'fields.region',
        'fields.productLine',
        'fields.industry',
        'fields.businessLine',
        'fields.segment',
        'values.tenureMonths',
        'values.cumulativePayment',
        'values.users',
        'values.usageRate',
      ],
    );
  });

  it('a customer list reads the customer preset factors when none are given; a lead list the lead preset', () => {
    const table = readTextTable('id,name,users,usage rate,channel\nC1,Acme,120,85%,seo\n');
    const c = importTable(table, 'customer-list');
    assert.deepEqual(c.rows, [{ id: 'C1', name: 'Acme', values: { users: 120, usageRate: 0.85 } }]);
    const l = importTable(table, 'lead-list');
    assert.deepEqual(l.rows, [{ id: 'C1', name: 'Acme', values: { channel: 'seo' } }]);
  });

  it('a bad row in the middle: reported with its line and why, the rows around it kept; no file issue', () => {
    const text = [
      'Lead list export',
      'Lead ID,Company,Lead Owner,Region,Lead Source,Contact Role,Annual Revenue',
      'L1,Acme,Jane,east,Web,decision-maker,"1,200,000"',
      ',Globex,Jane,west,Web,influencer,300000',
      'L3,Initech,,north,Carrier pigeon,Boss,lots',
      'L4,Umbrella,John,east,,end-user,',
      'Total: 4',
    ].join('\n');
    const r = importTable(readTextTable(text), 'lead-list');
    assert.deepEqual(r.issues, []);
    assert.equal(r.headerLine, 2);
    assert.deepEqual(r.lines, [3, 5, 6]);
    assert.deepEqual(
      r.skipped.map((x) => [x.line, x.code, x.field]),
      [[4, 'missing-value', 'id']],
    );
    assert.deepEqual(r.rows[0], {
      id: 'L1',
      name: 'Acme',
      owner: 'Jane',
      values: { annualRevenue: 1_200_000, contactRole: 'decision-maker', channel: 'website-direct' },
      fields: { source: 'Web', region: 'east' },
    });
    // Line 5: an unknown source reads as other, an option the model lacks and a revenue in words are left out, noted.
    assert.deepEqual(r.rows[1], {
      id: 'L3',
      name: 'Initech',
      values: { channel: 'other' },
      fields: { source: 'Carrier pigeon', region: 'north' },
    });
    assert.deepEqual(
      r.warnings.map((w) => [w.line, w.code, w.field]),
      [
        [5, 'invalid-value', 'values.annualRevenue'],
        [5, 'option-unknown', 'values.contactRole'],
        [5, 'source-other', 'source'],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
    assert.deepEqual(r.rows[2], {
      id: 'L4',
      name: 'Umbrella',
      owner: 'John',
      values: { contactRole: 'end-user' },
      fields: { region: 'east' },
    });
    assert.equal(r.summary.footers, 1);
    assert.equal(r.summary.titles, 1);
  });

  it("a model's own factor is mapped by its key or label; options by value or label", () => {
    const factors = [
      {
        key: 'budgetBand',
        label: 'Budget band',
        kind: 'options' as const,
        options: [
          { value: 'high', label: 'High' },
          { value: 'low', label: 'Low' },
        ],
      },
      { key: 'seats', label: '席位数', kind: 'bands' as const },
    ];
    const table = readTextTable('Account ID,Account Name,Budget band,席位数\nA1,Acme,High,40\nA2,Globex,low,\n');
    const r = importTable(table, 'customer-list', { factors });
    assert.equal(r.mapping.fields['values.budgetBand'], 'Budget band');
    assert.equal(r.mapping.fields['values.seats'], '席位数');
    assert.deepEqual(r.rows, [
      { id: 'A1', name: 'Acme', values: { budgetBand: 'high', seats: 40 } },
      { id: 'A2', name: 'Globex', values: { budgetBand: 'low' } },
    ]);
  });

  it('no id column is the one file issue (missing-columns names id); nothing else is required', () => {
    const r = importTable(readTextTable('name,region\nAcme,east\n'), 'lead-list');
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.fields]),
      [['missing-columns', ['id']]],
    );
    assert.deepEqual(r.rows, []);
    const ok = importTable(readTextTable('id\nX1\n'), 'customer-list');
    assert.deepEqual(ok.rows, [{ id: 'X1', values: {} }]);
  });

  it("a host's field-map (flat, with a constant and a value table) over the detected mapping", () => {
    const { mapping, issues } = parseMapping({
      id: 'Record ID',
      'fields.region': 'Territory',
      'fields.productLine': { constant: 'Payments' },
      values: { source: { 'Webinar 2026': 'online-event' } },
    });
    assert.deepEqual(issues, []);
    const table = readTextTable(
      'Record ID,Company Name,Territory,Original Source\n7,Acme,EMEA,Webinar 2026\n8,Globex,APAC,Paid Search\n',
    );
    const r = importTable(table, 'lead-list', { mapping });
    assert.equal(r.preset, 'hubspot');
    assert.deepEqual(r.rows, [
      {
        id: '7',
        name: 'Acme',
        values: { channel: 'online-event' },
        fields: { source: 'Webinar 2026', region: 'EMEA', productLine: 'Payments' },
      },
      {
        id: '8',
        name: 'Globex',
        values: { channel: 'sem' },
        fields: { source: 'Paid Search', region: 'APAC', productLine: 'Payments' },
      },
    ]);
  });

  it('each preset pre-fills the list fields from its documented column names', () => {
    const cases: [string, 'lead-list' | 'customer-list', string, Record<string, string>][] = [
      [
        'Id,Company,OwnerId,LeadSource,State,Industry,Product_Line__c,AnnualRevenue',
        'lead-list',
        'salesforce-api',
        { id: 'Id', name: 'Company', owner: 'OwnerId', source: 'LeadSource', 'fields.region': 'State' },
      ],
      [
        'Account ID,Account Name,Account Owner,Billing State/Province,Product Line,Customer Tier',
        'customer-list',
        'salesforce-report',
        {
          id: 'Account ID',
          owner: 'Account Owner',
          'fields.region': 'Billing State/Province',
          'fields.segment': 'Customer Tier',
        },
      ],
      [
        'Record ID,Company name,Company owner,State/Region,Industry,Product Line',
        'customer-list',
        'hubspot',
        { id: 'Record ID', name: 'Company name', owner: 'Company owner', 'fields.productLine': 'Product Line' },
      ],
      [
        '线索ID,公司名称,负责人,线索来源,所属部门,省份,产品线',
        'lead-list',
        'xiaoshouyi',
        {
          name: '公司名称',
          'fields.businessLine': '所属部门',
          'fields.region': '省份',
          'fields.productLine': '产品线',
        },
      ],
      [
        '客户编号,客户名称,负责人,归属部门,地区,客户级别,生命状态',
        'customer-list',
        'fxiaoke',
        { id: '客户编号', 'fields.businessLine': '归属部门', 'fields.region': '地区', 'fields.segment': '客户级别' },
      ],
      [
        '编号,名称,跟进人,区域,产品线,事业部',
        'lead-list',
        'generic-zh',
        { id: '编号', name: '名称', owner: '跟进人', 'fields.productLine': '产品线', 'fields.businessLine': '事业部' },
      ],
      [
        'customer id,customer name,account manager,territory,product line,segment',
        'customer-list',
        'generic-en',
        { id: 'customer id', owner: 'account manager', 'fields.region': 'territory', 'fields.segment': 'segment' },
      ],
    ];
    for (const [header, kind, preset, want] of cases) {
      const m = mappingFor(readTextTable(`${header}\n`), kind);
      assert.equal(m.preset, preset, header);
      for (const [field, col] of Object.entries(want))
        assert.equal(m.mapping.fields[field], col, `${preset}: ${field}`);
    }
  });
});
