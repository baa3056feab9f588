// What the import view shows and reads, in Node: reading in steps, host records as a table, fflate's
// synchronous unzip, the mapping step's derivations (fields, values, preview, grouped problems and their
// fixes, fallbacks, the skipped rows as CSV), the user's mapping (edits, saving, exporting, reading back),
// the validity history's guard, and the lead-flow row problems of an import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import {
  importTable,
  readCsvTable,
  readCsvTableInSteps,
  readTable,
  readTableInSteps,
  readTextTable,
  tableFromRecords,
  type ReadStep,
} from '../../src/import/index.js';
import { unzip } from '../../src/import/fflate-sync.js';
import {
  editsForTable,
  fallbacks,
  fieldRows,
  fileProblem,
  fixOf,
  importView,
  layerEdits,
  mappingFile,
  previewTable,
  readMappingFile,
  readSavedMapping,
  skippedRowsCsv,
  valueSteps,
  withField,
  withValue,
} from '../../src/views/import-view.js';
import { historyCheck } from '../../src/views/tiering-history.js';
import { collectRowIssues, rowIssueAsIssue } from '../../src/views/lead-flow-rows.js';
import { LEAD_PRESET } from '../../src/models/presets.js';

const crm = (p: string) => readFileSync(new URL(`../fixtures/crm/${p}`, import.meta.url));

test('reading CSV in steps gives the table read at once, reporting the share read', async () => {
  const rows = Array.from({ length: 2500 }, (_, i) => `l${i},sem,A,private,2026/3/${(i % 28) + 1} 9:00,2026-03-01`);
  const text = `\ufeffid,source,businessLine,pool,createdAt,poolEnteredAt\r\n${rows.join('\r\n')}\r\n\r\nTotal 2500`;
  const it = readCsvTableInSteps(text, {}, 500);
  const shares: number[] = [];
  let s = it.next();
  while (!s.done) {
    shares.push(s.value);
    s = it.next();
  }
  assert.deepEqual(s.value, readCsvTable(text));
  assert.equal(s.value.rows.length, 2500);
  assert.deepEqual(s.value.footers, [2503]);
  assert.equal(shares.length, 5);
  assert.ok(shares.every((x, i) => x > 0 && x <= 1 && (i === 0 || x > shares[i - 1]!)));

  // Bytes: decoded (GB18030) first; an .xlsx by its phases; an empty or binary file as one issue.
  const steps: ReadStep[] = [];
  const gb = crm('fxiaoke/leads.csv');
  const t = await readTableInSteps(gb, { step: (x) => void steps.push(x), rowsPerStep: 200 });
  assert.deepEqual(t, await readTable(gb));
  assert.deepEqual(steps[0], { phase: 'decode', done: 0 });
  assert.equal(steps.filter((x) => x.phase === 'rows').length, 4);
  assert.deepEqual(steps[steps.length - 1], { phase: 'done', done: 1 });
  const xs: ReadStep[] = [];
  const wb = await readTableInSteps(crm('xiaoshouyi/leads.xlsx'), { step: (x) => void xs.push(x) });
  assert.equal(wb.rows.length, 900);
  assert.deepEqual(
    xs.map((x) => x.phase),
    ['open', 'parse', 'rows', 'done'],
  );
  assert.equal(xs[1]!.done, null);
  assert.equal((await readTableInSteps(new Uint8Array(0))).issues[0]!.code, 'empty');
  assert.equal((await readTableInSteps(new Uint8Array([1, 0, 2, 0, 0, 9]))).issues[0]!.code, 'binary');
  assert.equal((await readTableInSteps('')).issues[0]!.code, 'empty');
});

test('fflate-sync: unzip inflates on the calling thread, with fflate’s callback and errors', async () => {
  const big = strToU8('<row>'.repeat(300_000)); // 1.5 MB: fflate would start a worker for it
  const zip = zipSync({ 'a.xml': big, 'b.xml': strToU8('b') }, { level: 6 });
  const got = await new Promise<Record<string, Uint8Array>>((res, rej) => {
    let sync = true;
    unzip(zip, { filter: (f) => f.name === 'a.xml' }, (err, files) => {
      assert.equal(sync, false); // never called back synchronously
      if (err) rej(err);
      else res(files);
    });
    sync = false;
  });
  assert.deepEqual(Object.keys(got), ['a.xml']);
  assert.deepEqual(got['a.xml'], unzipSync(zip)['a.xml']);
  const err = await new Promise((res) => unzip(new Uint8Array([1, 2, 3]), (e) => res(e)));
  assert.equal(typeof (err as { code: number }).code, 'number');
});

test('host records: objects flattened by their keys, or a { header, rows } table', () => {
  const t = tableFromRecords([
    { Id: '00Q1', Owner: { Name: 'Jane' }, Tags: ['a', 'b'], CreatedDate: new Date(Date.UTC(2026, 2, 5, 8, 12)), N: 3 },
    { Id: '00Q2', Extra: true },
    { Id: '' },
    'not a record',
  ]);
  assert.deepEqual(t.header, ['Id', 'Owner.Name', 'Tags', 'CreatedDate', 'N', 'Extra']);
  assert.deepEqual(t.rows, [
    ['00Q1', 'Jane', 'a|b', '2026-03-05T08:12:00', '3', ''],
    ['00Q2', '', '', '', '', 'TRUE'],
  ]);
  assert.deepEqual(t.lines, [1, 2]);
  assert.equal(t.blank, 1);
  assert.deepEqual(
    t.broken.map((b) => [b.line, b.code]),
    [[4, 'not-a-record']],
  );
  assert.equal(t.source.format, 'records');
  const g = tableFromRecords({ header: ['id', 'pool', ''], rows: [['x', 'line'], [], 'bad' as never] });
  assert.deepEqual(g.header, ['id', 'pool', 'Column 3']);
  assert.deepEqual(g.rows, [['x', 'line', '']]);
  assert.equal(g.blank, 1);
  assert.equal(g.broken[0]!.line, 3);
  assert.equal(tableFromRecords([]).issues[0]!.code, 'empty');
  assert.equal(tableFromRecords({ header: ['id'], rows: [] }).issues[0]!.code, 'header-only');
});

test('the mapping step: fields with their columns and first values, the value mapping with counts', async () => {
  const table = await readTable(crm('xiaoshouyi/leads.xlsx'));
  const r = importTable(table, 'leads', { factors: LEAD_PRESET.factors });
  const rows = fieldRows(table, 'leads', r.mapping, LEAD_PRESET.factors);
  const pool = rows.find((f) => f.key === 'pool')!;
  assert.deepEqual(pool, {
    key: 'pool',
    type: 'text',
    required: true,
    choice: { kind: 'column', column: '所属线索池' },
    sample: pool.sample,
  });
  assert.ok(pool.sample);
  assert.deepEqual(rows.find((f) => f.key === 'values.channel')!.choice, { kind: 'none' });
  const steps = valueSteps(table, 'leads', r.mapping, []);
  assert.deepEqual(
    steps.map((s) => s.field),
    ['pool', 'converted'],
  );
  const pools = steps[0]!;
  assert.equal(pools.values.find((v) => v.value === '待分配池')!.count, 8);
  assert.equal(pools.values.find((v) => v.value === '待分配池')!.target, undefined);
  assert.equal(pools.values.find((v) => v.value === '华东线索池')!.target, 'line');
  assert.equal(pools.values.reduce((s, v) => s + v.count, 0) + pools.blank, 900);
  assert.deepEqual(pools.targets, ['private', 'line', 'company', 'blacklist']);
  assert.deepEqual(
    steps[1]!.values.map((v) => [v.value, v.target]),
    [
      ['未转换', 'false'],
      ['已转换', 'true'],
    ],
  );
  // Stages: the pipeline's stages, then closed won and lost.
  const deals = await readTable(crm('salesforce-api/opportunities.csv'));
  const d = importTable(deals, 'opportunities');
  const stage = valueSteps(deals, 'opportunities', d.mapping, [{ key: 'qualify' }, { key: 'solution' }])[0]!;
  assert.deepEqual(stage.targets, ['qualify', 'solution', 'closed-won', 'closed-lost']);
  assert.equal(stage.values.find((v) => v.value === 'Stalled')!.count, 4);
});

test('the view of an import: problems grouped with their fix, fallbacks, a preview, the skipped rows as CSV', async () => {
  const table = await readTable(crm('xiaoshouyi/leads.xlsx'));
  const r = importTable(table, 'leads');
  const v = importView(table, r, 'leads');
  assert.equal(v.problem, undefined);
  assert.deepEqual(
    v.errors.map((g) => [g.code, g.count, g.examples, g.fix]),
    [['pool-unknown', 8, [36, 156, 276, 396, 516], { step: 'value', field: 'pool', value: '待分配池' }]],
  );
  assert.deepEqual(
    v.fallbacks.map((f) => [f.field, f.from.reduce((s, x) => s + x.count, 0)]),
    [['poolEnteredAt', 123]],
  );
  assert.deepEqual(
    fallbacks(r)[0]!
      .from.map((x) => x.field)
      .sort(),
    ['assignedAt', 'createdAt'],
  );
  assert.equal(v.preview.rows.length, 5);
  assert.deepEqual(v.preview.columns.slice(0, 4), ['id', 'source', 'businessLine', 'pool']);
  assert.equal(v.preview.rows[0]![0], 'XS20260000');
  const text = skippedRowsCsv(table, r, (i) => `${i.code}!`, {
    line: 'line',
    problem: 'problem',
    field: 'field',
    value: 'value',
  });
  const back = readTextTable(text);
  assert.deepEqual(back.header.slice(0, 5), ['line', 'problem', 'field', 'value', '线索ID']);
  assert.equal(back.rows.length, 8);
  assert.deepEqual(back.rows[0]!.slice(0, 4), ['36', 'pool-unknown!', 'pool', '待分配池']);
  assert.deepEqual(back.rows[0]!.slice(4), table.rows[table.lines.indexOf(36)]);
  // Fixes: a value to map, a field's column, or none.
  assert.deepEqual(fixOf({ code: 'missing-value', field: 'createdAt', count: 1, examples: [], message: '' }, 'leads'), {
    step: 'field',
    field: 'createdAt',
  });
  assert.equal(fixOf({ code: 'too-many-cells', count: 1, examples: [], message: '' }, 'leads'), undefined);
  assert.equal(
    fixOf({ code: 'stage-unknown', field: 'stage', count: 1, examples: [], message: '' }, 'leads'),
    undefined,
  );
  // Closed deals are set apart, not errors.
  const deals = await readTable(crm('salesforce-api/opportunities.csv'));
  const dv = importView(deals, importTable(deals, 'opportunities'), 'opportunities');
  assert.deepEqual(
    dv.errors.map((g) => g.code),
    ['stage-unknown'],
  );
  assert.ok(dv.warnings.some((g) => g.code === 'amount-unknown' && g.count === 37));
  assert.deepEqual(previewTable(importTable(readTextTable('id,x\n1,2'), 'accounts')).rows, [['1']]);
});

test('a file problem: a merged title alone is told apart from a header without data', () => {
  const title = readTextTable('线索列表 导出时间: 2026-04-01,,,\n');
  assert.equal(fileProblem(title)!.code, 'title-only');
  assert.match(fileProblem(title)!.message, /line 1 holds only a title/);
  assert.equal(fileProblem(readTextTable('id,source\n'))!.code, 'header-only');
  const r = importTable(readTextTable('id,source\nx,sem'), 'leads');
  assert.equal(fileProblem(readTextTable('id,source\nx,sem'), r)!.code, 'missing-columns');
});

test('the user’s mapping: edits over the preset, kept, exported and read back', () => {
  const table = readTextTable('Lead ID,Origin,Queue,Created\nL1,web,待分配池,2026-03-01\nL2,web,私海,2026-03-02');
  let edits = withField({}, 'source', { kind: 'column', column: 'Origin' });
  edits = withField(edits, 'businessLine', { kind: 'constant', value: 'South' });
  edits = withField(edits, 'pool', { kind: 'column', column: 'Queue' });
  edits = withValue(edits, 'pool', '待分配池', 'line');
  edits = withValue(edits, 'converted', 'Won', 'true');
  assert.deepEqual(edits.values, { pool: { 待分配池: 'line' }, converted: { Won: true } });
  const r = importTable(table, 'leads', { mapping: edits });
  assert.deepEqual(
    r.rows.map((l) => [l.id, l.source, l.businessLine, l.pool]),
    [
      ['L1', 'web', 'South', 'line'],
      ['L2', 'web', 'South', 'private'],
    ],
  );
  assert.deepEqual(withValue(edits, 'pool', '待分配池', undefined).values!.pool, {});
  // A mapping kept from another export: its columns this file lacks are dropped, the rest stays.
  const other = editsForTable(readTextTable('id,source\nx,sem'), edits);
  assert.deepEqual(other.fields, { businessLine: { constant: 'South' } });
  assert.deepEqual(other.values, edits.values);
  // The host's field-map under the user's edits.
  const layered = layerEdits({ fields: { id: 'Lead ID', pool: 'X' }, values: { pool: { a: 'company' } } }, edits);
  assert.equal(layered.fields!.id, 'Lead ID');
  assert.equal(layered.fields!.pool, 'Queue');
  assert.deepEqual(layered.values!.pool, { a: 'company', 待分配池: 'line' });
  // Saved, exported, read back.
  assert.deepEqual(readSavedMapping({ v: 1, preset: 'hubspot', edits }), { v: 1, preset: 'hubspot', edits });
  assert.equal(readSavedMapping({ v: 2 }), undefined);
  assert.equal(readSavedMapping({ v: 1, preset: 'nope', edits: {} })!.preset, 'auto');
  const file = mappingFile('leads', r.preset, r.mapping);
  assert.equal(file.kind, 'leads');
  const back = readMappingFile(JSON.parse(JSON.stringify(file)));
  assert.deepEqual(back.issues, []);
  assert.equal(back.preset, r.preset);
  assert.deepEqual(importTable(table, 'leads', { mapping: back.edits }).rows, r.rows);
  assert.deepEqual(
    readMappingFile({ fields: { pool: 3 } }).issues.map((i) => i.path),
    ['fields.pool'],
  );
});

test('the validity history guard: factor values, rows and conversions', () => {
  const keys = ['channel', 'annualRevenue'];
  const none = historyCheck(
    Array.from({ length: 40 }, (_, i) => ({ values: {}, converted: i % 2 === 0 })),
    keys,
  );
  assert.deepEqual(none, {
    rows: 40,
    conversions: 20,
    factors: [],
    noFactors: true,
    fewRows: false,
    fewConversions: false,
  });
  const few = historyCheck(
    [
      { values: { channel: '' }, converted: true },
      { values: { annualRevenue: 5 }, converted: false },
      { values: { channel: [] }, converted: true },
    ],
    keys,
  );
  assert.deepEqual(few, {
    rows: 3,
    conversions: 2,
    factors: ['annualRevenue'],
    noFactors: false,
    fewRows: true,
    fewConversions: true,
  });
});

test('lead-flow row problems of an import: skipped rows by line and column, refused leads placed', () => {
  const r = importTable(
    readTextTable(
      '线索ID,来源,业务线,线索池,创建时间,入池时间\na,sem,A,private,2026-03-01,2026-03-01\nb,sem,A,private,someday,2026-03-01\nc,sem,A,private,2026-03-01,2026-03-01,x',
    ),
    'leads',
  );
  const columns = Object.fromEntries(
    Object.entries(r.mapping.fields).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const issues = collectRowIssues({ format: 'csv', skipped: r.skipped, lines: r.lines, columns }, [
    { index: 0, id: 'a', issues: [{ path: 'pool', message: 'pool must be …' }] },
  ]);
  assert.deepEqual(
    issues.map((i) => [i.row, i.column, i.problem?.code ?? 'model']),
    [
      [2, '线索池', 'model'],
      [3, '创建时间', 'invalid-date'],
      [4, '', 'too-many-cells'],
    ],
  );
  assert.deepEqual(rowIssueAsIssue(issues[0]!, columns), {
    path: 'leads.0.pool',
    message: 'row 2, column "线索池": pool must be …',
  });
  assert.equal(rowIssueAsIssue(issues[1]!, columns).path, 'row.3');
});
