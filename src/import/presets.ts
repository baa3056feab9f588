/**
 * Header presets: the column names each CRM's exports use for the fields of
 * each import kind, and the other columns those exports carry (they count
 * when detecting which CRM a file comes from). Headers are compared by
 * `headerKey` (no case, spaces or punctuation; Salesforce `__c` dropped;
 * a unit in brackets such as `(万元)` read as a multiplier).
 */
import type { DateOrder } from './values.js';
import type { TableKind } from './fields.js';
import { headerKey } from './keys.js';

export { headerKey, normKey } from './keys.js';

export const PRESET_NAMES = [
  'salesforce-api',
  'salesforce-report',
  'hubspot',
  'xiaoshouyi',
  'fxiaoke',
  'generic-zh',
  'generic-en',
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface Preset {
  name: PresetName;
  /** How year-last dates are read when no cell of the file settles it. */
  dateOrder: DateOrder;
  /** Field → the header names this CRM uses for it, per kind (first is the usual one). */
  fields: Partial<Record<TableKind, Record<string, readonly string[]>>>;
  /** Other columns of this CRM's exports, per kind (not imported; they help detection). */
  other: Partial<Record<TableKind, readonly string[]>>;
}

// ---- factor columns (every preset: tiering factors are the project's own fields) ----------

/** Header names of the lead and customer tiering factors (docs/models.md §1 presets). */
export const FACTOR_HEADERS: Readonly<Record<string, readonly string[]>> = {
  channel: ['channel', '渠道', '线索渠道类型'],
  form: ['form', 'lead form', '形态', '線索形態', '线索形态', '线索形式', '转化形式'],
  annualRevenue: [
    'annualRevenue',
    'Annual Revenue',
    '年营收',
    '年營收',
    '年收入',
    '年营业额',
    '营收规模',
    '业务规模',
    '業務規模',
    '企业年营收',
    '公司年收入',
  ],
  contactRole: ['contactRole', 'contact role', '对接人', '對接人', '对接人角色', '联系人角色'],
  demandClarity: ['demandClarity', 'demand clarity', '需求清晰度', '需求清晰度'],
  demandMatch: ['demandMatch', 'demand match', '需求匹配度'],
  interest: ['interest', 'interest signals', '业务兴趣度', '業務興趣度', '兴趣行为'],
  tenureMonths: ['tenureMonths', 'tenure months', 'months as customer', '使用月龄', '使用月齡', '使用月数'],
  cumulativePayment: ['cumulativePayment', 'cumulative payment', 'total paid', '累计付费', '累計付費', '累计付款'],
  users: ['users', 'user count', 'seats', 'licensed users', '用户数', '使用者体量', '使用者體量', '账号数'],
  usageRate: ['usageRate', 'usage rate', '使用率', '场景功能使用量', '活跃率'],
};

// ---- the presets ---------------------------------------------------------------------

type KindFields = Record<string, readonly string[]>;

/**
 * History fields from a preset's lead fields: a lead export is also the
 * history of the validity check (converted or not, the won amount, the
 * source as the channel factor, the annual revenue factor); an account id
 * keys a customer history.
 */
const historyFrom = (leads: KindFields, accounts: KindFields | undefined): KindFields => {
  const out: Record<string, readonly string[]> = {};
  const copy = (to: string, from: string) => {
    if (leads[from]) out[to] = leads[from]!;
  };
  // A customer history (customer-value card) is keyed by the account's id.
  out.id = [...(leads.id ?? []), ...(accounts?.id ?? [])];
  copy('converted', 'converted');
  copy('convertedAt', 'convertedAt');
  copy('lifecycleStage', 'lifecycleStage');
  copy('amount', 'revenue');
  copy('source', 'source');
  copy('values.annualRevenue', 'values.annualRevenue');
  return out;
};
/** The other columns of a lead export, as the history kind sees them (lead fields it does not read). */
const historyOther = (leads: KindFields, other: readonly string[]): string[] => {
  const used = new Set([
    'id',
    'converted',
    'convertedAt',
    'lifecycleStage',
    'revenue',
    'source',
    'values.annualRevenue',
  ]);
  return [
    ...other,
    ...Object.entries(leads)
      .filter(([k]) => !used.has(k))
      .flatMap(([, v]) => v),
  ];
};

function preset(
  name: PresetName,
  dateOrder: DateOrder,
  fields: Partial<Record<TableKind, KindFields>>,
  other: Partial<Record<TableKind, readonly string[]>>,
): Preset {
  const f = { ...fields };
  const o = { ...other };
  if (f.leads && !f.history) {
    f.history = historyFrom(f.leads, f.accounts);
    o.history = historyOther(f.leads, o.leads ?? []);
  }
  return { name, dateOrder, fields: f, other: o };
}

/** Salesforce Data Export / Data Loader: API field names, ISO date-times in UTC, true/false. */
const SALESFORCE_API = preset(
  'salesforce-api',
  'mdy',
  {
    leads: {
      id: ['Id'],
      source: ['LeadSource'],
      businessLine: ['Division', 'Business_Unit__c', 'Business_Line__c'],
      pool: ['Lead_Pool__c', 'Pool__c'],
      owner: ['OwnerId', 'Owner.Name', 'Owner Name'],
      createdAt: ['CreatedDate'],
      poolEnteredAt: ['Pool_Entered_Date__c', 'Pool_Entry_Date__c'],
      assignedAt: ['Assigned_Date__c', 'Owner_Assigned_Date__c'],
      firstFollowUpAt: ['First_Response_Date__c', 'First_Activity_Date__c', 'First_Contact_Date__c'],
      lastFollowUpAt: ['LastActivityDate'],
      converted: ['IsConverted'],
      convertedAt: ['ConvertedDate'],
      revenue: ['Won_Amount__c', 'Converted_Amount__c'],
      lastEngagementAt: ['Last_Engagement_Date__c', 'LastViewedDate'],
      industry: ['Industry'],
      region: ['State', 'Region__c', 'Country'],
      'values.annualRevenue': ['AnnualRevenue'],
    },
    opportunities: {
      id: ['Id'],
      name: ['Name'],
      owner: ['OwnerId', 'Owner.Name'],
      amount: ['Amount'],
      stage: ['StageName'],
      stageEnteredAt: ['LastStageChangeDate', 'Stage_Entered_Date__c'],
      createdAt: ['CreatedDate'],
      expectedCloseDate: ['CloseDate'],
      keyAccount: ['Key_Account__c', 'Is_Key_Account__c'],
      closed: ['IsClosed'],
      won: ['IsWon'],
      lastActivityAt: ['LastActivityDate'],
      'fields.need': ['Need__c', 'Customer_Need__c'],
      'fields.contactRole': ['Contact_Role__c'],
      'fields.budget': ['Budget__c', 'Budget_Confirmed__c'],
      'fields.decisionMaker': ['Decision_Maker__c'],
      'fields.timeline': ['Timeline__c', 'Timeframe__c'],
      'fields.competitors': ['Competitors__c', 'MainCompetitors__c', 'Main_Competitors__c'],
      'fields.procurementProcess': ['Procurement_Process__c'],
      'fields.nextStep': ['NextStep'],
    },
    accounts: {
      id: ['Id'],
      name: ['Name'],
      arr: ['ARR__c', 'Annual_Recurring_Revenue__c'],
      renewalDate: ['Renewal_Date__c', 'Contract_End_Date__c'],
      tier: ['Tier__c', 'Customer_Tier__c'],
      nps: ['NPS__c', 'NPS_Score__c'],
      csat: ['CSAT__c', 'CSAT_Score__c'],
      overdueDays: ['Overdue_Days__c', 'Days_Overdue__c'],
      contactChanged: ['Contact_Changed__c', 'Champion_Changed__c'],
      'tickets.last30d': ['Cases_Last_30_Days__c'],
      'tickets.baseline30d': ['Cases_Baseline_30_Days__c', 'Avg_Cases_30_Days__c'],
      'tickets.escalated': ['Escalated_Cases__c'],
    },
    usage: {
      accountId: ['AccountId', 'Account__c'],
      month: ['Month__c', 'Usage_Month__c'],
      usageRate: ['Usage_Rate__c'],
      activeUsers: ['Active_Users__c'],
    },
  },
  {
    leads: [
      'FirstName',
      'LastName',
      'Name',
      'Salutation',
      'Title',
      'Company',
      'Email',
      'Phone',
      'MobilePhone',
      'Status',
      'Rating',
      'NumberOfEmployees',
      'Street',
      'City',
      'PostalCode',
      'Website',
      'Description',
      'IsDeleted',
      'MasterRecordId',
      'ConvertedAccountId',
      'ConvertedContactId',
      'ConvertedOpportunityId',
      'IsUnreadByOwner',
      'CreatedById',
      'LastModifiedDate',
      'LastModifiedById',
      'SystemModstamp',
      'LastReferencedDate',
      'EmailBouncedReason',
    ],
    opportunities: [
      'AccountId',
      'Description',
      'Probability',
      'ExpectedRevenue',
      'TotalOpportunityQuantity',
      'Type',
      'LeadSource',
      'ForecastCategory',
      'ForecastCategoryName',
      'CampaignId',
      'HasOpportunityLineItem',
      'Pricebook2Id',
      'IsDeleted',
      'CreatedById',
      'LastModifiedDate',
      'LastModifiedById',
      'SystemModstamp',
      'FiscalQuarter',
      'FiscalYear',
      'Fiscal',
      'IsPrivate',
    ],
    accounts: [
      'OwnerId',
      'Type',
      'ParentId',
      'Industry',
      'AnnualRevenue',
      'NumberOfEmployees',
      'BillingStreet',
      'BillingCity',
      'BillingState',
      'BillingPostalCode',
      'BillingCountry',
      'Phone',
      'Website',
      'CreatedDate',
      'LastModifiedDate',
      'LastActivityDate',
      'IsDeleted',
      'Description',
    ],
  },
);

/** Salesforce Lightning report, "Details Only" CSV: field labels, the user's locale dates (en_US M/D/YYYY). */
const SALESFORCE_REPORT = preset(
  'salesforce-report',
  'mdy',
  {
    leads: {
      id: ['Lead ID'],
      source: ['Lead Source'],
      businessLine: ['Division', 'Business Unit', 'Business Line'],
      pool: ['Lead Pool', 'Pool'],
      owner: ['Lead Owner', 'Owner', 'Owner Name'],
      createdAt: ['Create Date', 'Created Date'],
      poolEnteredAt: ['Pool Entered Date', 'Pool Entry Date'],
      assignedAt: ['Assigned Date', 'Owner Assigned Date'],
      firstFollowUpAt: ['First Response Date', 'First Activity Date', 'First Contact Date'],
      lastFollowUpAt: ['Last Activity', 'Last Activity Date'],
      converted: ['Converted', 'Is Converted'],
      convertedAt: ['Converted Date'],
      revenue: ['Won Amount', 'Converted Amount'],
      lastEngagementAt: ['Last Engagement Date'],
      industry: ['Industry'],
      region: ['State/Province', 'State', 'Country', 'Region'],
      'values.annualRevenue': ['Annual Revenue'],
    },
    opportunities: {
      id: ['Opportunity ID'],
      name: ['Opportunity Name'],
      owner: ['Opportunity Owner', 'Owner', 'Owner Name'],
      amount: ['Amount', 'Amount (converted)'],
      stage: ['Stage'],
      stageEnteredAt: ['Last Stage Change Date', 'Stage Entered Date'],
      createdAt: ['Created Date', 'Create Date'],
      expectedCloseDate: ['Close Date'],
      keyAccount: ['Key Account'],
      closed: ['Closed'],
      won: ['Won'],
      lastActivityAt: ['Last Activity', 'Last Activity Date'],
      'fields.need': ['Need', 'Customer Need'],
      'fields.contactRole': ['Contact Role'],
      'fields.budget': ['Budget', 'Budget Confirmed'],
      'fields.decisionMaker': ['Decision Maker'],
      'fields.timeline': ['Timeline', 'Timeframe'],
      'fields.competitors': ['Competitors', 'Main Competitor(s)'],
      'fields.procurementProcess': ['Procurement Process'],
      'fields.nextStep': ['Next Step'],
    },
    accounts: {
      id: ['Account ID'],
      name: ['Account Name'],
      arr: ['ARR', 'Annual Recurring Revenue'],
      renewalDate: ['Renewal Date', 'Contract End Date'],
      tier: ['Tier', 'Customer Tier'],
      nps: ['NPS', 'NPS Score'],
      csat: ['CSAT', 'CSAT Score'],
      overdueDays: ['Overdue Days', 'Days Overdue'],
      contactChanged: ['Contact Changed', 'Champion Changed'],
      'tickets.last30d': ['Cases Last 30 Days'],
      'tickets.baseline30d': ['Cases Baseline 30 Days', 'Avg Cases 30 Days'],
      'tickets.escalated': ['Escalated Cases'],
    },
    usage: {
      accountId: ['Account ID'],
      month: ['Month', 'Usage Month'],
      usageRate: ['Usage Rate'],
      activeUsers: ['Active Users'],
    },
  },
  {
    leads: [
      'First Name',
      'Last Name',
      'Full Name',
      'Salutation',
      'Title',
      'Company / Account',
      'Company',
      'Email',
      'Phone',
      'Mobile',
      'Lead Status',
      'Rating',
      'Street',
      'City',
      'Zip/Postal Code',
      'Country',
      'Website',
      'Description',
      'No. of Employees',
      'Lead Record Type',
      'Last Modified Date',
      'Created By',
      'Unread By Owner',
    ],
    opportunities: [
      'Account Name',
      'Account ID',
      'Type',
      'Lead Source',
      'Probability (%)',
      'Expected Revenue',
      'Fiscal Period',
      'Fiscal Year',
      'Age',
      'Stage Duration',
      'Forecast Category',
      'Opportunity Record Type',
      'Amount Currency',
      'Description',
      'Last Modified Date',
      'Created By',
      'Has Products',
      'Primary Campaign Source',
    ],
    accounts: [
      'Account Owner',
      'Type',
      'Industry',
      'Annual Revenue',
      'Employees',
      'Billing State/Province',
      'Billing Country',
      'Phone',
      'Website',
      'Created Date',
      'Last Activity',
      'Parent Account',
      'Rating',
    ],
  },
);

/** HubSpot CRM exports (contacts, deals, companies): property labels, `2026-03-05 08:12` dates. */
const HUBSPOT = preset(
  'hubspot',
  'mdy',
  {
    leads: {
      id: ['Record ID', 'Contact ID'],
      source: ['Original Source', 'Original Traffic Source', 'Latest Source'],
      businessLine: ['Business Unit', 'Business Units', 'Brands', 'Division'],
      pool: ['Lead Pool'],
      owner: ['Contact owner', 'HubSpot Owner', 'Contact Owner Name'],
      createdAt: ['Create Date', 'Created Date'],
      poolEnteredAt: ['Pool Entered Date'],
      assignedAt: ['Owner assigned date', 'Owner Assigned Date'],
      firstFollowUpAt: ['Date of first engagement', 'First Engagement Date', 'First Contact Date'],
      lastFollowUpAt: ['Last Activity Date', 'Last Contacted'],
      lifecycleStage: ['Lifecycle Stage'],
      convertedAt: ['Became a Customer Date', 'Became a customer date'],
      revenue: ['Total Revenue', 'Recent Deal Amount'],
      lastEngagementAt: ['Last Engagement Date', 'Last engagement date'],
      industry: ['Industry'],
      region: ['State/Region', 'Country/Region', 'State', 'Region'],
      'values.annualRevenue': ['Annual Revenue'],
    },
    opportunities: {
      id: ['Record ID', 'Deal ID'],
      name: ['Deal Name'],
      owner: ['Deal owner', 'Deal Owner'],
      amount: ['Amount', 'Amount in company currency'],
      stage: ['Deal Stage'],
      stageEnteredAt: ['Date entered current stage', 'Last Stage Change Date'],
      createdAt: ['Create Date'],
      expectedCloseDate: ['Close Date'],
      keyAccount: ['Key Account', 'Strategic Deal'],
      closed: ['Is Deal Closed?', 'Is Closed'],
      won: ['Is Closed Won'],
      lastActivityAt: ['Last Activity Date'],
      'fields.need': ['Need', 'Pain Points'],
      'fields.contactRole': ['Contact Role', 'Buying Role'],
      'fields.budget': ['Budget'],
      'fields.decisionMaker': ['Decision Maker'],
      'fields.timeline': ['Timeline'],
      'fields.competitors': ['Competitors', 'Competitor'],
      'fields.procurementProcess': ['Procurement Process'],
      'fields.nextStep': ['Next Step', 'Next step'],
    },
    accounts: {
      id: ['Record ID', 'Company ID'],
      name: ['Company name', 'Name'],
      arr: ['Annual recurring revenue', 'ARR', 'Total Revenue'],
      renewalDate: ['Renewal Date', 'Contract End Date'],
      tier: ['Customer Tier', 'Ideal customer profile tier', 'Tier'],
      nps: ['NPS', 'NPS Score', 'Latest NPS Score'],
      csat: ['CSAT', 'CSAT Score'],
      overdueDays: ['Days Overdue', 'Overdue Days'],
      contactChanged: ['Champion Changed', 'Contact Changed'],
      'tickets.last30d': ['Tickets Last 30 Days'],
      'tickets.baseline30d': ['Tickets Baseline 30 Days', 'Avg Tickets 30 Days'],
      'tickets.escalated': ['Escalated Tickets'],
    },
    usage: {
      accountId: ['Company ID', 'Record ID'],
      month: ['Month'],
      usageRate: ['Usage Rate'],
      activeUsers: ['Active Users'],
    },
  },
  {
    leads: [
      'First Name',
      'Last Name',
      'Email',
      'Phone Number',
      'Company Name',
      'Job Title',
      'Lead Status',
      'Marketing contact status',
      'Last Modified Date',
      'Original Source Drill-Down 1',
      'Original Source Drill-Down 2',
      'Number of Sales Activities',
      'Associated Company',
      'City',
      'Country/Region',
    ],
    opportunities: [
      'Pipeline',
      'Deal Type',
      'Deal probability',
      'Forecast category',
      'Associated Company',
      'Associated Contact',
      'Last Modified Date',
      'Deal Description',
      'Days to close',
      'Original Source Type',
    ],
    accounts: [
      'Company owner',
      'Create Date',
      'Industry',
      'Annual Revenue',
      'Number of Employees',
      'City',
      'State/Region',
      'Country/Region',
      'Lifecycle Stage',
      'Last Activity Date',
      'Phone Number',
      'Company Domain Name',
      'Website URL',
    ],
  },
);

/** 销售易 (Neocrm): 线索 / 商机 / 客户 list exports, GB18030 CSV or .xlsx with a title row. */
const XIAOSHOUYI = preset(
  'xiaoshouyi',
  'ymd',
  {
    leads: {
      id: ['线索ID', '线索编号'],
      source: ['线索来源'],
      businessLine: ['所属部门', '业务线'],
      pool: ['所属线索池', '线索池'],
      owner: ['负责人', '线索所有人'],
      createdAt: ['创建时间', '创建日期'],
      poolEnteredAt: ['转入线索池时间', '入池时间'],
      assignedAt: ['分配时间'],
      firstFollowUpAt: ['首次跟进时间'],
      lastFollowUpAt: ['最后跟进时间', '最近跟进时间'],
      converted: ['转换状态', '是否转换'],
      convertedAt: ['转换时间'],
      revenue: ['成交金额'],
      lastEngagementAt: ['最近活动时间', '最近互动时间'],
      industry: ['行业'],
      region: ['省份', '地区'],
      'values.annualRevenue': ['年营收', '公司年收入'],
    },
    opportunities: {
      id: ['商机ID', '商机编号'],
      name: ['商机名称'],
      owner: ['负责人'],
      amount: ['商机金额', '销售金额'],
      stage: ['销售阶段'],
      stageEnteredAt: ['阶段变更时间', '进入当前阶段时间'],
      createdAt: ['创建时间'],
      expectedCloseDate: ['结单日期', '预计结单日期'],
      keyAccount: ['重点商机', '是否重点商机'],
      closed: ['商机状态'],
      lastActivityAt: ['最近活动记录时间', '最后跟进时间'],
      'fields.need': ['客户需求', '需求描述'],
      'fields.contactRole': ['联系人角色'],
      'fields.budget': ['客户预算', '预算'],
      'fields.decisionMaker': ['关键决策人', '决策人'],
      'fields.timeline': ['预计采购时间'],
      'fields.competitors': ['竞争对手'],
      'fields.procurementProcess': ['采购流程'],
      'fields.nextStep': ['下一步计划', '下一步'],
    },
    accounts: {
      id: ['客户ID', '客户编号'],
      name: ['客户名称'],
      arr: ['年度合同金额', '合同年金额'],
      renewalDate: ['续约日期', '合同到期日'],
      tier: ['客户级别', '客户等级'],
      nps: ['NPS', 'NPS得分'],
      csat: ['满意度', '客户满意度'],
      overdueDays: ['逾期天数', '回款逾期天数'],
      contactChanged: ['联系人变更', '关键人变更'],
      'tickets.last30d': ['近30天工单数'],
      'tickets.baseline30d': ['月均工单数', '工单基线'],
      'tickets.escalated': ['升级工单数'],
    },
    usage: {
      accountId: ['客户ID', '客户编号'],
      month: ['月份', '统计月份'],
      usageRate: ['使用率', '月使用率'],
      activeUsers: ['活跃用户数', '月活跃用户'],
    },
  },
  {
    leads: [
      '姓名',
      '线索名称',
      '公司名称',
      '手机',
      '电话',
      '邮箱',
      '职务',
      '线索状态',
      '备注',
      '创建人',
      '最后修改时间',
      '退回原因',
      '退回次数',
      '城市',
    ],
    opportunities: [
      '客户名称',
      '所属部门',
      '商机类型',
      '商机来源',
      '赢率',
      '输单原因',
      '备注',
      '创建人',
      '最后修改时间',
    ],
    accounts: ['负责人', '所属部门', '行业', '省份', '创建时间', '客户状态', '最后跟进时间', '电话'],
  },
);

/** 纷享销客 (ShareCRM): 销售线索 / 商机 / 客户 list exports, GB18030 CSV or .xlsx with a title row. */
const FXIAOKE = preset(
  'fxiaoke',
  'ymd',
  {
    leads: {
      id: ['线索编号', '线索ID'],
      source: ['来源', '线索来源'],
      businessLine: ['归属部门', '所属部门'],
      pool: ['所属线索池', '线索池'],
      owner: ['负责人'],
      createdAt: ['创建时间'],
      poolEnteredAt: ['入池时间', '进入线索池时间'],
      assignedAt: ['分配时间', '领取时间'],
      firstFollowUpAt: ['首次跟进时间'],
      lastFollowUpAt: ['最后跟进时间'],
      converted: ['是否转化', '转化状态'],
      convertedAt: ['转化时间'],
      revenue: ['成交金额'],
      lastEngagementAt: ['最后互动时间', '最近互动时间'],
      industry: ['行业'],
      region: ['地区', '省份', '省市区'],
      'values.annualRevenue': ['年营业额', '年营收'],
    },
    opportunities: {
      id: ['商机编号'],
      name: ['商机名称'],
      owner: ['负责人'],
      amount: ['预计成交金额', '商机金额'],
      stage: ['商机阶段', '阶段'],
      stageEnteredAt: ['阶段变更时间', '阶段更新时间'],
      createdAt: ['创建时间'],
      expectedCloseDate: ['预计成交日期', '预计成交时间'],
      keyAccount: ['是否重点商机', '重点商机'],
      closed: ['商机状态', '结束状态'],
      lastActivityAt: ['最后跟进时间'],
      'fields.need': ['需求描述', '客户需求'],
      'fields.contactRole': ['联系人角色'],
      'fields.budget': ['预算', '预算金额'],
      'fields.decisionMaker': ['决策人'],
      'fields.timeline': ['采购时间', '预计采购时间'],
      'fields.competitors': ['竞争对手'],
      'fields.procurementProcess': ['采购流程'],
      'fields.nextStep': ['下一步', '下一步计划'],
    },
    accounts: {
      id: ['客户编号'],
      name: ['客户名称'],
      arr: ['ARR', '年度经常性收入', '年度合同金额'],
      renewalDate: ['到期日期', '合同到期日期'],
      tier: ['客户级别'],
      nps: ['NPS'],
      csat: ['满意度'],
      overdueDays: ['逾期天数'],
      contactChanged: ['联系人变更'],
      'tickets.last30d': ['近30天工单'],
      'tickets.baseline30d': ['工单月均'],
      'tickets.escalated': ['升级工单'],
    },
    usage: {
      accountId: ['客户编号'],
      month: ['月份'],
      usageRate: ['使用率'],
      activeUsers: ['活跃用户数'],
    },
  },
  {
    leads: [
      '线索名称',
      '公司名称',
      '姓名',
      '手机',
      '邮箱',
      '职务',
      '线索状态',
      '生命状态',
      '备注',
      '创建人',
      '最后修改时间',
      '退回原因',
      '锁定状态',
    ],
    opportunities: ['客户名称', '赢率', '归属部门', '销售流程', '生命状态', '备注', '创建人', '最后修改时间'],
    accounts: ['负责人', '归属部门', '客户状态', '成交状态', '行业', '地区', '创建时间', '生命状态'],
  },
);

/** Plain Chinese names (and the model's own keys), in both scripts. */
const GENERIC_ZH = preset(
  'generic-zh',
  'ymd',
  {
    leads: {
      id: ['线索ID', '線索ID', '线索编号', '線索編號', '编号', '編號', '线索号'],
      source: ['来源', '來源', '线索来源', '線索來源', '来源渠道', '渠道来源', '获客渠道', '线索渠道'],
      businessLine: ['业务线', '業務線', '所属业务线', '所屬業務線', '事业部', '事業部', '业务部门', '产品线', '部门'],
      pool: ['线索池', '線索池', '所属线索池', '所属池', '所在池', '公海池', '池'],
      owner: ['负责人', '負責人', '跟进人', '跟進人', '所有人', '所属销售', '归属人', '销售'],
      createdAt: ['创建时间', '創建時間', '创建日期', '录入时间'],
      poolEnteredAt: ['入池时间', '入池時間', '入池日期', '进池时间', '转入时间'],
      assignedAt: ['分配时间', '分配時間', '领取时间', '分配日期'],
      firstFollowUpAt: ['首次跟进时间', '首次跟進時間', '首次跟进', '首次联系时间'],
      lastFollowUpAt: ['最近跟进时间', '最近跟進時間', '最后跟进时间', '最後跟進時間', '最新跟进时间'],
      converted: ['是否转化', '是否轉化', '已转化', '是否成交', '转化'],
      convertedAt: ['转化时间', '轉化時間', '成交时间', '成交時間', '转化日期', '成交日期'],
      revenue: ['成交金额', '成交金額', '收入', '金额', '合同金额'],
      lastEngagementAt: ['最近互动时间', '最近互動時間', '最后互动时间', '最近活动时间'],
      industry: ['行业', '行業', '所属行业'],
      region: ['区域', '區域', '地区', '地區', '所属区域', '省份'],
      'values.annualRevenue': FACTOR_HEADERS.annualRevenue!.filter((h) => /[^\x00-\x7f]/.test(h)),
    },
    opportunities: {
      id: ['商机ID', '商機ID', '商机编号', '商機編號', '机会ID', '编号'],
      name: ['商机名称', '商機名稱', '机会名称', '名称'],
      owner: ['负责人', '負責人', '销售', '所有人'],
      amount: ['金额', '金額', '商机金额', '预计金额', '预计成交金额', '合同金额'],
      stage: ['阶段', '階段', '商机阶段', '销售阶段'],
      stageEnteredAt: ['阶段变更时间', '进入阶段时间', '阶段开始时间', '入阶段时间'],
      createdAt: ['创建时间', '創建時間', '创建日期'],
      expectedCloseDate: ['预计成交日期', '預計成交日期', '预计签约日期', '结单日期', '预计关闭日期'],
      keyAccount: ['重点客户', '重点商机', '是否重点'],
      closed: ['是否关闭', '已关闭', '商机状态', '状态'],
      won: ['是否赢单', '已赢单'],
      lastActivityAt: ['最后跟进时间', '最近跟进时间', '最近活动时间'],
      'fields.need': ['需求', '客户需求'],
      'fields.contactRole': ['联系人角色', '对接人'],
      'fields.budget': ['预算'],
      'fields.decisionMaker': ['决策人'],
      'fields.timeline': ['时间表', '采购时间'],
      'fields.competitors': ['竞争对手', '竞品'],
      'fields.procurementProcess': ['采购流程'],
      'fields.nextStep': ['下一步'],
    },
    accounts: {
      id: ['客户ID', '客戶ID', '客户编号', '客戶編號', '编号'],
      name: ['客户名称', '客戶名稱', '名称'],
      arr: ['ARR', '年度经常性收入', '年度合同金额', '年合同额', '合同金额'],
      renewalDate: ['续约日期', '續約日期', '到期日期', '到期日', '续费日期'],
      tier: ['客户级别', '客户等级', '层级', '等级'],
      nps: ['NPS', '净推荐值'],
      csat: ['满意度', '滿意度', '客户满意度', 'CSAT'],
      overdueDays: ['逾期天数', '逾期天數', '欠款天数'],
      contactChanged: ['联系人变更', '对接人变更'],
      'tickets.last30d': ['近30天工单数', '近30天工单'],
      'tickets.baseline30d': ['工单基线', '月均工单数'],
      'tickets.escalated': ['升级工单数'],
    },
    usage: {
      accountId: ['客户ID', '客户编号', '客户'],
      month: ['月份', '月'],
      usageRate: ['使用率'],
      activeUsers: ['活跃用户数', '活跃用户', '活跃人数'],
    },
  },
  {},
);

/** The model's own field names and plain English labels. */
const GENERIC_EN = preset(
  'generic-en',
  'mdy',
  {
    leads: {
      id: ['id', 'lead id', 'record id', 'lead number', 'lead no'],
      source: ['source', 'lead source', 'source channel', 'lead channel'],
      businessLine: ['businessLine', 'business line', 'line', 'bu', 'business unit', 'product line', 'division'],
      pool: ['pool', 'lead pool', 'pool name'],
      owner: ['owner', 'lead owner', 'owner name', 'sales owner', 'assignee', 'assigned to', 'sales rep', 'rep'],
      createdAt: ['createdAt', 'created', 'created date', 'created time', 'create time', 'create date', 'created on'],
      poolEnteredAt: ['poolEnteredAt', 'pool entered', 'entered pool at', 'pool entry date', 'pool enter date'],
      assignedAt: ['assignedAt', 'assigned date', 'assign time', 'assigned on', 'claimed at'],
      firstFollowUpAt: ['firstFollowUpAt', 'first follow up', 'first follow-up date', 'first contact date'],
      lastFollowUpAt: ['lastFollowUpAt', 'last follow up', 'last follow-up date', 'last contact date'],
      converted: ['converted', 'is converted', 'won'],
      convertedAt: ['convertedAt', 'converted date', 'won at', 'closed won at'],
      lifecycleStage: ['lifecycle stage', 'lifecycleStage'],
      revenue: ['revenue', 'amount', 'deal amount', 'won amount'],
      lastEngagementAt: ['lastEngagementAt', 'last engagement', 'last activity at', 'last activity date'],
      industry: ['industry'],
      region: ['region', 'area', 'territory', 'state'],
      'values.annualRevenue': ['annualRevenue', 'annual revenue', 'company revenue'],
    },
    opportunities: {
      id: ['id', 'opportunity id', 'deal id', 'record id'],
      name: ['name', 'opportunity name', 'deal name'],
      owner: ['owner', 'opportunity owner', 'deal owner', 'sales rep'],
      amount: ['amount', 'deal amount', 'value', 'deal value'],
      stage: ['stage', 'deal stage', 'sales stage'],
      stageEnteredAt: ['stageEnteredAt', 'stage entered', 'stage entered at', 'stage change date', 'stage since'],
      createdAt: ['createdAt', 'created', 'created date', 'create date'],
      expectedCloseDate: ['expectedCloseDate', 'close date', 'expected close date', 'expected close'],
      keyAccount: ['keyAccount', 'key account', 'strategic'],
      closed: ['closed', 'is closed'],
      won: ['won', 'is won'],
      lastActivityAt: ['lastActivityAt', 'last activity', 'last activity date'],
      'fields.need': ['need'],
      'fields.contactRole': ['contactRole', 'contact role'],
      'fields.budget': ['budget'],
      'fields.decisionMaker': ['decisionMaker', 'decision maker'],
      'fields.timeline': ['timeline'],
      'fields.competitors': ['competitors', 'competitor'],
      'fields.procurementProcess': ['procurementProcess', 'procurement process'],
      'fields.nextStep': ['nextStep', 'next step'],
    },
    accounts: {
      id: ['id', 'account id', 'customer id', 'company id'],
      name: ['name', 'account name', 'customer name', 'company name'],
      arr: ['arr', 'annual recurring revenue', 'contract value'],
      renewalDate: ['renewalDate', 'renewal date', 'renewal', 'contract end date'],
      tier: ['tier', 'customer tier', 'segment'],
      nps: ['nps', 'nps score'],
      csat: ['csat', 'csat score', 'satisfaction'],
      overdueDays: ['overdueDays', 'overdue days', 'days overdue'],
      contactChanged: ['contactChanged', 'contact changed', 'champion changed'],
      'tickets.last30d': ['tickets last 30 days', 'tickets.last30d', 'tickets last30d'],
      'tickets.baseline30d': ['tickets baseline 30 days', 'tickets.baseline30d', 'tickets baseline30d'],
      'tickets.escalated': ['escalated tickets', 'tickets.escalated', 'escalated'],
    },
    usage: {
      accountId: ['accountId', 'account id', 'account', 'customer id', 'id'],
      month: ['month', 'period'],
      usageRate: ['usageRate', 'usage rate', 'usage'],
      activeUsers: ['activeUsers', 'active users', 'mau'],
    },
  },
  {},
);

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  'salesforce-api': SALESFORCE_API,
  'salesforce-report': SALESFORCE_REPORT,
  hubspot: HUBSPOT,
  xiaoshouyi: XIAOSHOUYI,
  fxiaoke: FXIAOKE,
  'generic-zh': GENERIC_ZH,
  'generic-en': GENERIC_EN,
};

/** Every normalised header some preset knows for a kind (fields and other columns), for header-row detection. */
const knownCache = new Map<TableKind | 'any', Set<string>>();
export function knownHeaders(kind: TableKind | 'any'): Set<string> {
  let s = knownCache.get(kind);
  if (s) return s;
  s = new Set<string>();
  for (const p of Object.values(PRESETS)) {
    const kinds = kind === 'any' ? (Object.keys(p.fields) as TableKind[]) : [kind];
    for (const k of kinds) {
      for (const hs of Object.values(p.fields[k] ?? {})) for (const h of hs) s.add(headerKey(h).key);
      for (const h of p.other[k] ?? []) s.add(headerKey(h).key);
    }
  }
  for (const hs of Object.values(FACTOR_HEADERS)) for (const h of hs) s.add(headerKey(h).key);
  knownCache.set(kind, s);
  return s;
}
