import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellDate, factorValuesOf, leadsFromJson, parseLeads, parseLeadsCsv, REQUIRED_LEAD_FIELDS } from '../../src/parse/leads.js';
import { analyzeLeadFlow } from '../../src/models/lead-flow.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import type { Factor } from '../../src/schemas/tiering.js';

const factors = LEAD_PRESET.factors as unknown as Factor[];
const HEAD = 'id,source,businessLine,pool,createdAt,poolEnteredAt';

test('canonical headers: one lead per row, empty cells absent, spreadsheet row numbers', () => {
  const f = parseLeadsCsv(`${HEAD},owner,revenue\na,sem,A,private,2026-03-01,2026-03-02,,\nb,seo,B,line,2026-03-01,2026-03-01,Li,"1,200"\n`);
  assert.deepEqual(f.issues, []);
  assert.deepEqual(f.rows, [2, 3]);
  assert.deepEqual(f.leads, [
    { id: 'a', source: 'sem', businessLine: 'A', pool: 'private', createdAt: '2026-03-01', poolEnteredAt: '2026-03-02', owner: undefined, revenue: undefined },
    { id: 'b', source: 'seo', businessLine: 'B', pool: 'line', createdAt: '2026-03-01', poolEnteredAt: '2026-03-01', owner: 'Li', revenue: 1200 },
  ]);
  assert.equal(f.columns!.revenue, 'revenue');
});

test('Chinese headers and pool names, a BOM, slashed dates, money with a currency sign', () => {
  const text = '\ufeff线索ID,来源,业务线,线索池,创建时间,入池时间,成交金额\nx1,sem,华东,个人私海,2026/3/5 09:30,2026/03/05,¥800000\nx2,sem,华东,黑名单,2026-03-05,2026-03-05,\nx3,sem,华东,大公海,2026-03-05,2026-03-05,\nx4,sem,华东,业务线公海,2026-03-05,2026-03-05,';
  const f = parseLeadsCsv(text);
  assert.deepEqual(f.issues, []);
  assert.deepEqual(f.leads.map((l) => (l as { pool: string }).pool), ['private', 'blacklist', 'company', 'line']);
  const x1 = f.leads[0] as Record<string, unknown>;
  assert.equal(x1.createdAt, '2026-03-05 09:30');
  assert.equal(x1.poolEnteredAt, '2026-03-05');
  assert.equal(x1.revenue, 800000);
  assert.equal(f.columns!.createdAt, '创建时间');
});

test('TSV and semicolon exports are read by their header', () => {
  const tsv = parseLeadsCsv('id\tsource\tbusinessLine\tpool\tcreatedAt\tpoolEnteredAt\na\tsem\tA\tprivate\t2026-03-01\t2026-03-01');
  assert.equal((tsv.leads[0] as { source: string }).source, 'sem');
  const semi = parseLeadsCsv('id;source;businessLine;pool;createdAt;poolEnteredAt\na;sem;A;private;2026-03-01;2026-03-01');
  assert.equal((semi.leads[0] as { pool: string }).pool, 'private');
});

test('a row with the wrong number of cells is skipped and named; a quoted line break keeps row numbers right', () => {
  const text = `${HEAD},owner\na,sem,A,private,2026-03-01,2026-03-01,"Li\nWang"\nb,sem,A,private,2026-03-01,2026-03-01,x,extra\n\nc,sem,A,private,2026-03-01,2026-03-01,Zhao\nd,sem`;
  const f = parseLeadsCsv(text);
  assert.deepEqual(f.leads.map((l) => (l as { id: string }).id), ['a', 'c']);
  // a spans rows 2–3; b is row 4; the blank line is row 5; c is row 6; d is row 7.
  assert.deepEqual(f.rows, [2, 6]);
  assert.deepEqual(f.skipped.map((s) => s.row), [4, 7]);
  assert.match(f.skipped[0]!.issues[0]!.message, /row 4 has 8 cells but the header has 7/);
  assert.match(f.skipped[1]!.issues[0]!.message, /row 7 has 2 cells/);
});

test('a bad cell stays as text so the model names that lead and field; the rest are analysed', () => {
  const f = parseLeadsCsv(`${HEAD},revenue,convertedAt\na,sem,A,private,2026-03-01,2026-03-01,lots,2026-03-02\nb,sem,A,private,someday,2026-03-01,,\nc,sem,A,private,2026-03-01,2026-03-30,,`);
  assert.deepEqual(f.skipped, []);
  const r = analyzeLeadFlow({ asOf: '2026-03-31', leads: f.leads });
  assert.deepEqual(r.invalid.map((x) => [x.index, x.issues.map((i) => i.path)]), [
    [0, ['revenue']],
    [1, ['createdAt']],
  ]);
  assert.equal(r.pools.private, 1);
  assert.equal(f.rows![r.invalid[1]!.index], 3);
});

test('missing required columns are reported by name and nothing is read', () => {
  const f = parseLeadsCsv('id,source,pool\nx,sem,private');
  assert.deepEqual(f.issues.map((i) => i.path), ['header.businessLine', 'header.createdAt', 'header.poolEnteredAt']);
  assert.match(f.issues[1]!.message, /no createdAt column \(expected a header such as "createdAt" or "创建时间"\)/);
  assert.deepEqual(f.leads, []);
  assert.deepEqual(REQUIRED_LEAD_FIELDS, ['id', 'source', 'businessLine', 'pool', 'createdAt', 'poolEnteredAt']);
});

test('factor columns of the tiering model become values, typed by the factor kind', () => {
  const f = parseLeadsCsv(`${HEAD},channel,annualRevenue,interest,values.contactRole,notes\na,sem,A,line,2026-03-01,2026-03-01,referral,"1,000,000,000",pricing-page|trial-signup,decision-maker,hello\nb,sem,A,line,2026-03-01,2026-03-01,,,,,`, { factors });
  const a = f.leads[0] as Record<string, unknown>;
  assert.deepEqual(a.values, { channel: 'referral', annualRevenue: 1e9, interest: ['pricing-page', 'trial-signup'], contactRole: 'decision-maker' });
  assert.equal('notes' in a, false);
  assert.equal('values' in (f.leads[1] as object), false);
  assert.equal(f.columns!['values.contactRole'], 'values.contactRole');
});

test('JSON: a list, the model input envelope, or a clear error', () => {
  assert.deepEqual(parseLeads('[{"id":1}]').leads, [{ id: 1 }]);
  const env = parseLeads('{"asOf":"2026-03-31","leads":[],"channelCosts":{"sem":1}}');
  assert.deepEqual(env.envelope, { asOf: '2026-03-31', channelCosts: { sem: 1 } });
  assert.match(parseLeads('{"leads": ').issues[0]!.message, /not valid JSON/);
  assert.equal(leadsFromJson({ rows: [] }).issues[0]!.path, 'leads');
  assert.match(parseLeads('   ').issues[0]!.message, /empty/);
});

test('cellDate and factorValuesOf', () => {
  assert.equal(cellDate(' 2026/3/5 '), '2026-03-05');
  assert.equal(cellDate('2026.12.31T08:00Z'), '2026-12-31T08:00Z');
  assert.equal(cellDate('March 5'), 'March 5');
  assert.equal(cellDate(''), undefined);
  const keys = ['channel', 'contactRole'];
  assert.deepEqual(factorValuesOf({ values: { channel: 'seo' } }, keys), { channel: 'seo' });
  assert.deepEqual(factorValuesOf({ id: 1, channel: 'seo', other: 1 }, keys), { channel: 'seo' });
  assert.equal(factorValuesOf({ id: 1, values: { channel: null } }, keys), null);
  assert.equal(factorValuesOf({ id: 1 }, keys), null);
});
