// A lead export as lead-flow-monitor reads it: JSON through src/parse/leads.ts, CSV through the import
// pipeline (kind `leads`) — the CSV cases the monitor's own reader was tested on, read by the pipeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factorValuesOf, leadsFromJson, looksLikeJson, parseLeadsJson } from '../../src/parse/leads.js';
import { importTable, readTextTable } from '../../src/import/index.js';
import { analyzeLeadFlow } from '../../src/models/lead-flow.js';
import { LEAD_PRESET } from '../../src/models/presets.js';

const HEAD = 'id,source,businessLine,pool,createdAt,poolEnteredAt';
const leads = (text: string, factors = LEAD_PRESET.factors) => importTable(readTextTable(text), 'leads', { factors });
const field = (r: { rows: Record<string, unknown>[] }, k: string) => r.rows.map((l) => l[k]);

test('JSON: a list, the model input envelope, or a clear error', () => {
  assert.deepEqual(parseLeadsJson('[{"id":1}]').leads, [{ id: 1 }]);
  const env = parseLeadsJson('{"asOf":"2026-03-31","leads":[],"channelCosts":{"sem":1}}');
  assert.deepEqual(env.envelope, { asOf: '2026-03-31', channelCosts: { sem: 1 } });
  assert.match(parseLeadsJson('{"leads": ').issues[0]!.message, /not valid JSON/);
  assert.equal(leadsFromJson({ rows: [] }).issues[0]!.path, 'leads');
  assert.equal(looksLikeJson('\ufeff  [{"id":1}]'), true);
  assert.equal(looksLikeJson('id,source\n1,sem'), false);
});

test('factorValuesOf', () => {
  const keys = ['channel', 'contactRole'];
  assert.deepEqual(factorValuesOf({ values: { channel: 'seo' } }, keys), { channel: 'seo' });
  assert.deepEqual(factorValuesOf({ id: 1, channel: 'seo', other: 1 }, keys), { channel: 'seo' });
  assert.equal(factorValuesOf({ id: 1, values: { channel: null } }, keys), null);
  assert.equal(factorValuesOf({ id: 1 }, keys), null);
});

test('CSV, canonical headers: one lead per row, empty cells absent, the file’s line numbers', () => {
  const r = leads(
    `${HEAD},owner,revenue\na,sem,A,private,2026-03-01,2026-03-02,,\nb,seo,B,line,2026-03-01,2026-03-01,Li,"1,200"\n`,
  );
  assert.deepEqual(r.issues, []);
  assert.deepEqual(r.lines, [2, 3]);
  assert.deepEqual(r.rows, [
    {
      id: 'a',
      source: 'sem',
      businessLine: 'A',
      pool: 'private',
      createdAt: '2026-03-01',
      poolEnteredAt: '2026-03-02',
    },
    {
      id: 'b',
      source: 'seo',
      businessLine: 'B',
      pool: 'line',
      owner: 'Li',
      createdAt: '2026-03-01',
      poolEnteredAt: '2026-03-01',
      revenue: 1200,
    },
  ]);
  assert.equal(r.mapping.fields.revenue, 'revenue');
});

test('CSV, Chinese headers and pool names, a BOM, slashed dates, money with a currency sign', () => {
  const r = leads(
    '\ufeff线索ID,来源,业务线,线索池,创建时间,入池时间,成交金额\nx1,sem,华东,个人私海,2026/3/5 09:30,2026/03/05,¥800000\nx2,sem,华东,黑名单,2026-03-05,2026-03-05,\nx3,sem,华东,大公海,2026-03-05,2026-03-05,\nx4,sem,华东,业务线公海,2026-03-05,2026-03-05,',
  );
  assert.deepEqual(field(r, 'pool'), ['private', 'blacklist', 'company', 'line']);
  assert.deepEqual(
    [r.rows[0]!.createdAt, r.rows[0]!.poolEnteredAt, r.rows[0]!.revenue],
    ['2026-03-05T09:30:00', '2026-03-05', 800000],
  );
  assert.equal(r.mapping.fields.createdAt, '创建时间');
});

test('CSV, TSV and semicolon exports are read by their header', () => {
  assert.deepEqual(field(leads(`${HEAD.replace(/,/g, '\t')}\na\tsem\tA\tprivate\t2026-03-01\t2026-03-01`), 'source'), [
    'sem',
  ]);
  assert.deepEqual(field(leads(`${HEAD.replace(/,/g, ';')}\na;sem;A;private;2026-03-01;2026-03-01`), 'pool'), [
    'private',
  ]);
});

test('CSV, a row with the wrong number of cells is skipped and named; a quoted line break keeps lines right', () => {
  const r = leads(
    `${HEAD},owner\na,sem,A,private,2026-03-01,2026-03-01,"Li\nWang"\nb,sem,A,private,2026-03-01,2026-03-01,x,extra\n\nc,sem,A,private,2026-03-01,2026-03-01,Zhao\nd,sem,A,private,2026-03-01`,
  );
  assert.deepEqual(field(r, 'id'), ['a', 'c']);
  // a spans lines 2–3; b is line 4; the blank line is 5; c is line 6; d is line 7.
  assert.deepEqual(r.lines, [2, 6]);
  assert.deepEqual(
    r.skipped.map((s) => [s.line, s.code]),
    [
      [4, 'too-many-cells'],
      [7, 'too-few-cells'],
    ],
  );
  assert.match(r.skipped[0]!.message, /line 4 has 8 cells but the header has 7/);
});

test('CSV, an unreadable required date skips its row; a bad optional cell is left out with a warning', () => {
  const r = leads(
    `${HEAD},revenue,convertedAt\na,sem,A,private,2026-03-01,2026-03-01,lots,2026-03-02\nb,sem,A,private,someday,2026-03-01,,\nc,sem,A,private,2026-03-01,2026-03-30,,`,
  );
  assert.deepEqual(field(r, 'id'), ['a', 'c']);
  assert.deepEqual(
    r.skipped.map((s) => [s.line, s.code, s.field]),
    [[3, 'invalid-date', 'createdAt']],
  );
  assert.deepEqual(
    r.warnings.map((w) => [w.line, w.code, w.field]),
    [[2, 'invalid-value', 'revenue']],
  );
  const out = analyzeLeadFlow({ asOf: '2026-03-31', leads: r.rows });
  assert.deepEqual(out.invalid, []);
  assert.equal(out.pools.private, 2);
});

test('CSV, a required column the header lacks is named, with the headers the file has', () => {
  const r = leads('id,source,pool\nx,sem,private');
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.fields]),
    [['missing-columns', ['createdAt']]],
  );
  assert.deepEqual(r.issues[0]!.headers, ['id', 'source', 'pool']);
  assert.deepEqual(r.rows, []);
});

test('CSV, factor columns of the tiering model become values, typed by the factor kind', () => {
  const r = leads(
    `${HEAD},channel,annualRevenue,interest,values.contactRole,notes\na,sem,A,line,2026-03-01,2026-03-01,referral,"1,000,000,000",pricing-page|trial-signup,decision-maker,hello\nb,sem,A,line,2026-03-01,2026-03-01,,,,,`,
  );
  assert.deepEqual(r.rows[0]!.values, {
    channel: 'referral',
    annualRevenue: 1e9,
    interest: ['pricing-page', 'trial-signup'],
    contactRole: 'decision-maker',
  });
  assert.equal('notes' in r.rows[0]!, false);
  assert.equal('values' in r.rows[1]!, false);
  assert.equal(r.mapping.fields['values.contactRole'], 'values.contactRole');
});
