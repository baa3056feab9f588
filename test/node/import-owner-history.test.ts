// Owner-history files joined to leads as their `transfers` (docs/models.md §7 extras, docs/import.md
// "Owner history"): Salesforce LeadHistory (API names, both rows of an owner change), the Lead History
// report, HubSpot property history (new value only), 销售易 / 纷享销客 change logs in GB18030, UTF-16 and
// .xlsx; queue and 公海 owners as pools; rows naming no lead noted; the worked example X1–X5 end to end.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import writeExcelFile from 'write-excel-file/node';
import { analyzeLeadFlow } from '../../src/index.js';
import { importFile, importTable, readTextTable, type ImportResult } from '../../src/import/index.js';
import { joinOwnerHistory, isOwnerField } from '../../src/import/owner-history.js';
import { gb18030 } from '../fixtures/crm/fixture-kit.js';
import { SF_X_HISTORY_LINES, SF_X_LEAD_LINES, TRANSFER_COUNTS } from '../fixtures/lead-flow-extras.js';

const csv = (...lines: string[]) => readTextTable(lines.join('\r\n') + '\r\n');
const utf16 = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
};
const transfersOf = (r: ImportResult) => r.rows.map((l) => [l.id, l.transfers ?? null]);

// Leads X1–X5 of the worked example, as a Salesforce lead export.
const SF_LEADS = csv(...SF_X_LEAD_LINES);

const ZH_LEADS = csv(
  '线索编号,来源,负责人,所属线索池,创建时间,入池时间,转化时间',
  'XS-1,官网,王伟,个人私海,2026/3/1,2026/3/1,2026/3/20',
  'XS-2,官网,,华南业务线公海,2026/3/1,2026/3/1,',
);

describe('owner history: Salesforce LeadHistory (API names)', () => {
  // An owner change is logged twice: the ids, then the names (same time). Queue 00G… is a pool.
  const history = importTable(csv(...SF_X_HISTORY_LINES), 'owner-history');

  it('detects the preset and maps LeadId, CreatedDate, Field, OldValue, NewValue', () => {
    assert.equal(history.preset, 'salesforce-api');
    assert.deepEqual(history.issues, []);
    assert.equal(history.summary.mapped, 10);
    assert.deepEqual(
      history.skipped.map((s) => [s.line, s.code, s.value]),
      [[5, 'not-owner-change', 'Status']],
    );
  });

  it('joins in date order; queue owners are pools; the id row of a change logged twice is dropped', () => {
    const joined = joinOwnerHistory(importTable(SF_LEADS, 'leads'), history);
    assert.deepEqual(transfersOf(joined), [
      [
        '00Q000000000001AAA',
        [
          { at: '2026-03-02T10:00:00.000Z', from: null, to: 'Li' },
          { at: '2026-03-10T08:00:00.000Z', from: 'Li', to: 'Wang' },
        ],
      ],
      [
        '00Q000000000002AAA',
        [
          { at: '2026-03-05T08:00:00.000Z', from: null, to: 'Wang' },
          { at: '2026-03-12T08:00:00.000Z', from: 'Wang', to: null },
        ],
      ],
      ['00Q000000000003AAA', [{ at: '2026-03-15T08:00:00.000Z', from: null, to: 'Li' }]],
      ['00Q000000000004AAA', [{ at: '2026-04-02T08:00:00.000Z', from: null, to: 'Li' }]],
      [
        '00Q000000000005AAA',
        [
          { at: '2026-03-01T08:00:00.000Z', from: null, to: null },
          { at: '2026-03-03T08:00:00.000Z', from: 'Li', to: 'Li' },
        ],
      ],
    ]);
    assert.deepEqual(joined.joined, { leads: 5, transfers: 8, unmatched: 1 });
    assert.deepEqual(
      joined.notes.filter((n) => n.code === 'history-unmatched').map((n) => [n.count, n.message]),
      [[1, '1 owner-history row names a lead not in the lead file (history file lines 12)']],
    );
  });

  it('the worked example X1–X5 end to end: byKind and byOwner as docs/models.md computes them by hand', () => {
    const joined = joinOwnerHistory(importTable(SF_LEADS, 'leads'), history);
    const out = analyzeLeadFlow({ asOf: '2026-03-31', leads: joined.rows });
    assert.deepEqual(out.invalid, []);
    assert.deepEqual(out.transfers, TRANSFER_COUNTS);
  });

  it('the id rows alone (no name rows) are kept: user ids as owners, queue ids as pools', () => {
    const h = importTable(
      csv(
        'LeadId,CreatedDate,Field,OldValue,NewValue',
        '00Q000000000001AAA,2026-03-02,Owner,00G000000000001AAA,005000000000001AAA',
      ),
      'owner-history',
    );
    const joined = joinOwnerHistory(importTable(SF_LEADS, 'leads'), h);
    assert.deepEqual(joined.rows[0]!.transfers, [{ at: '2026-03-02', from: null, to: '005000000000001AAA' }]);
  });

  it("a lead's own transfers come first; the inputs are not changed", () => {
    const leads = importTable(SF_LEADS, 'leads');
    const own = {
      ...leads,
      rows: leads.rows.map((l, i) => (i === 0 ? { ...l, transfers: [{ at: '2026-01-01', to: 'Zhao' }] } : l)),
    };
    const joined = joinOwnerHistory(own, history);
    assert.deepEqual((joined.rows[0]!.transfers as unknown[])[0], { at: '2026-01-01', to: 'Zhao' });
    assert.equal((joined.rows[0]!.transfers as unknown[]).length, 3);
    assert.equal(leads.rows[0]!.transfers, undefined);
    assert.equal((own.rows[0]!.transfers as unknown[]).length, 1);
  });
});

describe('owner history: other CRMs', () => {
  it('the Salesforce Lead History report (labels)', () => {
    const h = importTable(
      csv(
        'Lead ID,Edit Date,Field / Event,Old Value,New Value,Edited By',
        '00Q000000000003AAA,3/15/2026 8:00 AM,Lead Owner,Lead Queue,Li,Admin',
        '00Q000000000003AAA,3/16/2026 8:00 AM,Lead Status,Open,Working,Admin',
      ),
      'owner-history',
    );
    assert.equal(h.preset, 'salesforce-report');
    assert.equal(h.summary.mapped, 1);
    const joined = joinOwnerHistory(importTable(SF_LEADS, 'leads'), h);
    assert.deepEqual(joined.rows[2]!.transfers, [{ at: '2026-03-15T08:00:00', from: null, to: 'Li' }]);
  });

  it('HubSpot property history: only the new value, so the owner before is the previous row’s (none first)', () => {
    const leads = importTable(
      csv('Record ID,Lead Status,Contact owner,Create Date', '101,NEW,Wang,2026-03-01', '102,NEW,,2026-03-01'),
      'leads',
    );
    const h = importTable(
      csv(
        'Record ID,Property,Value,Timestamp,Source',
        // Newest first, as HubSpot lists it: the join sorts by date.
        '101,Contact owner,Wang,2026-03-10 09:00,CRM_UI',
        '101,Contact owner,Li,2026-03-02 09:00,AUTOMATION',
        '101,Lifecycle stage,lead,2026-03-02 09:00,CRM_UI',
        '102,Contact owner,,2026-03-12 09:00,CRM_UI',
        '102,Contact owner,Wang,2026-03-05 09:00,CRM_UI',
      ),
      'owner-history',
    );
    assert.equal(h.preset, 'hubspot');
    assert.equal(h.summary.skipped, 1);
    assert.deepEqual(transfersOf(joinOwnerHistory(leads, h)), [
      [
        '101',
        [
          { at: '2026-03-02T09:00:00', from: null, to: 'Li' },
          { at: '2026-03-10T09:00:00', from: 'Li', to: 'Wang' },
        ],
      ],
      [
        '102',
        [
          { at: '2026-03-05T09:00:00', from: null, to: 'Wang' },
          { at: '2026-03-12T09:00:00', from: 'Wang', to: null },
        ],
      ],
    ]);
  });

  const ZH_HISTORY = [
    '线索编号,变更字段,原负责人,新负责人,变更时间,操作人',
    'XS-1,负责人,公海,李娜,2026/3/2 10:00,管理员',
    'XS-1,负责人,李娜,王伟,2026/3/10 10:00,管理员',
    'XS-1,线索状态,未处理,跟进中,2026/3/11 10:00,王伟',
    'XS-2,负责人,王伟,华南线索池,2026/3/12 10:00,系统',
    'XS-9,负责人,,李娜,2026/3/12 10:00,系统',
  ].join('\r\n');
  const ZH_EXPECTED = [
    [
      'XS-1',
      [
        { at: '2026-03-02T10:00:00', from: null, to: '李娜' },
        { at: '2026-03-10T10:00:00', from: '李娜', to: '王伟' },
      ],
    ],
    ['XS-2', [{ at: '2026-03-12T10:00:00', from: '王伟', to: null }]],
  ];

  it('a 负责人变更 log in GB18030: 公海 and 线索池 owners are pools', async () => {
    const h = await importFile(gb18030(ZH_HISTORY + '\r\n'), 'owner-history');
    assert.equal(h.source.encoding, 'gb18030');
    assert.deepEqual(h.issues, []);
    assert.equal(h.summary.mapped, 4);
    assert.deepEqual(
      h.skipped.map((s) => [s.line, s.code]),
      [[4, 'not-owner-change']],
    );
    const joined = joinOwnerHistory(importTable(ZH_LEADS, 'leads'), h);
    assert.deepEqual(transfersOf(joined), ZH_EXPECTED);
    assert.equal(joined.joined.unmatched, 1);
  });

  it('the same log as UTF-16 tab-separated text (Excel “Unicode Text”) and as .xlsx gives the same transfers', async () => {
    const tsv = ZH_HISTORY.replace(/,/g, '\t') + '\r\n';
    const h16 = await importFile(utf16(tsv), 'owner-history');
    assert.equal(h16.source.encoding, 'utf-16le');
    assert.deepEqual(transfersOf(joinOwnerHistory(importTable(ZH_LEADS, 'leads'), h16)), ZH_EXPECTED);
    const rows = ZH_HISTORY.split('\r\n').map((l) => l.split(',').map((v) => (v ? { value: v, type: String } : null)));
    const xlsx = await writeExcelFile(rows as never, { sheet: '负责人变更' }).toBuffer();
    const hx = await importFile(new Uint8Array(xlsx), 'owner-history');
    assert.equal(hx.source.format, 'xlsx');
    assert.deepEqual(transfersOf(joinOwnerHistory(importTable(ZH_LEADS, 'leads'), hx)), ZH_EXPECTED);
  });

  it('pool owners named by the user count as pools', () => {
    const h = importTable(csv('线索编号,原负责人,新负责人,变更时间', 'XS-2,待分配,王伟,2026/3/5'), 'owner-history');
    const plain = joinOwnerHistory(importTable(ZH_LEADS, 'leads'), h);
    assert.deepEqual(plain.rows[1]!.transfers, [{ at: '2026-03-05', from: '待分配', to: '王伟' }]);
    const named = joinOwnerHistory(importTable(ZH_LEADS, 'leads'), h, { poolOwners: ['待分配'] });
    assert.deepEqual(named.rows[1]!.transfers, [{ at: '2026-03-05', from: null, to: '王伟' }]);
  });
});

describe('owner history: bad rows', () => {
  it('a bad date or a blank lead id skips that row only, naming the line and column; the rest is joined', () => {
    const h = importTable(
      csv(
        '线索编号,原负责人,新负责人,变更时间',
        'XS-1,,李娜,2026/3/2',
        'XS-1,李娜,王伟,下周二',
        ',李娜,王伟,2026/3/4',
        'XS-2,王伟,,2026/3/12',
      ),
      'owner-history',
    );
    assert.deepEqual(
      h.skipped.map((s) => [s.line, s.code, s.field]),
      [
        [3, 'invalid-date', 'at'],
        [4, 'missing-value', 'leadId'],
      ],
    );
    assert.match(h.skipped[0]!.message, /^line 3: at "下周二" is not a date \(column "变更时间"\)$/);
    const joined = joinOwnerHistory(importTable(ZH_LEADS, 'leads'), h);
    assert.deepEqual(transfersOf(joined), [
      ['XS-1', [{ at: '2026-03-02', from: null, to: '李娜' }]],
      ['XS-2', [{ at: '2026-03-12', from: '王伟', to: null }]],
    ]);
  });

  it('a file without a column for the new owner imports nothing and names the field', () => {
    const h = importTable(csv('线索编号,变更时间', 'XS-1,2026/3/2'), 'owner-history');
    assert.deepEqual(
      h.issues.map((i) => [i.code, i.fields]),
      [['missing-columns', ['to']]],
    );
    assert.equal(h.rows.length, 0);
  });

  it('owner fields are recognised by name in either language; a blank Field means an owner change', () => {
    for (const f of [
      'Owner',
      'ownerAssignment',
      'Lead Owner',
      'hubspot_owner_id',
      'Contact owner',
      '负责人',
      '負責人',
      undefined,
    ])
      assert.equal(isOwnerField(f), true, String(f));
    for (const f of ['Status', 'Lead Status', '线索状态', 'Rating']) assert.equal(isOwnerField(f), false, f);
  });
});
