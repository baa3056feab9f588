// The mapping: which preset a file comes from, the default mapping of its headers, user
// mappings (JSON, constants, value tables), the values a column holds, the value maps
// (pools, stages, sources, lifecycle stages), and grouped row problems.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LEAD_PRESET } from '../../src/index.js';
import {
  CHANNELS,
  channelOf,
  defaultMapping,
  detectPreset,
  distinctValues,
  groupIssues,
  importTable,
  lifecycleConverted,
  mappingFor,
  mergeMapping,
  monthColumn,
  parseMapping,
  poolOf,
  readTextTable,
  stageOf,
} from '../../src/import/index.js';

describe('preset detection', () => {
  const cases: [string, 'leads' | 'opportunities' | 'accounts', string][] = [
    [
      'Id,LeadSource,OwnerId,Status,CreatedDate,IsConverted,ConvertedDate,AnnualRevenue,Company',
      'leads',
      'salesforce-api',
    ],
    [
      'Id,Name,AccountId,Amount,StageName,CloseDate,OwnerId,IsClosed,IsWon,LastStageChangeDate',
      'opportunities',
      'salesforce-api',
    ],
    [
      'Lead ID,Lead Source,Lead Owner,Lead Status,Create Date,Converted,Converted Date,Company / Account',
      'leads',
      'salesforce-report',
    ],
    [
      'Opportunity ID,Opportunity Name,Account Name,Amount,Stage,Close Date,Opportunity Owner,Next Step',
      'opportunities',
      'salesforce-report',
    ],
    [
      'Record ID,First Name,Last Name,Email,Contact owner,Original Source,Lifecycle Stage,Create Date',
      'leads',
      'hubspot',
    ],
    ['Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Create Date,Pipeline', 'opportunities', 'hubspot'],
    ['线索ID,线索来源,负责人,所属部门,所属线索池,创建时间,转入线索池时间,转换状态,转换时间', 'leads', 'xiaoshouyi'],
    ['商机ID,商机名称,客户名称,销售阶段,商机金额,结单日期,负责人', 'opportunities', 'xiaoshouyi'],
    ['线索编号,线索名称,来源,负责人,归属部门,所属线索池,入池时间,是否转化,转化时间', 'leads', 'fxiaoke'],
    ['客户编号,客户名称,ARR,到期日期,NPS,满意度,逾期天数', 'accounts', 'fxiaoke'],
    ['编号,来源,业务线,池,跟进人,录入时间', 'leads', 'generic-zh'],
    ['id,source,businessLine,pool,createdAt,poolEnteredAt', 'leads', 'generic-en'],
  ];
  for (const [header, kind, preset] of cases)
    it(`${preset} for ${kind}: ${header.slice(0, 40)}…`, () => {
      assert.equal(detectPreset(header.split(','), kind).preset, preset);
    });

  it('headers no preset knows: generic by script', () => {
    assert.equal(detectPreset(['foo', 'bar'], 'leads').preset, 'generic-en');
    assert.equal(detectPreset(['甲', '乙'], 'accounts').preset, 'generic-zh');
  });
});

describe('default mapping', () => {
  it('each field from the preset’s names; a header fills one field; Salesforce custom fields without __c', () => {
    const m = defaultMapping(
      ['Id', 'Name', 'ARR__c', 'Renewal_Date__c', 'NPS__c', 'Industry', 'Usage_2026_01__c', 'Active Users 2026-02'],
      'accounts',
      'salesforce-api',
    );
    assert.deepEqual(m.fields, {
      id: 'Id',
      name: 'Name',
      arr: 'ARR__c',
      renewalDate: 'Renewal_Date__c',
      nps: 'NPS__c',
      'usage.2026-01.usageRate': 'Usage_2026_01__c',
      'usage.2026-02.activeUsers': 'Active Users 2026-02',
    });
  });

  it('wide month columns: month and measure from the header', () => {
    assert.deepEqual(monthColumn('2026-01 使用率'), { month: '2026-01', measure: 'usageRate' });
    assert.deepEqual(monthColumn('Usage 2026-01'), { month: '2026-01', measure: 'usageRate' });
    assert.deepEqual(monthColumn('Active users 2026-02'), { month: '2026-02', measure: 'activeUsers' });
    assert.deepEqual(monthColumn('2026年3月活跃用户数'), { month: '2026-03', measure: 'activeUsers' });
    assert.deepEqual(monthColumn('Usage Jan 2026'), { month: '2026-01', measure: 'usageRate' });
    assert.deepEqual(monthColumn('2026-04'), { month: '2026-04', measure: 'usageRate' });
    assert.equal(monthColumn('Revenue 2026-01'), undefined);
    assert.equal(monthColumn('Cases Last 30 Days'), undefined);
  });

  it('mappingFor: the detected preset, its default and the user’s fields over it', () => {
    const t = readTextTable('Lead ID,Lead Source,Create Date,Region Team\nL1,Web,3/5/2026,EMEA\n');
    const { preset, mapping, scores } = mappingFor(t, 'leads', {
      mapping: { fields: { businessLine: 'Region Team' } },
    });
    assert.equal(preset, 'salesforce-report');
    assert.equal(scores['salesforce-report'], 3);
    assert.deepEqual(mapping.fields, {
      id: 'Lead ID',
      source: 'Lead Source',
      createdAt: 'Create Date',
      businessLine: 'Region Team',
    });
  });
});

describe('user mappings', () => {
  it('parses the canonical form and a flat field-map; names what is wrong and keeps the rest', () => {
    const canonical = parseMapping({
      fields: { id: '线索编号', businessLine: { constant: '华南' }, pool: null },
      values: { pool: { 待分配池: 'line' }, stage: { 商务审批中: 'negotiation' }, converted: { 已签约: true } },
      dateOrder: 'dmy',
    });
    assert.deepEqual(canonical.issues, []);
    assert.deepEqual(canonical.mapping, {
      fields: { id: '线索编号', businessLine: { constant: '华南' }, pool: null },
      values: { pool: { 待分配池: 'line' }, stage: { 商务审批中: 'negotiation' }, converted: { 已签约: true } },
      dateOrder: 'dmy',
    });
    const flat = parseMapping({ id: 'Lead ID', createdAt: 'Create Date' });
    assert.deepEqual(flat.mapping, { fields: { id: 'Lead ID', createdAt: 'Create Date' } });
    const bad = parseMapping({ fields: { id: 7 }, values: { pool: { x: 'ocean' } }, dateOrder: 'ydm' });
    assert.deepEqual(
      bad.issues.map((i) => i.path),
      ['fields.id', 'values.pool.x', 'dateOrder'],
    );
    assert.match(bad.issues[1]!.message, /private, line, company, blacklist/);
    assert.equal(parseMapping([1]).issues[0]!.path, '');
  });

  it('merge: the user’s fields replace the default’s, null removes one, value tables merge entry by entry', () => {
    const merged = mergeMapping(
      { fields: { id: 'A', source: 'B', pool: 'C' }, values: { pool: { x: 'line' } }, dateOrder: 'auto' },
      { fields: { source: 'D', pool: null }, values: { pool: { y: 'company' } } },
    );
    assert.deepEqual(merged, {
      fields: { id: 'A', source: 'D', pool: null },
      values: { pool: { x: 'line', y: 'company' } },
      dateOrder: 'auto',
    });
  });

  it('a constant fills an absent field for every row (one business line for the whole file)', () => {
    const t = readTextTable('线索ID,线索来源,创建时间\nXS1,官网注册,2026/3/5 8:12\nXS2,展会,2026/3/6 9:00\n');
    const r = importTable(t, 'leads', { mapping: { fields: { businessLine: { constant: '华南事业部' } } } });
    assert.deepEqual(
      r.rows.map((l) => l.businessLine),
      ['华南事业部', '华南事业部'],
    );
    assert.ok(!r.notes.some((n) => n.fields?.includes('businessLine')));
  });

  it('a mapping naming a column the file lacks, or a required field with no column: the issue names the file’s headers', () => {
    const t = readTextTable('编号,名称\nA,甲\n');
    const r = importTable(t, 'leads', { mapping: { fields: { id: '编号', createdAt: '创建日期' } } });
    assert.deepEqual(
      r.issues.map((i) => i.code),
      ['unknown-column', 'missing-columns'],
    );
    assert.match(r.issues[0]!.message, /"创建日期", which this file does not have; its columns are "编号", "名称"/);
    assert.deepEqual(r.issues[1]!.fields, ['createdAt']);
    assert.deepEqual(r.issues[1]!.headers, ['编号', '名称']);
    assert.equal(r.rows.length, 0);
    const h = importTable(readTextTable('Foo,Bar\n1,2\n'), 'opportunities');
    assert.deepEqual(h.issues[0]!.fields, ['id', 'stage', 'stageEnteredAt']);
    assert.match(h.issues[0]!.message, /no column for id, stage, stageEnteredAt: .*\("Foo", "Bar"\)/);
  });
});

describe('distinct values of a column (the value-mapping step)', () => {
  it('most frequent first, with what each reads as now', () => {
    const t = readTextTable(
      '线索编号,来源,负责人,所属线索池,创建时间\n1,官网注册,王伟,,2026-03-01\n2,抖音,,华南业务线公海,2026-03-01\n3,官网注册,,华南业务线公海,2026-03-01\n4,展会,,待分配池,2026-03-01\n5,官网注册,,大公海,2026-03-01\n',
    );
    const { mapping } = mappingFor(t, 'leads');
    assert.deepEqual(distinctValues(t, mapping, 'pool'), [
      { value: '华南业务线公海', count: 2, reading: 'line' },
      { value: '', count: 1 },
      { value: '待分配池', count: 1 },
      { value: '大公海', count: 1, reading: 'company' },
    ]);
    assert.deepEqual(distinctValues(t, mapping, 'source'), [
      { value: '官网注册', count: 3, reading: 'website-direct' },
      { value: '抖音', count: 1 },
      { value: '展会', count: 1, reading: 'offline-event' },
    ]);
    const withTable = { ...mapping, values: { pool: { 待分配池: 'company' } } };
    assert.equal(distinctValues(t, withTable, 'pool').find((v) => v.value === '待分配池')!.reading, 'company');
    assert.deepEqual(distinctValues(t, mapping, 'industry'), []); // not mapped
  });
});

describe('value maps', () => {
  it('pools: names, patterns, the user’s table first', () => {
    assert.equal(poolOf('个人私海'), 'private');
    assert.equal(poolOf('华南业务线公海'), 'line');
    assert.equal(poolOf('华东线索池'), 'line');
    assert.equal(poolOf('Unassigned Queue'), 'line');
    assert.equal(poolOf('大公海'), 'company');
    assert.equal(poolOf('公司公海'), 'company');
    assert.equal(poolOf('Company Pool'), 'company');
    assert.equal(poolOf('黑名单'), 'blacklist');
    assert.equal(poolOf('Blacklist - do not call'), 'blacklist');
    assert.equal(poolOf('待分配池'), undefined);
    assert.equal(poolOf('华南业务线公海', { 华南业务线公海: 'company' }), 'company');
  });

  it('pools in a lead file: a blank pool with an owner is private; without one (or a queue owner), the line’s pool', () => {
    const t = readTextTable(
      'Id,LeadSource,OwnerId,CreatedDate\nL1,Web,005000000000001AAA,2026-03-05T08:00:00.000Z\nL2,Web,00G000000000001AAA,2026-03-05T08:00:00.000Z\nL3,Web,,2026-03-05T08:00:00.000Z\n',
    );
    const r = importTable(t, 'leads');
    assert.deepEqual(
      r.rows.map((l) => l.pool),
      ['private', 'line', 'line'],
    );
    assert.ok(r.notes.some((n) => n.code === 'pool-from-owner'));
  });

  it('stages: Salesforce’s and HubSpot’s default pipelines, Chinese names, closed deals, the pipeline’s own stages', () => {
    const sf = [
      'Prospecting',
      'Qualification',
      'Needs Analysis',
      'Value Proposition',
      'Id. Decision Makers',
      'Perception Analysis',
      'Proposal/Price Quote',
      'Negotiation/Review',
      'Closed Won',
      'Closed Lost',
    ];
    assert.deepEqual(
      sf.map((s) => stageOf(s)),
      [
        'qualify',
        'qualify',
        'solution',
        'solution',
        'solution',
        'proposal',
        'proposal',
        'negotiation',
        'closed-won',
        'closed-lost',
      ],
    );
    const hs = [
      'Appointment Scheduled',
      'Qualified To Buy',
      'Presentation Scheduled',
      'Decision Maker Bought-In',
      'Contract Sent',
      'Closed Won',
      'closedlost',
    ];
    assert.deepEqual(
      hs.map((s) => stageOf(s)),
      ['qualify', 'qualify', 'solution', 'proposal', 'negotiation', 'closed-won', 'closed-lost'],
    );
    const zh = ['验证客户', '需求确认', '方案制定', '方案/报价', '商务谈判', '谈判审核', '赢单', '输单', '丢单'];
    assert.deepEqual(
      zh.map((s) => stageOf(s)),
      [
        'qualify',
        'qualify',
        'solution',
        'proposal',
        'negotiation',
        'negotiation',
        'closed-won',
        'closed-lost',
        'closed-lost',
      ],
    );
    assert.equal(stageOf('Closed won (Sales Pipeline)'), 'closed-won');
    assert.equal(stageOf('Contract sent (Renewals)'), 'negotiation');
    assert.equal(stageOf('商务审批中'), undefined);
    assert.equal(stageOf('商务审批中', { 商务审批中: 'negotiation' }), 'negotiation');
    assert.equal(stageOf('Pilot', undefined, [{ key: 'pilot', label: 'Pilot' }]), 'pilot');
    assert.equal(stageOf('试点', undefined, [{ key: 'pilot', label: '试点' }]), 'pilot');
  });

  it('the channels are the lead model’s channel options', () => {
    const channel = LEAD_PRESET.factors.find((f) => f.key === 'channel')!;
    assert.deepEqual([...CHANNELS], channel.kind === 'options' ? channel.options.map((o) => o.value) : []);
  });

  it('sources → channels, and lifecycle stages → converted', () => {
    assert.equal(channelOf('Organic Search'), 'seo');
    assert.equal(channelOf('Paid Search'), 'sem');
    assert.equal(channelOf('Direct Traffic'), 'website-direct');
    assert.equal(channelOf('Partner Referral'), 'partner');
    assert.equal(channelOf('Purchased List'), 'purchased-list');
    assert.equal(channelOf('百度推广'), 'sem');
    assert.equal(channelOf('客户转介绍'), 'referral');
    assert.equal(channelOf('线上直播'), 'online-event');
    assert.equal(channelOf('Social Media'), 'other');
    assert.equal(channelOf('抖音'), undefined);
    assert.equal(channelOf('抖音', { 抖音: 'sem' }), 'sem');
    assert.equal(channelOf(''), undefined);
    assert.equal(lifecycleConverted('Customer'), true);
    assert.equal(lifecycleConverted('Evangelist'), true);
    assert.equal(lifecycleConverted('Marketing Qualified Lead'), false);
    assert.equal(lifecycleConverted('Opportunity'), false);
    assert.equal(lifecycleConverted('Partner'), undefined);
  });
});

describe('grouped row problems', () => {
  it('730 rows with an unknown pool are one group: the count, the first lines, the values to map', () => {
    const lines = ['线索编号,来源,所属线索池,创建时间'];
    for (let i = 0; i < 730; i++) lines.push(`X${i},官网,${i % 2 ? '待分配池' : '临时池'},2026-03-05`);
    lines.push('Y1,官网,,');
    const r = importTable(readTextTable(lines.join('\n')), 'leads');
    const groups = groupIssues(r.skipped);
    assert.deepEqual(
      groups.map((g) => [g.code, g.field, g.count]),
      [
        ['pool-unknown', 'pool', 730],
        ['missing-value', 'createdAt', 1],
      ],
    );
    assert.deepEqual(groups[0]!.examples, [2, 3, 4, 5, 6]);
    assert.deepEqual(groups[0]!.values, ['临时池', '待分配池']);
    assert.match(
      groups[0]!.message,
      /^line 2: pool "临时池" is not recognised \(column "所属线索池"\); map it to private, line, company or blacklist$/,
    );
    assert.equal(r.summary.read, 731);
    assert.equal(r.summary.mapped, 0);
    // Mapped, every row goes in.
    const fixed = importTable(readTextTable(lines.join('\n')), 'leads', {
      mapping: { values: { pool: { 待分配池: 'line', 临时池: 'line' } } },
    });
    assert.equal(fixed.summary.mapped, 730);
  });
});
