// Cell values of CRM exports, hand-checked: dates in every shape the CRMs write, the order of
// year-last dates inferred from the whole column, amounts with currencies, separators, % and
// 万/亿, yes/no flags.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  INVALID_DATE,
  importTable,
  parseDate,
  parseFlag,
  parseMonth,
  readNumber,
  readTextTable,
} from '../../src/import/index.js';

const amount = (cell: string, mark: '.' | ',' = '.') => {
  const n = readNumber(cell);
  return n ? (mark === '.' ? n.dot : n.comma) : n;
};

describe('dates', () => {
  it('reads the shapes CRMs write, keeping the calendar day shown', () => {
    const cases: [string, string][] = [
      ['2026-03-05', '2026-03-05'],
      ['2026-03-05T08:12:00.000Z', '2026-03-05T08:12:00.000Z'], // Salesforce API: kept as written
      ['2026-03-05T08:12:00.000+0000', '2026-03-05T08:12:00.000+0000'],
      ['2026-03-05 08:12:33', '2026-03-05T08:12:33'],
      ['2026-03-05 08:12', '2026-03-05T08:12:00'], // HubSpot
      ['2026/3/5 8:12', '2026-03-05T08:12:00'], // 销售易
      ['2026/3/5', '2026-03-05'],
      ['2026.3.5', '2026-03-05'],
      ['2026年3月5日', '2026-03-05'],
      ['2026年3月5日 下午2:30', '2026-03-05T14:30:00'],
      ['2026/3/5 0:00', '2026-03-05'], // a midnight time is the date (Excel stores dates as midnight)
      ['3/5/2026', '2026-03-05'],
      ['3/5/2026, 8:12 AM', '2026-03-05T08:12:00'], // Salesforce report date-time
      ['3/5/2026 12:05 PM', '2026-03-05T12:05:00'],
      ['3/5/2026 12:05 AM', '2026-03-05T00:05:00'],
      ['3/5/26', '2026-03-05'],
      ['Mar 5, 2026', '2026-03-05'],
      ['5 March 2026', '2026-03-05'],
      ['05-Mar-2026', '2026-03-05'],
      ['2026-03-05T08:12:00+08:00', '2026-03-05T08:12:00+08:00'],
      ['46086', '2026-03-05'], // an Excel serial day
      ['46086.5', '2026-03-05T12:00:00'],
      ['1772698320000', '2026-03-05T08:12:00'], // epoch milliseconds (API exports)
      ['  2026/3/5  ', '2026-03-05'],
    ];
    for (const [cell, iso] of cases) assert.equal(parseDate(cell, 'mdy'), iso, cell);
    assert.equal(parseDate('', 'mdy'), undefined);
    assert.equal(parseDate('   ', 'mdy'), undefined);
  });

  it('an impossible or unreadable date is INVALID_DATE (the row says which cell)', () => {
    for (const cell of [
      '2026/2/30',
      '2026-13-01',
      '2026/3/5 25:00',
      '31/31/2026',
      'next week',
      '13:00 PM',
      '3/5/2026 13:00 PM',
    ])
      assert.equal(parseDate(cell, 'mdy'), INVALID_DATE, cell);
  });

  it('year-last dates follow the order: mdy reads 3/5 as March 5, dmy as 3 May', () => {
    assert.equal(parseDate('3/5/2026', 'mdy'), '2026-03-05');
    assert.equal(parseDate('3/5/2026', 'dmy'), '2026-05-03');
    assert.equal(parseDate('13/5/2026', 'dmy'), '2026-05-13');
    assert.equal(parseDate('13/5/2026', 'mdy'), INVALID_DATE);
  });

  it('the order is inferred from the whole column: one day above 12 settles it for every row', () => {
    const t = readTextTable(
      'Opportunity ID,Stage,Close Date\nA,Prospecting,3/5/2026\nB,Prospecting,13/5/2026\nC,Prospecting,4/6/2026\n',
    );
    const r = importTable(t, 'opportunities', { mapping: { fields: { stageEnteredAt: 'Close Date' } } });
    assert.equal(r.dateOrder, 'dmy');
    assert.deepEqual(
      r.rows.map((o) => o.expectedCloseDate),
      ['2026-05-03', '2026-05-13', '2026-06-04'],
    );
    assert.deepEqual(r.notes, []);
    // The same with month-first evidence.
    const us = importTable(
      readTextTable(
        'Opportunity ID,Stage,Close Date,Created Date\nA,Prospecting,3/5/2026,1/20/2026\nB,Prospecting,4/6/2026,2/2/2026\n',
      ),
      'opportunities',
    );
    assert.equal(us.dateOrder, 'mdy');
    assert.deepEqual(
      us.rows.map((o) => o.expectedCloseDate),
      ['2026-03-05', '2026-04-06'],
    );
  });

  it('a column nothing settles takes the file’s other date columns, then the preset’s locale, and says so', () => {
    const csv = 'Opportunity ID,Stage,Close Date,Created Date\nA,Prospecting,3/5/2026,25/1/2026\n';
    const r = importTable(readTextTable(csv), 'opportunities');
    assert.equal(r.rows[0]!.expectedCloseDate, '2026-05-03'); // settled by Created Date 25/1
    const alone = importTable(
      readTextTable('Opportunity ID,Stage,Close Date\nA,Prospecting,3/5/2026\n'),
      'opportunities',
      {
        mapping: { fields: { stageEnteredAt: 'Close Date' } },
      },
    );
    assert.equal(alone.preset, 'salesforce-report');
    assert.equal(alone.rows[0]!.expectedCloseDate, '2026-03-05'); // en_US default
    assert.deepEqual(
      alone.notes.map((n) => n.code),
      ['date-order-assumed'],
    );
  });

  it('--date-order overrides the inference', () => {
    const csv = 'Opportunity ID,Stage,Close Date\nA,Prospecting,3/5/2026\nB,Prospecting,4/12/2026\n';
    const r = importTable(readTextTable(csv), 'opportunities', {
      dateOrder: 'dmy',
      mapping: { fields: { stageEnteredAt: 'Close Date' } },
    });
    assert.deepEqual(
      r.rows.map((o) => o.expectedCloseDate),
      ['2026-05-03', '2026-12-04'],
    );
    assert.equal(r.dateOrder, 'dmy');
  });

  it('months for usage: 2026-01, 2026/1, 2026年1月, Jan 2026, a date in the month', () => {
    for (const m of ['2026-01', '2026/1', '2026年1月', 'Jan 2026', 'January 2026', '1/2026', '2026-01-01', '2026/1/15'])
      assert.equal(parseMonth(m), '2026-01', m);
    assert.equal(parseMonth('2026-13'), undefined);
    assert.equal(parseMonth('soon'), undefined);
  });
});

describe('amounts', () => {
  it('currency signs and codes, thousands separators, decimal commas, %, 万 and 亿', () => {
    assert.equal(amount('"¥1,200,000.00"'.slice(1, -1)), 1_200_000);
    assert.equal(amount('¥1,200,000.00'), 1_200_000);
    assert.equal(amount('￥1,200,000.00'), 1_200_000);
    assert.equal(amount('CN¥800000'), 800_000);
    assert.equal(amount('RMB 1,200'), 1200);
    assert.equal(amount('USD 1,200.00'), 1200);
    assert.equal(amount('$1,200.00'), 1200);
    assert.equal(amount('US$ 99.5'), 99.5);
    assert.equal(amount('€1.234,50'), 1234.5);
    assert.equal(amount('1.234,50'), 1234.5);
    assert.equal(amount('1 234,5', ','), 1234.5);
    assert.equal(amount('12%'), 0.12);
    assert.equal(amount('57.3%'), 0.573);
    assert.equal(amount('260万'), 2_600_000);
    assert.equal(amount('260万元'), 2_600_000);
    assert.equal(amount('1.2亿'), 120_000_000);
    assert.equal(amount('0.07万'), 700);
    assert.equal(amount('(1,200.00)'), -1200);
    assert.equal(amount('-5'), -5);
    assert.equal(amount('1200元'), 1200);
    assert.equal(readNumber(''), null);
    assert.equal(readNumber('n/a'), undefined);
    assert.equal(readNumber('1,2,3'), undefined);
  });

  it('a lone separator before three digits could be either mark: both readings are given', () => {
    assert.deepEqual(readNumber('1,200'), { dot: 1200, comma: 1.2, mark: '?' });
    assert.deepEqual(readNumber('1.200'), { dot: 1.2, comma: 1200, mark: '?' });
    assert.deepEqual(readNumber('0,500'), { dot: 0.5, comma: 0.5, mark: ',' });
  });

  it('in a file, such a cell follows the column’s own mark; a column with both marks leaves it out and says so', () => {
    const dot = importTable(readTextTable('Account ID,ARR\nA,"1,200"\nB,99.50\n'), 'accounts');
    assert.deepEqual(
      dot.rows.map((a) => a.arr),
      [1200, 99.5],
    );
    const comma = importTable(readTextTable('id;arr\nA;1.200\nB;99,50\n'), 'accounts');
    assert.deepEqual(
      comma.rows.map((a) => a.arr),
      [1200, 99.5],
    );
    const mixed = importTable(readTextTable('Account ID,ARR\nA,"1,200"\nB,"1,299.50"\nC,"1.299,50"\n'), 'accounts');
    assert.deepEqual(
      mixed.rows.map((a) => a.arr),
      [undefined, 1299.5, 1299.5],
    );
    assert.deepEqual(
      mixed.warnings.map((w) => [w.line, w.code, w.field]),
      [[2, 'amount-ambiguous', 'arr']],
    );
  });

  it('a unit in the header multiplies: 预计成交金额(万元)', () => {
    const r = importTable(
      readTextTable('商机编号,商机阶段,预计成交金额(万元),创建时间\nBO-1,方案制定,12.5,2026-03-05\n'),
      'opportunities',
    );
    assert.equal(r.rows[0]!.amount, 125_000);
  });

  it('rates: 85%, 0.85 and 85 are all 0.85', () => {
    const r = importTable(
      readTextTable('客户编号,2026-01 使用率,2026-02 使用率,2026-03 使用率,2026-04 使用率\nKH1,85%,0.85,85,150%\n'),
      'accounts',
    );
    assert.deepEqual(r.rows[0]!.usage, [
      { month: '2026-01', usageRate: 0.85 },
      { month: '2026-02', usageRate: 0.85 },
      { month: '2026-03', usageRate: 0.85 },
    ]);
    assert.deepEqual(
      r.warnings.map((w) => [w.code, w.field]),
      [['invalid-value', 'usage.2026-04.usageRate']],
    );
  });
});

describe('flags', () => {
  it('yes and no in the ways CRMs write them', () => {
    for (const t of ['true', 'TRUE', '1', 'yes', 'Y', '是', '已转化', '已转换', 'Converted', '√'])
      assert.equal(parseFlag(t), true, t);
    for (const f of ['false', 'FALSE', '0', 'no', 'N', '否', '未转化', '未转换']) assert.equal(parseFlag(f), false, f);
    assert.equal(parseFlag(''), undefined);
    assert.equal(parseFlag('maybe'), null);
  });
});
