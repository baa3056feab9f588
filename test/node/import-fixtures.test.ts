// The CRM export fixtures (test/fixtures/crm, written by make-fixtures.ts) imported with
// `preset: auto` and no mapping: every data row counted, ≥ 95 % of them mapped with the
// values the sidecar expects (ids, dates, converted, amounts, pools, stages, usage), the
// rows a preset cannot map skipped with the expected code, closed deals set apart, and
// the .xlsx of a dataset giving exactly the rows of its GB18030 CSV.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { importFile, joinUsage, type ImportResult } from '../../src/import/index.js';
import { readSidecar, type Expected, type Sidecar } from './crm-sidecar.js';

const root = fileURLToPath(new URL('../fixtures/crm', import.meta.url));

function sidecar(crm: string, file: string): Sidecar {
  const s = readSidecar(join(root, crm, file));
  if (s.sameRowsAs) {
    const base = JSON.parse(readFileSync(join(root, crm, s.sameRowsAs), 'utf8')) as Sidecar;
    s.rows = base.rows.map((r, i) => ({ ...r, line: s.firstLine! + i }));
  }
  return s;
}

const bytes = (crm: string, file: string) => readFileSync(join(root, crm, file));
const dayOf = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : (v ?? null));

/** The expected fields a row must match, per kind; returns the names of the fields that differ. */
function differences(kind: string, e: Expected, row: Record<string, unknown>): string[] {
  const bad: string[] = [];
  const eq = (name: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got ?? null) !== JSON.stringify(want ?? null))
      bad.push(`${name}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  };
  if (kind === 'leads') {
    eq('id', row.id, e.id);
    eq('createdAt', dayOf(row.createdAt), e.createdAt);
    eq('poolEnteredAt', dayOf(row.poolEnteredAt), e.poolEnteredAt);
    eq('convertedAt', dayOf(row.convertedAt), e.convertedAt);
    eq('revenue', row.revenue, e.revenue);
    eq('pool', row.pool, e.pool);
    if ('annualRevenue' in e)
      eq('annualRevenue', (row.values as Record<string, unknown> | undefined)?.annualRevenue, e.annualRevenue);
  } else if (kind === 'history') {
    const values = row.values as Record<string, unknown>;
    eq('id', row.id, e.id);
    eq('converted', row.converted, e.converted);
    eq('amount', row.amount, e.revenue);
    eq('channel', values.channel, e.channel);
  } else if (kind === 'opportunities') {
    eq('id', row.id, e.id);
    eq('stage', row.stage, e.stage);
    eq('amount', row.amount, e.amount);
    eq('stageEnteredAt', dayOf(row.stageEnteredAt), e.stageEnteredAt);
    eq('expectedCloseDate', dayOf(row.expectedCloseDate), e.expectedCloseDate);
  } else if (kind === 'accounts') {
    eq('id', row.id, e.id);
    eq('arr', row.arr, e.arr);
    eq('renewalDate', dayOf(row.renewalDate), e.renewalDate);
    eq('nps', row.nps, e.nps);
    if ('csat' in e) eq('csat', row.csat, e.csat);
    if ('overdueDays' in e) eq('overdueDays', row.overdueDays, e.overdueDays);
    if ('usage' in e) eq('usage', row.usage ?? [], e.usage);
  } else if (kind === 'lead-list' || kind === 'customer-list') {
    // The whole record: id, name, owner, factor values, the CRM's side fields.
    const { line: _line, warn: _warn, skip: _skip, ...want } = e;
    if (!isDeepStrictEqual(row, want)) bad.push(`record: ${JSON.stringify(row)} ≠ ${JSON.stringify(want)}`);
  }
  return bad;
}

/** Check one import against its sidecar: counts, each row's outcome, the share mapped correctly. */
function check(r: ImportResult, s: Sidecar, kind: string): void {
  const where = `${s.crm}/${s.file} as ${kind}`;
  assert.deepEqual(r.issues, [], `${where}: ${JSON.stringify(r.issues)}`);
  assert.equal(r.summary.read, s.dataRows, `${where}: data rows read`);
  assert.equal(r.summary.blank, s.blank, `${where}: blank lines`);
  assert.equal(r.summary.titles, s.titles, `${where}: title rows`);
  assert.equal(r.summary.footers, s.footers, `${where}: footer rows`);
  assert.equal(r.headerLine, s.headerLine, `${where}: header line`);
  assert.equal(r.summary.mapped + r.summary.skipped, r.summary.read, `${where}: every row mapped or skipped`);
  const byLine = new Map(r.lines.map((line, i) => [line, r.rows[i]!]));
  const skippedAt = new Map(r.skipped.map((x) => [x.line, x]));
  let correct = 0;
  const wrong: string[] = [];
  for (const e of s.rows) {
    const skip = e.skip?.[kind] ?? (kind === 'opportunities' && e.closed ? 'closed' : undefined);
    if (skip) {
      assert.equal(skippedAt.get(e.line)?.code, skip, `${where}: line ${e.line} should be skipped as ${skip}`);
      continue;
    }
    const row = byLine.get(e.line);
    if (!row) {
      wrong.push(`line ${e.line}: not imported (${skippedAt.get(e.line)?.message})`);
      continue;
    }
    const d = differences(kind, e, row);
    if (d.length) wrong.push(`line ${e.line}: ${d.join('; ')}`);
    else correct++;
  }
  const share = correct / s.dataRows;
  assert.ok(
    share >= 0.95,
    `${where}: ${(share * 100).toFixed(1)} % mapped correctly\n${wrong.slice(0, 10).join('\n')}`,
  );
  // The fixtures are made so that every mappable row is mapped exactly.
  assert.deepEqual(wrong.slice(0, 5), [], `${where}: rows imported wrongly`);
}

const files = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(root, d.name))
      .filter((f) => /\.(csv|xlsx|txt)$/.test(f))
      .map((f) => ({ crm: d.name, file: f })),
  );

describe('CRM export fixtures with preset auto and no mapping', () => {
  it('has a fixture for each CRM and kind it exports', () => {
    const have = new Set(files.map((f) => `${f.crm}/${f.file}`));
    for (const f of [
      'salesforce-api/leads.csv',
      'salesforce-api/opportunities.csv',
      'salesforce-api/accounts.csv',
      'salesforce-report/leads.csv',
      'salesforce-report/opportunities.csv',
      'hubspot/contacts.csv',
      'hubspot/deals.csv',
      'hubspot/deals.xlsx',
      'hubspot/companies.csv',
      'xiaoshouyi/leads.csv',
      'xiaoshouyi/leads.xlsx',
      'xiaoshouyi/opportunities.xlsx',
      'xiaoshouyi/accounts.xlsx',
      'fxiaoke/leads.xlsx',
      'fxiaoke/opportunities.csv',
      'fxiaoke/accounts.csv',
      'fxiaoke/usage.csv',
    ])
      assert.ok(have.has(f), f);
  });

  for (const { crm, file } of files) {
    const s = sidecar(crm, file);
    if (s.kinds.includes('usage')) continue;
    for (const kind of s.kinds)
      it(`${crm}/${file} as ${kind}: the CRM's preset, every row counted, ≥ 95 % mapped correctly`, async () => {
        let r = await importFile(bytes(crm, file), kind as 'leads', { preset: 'auto' });
        assert.equal(r.preset, s.crm, 'the detected preset');
        if (s.encoding) assert.equal(r.source.encoding, s.encoding);
        if (kind === 'accounts' && crm === 'salesforce-api') {
          const usage = await importFile(bytes(crm, 'account-usage.csv'), 'usage', { preset: 'auto' });
          assert.equal(usage.summary.mapped, sidecar(crm, 'account-usage.csv').dataRows);
          r = joinUsage(r, usage);
        }
        if (kind === 'accounts' && crm === 'fxiaoke') {
          const usage = await importFile(bytes(crm, 'usage.csv'), 'usage', { preset: 'auto' });
          assert.equal(usage.summary.mapped, sidecar(crm, 'usage.csv').dataRows);
          r = joinUsage(r, usage);
        }
        check(r, s, kind);
      });
  }

  for (const { crm, file } of files.filter((f) => f.file.endsWith('.xlsx'))) {
    const csv = file.replace(/\.xlsx$/, '.csv');
    for (const kind of sidecar(crm, file).kinds)
      it(`${crm}: ${file} and ${csv} (${sidecar(crm, csv).encoding}) give identical ${kind} rows`, async () => {
        const a = await importFile(bytes(crm, file), kind as 'leads');
        const b = await importFile(bytes(crm, csv), kind as 'leads');
        assert.equal(a.source.format, 'xlsx');
        assert.equal(b.source.format, 'csv');
        assert.ok(a.rows.length > 400);
        assert.deepEqual(a.rows, b.rows);
        assert.deepEqual(
          a.skipped.map((x) => x.code),
          b.skipped.map((x) => x.code),
        );
      });
  }
});
