import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cellAmount,
  cellDate,
  decodeExport,
  factorValuesOf,
  leadsFromJson,
  parseLeads,
  parseLeadsCsv,
  parseLeadsInChunks,
  REQUIRED_LEAD_FIELDS,
} from '../../src/parse/leads.js';
import { analyzeLeadFlow } from '../../src/models/lead-flow.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import type { Factor } from '../../src/schemas/tiering.js';

const factors = LEAD_PRESET.factors as unknown as Factor[];
const HEAD = 'id,source,businessLine,pool,createdAt,poolEnteredAt';

test('canonical headers: one lead per row, empty cells absent, spreadsheet row numbers', () => {
  const f = parseLeadsCsv(
    `${HEAD},owner,revenue\na,sem,A,private,2026-03-01,2026-03-02,,\nb,seo,B,line,2026-03-01,2026-03-01,Li,"1,200"\n`,
  );
  assert.deepEqual(f.issues, []);
  assert.deepEqual(f.rows, [2, 3]);
  assert.deepEqual(f.leads, [
    {
      id: 'a',
      source: 'sem',
      businessLine: 'A',
      pool: 'private',
      createdAt: '2026-03-01',
      poolEnteredAt: '2026-03-02',
      owner: undefined,
      revenue: undefined,
    },
    {
      id: 'b',
      source: 'seo',
      businessLine: 'B',
      pool: 'line',
      createdAt: '2026-03-01',
      poolEnteredAt: '2026-03-01',
      owner: 'Li',
      revenue: 1200,
    },
  ]);
  assert.equal(f.columns!.revenue, 'revenue');
});

test('Chinese headers and pool names, a BOM, slashed dates, money with a currency sign', () => {
  const text =
    '\ufeff线索ID,来源,业务线,线索池,创建时间,入池时间,成交金额\nx1,sem,华东,个人私海,2026/3/5 09:30,2026/03/05,¥800000\nx2,sem,华东,黑名单,2026-03-05,2026-03-05,\nx3,sem,华东,大公海,2026-03-05,2026-03-05,\nx4,sem,华东,业务线公海,2026-03-05,2026-03-05,';
  const f = parseLeadsCsv(text);
  assert.deepEqual(f.issues, []);
  assert.deepEqual(
    f.leads.map((l) => (l as { pool: string }).pool),
    ['private', 'blacklist', 'company', 'line'],
  );
  const x1 = f.leads[0] as Record<string, unknown>;
  assert.equal(x1.createdAt, '2026-03-05 09:30');
  assert.equal(x1.poolEnteredAt, '2026-03-05');
  assert.equal(x1.revenue, 800000);
  assert.equal(f.columns!.createdAt, '创建时间');
});

test('TSV and semicolon exports are read by their header', () => {
  const tsv = parseLeadsCsv(
    'id\tsource\tbusinessLine\tpool\tcreatedAt\tpoolEnteredAt\na\tsem\tA\tprivate\t2026-03-01\t2026-03-01',
  );
  assert.equal((tsv.leads[0] as { source: string }).source, 'sem');
  const semi = parseLeadsCsv(
    'id;source;businessLine;pool;createdAt;poolEnteredAt\na;sem;A;private;2026-03-01;2026-03-01',
  );
  assert.equal((semi.leads[0] as { pool: string }).pool, 'private');
});

test('a row with the wrong number of cells is skipped and named; a quoted line break keeps row numbers right', () => {
  const text = `${HEAD},owner\na,sem,A,private,2026-03-01,2026-03-01,"Li\nWang"\nb,sem,A,private,2026-03-01,2026-03-01,x,extra\n\nc,sem,A,private,2026-03-01,2026-03-01,Zhao\nd,sem`;
  const f = parseLeadsCsv(text);
  assert.deepEqual(
    f.leads.map((l) => (l as { id: string }).id),
    ['a', 'c'],
  );
  // a spans rows 2–3; b is row 4; the blank line is row 5; c is row 6; d is row 7.
  assert.deepEqual(f.rows, [2, 6]);
  assert.deepEqual(
    f.skipped.map((s) => s.row),
    [4, 7],
  );
  assert.match(f.skipped[0]!.issues[0]!.message, /row 4 has 8 cells but the header has 7/);
  assert.match(f.skipped[1]!.issues[0]!.message, /row 7 has 2 cells/);
});

test('a bad cell stays as text so the model names that lead and field; the rest are analysed', () => {
  const f = parseLeadsCsv(
    `${HEAD},revenue,convertedAt\na,sem,A,private,2026-03-01,2026-03-01,lots,2026-03-02\nb,sem,A,private,someday,2026-03-01,,\nc,sem,A,private,2026-03-01,2026-03-30,,`,
  );
  assert.deepEqual(f.skipped, []);
  const r = analyzeLeadFlow({ asOf: '2026-03-31', leads: f.leads });
  assert.deepEqual(
    r.invalid.map((x) => [x.index, x.issues.map((i) => i.path)]),
    [
      [0, ['revenue']],
      [1, ['createdAt']],
    ],
  );
  assert.equal(r.pools.private, 1);
  assert.equal(f.rows![r.invalid[1]!.index], 3);
});

test('missing required columns are reported by name and nothing is read', () => {
  const f = parseLeadsCsv('id,source,pool\nx,sem,private');
  assert.deepEqual(
    f.issues.map((i) => i.path),
    ['header.businessLine', 'header.createdAt', 'header.poolEnteredAt'],
  );
  assert.match(f.issues[1]!.message, /no createdAt column \(expected a header such as "createdAt" or "创建时间"\)/);
  assert.deepEqual(f.leads, []);
  assert.deepEqual(REQUIRED_LEAD_FIELDS, ['id', 'source', 'businessLine', 'pool', 'createdAt', 'poolEnteredAt']);
});

test('factor columns of the tiering model become values, typed by the factor kind', () => {
  const f = parseLeadsCsv(
    `${HEAD},channel,annualRevenue,interest,values.contactRole,notes\na,sem,A,line,2026-03-01,2026-03-01,referral,"1,000,000,000",pricing-page|trial-signup,decision-maker,hello\nb,sem,A,line,2026-03-01,2026-03-01,,,,,`,
    { factors },
  );
  const a = f.leads[0] as Record<string, unknown>;
  assert.deepEqual(a.values, {
    channel: 'referral',
    annualRevenue: 1e9,
    interest: ['pricing-page', 'trial-signup'],
    contactRole: 'decision-maker',
  });
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

const ids = (f: { leads: unknown[] }) => f.leads.map((l) => (l as { id: string }).id);

test('an unclosed quote costs one line: that physical line is reported and reading goes on at the next', () => {
  const text = [
    `${HEAD},owner`,
    'a,sem,A,private,2026-03-01,2026-03-01,"Li', // row 2: the quote is never closed
    'b,sem,A,private,2026-03-01,2026-03-01,Wang', // row 3
    'c,sem,A,private,2026-03-01,2026-03-01,"Zhao', // rows 4–5: a legitimate quoted line break
    'Qian"',
    'd,sem,"A,private,2026-03-01,2026-03-01,Sun', // row 6: unclosed, and a later quote would close it
    'e,sem,A,private,2026-03-01,2026-03-01,"Zhou"', // row 7
    'f,sem,A,private,2026-03-01,2026-03-01,"Wu', // row 8: unclosed at the end of the text
  ].join('\r\n');
  const f = parseLeadsCsv(text);
  assert.deepEqual(ids(f), ['b', 'c', 'e']);
  assert.deepEqual(f.rows, [3, 4, 7]);
  assert.equal((f.leads[1] as { owner: string }).owner, 'Zhao\r\nQian');
  assert.deepEqual(
    f.skipped.map((s) => [s.row, s.problems[0]!.code]),
    [
      [2, 'unclosed-quote'],
      [6, 'unclosed-quote'],
      [8, 'unclosed-quote'],
    ],
  );
  assert.match(f.skipped[0]!.issues[0]!.message, /^row 2: a quote opened on this line is not closed/);
  // A multi-line record with the wrong number of cells is reported by its first line; the next line is read on its own.
  const g = parseLeadsCsv(
    `${HEAD},owner\na,sem,A,private,2026-03-01,2026-03-01,"Li\nWang",extra\nb,sem,A,private,2026-03-01,2026-03-01,x`,
  );
  assert.deepEqual(ids(g), ['b']);
  assert.deepEqual(
    g.skipped.map((s) => [s.row, s.problems[0]!.code]),
    [
      [2, 'unclosed-quote'],
      [3, 'too-few-cells'],
    ],
  );
  assert.deepEqual(g.rows, [4]);
});

test('decodeExport: UTF-8 (with or without BOM), GB18030 / GBK bytes, UTF-16 with a BOM', () => {
  // "线索ID,来源,所属业务线,线索池,跟进人,创建时间,入池时间\nx1,百度,华东,个人私海,王伟,2026/3/5 9:30,2026/3/5\n" in GB18030.
  const gb = new Uint8Array([
    0xcf, 0xdf, 0xcb, 0xf7, 0x49, 0x44, 0x2c, 0xc0, 0xb4, 0xd4, 0xb4, 0x2c, 0xcb, 0xf9, 0xca, 0xf4, 0xd2, 0xb5, 0xce,
    0xf1, 0xcf, 0xdf, 0x2c, 0xcf, 0xdf, 0xcb, 0xf7, 0xb3, 0xd8, 0x2c, 0xb8, 0xfa, 0xbd, 0xf8, 0xc8, 0xcb, 0x2c, 0xb4,
    0xb4, 0xbd, 0xa8, 0xca, 0xb1, 0xbc, 0xe4, 0x2c, 0xc8, 0xeb, 0xb3, 0xd8, 0xca, 0xb1, 0xbc, 0xe4, 0x0a, 0x78, 0x31,
    0x2c, 0xb0, 0xd9, 0xb6, 0xc8, 0x2c, 0xbb, 0xaa, 0xb6, 0xab, 0x2c, 0xb8, 0xf6, 0xc8, 0xcb, 0xcb, 0xbd, 0xba, 0xa3,
    0x2c, 0xcd, 0xf5, 0xce, 0xb0, 0x2c, 0x32, 0x30, 0x32, 0x36, 0x2f, 0x33, 0x2f, 0x35, 0x20, 0x39, 0x3a, 0x33, 0x30,
    0x2c, 0x32, 0x30, 0x32, 0x36, 0x2f, 0x33, 0x2f, 0x35, 0x0a,
  ]);
  const d = decodeExport(gb);
  assert.equal(d.encoding, 'gb18030');
  assert.equal(d.text.split('\n')[0], '线索ID,来源,所属业务线,线索池,跟进人,创建时间,入池时间');
  const f = parseLeads(d.text);
  assert.deepEqual(f.leads, [
    {
      id: 'x1',
      source: '百度',
      businessLine: '华东',
      pool: 'private',
      owner: '王伟',
      createdAt: '2026-03-05 09:30',
      poolEnteredAt: '2026-03-05',
    },
  ]);
  const utf8 = new TextEncoder().encode('\ufeffid,来源\n1,百度');
  assert.deepEqual(decodeExport(utf8), { text: 'id,来源\n1,百度', encoding: 'utf-8' });
  assert.deepEqual(decodeExport(new TextEncoder().encode('id,来源').buffer), { text: 'id,来源', encoding: 'utf-8' });
  // UTF-16 little and big endian, by hand: BOM, then one code unit per character.
  const units = [...'id,来源'].map((c) => c.charCodeAt(0));
  const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
  const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
  assert.deepEqual(decodeExport(le), { text: 'id,来源', encoding: 'utf-16le' });
  assert.deepEqual(decodeExport(be), { text: 'id,来源', encoding: 'utf-16be' });
});

test('CRM date-times: slashes, one-digit months, days and hours, 年月日; year-last dates only when day and month cannot be swapped', () => {
  assert.equal(cellDate('2026/3/30 9:30'), '2026-03-30 09:30');
  assert.equal(cellDate('2026/3/30 09:30:15'), '2026-03-30 09:30:15');
  assert.equal(cellDate('2026-3-5'), '2026-03-05');
  assert.equal(cellDate('2026-03-05 9:05'), '2026-03-05 09:05');
  assert.equal(cellDate('2026-03-05T9:05+08:00'), '2026-03-05T09:05+08:00');
  assert.equal(cellDate('2026年3月5日'), '2026-03-05');
  assert.equal(cellDate('31/03/2026'), '2026-03-31');
  assert.equal(cellDate('03/31/2026 8:00'), '2026-03-31 08:00');
  assert.equal(cellDate('3/3/2026'), '2026-03-03');
  assert.equal(cellDate('03/01/2026'), '03/01/2026'); // left as written: the reader reports it
  const f = parseLeadsCsv(
    `${HEAD},assignedAt\na,sem,A,private,2026/3/30 9:30,2026/3/30,30/03/2026\nb,sem,A,private,03/01/2026,2026-03-01,\nc,sem,A,private,2026-03-01,2026-03-01,4.5.2026`,
  );
  assert.deepEqual(ids(f), ['a']);
  assert.deepEqual(f.leads[0], {
    id: 'a',
    source: 'sem',
    businessLine: 'A',
    pool: 'private',
    createdAt: '2026-03-30 09:30',
    poolEnteredAt: '2026-03-30',
    assignedAt: '2026-03-30',
  });
  assert.deepEqual(
    f.skipped.map((s) => [s.row, s.problems]),
    [
      [
        3,
        [{ code: 'ambiguous-date', column: 'createdAt', cell: '03/01/2026', readings: ['2026-01-03', '2026-03-01'] }],
      ],
      [4, [{ code: 'ambiguous-date', column: 'assignedAt', cell: '4.5.2026', readings: ['2026-05-04', '2026-04-05'] }]],
    ],
  );
  assert.equal(
    f.skipped[0]!.issues[0]!.message,
    'row 3, column "createdAt": "03/01/2026" could be 2026-01-03 or 2026-03-01 (day and month can be swapped); write dates as 2026-03-01',
  );
  // The model reads every date the reader wrote.
  const r = analyzeLeadFlow({ asOf: '2026-03-31', leads: f.leads });
  assert.deepEqual(r.invalid, []);
});

test('amounts: a decimal comma with semicolons or in a cell like 1.200,50; a cell the file leaves unclear is reported', () => {
  assert.equal(cellAmount('1.200,50'), 1200.5);
  assert.equal(cellAmount('1,200.50'), 1200.5);
  assert.equal(cellAmount('1200,5'), 1200.5);
  assert.equal(cellAmount('1 200,5 €'), 1200.5);
  assert.equal(cellAmount('1,200'), 1200);
  assert.equal(cellAmount('1,200', ','), 1.2);
  assert.equal(cellAmount('1.200', ','), 1200);
  assert.equal(cellAmount('1.200.000'), 1200000);
  assert.equal(cellAmount('¥800000'), 800000);
  assert.equal(cellAmount('RMB 1,200'), 1200);
  assert.equal(cellAmount('12%'), 0.12);
  assert.equal(cellAmount('1,2,3'), '1,2,3'); // not a number: the model names it
  assert.equal(cellAmount(''), undefined);
  // Semicolon-separated (a European spreadsheet): the comma is the decimal mark.
  const semi = parseLeadsCsv(
    'id;source;businessLine;pool;createdAt;poolEnteredAt;revenue\na;sem;A;private;2026-03-01;2026-03-01;1.200,50\nb;sem;A;private;2026-03-01;2026-03-01;1200,5\nc;sem;A;private;2026-03-01;2026-03-01;1.200\nd;sem;A;private;2026-03-01;2026-03-01;€ 3 000',
  );
  assert.equal(semi.decimalMark, ',');
  assert.deepEqual(
    semi.leads.map((l) => (l as { revenue: number }).revenue),
    [1200.5, 1200.5, 1200, 3000],
  );
  assert.deepEqual(semi.skipped, []);
  // Commas: 1,200 is 1200, unless the file also writes decimal commas; then 1,200 is reported, 1.200,50 is read.
  const plain = parseLeadsCsv(
    `${HEAD},revenue\na,sem,A,private,2026-03-01,2026-03-01,"1,200"\nb,sem,A,private,2026-03-01,2026-03-01,1200.5`,
  );
  assert.deepEqual(
    plain.leads.map((l) => (l as { revenue: number }).revenue),
    [1200, 1200.5],
  );
  const mixed = parseLeadsCsv(
    `${HEAD},revenue\na,sem,A,private,2026-03-01,2026-03-01,"1,200"\nb,sem,A,private,2026-03-01,2026-03-01,"1.200,50"\nc,sem,A,private,2026-03-01,2026-03-01,"1.500"`,
  );
  assert.deepEqual(ids(mixed), ['b']);
  assert.deepEqual(mixed.rows, [3]);
  assert.equal((mixed.leads[0] as { revenue: number }).revenue, 1200.5);
  assert.deepEqual(
    mixed.skipped.map((s) => [s.row, s.problems]),
    [
      [2, [{ code: 'ambiguous-number', column: 'revenue', cell: '1,200', readings: ['1200', '1.2'] }]],
      [4, [{ code: 'ambiguous-number', column: 'revenue', cell: '1.500', readings: ['1.5', '1500'] }]],
    ],
  );
  assert.match(mixed.skipped[0]!.issues[0]!.message, /"1,200" could be 1200 or 1.2/);
  // Band factor values are read the same way.
  const fac = parseLeadsCsv(
    'id;source;businessLine;pool;createdAt;poolEnteredAt;annualRevenue\na;sem;A;line;2026-03-01;2026-03-01;2.500.000,00',
    { factors },
  );
  assert.deepEqual((fac.leads[0] as { values: unknown }).values, { annualRevenue: 2500000 });
});

test('more CRM headers: 所属业务线, Lead Owner, 跟进人, 负责人, Lead Source, Created Date', () => {
  const zh = parseLeadsCsv(
    '线索编号,线索来源,所属业务线,所属线索池,跟进人,创建日期,入池时间\nz1,百度,华东,私海,王伟,2026-03-01,2026-03-01',
  );
  assert.deepEqual(zh.issues, []);
  assert.deepEqual(zh.leads[0], {
    id: 'z1',
    source: '百度',
    businessLine: '华东',
    pool: 'private',
    owner: '王伟',
    createdAt: '2026-03-01',
    poolEnteredAt: '2026-03-01',
  });
  const en = parseLeadsCsv(
    'Lead ID,Lead Source,Business Unit,Lead Pool,Lead Owner,Created Date,Pool Entered At\ne1,Web,SMB,line,Ann Lee,2026-03-01,2026-03-01',
  );
  assert.equal((en.leads[0] as { owner: string }).owner, 'Ann Lee');
  assert.equal(en.columns!.owner, 'Lead Owner');
  // Two owner-like columns: the first one is read, the owner is never dropped.
  const two = parseLeadsCsv(
    'id,source,业务线,pool,负责人,跟进人,createdAt,poolEnteredAt\nx,s,A,private,李,王,2026-03-01,2026-03-01',
  );
  assert.equal((two.leads[0] as { owner: string }).owner, '李');
  assert.equal(two.columns!.owner, '负责人');
});

test('reading in chunks gives the same result as reading at once, and reports its progress', async () => {
  const rows = Array.from(
    { length: 2500 },
    (_, i) =>
      `l${i},sem,A,private,2026/3/${(i % 28) + 1} 9:00,2026-03-01,"¥${(i * 1000).toLocaleString('en-US')}"${i === 700 ? ',x' : ''}`,
  );
  rows.splice(1200, 0, 'q,sem,A,private,2026-03-01,2026-03-01,"open');
  const text = `\ufeff${HEAD},revenue\r\n${rows.join('\r\n')}`;
  const progress: number[] = [];
  const chunked = await parseLeadsInChunks(text, { chunk: 500, pause: async (p) => void progress.push(p) });
  assert.deepEqual(chunked, parseLeadsCsv(text));
  assert.equal(chunked.leads.length, 2499);
  assert.deepEqual(
    chunked.skipped.map((s) => [s.row, s.problems[0]!.code]),
    [
      [702, 'too-many-cells'],
      [1202, 'unclosed-quote'],
    ],
  );
  assert.ok(progress.length >= 4);
  assert.ok(progress.every((p, i) => p > 0 && p < 1 && (i === 0 || p > progress[i - 1]!)));
  // JSON is read at once.
  assert.deepEqual((await parseLeadsInChunks('[{"id":1}]', { pause: () => Promise.resolve() })).leads, [{ id: 1 }]);
});
