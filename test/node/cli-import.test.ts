// `revops import <kind> <file>` and `revops <model> --from <kind> <file>` over the built
// pipeline (npm test builds first): the output shape, exit codes, the options, and models
// run on imported CRM exports.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  ChurnAssessment,
  Issue,
  LeadFlowResult,
  OpportunityAssessment,
  TieringValidation,
} from '../../src/index.js';
import type { FileIssue, ImportMapping, IssueGroup, RowIssue } from '../../src/import/index.js';
import { readSidecar } from './crm-sidecar.js';
import { SF_X_HISTORY_LINES, SF_X_LEAD_LINES, TRANSFER_COUNTS } from '../fixtures/lead-flow-extras.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/revops.js');
const fx = (p: string) => join(root, 'test/fixtures/crm', p);
const sidecar = (p: string) => readSidecar(fx(p));

/** What `revops import` prints (importOutput in bin/revops.js). */
interface ImportOutput {
  kind: string;
  preset: string;
  mapping: ImportMapping;
  rows: (Record<string, unknown> & { id: string; createdAt: string })[];
  skipped: RowIssue[];
  summary: { read: number; mapped: number; skipped: number };
  issues?: FileIssue[];
  warnings?: IssueGroup[];
  file: Record<string, string | number | string[]>;
}
/** What a model command prints for an input it cannot use. */
interface CliError {
  error: { issues: Issue[] };
}
/** The CLI's JSON output, read as the type it prints. */
const json = <T>(text: string) => JSON.parse(text) as T;

const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    cwd: root,
    maxBuffer: 1 << 28,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'revops-import-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

describe('revops import', () => {
  before(() => assert.ok(existsSync(join(root, 'dist/import.js')), 'run `npm run build` first'));

  it('prints { kind, preset, mapping, rows, skipped, summary }; read counts data rows only; exit 0', () => {
    const r = run(['import', 'leads', fx('salesforce-report/leads.csv')]);
    assert.equal(r.code, 0, r.err);
    const out = json<ImportOutput>(r.out);
    assert.deepEqual(Object.keys(out).slice(0, 6), ['kind', 'preset', 'mapping', 'rows', 'skipped', 'summary']);
    assert.equal(out.kind, 'leads');
    assert.equal(out.preset, 'salesforce-report');
    assert.equal(out.mapping.fields.id, 'Lead ID');
    const s = sidecar('salesforce-report/leads.csv');
    assert.deepEqual(out.summary, { read: s.dataRows, mapped: s.dataRows, skipped: 0 });
    assert.equal(out.file.footerRows, 5);
    assert.equal(out.file.blankLines, 2);
    assert.equal(out.file.dateOrder, 'mdy');
    assert.equal(out.rows[0]!.id, s.rows[0]!.id);
    assert.equal(out.rows[0]!.createdAt.slice(0, 10), s.rows[0]!.createdAt);
    assert.ok(out.warnings!.some((w) => w.code === 'fallback' && w.field === 'poolEnteredAt'));
  });

  it('lead-list and customer-list: the record lists a tiering table scores, with the preset factors', () => {
    const leads = run(['import', 'lead-list', fx('xiaoshouyi/lead-list.csv'), '--compact']);
    assert.equal(leads.code, 0, leads.err);
    const l = json<ImportOutput>(leads.out);
    const ls = sidecar('xiaoshouyi/lead-list.csv');
    assert.equal(l.kind, 'lead-list');
    assert.equal(l.preset, 'xiaoshouyi');
    assert.equal(l.file.encoding, 'gb18030');
    const bad = ls.rows.filter((e) => e.skip).map((e) => e.line);
    assert.deepEqual(
      l.skipped.map((x) => x.line),
      bad,
    );
    assert.deepEqual(l.summary, { read: ls.dataRows, mapped: ls.dataRows - bad.length, skipped: bad.length });
    const { line: _l, warn: _w, ...first } = ls.rows[0]!;
    assert.deepEqual(l.rows[0], first);
    const customers = run(['import', 'customer-list', fx('generic/customer-list-en.txt')]);
    assert.equal(customers.code, 0, customers.err);
    const c = json<ImportOutput>(customers.out);
    assert.equal(c.preset, 'generic-en');
    assert.equal(c.file.encoding, 'utf-16le');
    assert.equal(c.mapping.fields['values.usageRate'], 'usage rate');
  });

  it('closed won/lost deals are skipped with code "closed"; skipped rows carry line, code and message', () => {
    const r = run(['import', 'opportunities', fx('hubspot/deals.xlsx'), '--compact']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim().split('\n').length, 1);
    const out = json<ImportOutput>(r.out);
    const s = sidecar('hubspot/deals.csv');
    const closed = s.rows.filter((x) => x.closed).length;
    assert.ok(closed > 0);
    assert.equal(out.skipped.length, closed);
    for (const k of out.skipped) {
      assert.equal(k.code, 'closed');
      assert.equal(typeof k.line, 'number');
      assert.match(k.message, /^line \d+: the deal is (won|closed)/);
    }
    assert.equal(out.file.sheet, 'Deals');
    assert.equal(out.summary.read, s.dataRows);
  });

  it('GB18030 CSV: ids as written (trimmed), dates keep at least YYYY-MM-DD, amounts as numbers', () => {
    const r = run(['import', 'leads', fx('xiaoshouyi/leads.csv')]);
    assert.equal(r.code, 0, r.err);
    const out = json<ImportOutput>(r.out);
    assert.equal(out.file.encoding, 'gb18030');
    const s = sidecar('xiaoshouyi/leads.csv');
    const byId = new Map(out.rows.map((l: { id: string }) => [l.id, l]));
    for (const e of s.rows.slice(0, 50)) {
      if (e.skip) continue;
      const l = byId.get(e.id) as Record<string, unknown>;
      assert.ok(l, e.id);
      assert.match(l.createdAt as string, /^\d{4}-\d{2}-\d{2}/);
      assert.equal((l.createdAt as string).slice(0, 10), e.createdAt);
      assert.equal(l.revenue ?? null, e.revenue);
    }
    assert.deepEqual([...new Set(out.skipped.map((x: { code: string }) => x.code))], ['pool-unknown']);
  });

  it('exit 2 when no row is mapped (every row bad, or a bad file), with the reason', () => {
    const bad = file('bad-pools.csv', '线索编号,所属线索池,创建时间\nA,待分配池,2026-03-05\nB,临时池,2026-03-05\n');
    const r = run(['import', 'leads', bad]);
    assert.equal(r.code, 2);
    const out = json<ImportOutput>(r.out);
    assert.deepEqual(out.summary, { read: 2, mapped: 0, skipped: 2 });
    assert.deepEqual(
      out.skipped.map((x: { code: string }) => x.code),
      ['pool-unknown', 'pool-unknown'],
    );
    const empty = run(['import', 'accounts', file('empty.csv', '')]);
    assert.equal(empty.code, 2);
    assert.equal(json<ImportOutput>(empty.out).issues![0]!.code, 'empty');
    const binary = run(['import', 'accounts', file('x.bin', new Uint8Array([0, 1, 2, 3, 0, 0, 255]))]);
    assert.equal(binary.code, 2);
    assert.equal(json<ImportOutput>(binary.out).issues![0]!.code, 'binary');
    const noHeader = run(['import', 'opportunities', file('nohead.csv', 'a,b\n1,2\n')]);
    assert.equal(noHeader.code, 2);
    assert.match(
      json<ImportOutput>(noHeader.out).issues![0]!.message,
      /no column for id, stage, stageEnteredAt.*"a", "b"/,
    );
  });

  it('usage errors exit 1: unknown kind, preset or date order, a missing file, a bad mapping', () => {
    const csv = fx('hubspot/contacts.csv');
    assert.equal(run(['import', 'widgets', csv]).code, 1);
    assert.equal(run(['import', 'leads']).code, 1);
    assert.equal(run(['import', 'leads', join(tmp, 'nope.csv')]).code, 1);
    const p = run(['import', 'leads', csv, '--preset', 'pipedrive']);
    assert.equal(p.code, 1);
    assert.match(p.err, /unknown preset "pipedrive"/);
    assert.equal(run(['import', 'leads', csv, '--date-order', 'ydm']).code, 1);
    assert.equal(run(['import', 'leads', csv, '--map', file('m.json', '{not json')]).code, 1);
    const m = run(['import', 'leads', csv, '--map', file('m2.json', '{"fields":{"id":5}}')]);
    assert.equal(m.code, 1);
    assert.match(m.err, /fields\.id/);
    assert.equal(run(['tier-lead', '--preset', 'hubspot'], '{}').code, 1);
  });

  it('--map, --preset and --date-order change the reading', () => {
    const csv = file('m.csv', 'No,Src,Owner,Pool,When\n1,Web,Ann,Holding,3/5/2026\n2,Web,,Holding,4/6/2026\n');
    const map = file(
      'mapping.json',
      JSON.stringify({
        fields: {
          id: 'No',
          source: 'Src',
          owner: 'Owner',
          pool: 'Pool',
          createdAt: 'When',
          businessLine: { constant: 'EMEA' },
        },
        values: { pool: { Holding: 'company' } },
      }),
    );
    const r = run(['import', 'leads', csv, '--map', map, '--preset', 'generic-en', '--date-order', 'dmy']);
    assert.equal(r.code, 0, r.err);
    const out = json<ImportOutput>(r.out);
    assert.equal(out.preset, 'generic-en');
    assert.deepEqual(
      out.rows.map((l: Record<string, unknown>) => [l.id, l.pool, l.businessLine, l.createdAt]),
      [
        ['1', 'company', 'EMEA', '2026-05-03'],
        ['2', 'company', 'EMEA', '2026-06-04'],
      ],
    );
    assert.deepEqual(out.mapping.values, { pool: { Holding: 'company' } });
    assert.equal(out.mapping.dateOrder, 'dmy');
  });

  it('--sheet picks a sheet of a workbook; --usage joins a usage file to accounts', () => {
    const r = run([
      'import',
      'accounts',
      fx('fxiaoke/accounts.xlsx'),
      '--sheet',
      '1',
      '--usage',
      fx('fxiaoke/usage.csv'),
    ]);
    assert.equal(r.code, 0, r.err);
    const out = json<ImportOutput>(r.out);
    const s = sidecar('fxiaoke/accounts.csv');
    assert.equal(out.rows.length, s.dataRows);
    assert.deepEqual(out.rows[0]!.usage, s.rows[0]!.usage);
    assert.equal(run(['import', 'accounts', fx('fxiaoke/accounts.xlsx'), '--sheet', 'Nope']).code, 2);
    assert.equal(run(['import', 'leads', fx('fxiaoke/leads.csv'), '--usage', fx('fxiaoke/usage.csv')]).code, 1);
  });

  it('--history joins an owner-history file to leads (the worked example X1–X5, as lead-flow-monitor joins it)', () => {
    // Leads X1–X5 as a Salesforce lead export and their LeadHistory (test/node/import-owner-history.test.ts).
    const leads = file('x-leads.csv', SF_X_LEAD_LINES.join('\r\n'));
    const history = file('x-history.csv', SF_X_HISTORY_LINES.join('\r\n'));
    const r = run(['import', 'leads', leads, '--history', history, '--compact']);
    assert.equal(r.code, 0, r.err);
    const out = json<ImportOutput & { historyJoined: unknown }>(r.out);
    assert.deepEqual(out.historyJoined, { leads: 5, transfers: 8, unmatched: 1 });
    assert.deepEqual(out.rows[0]!.transfers, [
      { at: '2026-03-02T10:00:00.000Z', from: null, to: 'Li' },
      { at: '2026-03-10T08:00:00.000Z', from: 'Li', to: 'Wang' },
    ]);
    const flow = run(
      ['analyze-lead-flow', '--from', 'leads', leads, '--history', history, '--compact'],
      '{"asOf":"2026-03-31"}',
    );
    assert.equal(flow.code, 0, flow.err);
    assert.deepEqual(json<LeadFlowResult>(flow.out).transfers, TRANSFER_COUNTS);
    // Only for leads; a history file with a file problem is not joined, and says why.
    assert.equal(run(['import', 'accounts', fx('fxiaoke/accounts.xlsx'), '--history', history]).code, 1);
    const empty = run(['import', 'leads', leads, '--history', file('empty.csv', ''), '--compact']);
    assert.equal(empty.code, 0, empty.err);
    assert.match(empty.err, /owner-history file not joined: /);
    assert.equal(json<ImportOutput & { historyJoined?: unknown }>(empty.out).historyJoined, undefined);
  });
});

describe('revops <model> --from', () => {
  it('analyze-lead-flow --from leads: the imported leads are the input; --as-of; other fields from the JSON file', () => {
    const input = file('lf.json', JSON.stringify({ channelCosts: { 官网注册: 100000 } }));
    const r = run(['analyze-lead-flow', '--from', 'leads', fx('fxiaoke/leads.csv'), '--as-of', '2026-04-01', input]);
    assert.equal(r.code, 0, r.err);
    const out = json<LeadFlowResult>(r.out);
    const s = sidecar('fxiaoke/leads.csv');
    const want = { private: 0, line: 0, company: 0, blacklist: 0 } as Record<string, number>;
    for (const e of s.rows) want[e.pool!]!++;
    assert.deepEqual(out.pools, want);
    assert.deepEqual(out.invalid, []);
    assert.equal(out.bySource.find((x) => x.source === '官网注册')!.cost, 100000);
    assert.match(r.err, new RegExp(`imported ${s.dataRows} of ${s.dataRows} rows .*\\(fxiaoke; 0 skipped\\)`));
  });

  it('validate-tiering --from history: converted and channel from a HubSpot contacts export', () => {
    const r = run(['validate-tiering', '--from', 'history', fx('hubspot/contacts.csv')]);
    assert.equal(r.code, 0, r.err);
    const out = json<TieringValidation>(r.out);
    const s = sidecar('hubspot/contacts.csv');
    const converted = s.rows.filter((e) => e.converted).length;
    assert.equal(
      out.tiers.reduce((n, t) => n + t.converted, 0),
      converted,
    );
    assert.equal(
      out.tiers.reduce((n, t) => n + t.count, 0),
      s.dataRows,
    );
  });

  it('assess-opportunities --from opportunities: every open deal assessed, closed ones set apart', () => {
    const r = run([
      'assess-opportunities',
      '--from',
      'opportunities',
      fx('xiaoshouyi/opportunities.xlsx'),
      '--as-of',
      '2026-04-01',
    ]);
    assert.equal(r.code, 0, r.err);
    const out = json<OpportunityAssessment>(r.out);
    const s = sidecar('xiaoshouyi/opportunities.csv');
    const open = s.rows.filter((e) => !e.closed && !e.skip);
    assert.equal(out.rows.length, open.length);
    assert.deepEqual(out.invalid, []);
    const atRisk = out.rows
      .filter((x) => x.level !== 'ok')
      .map((x) => open.find((e) => e.id === x.id)!.amount ?? 0)
      .reduce((a, b) => a + b, 0);
    assert.equal(out.summary.amountAtRisk, atRisk);
  });

  it('assess-churn --from accounts with a usage file', () => {
    const r = run([
      'assess-churn',
      '--from',
      'accounts',
      fx('salesforce-api/accounts.csv'),
      '--usage',
      fx('salesforce-api/account-usage.csv'),
      '--as-of',
      '2026-06-30',
    ]);
    assert.equal(r.code, 0, r.err);
    const out = json<ChurnAssessment>(r.out);
    assert.equal(out.rows.length, sidecar('salesforce-api/accounts.csv').dataRows);
    assert.deepEqual(out.invalid, []);
    assert.ok(out.rows.some((x: { signals: { code: string }[] }) => x.signals.some((g) => g.code === 'usage-drop')));
  });

  it('a model that needs asOf without --as-of reports it (exit 2); a kind the model does not take is a usage error', () => {
    const r = run(['assess-churn', '--from', 'accounts', fx('hubspot/companies.csv')]);
    assert.equal(r.code, 2);
    assert.ok(json<CliError>(r.out).error.issues.some((i) => i.path === 'asOf'));
    assert.equal(run(['assess-churn', '--from', 'leads', fx('hubspot/contacts.csv')]).code, 1);
    assert.equal(run(['tier-lead', '--from', 'leads', fx('hubspot/contacts.csv')]).code, 1);
    assert.equal(run(['assess-churn', '--from', 'accounts']).code, 1);
  });

  it('exit 2 when every row is invalid: an import that maps nothing, or a JSON list of bad rows', () => {
    const bad = file('bad.csv', '线索编号,所属线索池,创建时间\nA,待分配池,2026-03-05\n');
    const r = run(['analyze-lead-flow', '--from', 'leads', bad, '--as-of', '2026-04-01']);
    assert.equal(r.code, 2);
    const allBad = run(
      ['analyze-lead-flow'],
      JSON.stringify({ asOf: '2026-04-01', leads: [{ id: 'x' }, { id: 'y' }] }),
    );
    assert.equal(allBad.code, 2);
    assert.equal(json<LeadFlowResult>(allBad.out).invalid.length, 2);
    const oneGood = run(
      ['analyze-lead-flow'],
      JSON.stringify({
        asOf: '2026-04-01',
        leads: [
          { id: 'x' },
          {
            id: 'y',
            source: 'web',
            businessLine: 'a',
            pool: 'line',
            createdAt: '2026-03-01',
            poolEnteredAt: '2026-03-01',
          },
        ],
      }),
    );
    assert.equal(oneGood.code, 0);
    const churn = run(['assess-churn'], JSON.stringify({ asOf: '2026-04-01', accounts: [{ name: 'no id' }] }));
    assert.equal(churn.code, 2);
    const calibrate = run(['calibrate-tiering'], JSON.stringify({ history: [{ values: {} }] }));
    assert.equal(calibrate.code, 2);
    // An empty list is not "every row invalid".
    assert.equal(run(['assess-churn'], JSON.stringify({ asOf: '2026-04-01', accounts: [] })).code, 0);
  });
});
