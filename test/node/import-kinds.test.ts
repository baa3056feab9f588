// The four kinds, hand-checked end to end: leads (pools, fallbacks, defaults), validity-check
// history (converted from a flag, a date or a lifecycle stage; factor values), opportunities
// (closed deals set apart, unknown amounts kept and assessed), accounts (wide month columns,
// a usage file joined by id).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assessOpportunities,
  assessChurn,
  analyzeLeadFlow,
  validateTiering,
  CUSTOMER_PRESET,
} from '../../src/index.js';
import { groupIssues, importTable, joinUsage, modelRows, readTextTable } from '../../src/import/index.js';

const csv = (...lines: string[]) => readTextTable(lines.join('\r\n') + '\r\n');

describe('leads', () => {
  const t = csv(
    '线索编号,来源,负责人,归属部门,所属线索池,创建时间,入池时间,分配时间,最后跟进时间,是否转化,转化时间,成交金额,行业,地区',
    ' FX-1 ,官网注册,王伟,华南事业部,,2026/3/5 8:12,2026/3/5 9:00,2026/3/5 9:00,2026/3/7 10:00,是,2026/3/20,"¥1,200,000.00",制造业,广东',
    'FX-2,,,华南事业部,华南业务线公海,2026/3/6 8:00,,2026/3/6 9:30,,否,,,,',
    'FX-3,展会,,,大公海,2026/3/7 8:00,,,,否,,,,',
    'FX-4,展会,李娜,华东事业部,黑名单,2026/3/8 8:00,2026/3/8 8:00,,,是,,,零售,',
    'FX-5,展会,,华东事业部,待分配池,2026/3/9 8:00,,,,否,,,,',
    'FX-6,展会,,华东事业部,大公海,,,,,否,,,,',
  );
  const r = importTable(t, 'leads');

  it('reads docs/models.md §7 leads: ids trimmed, dates ISO, pools mapped, amounts read, absent fields absent', () => {
    assert.equal(r.preset, 'fxiaoke');
    assert.deepEqual(r.rows, [
      {
        id: 'FX-1',
        source: '官网注册',
        businessLine: '华南事业部',
        pool: 'private',
        owner: '王伟',
        createdAt: '2026-03-05T08:12:00',
        poolEnteredAt: '2026-03-05T09:00:00',
        assignedAt: '2026-03-05T09:00:00',
        lastFollowUpAt: '2026-03-07T10:00:00',
        convertedAt: '2026-03-20',
        revenue: 1_200_000,
        industry: '制造业',
        region: '广东',
      },
      {
        id: 'FX-2',
        source: 'unknown',
        businessLine: '华南事业部',
        pool: 'line',
        createdAt: '2026-03-06T08:00:00',
        poolEnteredAt: '2026-03-06T09:30:00',
        assignedAt: '2026-03-06T09:30:00',
      },
      {
        id: 'FX-3',
        source: '展会',
        businessLine: 'all',
        pool: 'company',
        createdAt: '2026-03-07T08:00:00',
        poolEnteredAt: '2026-03-07T08:00:00',
      },
      {
        id: 'FX-4',
        source: '展会',
        businessLine: '华东事业部',
        pool: 'blacklist',
        owner: '李娜',
        createdAt: '2026-03-08T08:00:00',
        poolEnteredAt: '2026-03-08T08:00:00',
        convertedAt: '2026-03-08T08:00:00',
        industry: '零售',
      },
    ]);
    assert.deepEqual(r.lines, [2, 3, 4, 5]);
  });

  it('notes each fallback and default on its row (pool-entry from assigned, then created; converted without a date)', () => {
    assert.deepEqual(
      r.warnings.map((w) => [w.line, w.code, w.field, w.value]),
      [
        [3, 'source-blank', 'source', undefined],
        [3, 'fallback', 'poolEnteredAt', 'assignedAt'],
        [4, 'default-value', 'businessLine', undefined],
        [4, 'fallback', 'poolEnteredAt', 'createdAt'],
        [5, 'fallback', 'convertedAt', 'createdAt'],
      ],
    );
    assert.equal(r.summary.warned, 3);
  });

  it('skips what cannot be a lead, by line: an unknown pool, a blank created date', () => {
    assert.deepEqual(
      r.skipped.map((s) => [s.line, s.code, s.field, s.value]),
      [
        [6, 'pool-unknown', 'pool', '待分配池'],
        [7, 'missing-value', 'createdAt', undefined],
      ],
    );
    assert.deepEqual(r.summary, {
      read: 6,
      mapped: 4,
      skipped: 2,
      closed: 0,
      warned: 3,
      blank: 0,
      titles: 0,
      footers: 0,
    });
  });

  it('the rows are valid model input', () => {
    const out = analyzeLeadFlow({ asOf: '2026-03-31', leads: r.rows });
    assert.deepEqual(out.invalid, []);
    assert.deepEqual(out.pools, { private: 1, line: 1, company: 1, blacklist: 1 });
  });

  it('without a business line or pool column: "all" and pools from the owner, said once for the file', () => {
    const s = importTable(csv('Lead ID,Lead Source,Lead Owner,Create Date', 'L1,Web,Jane,3/5/2026'), 'leads');
    assert.deepEqual(s.rows[0], {
      id: 'L1',
      source: 'Web',
      businessLine: 'all',
      pool: 'private',
      owner: 'Jane',
      createdAt: '2026-03-05',
      poolEnteredAt: '2026-03-05',
    });
    assert.deepEqual(
      s.notes.map((n) => n.code),
      ['default-value', 'pool-from-owner', 'date-order-assumed'], // nothing settles 3/5/2026: en_US
    );
  });

  it('factor columns become the lead’s values (for the tier of reactivation candidates)', () => {
    const s = importTable(
      csv('id,source,createdAt,contactRole,annualRevenue', '1,web,2026-03-05,decision-maker,"12,000,000"'),
      'leads',
    );
    assert.deepEqual(s.rows[0]!.values, { contactRole: 'decision-maker', annualRevenue: 12_000_000 });
  });
});

describe('history (validity check)', () => {
  it('converted from the flag, or a converted date, or a customer lifecycle stage', () => {
    const flag = importTable(
      csv(
        'Id,LeadSource,IsConverted,ConvertedDate,AnnualRevenue',
        'a,Web,true,2026-03-05,5000000',
        'b,Partner Referral,false,,',
        'c,,TRUE,,',
      ),
      'history',
    );
    assert.deepEqual(flag.rows, [
      { id: 'a', values: { annualRevenue: 5_000_000, channel: 'website-direct' }, converted: true },
      { id: 'b', values: { channel: 'partner' }, converted: false },
      { id: 'c', values: {}, converted: true },
    ]);
    const hub = importTable(
      csv(
        'Record ID,Original Source,Lifecycle Stage,Became a Customer Date,Total Revenue',
        '1,Organic Search,Customer,2026-03-05 08:12,12000',
        '2,AI Referrals,Lead,,',
        '3,Direct Traffic,Opportunity,2026-03-01 00:00,',
        '4,Offline Sources,,,',
      ),
      'history',
    );
    assert.equal(hub.preset, 'hubspot');
    assert.deepEqual(hub.rows, [
      { id: '1', values: { channel: 'seo' }, converted: true, amount: 12000 },
      { id: '2', values: { channel: 'other' }, converted: false },
      { id: '3', values: { channel: 'website-direct' }, converted: true },
      { id: '4', values: { channel: 'offline-event' }, converted: false },
    ]);
    const zh = importTable(
      csv('线索ID,线索来源,转换状态', 'X1,抖音,已转换', 'X2,百度推广,未转换', 'X3,展会,待定'),
      'history',
    );
    assert.deepEqual(
      zh.rows.map((h) => [h.id, h.converted, (h.values as { channel: string }).channel]),
      [
        ['X1', true, 'other'],
        ['X2', false, 'sem'],
      ],
    );
    assert.deepEqual(
      zh.skipped.map((s) => [s.line, s.code, s.value]),
      [[4, 'converted-unknown', '待定']],
    );
    assert.deepEqual(
      groupIssues(zh.warnings).map((g) => [g.code, g.count, g.values]),
      [['source-other', 1, ['抖音']]],
    );
  });

  it('refused when no column says converted; runs through validateTiering', () => {
    const none = importTable(csv('Id,LeadSource', 'a,Web'), 'history');
    assert.equal(none.issues[0]!.code, 'missing-columns');
    assert.deepEqual(none.issues[0]!.fields, ['converted']);
    const ok = importTable(csv('Id,LeadSource,IsConverted', 'a,Web,true', 'b,Other,false'), 'history');
    const v = validateTiering({ history: ok.rows });
    assert.deepEqual(v.invalid, []);
    assert.equal(
      v.tiers.reduce((s, t) => s + t.count, 0),
      2,
    );
  });

  it('the customer model’s factors: option and band columns read by the factor’s kind', () => {
    const r = importTable(
      csv('客户ID,使用月龄,累计付费,用户数,使用率,已续约', 'K1,11,"¥800,000",450,90%,是'),
      'history',
      {
        factors: CUSTOMER_PRESET.factors,
        mapping: { fields: { converted: '已续约' } },
      },
    );
    assert.deepEqual(r.rows, [
      {
        id: 'K1',
        values: { tenureMonths: 11, cumulativePayment: 800_000, users: 450, usageRate: 0.9 },
        converted: true,
      },
    ]);
  });

  it('an option a factor does not have is left out and noted (the row still counts)', () => {
    const r = importTable(
      csv('id,converted,contactRole,interest', '1,1,CEO,"pricing-page|webinar-viewer|tiktok"'),
      'history',
    );
    assert.deepEqual(r.rows[0]!.values, { interest: ['pricing-page', 'webinar-viewer'] });
    assert.deepEqual(
      r.warnings.map((w) => [w.code, w.value]),
      [
        ['option-unknown', 'CEO'],
        ['option-unknown', 'tiktok'],
      ],
    );
  });
});

describe('opportunities', () => {
  const t = csv(
    'Id,Name,StageName,Amount,CloseDate,CreatedDate,LastStageChangeDate,IsClosed,IsWon,NextStep,Budget__c,LastActivityDate,OwnerId',
    '006A,Big deal,Proposal/Price Quote,600000,2026-04-30,2026-01-05T08:00:00.000Z,2026-03-01T09:00:00.000Z,false,false,Send quote,Approved,2026-03-20,005X',
    '006B,No amount,Qualification,,2026-05-31,2026-03-02T08:00:00.000Z,,false,false,,,,005X',
    '006C,Won,Closed Won,90000,2026-03-01,2026-01-01T08:00:00.000Z,2026-03-01T08:00:00.000Z,true,true,,,,005X',
    '006D,Lost,Negotiation/Review,50000,2026-03-01,2026-01-01T08:00:00.000Z,,true,false,,,,005X',
    '006E,Custom,Stalled,1000,2026-03-01,2026-01-01T08:00:00.000Z,,false,false,,,,005X',
    '006F,Bad amount,Prospecting,TBD,2026-06-30,2026-03-10T08:00:00.000Z,2026-03-10T08:00:00.000Z,false,false,,,,005X',
  );
  const r = importTable(t, 'opportunities');

  it('maps stages, dates, amounts, fields the pipeline requires, the last activity', () => {
    assert.equal(r.preset, 'salesforce-api');
    assert.deepEqual(r.rows, [
      {
        id: '006A',
        name: 'Big deal',
        owner: '005X',
        amount: 600000,
        stage: 'proposal',
        stageEnteredAt: '2026-03-01T09:00:00.000Z',
        expectedCloseDate: '2026-04-30',
        fields: { budget: 'Approved', nextStep: 'Send quote' },
        activities: [{ type: 'activity', at: '2026-03-20' }],
      },
      {
        id: '006B',
        name: 'No amount',
        owner: '005X',
        stage: 'qualify',
        stageEnteredAt: '2026-03-02T08:00:00.000Z',
        expectedCloseDate: '2026-05-31',
      },
      {
        id: '006F',
        name: 'Bad amount',
        owner: '005X',
        stage: 'qualify',
        stageEnteredAt: '2026-03-10T08:00:00.000Z',
        expectedCloseDate: '2026-06-30',
      },
    ]);
  });

  it('closed won and lost deals are set apart with code "closed", never errors; an unknown stage is', () => {
    assert.deepEqual(
      r.skipped.map((s) => [s.line, s.code]),
      [
        [4, 'closed'],
        [5, 'closed'],
        [6, 'stage-unknown'],
      ],
    );
    assert.equal(r.summary.closed, 2);
    assert.match(
      r.skipped[2]!.message,
      /"Stalled" is not a stage of the pipeline \(qualify, solution, proposal, negotiation\)/,
    );
  });

  it('a blank or unreadable amount is unknown: the deal is kept and listed as a warning; a missing stage date falls back to created', () => {
    assert.deepEqual(
      r.warnings.map((w) => [w.line, w.code, w.field, w.value]),
      [
        [3, 'fallback', 'stageEnteredAt', 'createdAt'],
        [3, 'amount-unknown', 'amount', undefined],
        [7, 'invalid-value', 'amount', 'TBD'],
        [7, 'amount-unknown', 'amount', 'TBD'],
      ],
    );
  });

  it('an unknown amount reaches the model as 0 with amountUnknown: assessed, sorts as 0, not in amountAtRisk', () => {
    const rows = modelRows('opportunities', [
      { id: 'known', amount: 100, stage: 'qualify', stageEnteredAt: '2026-01-01' },
      { id: 'unknown', stage: 'qualify', stageEnteredAt: '2026-01-01' },
      { id: 'flagged', stage: 'qualify', stageEnteredAt: '2026-01-01', keyAccount: true },
    ]);
    assert.deepEqual(rows[1], {
      id: 'unknown',
      stage: 'qualify',
      stageEnteredAt: '2026-01-01',
      amount: 0,
      amountUnknown: true,
    });
    const out = assessOpportunities({ asOf: '2026-04-15', opportunities: rows });
    assert.deepEqual(out.invalid, []);
    // All three are critical (overdue, idle); the flagged key account also misses fields (higher risk score);
    // between the other two the amount decides, unknown as 0.
    assert.deepEqual(
      out.rows.map((x) => [x.id, x.level, x.keyAccount]),
      [
        ['flagged', 'critical', true],
        ['known', 'critical', false],
        ['unknown', 'critical', false],
      ],
    );
    assert.equal(out.summary.amountAtRisk, 100);
    // The contract is unchanged: a row without amount given straight to the model is invalid.
    const strict = assessOpportunities({
      asOf: '2026-04-15',
      opportunities: [{ id: 'x', stage: 'qualify', stageEnteredAt: '2026-01-01' }],
    });
    assert.deepEqual(
      strict.invalid.map((i) => i.issues.map((x) => x.path)),
      [['amount']],
    );
    // And straight from the import.
    const fromFile = assessOpportunities({ asOf: '2026-04-15', opportunities: modelRows('opportunities', r.rows) });
    assert.deepEqual(fromFile.invalid, []);
    assert.equal(fromFile.summary.amountAtRisk, 600000);
  });

  it('Chinese exports: 商机状态 closes a deal, 预算 and 决策人 fill the required fields', () => {
    const zh = importTable(
      csv(
        '商机编号,商机名称,商机阶段,预计成交金额,预计成交日期,创建时间,阶段变更时间,商机状态,预算,决策人',
        'BO-1,甲,方案制定,26万,2026-05-01,2026-03-01 09:00,2026-03-10 09:00,进行中,50万,张总',
        'BO-2,乙,合同谈判,"￥80,000.00",2026-05-01,2026-03-01 09:00,,赢单,,',
      ),
      'opportunities',
    );
    assert.deepEqual(zh.rows, [
      {
        id: 'BO-1',
        name: '甲',
        amount: 260000,
        stage: 'solution',
        stageEnteredAt: '2026-03-10T09:00:00',
        expectedCloseDate: '2026-05-01',
        fields: { budget: '50万', decisionMaker: '张总' },
      },
    ]);
    assert.deepEqual(
      zh.skipped.map((s) => [s.line, s.code]),
      [[3, 'closed']],
    );
  });
});

describe('accounts', () => {
  it('wide month columns become usage, in month order; counts and scores with units; ranges checked', () => {
    const r = importTable(
      csv(
        '客户编号,客户名称,年度合同金额,续约日期,NPS,满意度,逾期天数,近30天工单数,月均工单数,2026-02 使用率,2026-01 使用率,2026-02 活跃用户数',
        'KH1,甲,"¥360,000.00",2026/9/30,6,4.5分,30天,6,2,55%,80%,120',
        'KH2,乙,36万,,11,9,,,,,,',
      ),
      'accounts',
    );
    assert.deepEqual(r.rows, [
      {
        id: 'KH1',
        name: '甲',
        arr: 360000,
        renewalDate: '2026-09-30',
        usage: [
          { month: '2026-01', usageRate: 0.8 },
          { month: '2026-02', usageRate: 0.55, activeUsers: 120 },
        ],
        tickets: { last30d: 6, baseline30d: 2 },
        nps: 6,
        csat: 4.5,
        overdueDays: 30,
      },
      { id: 'KH2', name: '乙', arr: 360000 },
    ]);
    assert.deepEqual(
      r.warnings.map((w) => [w.line, w.field, w.value]),
      [
        [3, 'nps', '11'],
        [3, 'csat', '9'],
      ],
    );
    const out = assessChurn({ asOf: '2026-08-01', accounts: r.rows });
    assert.deepEqual(out.invalid, []);
    const kh1 = out.rows.find((x) => x.id === 'KH1')!;
    // Usage 0.8 → 0.55 is a 31 % drop (warning); tickets 6/2 = 3× (critical); detractor; overdue 30 is not > 30.
    assert.deepEqual(
      kh1.signals.map((s) => [s.code, s.level]),
      [
        ['usage-drop', 'warning'],
        ['ticket-spike', 'critical'],
        ['detractor', 'warning'],
        ['renewal-at-risk', 'critical'],
      ],
    );
  });

  it('a usage-by-month file joined by account id; rows for unknown accounts are noted', () => {
    const accounts = importTable(
      csv('客户编号,客户名称,ARR,2026-01 使用率', 'KH1,甲,100,50%', 'KH2,乙,200,'),
      'accounts',
    );
    const usage = importTable(
      csv(
        '客户编号,月份,使用率,活跃用户数',
        'KH1,2026年2月,70%,30',
        'KH1,2026年1月,60%,',
        'KH2,2026-03,0.4,12',
        'KH9,2026-01,50%,',
      ),
      'usage',
    );
    assert.equal(usage.summary.mapped, 4);
    const joined = joinUsage(accounts, usage);
    assert.deepEqual(
      joined.rows.map((a) => [a.id, a.usage]),
      [
        [
          'KH1',
          [
            { month: '2026-01', usageRate: 0.6 },
            { month: '2026-02', usageRate: 0.7, activeUsers: 30 },
          ],
        ],
        ['KH2', [{ month: '2026-03', usageRate: 0.4, activeUsers: 12 }]],
      ],
    );
    assert.deepEqual(
      joined.notes.map((n) => n.code),
      ['usage-unmatched'],
    );
    assert.match(
      joined.notes[0]!.message,
      /1 usage row names an account not in the account file \(usage file lines 5\)/,
    );
    // The accounts import itself is not changed.
    assert.deepEqual(accounts.rows[0]!.usage, [{ month: '2026-01', usageRate: 0.5 }]);
  });
});
