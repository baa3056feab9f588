/** Strings of the shared import view (components/shared/import) and of the elements' import sections. */
import type { Locale } from './format.js';

/** Where reading a file is (components/shared/import/read-file.ts). */
export type ImportPhase = 'decode' | 'open' | 'parse' | 'rows' | 'done' | 'receive' | 'map';

export interface ImportStrings {
  // ---- choosing a file --------------------------------------------------------------------
  chooseFile: string;
  dropHint: string;
  dropHere: string;
  pasteLabel: string;
  pasteHint: string;
  sheet: string;
  /** The file in use: its name, format (CSV, .xlsx …) and detail (encoding or sheet). */
  using: (name: string, format: string, detail: string) => string;
  pasted: string;
  hostData: string;
  hostRecords: string;
  phase: Record<ImportPhase, string>;
  progressText: (phase: string, pct: string) => string;
  cancel: string;
  cancelled: string;
  readFailed: (why: string) => string;
  /** The last good data stays in use while the new file cannot be. */
  keptNote: string;
  // ---- file problems, by code --------------------------------------------------------------
  fileIssue: (
    code: string,
    d: {
      line?: string;
      title?: string;
      sheet?: string;
      sheets?: string;
      headers?: string;
      fields?: string;
      column?: string;
      field?: string;
    },
  ) => string;
  // ---- the mapping step -------------------------------------------------------------------
  mappingTitle: string;
  mappingHint: string;
  presetLabel: string;
  presetAuto: (detected: string) => string;
  presetNames: Record<string, string>;
  fieldCol: string;
  columnCol: string;
  sampleCol: string;
  required: string;
  notImported: string;
  constantOption: string;
  constantLabel: (field: string) => string;
  /** Field names by key (dotted keys included); factor fields use the model's labels. */
  fieldNames: Record<string, string>;
  usageField: (month: string, measure: 'usageRate' | 'activeUsers') => string;
  dateOrderLabel: string;
  dateOrders: Record<'auto' | 'mdy' | 'dmy' | 'ymd', string>;
  // ---- value mapping ----------------------------------------------------------------------
  valuesTitle: string;
  valuesHint: string;
  valueFieldTitle: (field: string, column: string) => string;
  valueCol: string;
  rowsCol: string;
  readsAsCol: string;
  notRecognised: string;
  blankRows: (n: string, field: string) => string;
  poolNames: Record<string, string>;
  closedWon: string;
  closedLost: string;
  channelNames: Record<string, string>;
  yes: string;
  no: string;
  moreValues: string;
  // ---- the result -------------------------------------------------------------------------
  resultTitle: string;
  counts: Record<'read' | 'mapped' | 'skipped' | 'closed' | 'blank' | 'titles' | 'footers', string>;
  previewTitle: string;
  previewEmpty: string;
  errorsTitle: string;
  /** "730 rows: pool not recognised" — the group's size, its problem worded by code. */
  group: (count: number, n: string, problem: string) => string;
  /** A row problem by code (the field already named in the UI language). */
  rowProblem: (code: string, field: string, value: string) => string;
  /** What fixes a group ("map it", "choose the column"). */
  fixHint: (step: 'value' | 'field') => string;
  examples: (lines: string) => string;
  exampleValues: (values: string) => string;
  mapIt: string;
  exportSkipped: string;
  skippedCsvHead: { line: string; problem: string; field: string; value: string };
  warningsTitle: string;
  /** "pool-entry time taken from assigned for 105 rows, then from created for 45" */
  fallback: (field: string, parts: { from: string; n: string }[]) => string;
  note: (code: string, d: { fields?: string; order?: string; n?: string }) => string;
  closedNote: (n: string) => string;
  // ---- saving and sharing the mapping -----------------------------------------------------
  mappingSaved: string;
  mappingSession: string;
  exportMapping: string;
  importMapping: string;
  mappingJson: string;
  mappingNotJson: (why: string) => string;
  resetMapping: string;
  // ---- the elements' import sections ------------------------------------------------------
  importData: string;
  importDataHint: (list: string) => string;
  readAction: string;
  backToHost: string;
  usageTitle: string;
  usageHint: string;
  usageJoined: (accounts: string, points: string) => string;
  amountUnknown: string;
  /** The validity check's guard (tiering cards). */
  noFactorColumn: string;
  calibrateNeedsFactor: string;
  fewRows: (n: string, min: string) => string;
  fewConversions: (n: string, min: string) => string;
}

const FIELD_NAMES_EN: Record<string, string> = {
  id: 'ID',
  source: 'Source',
  businessLine: 'Business line',
  pool: 'Pool',
  owner: 'Owner',
  createdAt: 'Created',
  poolEnteredAt: 'Entered the pool',
  assignedAt: 'Assigned',
  firstFollowUpAt: 'First follow-up',
  lastFollowUpAt: 'Last follow-up',
  converted: 'Converted (yes/no)',
  convertedAt: 'Converted on',
  lifecycleStage: 'Lifecycle stage',
  revenue: 'Revenue',
  lastEngagementAt: 'Last engagement',
  industry: 'Industry',
  region: 'Region',
  amount: 'Amount',
  name: 'Name',
  stage: 'Stage',
  stageEnteredAt: 'Entered the stage',
  expectedCloseDate: 'Close date',
  keyAccount: 'Key account (yes/no)',
  closed: 'Closed (yes/no)',
  won: 'Won (yes/no)',
  lastActivityAt: 'Last activity',
  'fields.need': 'Need',
  'fields.contactRole': 'Contact role',
  'fields.budget': 'Budget',
  'fields.decisionMaker': 'Decision maker',
  'fields.timeline': 'Timeline',
  'fields.competitors': 'Competitors',
  'fields.procurementProcess': 'Procurement process',
  'fields.nextStep': 'Next step',
  arr: 'ARR',
  renewalDate: 'Renewal date',
  tier: 'Tier',
  nps: 'NPS',
  csat: 'CSAT',
  overdueDays: 'Days overdue',
  contactChanged: 'Contact changed (yes/no)',
  'tickets.last30d': 'Tickets, last 30 days',
  'tickets.baseline30d': 'Tickets, usual 30 days',
  'tickets.escalated': 'Escalated tickets',
  accountId: 'Account ID',
  month: 'Month',
  usageRate: 'Usage rate',
  activeUsers: 'Active users',
};

const FIELD_NAMES_ZH: Record<string, string> = {
  id: 'ID',
  source: '来源',
  businessLine: '业务线',
  pool: '线索池',
  owner: '负责人',
  createdAt: '创建时间',
  poolEnteredAt: '入池时间',
  assignedAt: '分配时间',
  firstFollowUpAt: '首次跟进时间',
  lastFollowUpAt: '最后跟进时间',
  converted: '是否转化',
  convertedAt: '转化时间',
  lifecycleStage: '生命周期阶段',
  revenue: '成交金额',
  lastEngagementAt: '最近互动时间',
  industry: '行业',
  region: '地区',
  amount: '金额',
  name: '名称',
  stage: '阶段',
  stageEnteredAt: '进入阶段时间',
  expectedCloseDate: '预计成交日期',
  keyAccount: '是否重点客户',
  closed: '是否已关闭',
  won: '是否赢单',
  lastActivityAt: '最近活动时间',
  'fields.need': '需求',
  'fields.contactRole': '对接人角色',
  'fields.budget': '预算',
  'fields.decisionMaker': '决策人',
  'fields.timeline': '时间计划',
  'fields.competitors': '竞争对手',
  'fields.procurementProcess': '采购流程',
  'fields.nextStep': '下一步',
  arr: 'ARR',
  renewalDate: '续约日期',
  tier: '客户级别',
  nps: 'NPS',
  csat: '满意度',
  overdueDays: '逾期天数',
  contactChanged: '对接人是否变更',
  'tickets.last30d': '近 30 天工单',
  'tickets.baseline30d': '常态 30 天工单',
  'tickets.escalated': '升级工单',
  accountId: '客户 ID',
  month: '月份',
  usageRate: '使用率',
  activeUsers: '活跃用户数',
};

const PRESET_NAMES_EN: Record<string, string> = {
  'salesforce-api': 'Salesforce (API names)',
  'salesforce-report': 'Salesforce report',
  hubspot: 'HubSpot',
  xiaoshouyi: '销售易 (Neocrm)',
  fxiaoke: '纷享销客 (ShareCRM)',
  'generic-zh': 'Generic Chinese names',
  'generic-en': 'Generic English names',
};
const PRESET_NAMES_ZH: Record<string, string> = {
  'salesforce-api': 'Salesforce(API 字段名)',
  'salesforce-report': 'Salesforce 报表',
  hubspot: 'HubSpot',
  xiaoshouyi: '销售易',
  fxiaoke: '纷享销客',
  'generic-zh': '通用中文列名',
  'generic-en': '通用英文列名',
};

const CHANNELS_EN: Record<string, string> = {
  'website-direct': 'Website (direct)',
  seo: 'Organic search',
  sem: 'Paid search',
  'offline-event': 'Offline event',
  'online-event': 'Online event',
  referral: 'Referral',
  partner: 'Partner',
  'purchased-list': 'Purchased list',
  other: 'Other',
};
const CHANNELS_ZH: Record<string, string> = {
  'website-direct': '官网直访',
  seo: '自然搜索',
  sem: '付费搜索',
  'offline-event': '线下活动',
  'online-event': '线上活动',
  referral: '转介绍',
  partner: '合作伙伴',
  'purchased-list': '购买名单',
  other: '其他',
};

export const IMPORT: Record<Locale, ImportStrings> = {
  en: {
    chooseFile: 'Choose a file (CSV or .xlsx)',
    dropHint: 'CSV, TSV or .xlsx as your CRM exports it: UTF-8, GB18030 or UTF-16. It stays in this browser.',
    dropHere: 'Drop a file here',
    pasteLabel: 'Or paste rows (with their header row)',
    pasteHint: 'Copied from a spreadsheet or a CSV file.',
    sheet: 'Sheet',
    using: (name, format, detail) => `${name} · ${format}${detail ? ` (${detail})` : ''}`,
    pasted: 'Pasted rows',
    hostData: 'The page’s data',
    hostRecords: 'Records from the page',
    phase: {
      decode: 'Decoding the text',
      open: 'Opening the workbook',
      parse: 'Reading the sheet (large workbooks take a while)',
      rows: 'Reading rows',
      done: 'Read',
      receive: 'Receiving rows',
      map: 'Mapping rows',
    },
    progressText: (phase, pct) => (pct ? `${phase}… ${pct}` : `${phase}…`),
    cancel: 'Cancel',
    cancelled: 'Reading was cancelled.',
    readFailed: (why) => `The file could not be read: ${why}`,
    keptNote: 'The last good data stays in use.',
    fileIssue: (code, d) => {
      switch (code) {
        case 'empty':
          return 'The file is empty.';
        case 'binary':
          return 'This is not a CSV or .xlsx file (it looks like a PDF, an image or an archive). Export the data from your CRM as CSV or .xlsx.';
        case 'xls':
          return 'This is a legacy .xls workbook: save it as .xlsx or CSV and load it again.';
        case 'bad-xlsx':
          return 'The workbook cannot be read: the file is damaged, or it is a ZIP archive but not an .xlsx.';
        case 'sheet-not-found':
          return `The workbook has no sheet ${d.sheet}; its sheets are ${d.sheets}.`;
        case 'header-only':
          return `The file has a header row (line ${d.line}: ${d.headers}) but no data rows.`;
        case 'title-only':
          return `Line ${d.line} holds only a title (${d.title}, merged cells): no column headers and no data rows.${d.sheets ? ` Choose another sheet: ${d.sheets}.` : ''}`;
        case 'missing-columns':
          return `No column for ${d.fields}: choose one below. The file’s columns are ${d.headers}.`;
        case 'unknown-column':
          return `The mapping names the column ${d.column} for ${d.field}, which this file does not have.`;
        default:
          return `The file cannot be used (${code}).`;
      }
    },
    mappingTitle: 'Columns',
    mappingHint:
      'Each field the model reads, and the column of your file it comes from. Change any of them; a field your file lacks can take one value for every row.',
    presetLabel: 'Column names of',
    presetAuto: (d) => `Detected: ${d}`,
    presetNames: PRESET_NAMES_EN,
    fieldCol: 'Field',
    columnCol: 'Column in your file',
    sampleCol: 'First value',
    required: 'required',
    notImported: '— not imported —',
    constantOption: 'One value for every row…',
    constantLabel: (f) => `${f}: value for every row`,
    fieldNames: FIELD_NAMES_EN,
    usageField: (m, measure) => `${measure === 'usageRate' ? 'Usage rate' : 'Active users'} ${m}`,
    dateOrderLabel: 'Dates like 3/5/2026',
    dateOrders: {
      auto: 'Work it out from the file',
      mdy: 'Month first (3/5 = 5 March)',
      dmy: 'Day first (3/5 = 3 May)',
      ymd: 'Year first',
    },
    valuesTitle: 'Values',
    valuesHint:
      'What each value of your file means to the model. Values not recognised are skipped until you map them.',
    valueFieldTitle: (f, c) => `${f} (column ${c})`,
    valueCol: 'Value in your file',
    rowsCol: 'Rows',
    readsAsCol: 'Reads as',
    notRecognised: '— not recognised —',
    blankRows: (n, f) => `${n} rows with a blank ${f} are read by the usual rule.`,
    poolNames: {
      private: 'Personal private pool',
      line: 'Business-line public pool',
      company: 'Company public pool',
      blacklist: 'Blacklist',
    },
    closedWon: 'Closed won (set apart)',
    closedLost: 'Closed lost (set apart)',
    channelNames: CHANNELS_EN,
    yes: 'Yes',
    no: 'No',
    moreValues: 'Only the 100 most frequent values are listed.',
    resultTitle: 'What was imported',
    counts: {
      read: 'Rows read',
      mapped: 'Imported',
      skipped: 'Skipped',
      closed: 'Closed deals set apart',
      blank: 'Blank lines',
      titles: 'Title rows',
      footers: 'Footer rows',
    },
    previewTitle: 'First rows as the model gets them',
    previewEmpty: 'No row could be imported yet.',
    errorsTitle: 'Rows not imported',
    group: (count, n, p) => `${n} ${count === 1 ? 'row' : 'rows'}: ${p}`,
    rowProblem: (code, f, v) => {
      switch (code) {
        case 'pool-unknown':
          return `pool not recognised${v ? ` (${v})` : ''}`;
        case 'stage-unknown':
          return `stage not recognised${v ? ` (${v})` : ''}`;
        case 'converted-unknown':
          return `converted or not cannot be read${v ? ` (${v})` : ''}`;
        case 'missing-value':
          return `${f} is blank`;
        case 'invalid-date':
          return `${f} is not a date${v ? ` (${v})` : ''}`;
        case 'unclosed-quote':
          return 'a quote is not closed where the row ends (the line is skipped)';
        case 'too-many-cells':
          return 'more cells than the header (a delimiter inside a value without quotes?)';
        case 'too-few-cells':
          return 'fewer cells than the header (a line break or a missing quote?)';
        case 'not-a-record':
          return 'not a record';
        case 'closed':
          return 'closed deal (set apart)';
        case 'amount-unknown':
          return 'amount blank: kept, shown as unknown';
        case 'source-blank':
          return 'source blank: read as “unknown”';
        case 'source-other':
          return `source not recognised, read as “other”${v ? ` (${v})` : ''}`;
        case 'default-value':
          return `${f} blank: the default is used`;
        case 'invalid-value':
          return `${f} cannot be read and is left out${v ? ` (${v})` : ''}`;
        case 'amount-ambiguous':
          return `${f} could be read two ways (the column uses both decimal marks) and is left out${v ? ` (${v})` : ''}`;
        case 'option-unknown':
          return `${f} is not an option of the model and is left out${v ? ` (${v})` : ''}`;
        default:
          return code;
      }
    },
    fixHint: (step) => (step === 'value' ? 'map it' : 'choose the column'),
    examples: (l) => `lines ${l}`,
    exampleValues: (v) => `values: ${v}`,
    mapIt: 'Map it',
    exportSkipped: 'Export the skipped rows (CSV)',
    skippedCsvHead: { line: 'line', problem: 'problem', field: 'field', value: 'value' },
    warningsTitle: 'Imported with a note',
    fallback: (f, parts) =>
      `${f} taken from ${parts.map((p, i) => `${i ? 'then from ' : ''}${p.from} for ${p.n} rows`).join(', ')}`,
    note: (code, d) => {
      switch (code) {
        case 'default-value':
          return `No column for ${d.fields}: the default is used for every row (choose a column or give one value).`;
        case 'pool-from-owner':
          return 'No pool column: a lead with an owner is in the owner’s private pool, one without in the business line’s public pool.';
        case 'date-order-assumed':
          return `Nothing in the file tells whether 3/5 is March or May: read as ${d.order}.`;
        case 'usage-unmatched':
          return `${d.n} usage rows name accounts that are not in the account file.`;
        default:
          return code;
      }
    },
    closedNote: (n) => `${n} closed deals (won or lost) are set apart: they need no alert.`,
    mappingSaved: 'Your mapping is kept for the next file of this kind.',
    mappingSession: 'Your mapping is kept until the page is closed.',
    exportMapping: 'Export the mapping (JSON)',
    importMapping: 'Use this mapping',
    mappingJson: 'Mapping (JSON)',
    mappingNotJson: (why) => `The mapping is not valid JSON: ${why}`,
    resetMapping: 'Back to the detected columns',
    importData: 'Import a CRM export',
    importDataHint: (list) =>
      `Load your CRM’s ${list} export (CSV or .xlsx) or paste it; check the columns, then the panel uses it instead of the page’s data.`,
    readAction: 'Read',
    backToHost: 'Back to the page’s data',
    usageTitle: 'Usage by month (optional)',
    usageHint:
      'A second file with one row per account and month (account ID, month, usage rate, active users), joined by account ID.',
    usageJoined: (a, p) => `Usage joined: ${p} monthly points for ${a} accounts.`,
    amountUnknown: 'unknown',
    noFactorColumn:
      'No factor column is mapped: every row would score 0 and land in the lowest tier, so the check would mean nothing. Map at least one factor column (e.g. annual revenue) under Columns.',
    calibrateNeedsFactor: 'Calibrate needs history with at least one factor column.',
    fewRows: (n, min) => `Only ${n} rows: with fewer than ${min}, the check says little.`,
    fewConversions: (n, min) => `Only ${n} conversions: with fewer than ${min}, conversion rates per tier say little.`,
  },
  'zh-CN': {
    chooseFile: '选择文件(CSV 或 .xlsx)',
    dropHint: 'CRM 导出的 CSV、TSV 或 .xlsx:UTF-8、GB18030 或 UTF-16 均可。文件只留在本浏览器中。',
    dropHere: '把文件拖到这里',
    pasteLabel: '或粘贴数据行(含表头行)',
    pasteHint: '从表格或 CSV 文件中复制。',
    sheet: '工作表',
    using: (name, format, detail) => `${name} · ${format}${detail ? `(${detail})` : ''}`,
    pasted: '粘贴的数据',
    hostData: '页面提供的数据',
    hostRecords: '页面提供的记录',
    phase: {
      decode: '正在解码文本',
      open: '正在打开工作簿',
      parse: '正在读取工作表(大文件需要一些时间)',
      rows: '正在读取数据行',
      done: '已读取',
      receive: '正在接收数据行',
      map: '正在映射数据行',
    },
    progressText: (phase, pct) => (pct ? `${phase}… ${pct}` : `${phase}…`),
    cancel: '取消',
    cancelled: '已取消读取。',
    readFailed: (why) => `无法读取文件:${why}`,
    keptNote: '继续使用上一次有效的数据。',
    fileIssue: (code, d) => {
      switch (code) {
        case 'empty':
          return '文件是空的。';
        case 'binary':
          return '这不是 CSV 或 .xlsx 文件(看起来是 PDF、图片或压缩包)。请从 CRM 导出 CSV 或 .xlsx。';
        case 'xls':
          return '这是旧版 .xls 工作簿:请另存为 .xlsx 或 CSV 后重新载入。';
        case 'bad-xlsx':
          return '无法读取该工作簿:文件已损坏,或者是 ZIP 压缩包而不是 .xlsx。';
        case 'sheet-not-found':
          return `工作簿中没有工作表 ${d.sheet};现有工作表:${d.sheets}。`;
        case 'header-only':
          return `文件有表头行(第 ${d.line} 行:${d.headers}),但没有数据行。`;
        case 'title-only':
          return `第 ${d.line} 行只有标题(${d.title},合并单元格):没有列名,也没有数据行。${d.sheets ? `请选择其他工作表:${d.sheets}。` : ''}`;
        case 'missing-columns':
          return `没有对应 ${d.fields} 的列:请在下方选择。文件的列为 ${d.headers}。`;
        case 'unknown-column':
          return `映射为 ${d.field} 指定了列 ${d.column},但本文件没有这一列。`;
        default:
          return `无法使用该文件(${code})。`;
      }
    },
    mappingTitle: '列映射',
    mappingHint:
      '模型读取的每个字段,以及它来自文件中的哪一列。可以修改任意一项;文件中没有的字段可以为所有行指定同一个值。',
    presetLabel: '列名来自',
    presetAuto: (d) => `自动识别:${d}`,
    presetNames: PRESET_NAMES_ZH,
    fieldCol: '字段',
    columnCol: '文件中的列',
    sampleCol: '首个值',
    required: '必填',
    notImported: '— 不导入 —',
    constantOption: '所有行使用同一个值…',
    constantLabel: (f) => `${f}:所有行的值`,
    fieldNames: FIELD_NAMES_ZH,
    usageField: (m, measure) => `${measure === 'usageRate' ? '使用率' : '活跃用户数'} ${m}`,
    dateOrderLabel: '形如 3/5/2026 的日期',
    dateOrders: {
      auto: '根据文件判断',
      mdy: '月在前(3/5 = 3 月 5 日)',
      dmy: '日在前(3/5 = 5 月 3 日)',
      ymd: '年在前',
    },
    valuesTitle: '值映射',
    valuesHint: '文件中每个值对模型的含义。无法识别的值在映射之前会被跳过。',
    valueFieldTitle: (f, c) => `${f}(列 ${c})`,
    valueCol: '文件中的值',
    rowsCol: '行数',
    readsAsCol: '识别为',
    notRecognised: '— 无法识别 —',
    blankRows: (n, f) => `${f}为空的 ${n} 行按常规规则读取。`,
    poolNames: {
      private: '个人私海',
      line: '业务线公海',
      company: '公司公海',
      blacklist: '黑名单',
    },
    closedWon: '赢单(单独列出)',
    closedLost: '输单(单独列出)',
    channelNames: CHANNELS_ZH,
    yes: '是',
    no: '否',
    moreValues: '只列出最常见的 100 个值。',
    resultTitle: '导入结果',
    counts: {
      read: '读取行数',
      mapped: '已导入',
      skipped: '已跳过',
      closed: '已关闭商机(单独列出)',
      blank: '空行',
      titles: '标题行',
      footers: '页脚行',
    },
    previewTitle: '模型收到的前几行',
    previewEmpty: '还没有可以导入的行。',
    errorsTitle: '未导入的行',
    group: (_count, n, p) => `${n} 行:${p}`,
    rowProblem: (code, f, v) => {
      switch (code) {
        case 'pool-unknown':
          return `无法识别线索池${v ? `(${v})` : ''}`;
        case 'stage-unknown':
          return `无法识别阶段${v ? `(${v})` : ''}`;
        case 'converted-unknown':
          return `无法判断是否转化${v ? `(${v})` : ''}`;
        case 'missing-value':
          return `${f}为空`;
        case 'invalid-date':
          return `${f}不是日期${v ? `(${v})` : ''}`;
        case 'unclosed-quote':
          return '引号在行尾没有闭合(跳过该行)';
        case 'too-many-cells':
          return '单元格比表头多(某个值里有未加引号的分隔符?)';
        case 'too-few-cells':
          return '单元格比表头少(换行或缺少引号?)';
        case 'not-a-record':
          return '不是一条记录';
        case 'closed':
          return '已关闭的商机(单独列出)';
        case 'amount-unknown':
          return '金额为空:保留,显示为未知';
        case 'source-blank':
          return '来源为空:记为 “unknown”';
        case 'source-other':
          return `无法识别来源,记为 “其他”${v ? `(${v})` : ''}`;
        case 'default-value':
          return `${f}为空:使用默认值`;
        case 'invalid-value':
          return `${f}无法读取,已略去${v ? `(${v})` : ''}`;
        case 'amount-ambiguous':
          return `${f}有两种读法(该列同时使用两种小数点),已略去${v ? `(${v})` : ''}`;
        case 'option-unknown':
          return `${f}不是模型的选项,已略去${v ? `(${v})` : ''}`;
        default:
          return code;
      }
    },
    fixHint: (step) => (step === 'value' ? '请映射' : '请选择列'),
    examples: (l) => `第 ${l} 行`,
    exampleValues: (v) => `值:${v}`,
    mapIt: '去映射',
    exportSkipped: '导出跳过的行(CSV)',
    skippedCsvHead: { line: '行号', problem: '问题', field: '字段', value: '值' },
    warningsTitle: '已导入但有提示',
    fallback: (f, parts) => `${f}取自${parts.map((p, i) => `${i ? '其次取自' : ''}${p.from}(${p.n} 行)`).join(',')}`,
    note: (code, d) => {
      switch (code) {
        case 'default-value':
          return `没有 ${d.fields} 列:所有行使用默认值(可选择一列或指定一个值)。`;
        case 'pool-from-owner':
          return '没有线索池列:有负责人的线索在负责人的私海,没有的在业务线公海。';
        case 'date-order-assumed':
          return `文件中无法判断 3/5 是 3 月还是 5 月:按${d.order}读取。`;
        case 'usage-unmatched':
          return `${d.n} 行使用数据对应的客户不在客户文件中。`;
        default:
          return code;
      }
    },
    closedNote: (n) => `${n} 个已关闭的商机(赢单或输单)单独列出:无需预警。`,
    mappingSaved: '映射已保存,下次导入同类文件时沿用。',
    mappingSession: '映射保留到页面关闭。',
    exportMapping: '导出映射(JSON)',
    importMapping: '使用此映射',
    mappingJson: '映射(JSON)',
    mappingNotJson: (why) => `映射不是有效的 JSON:${why}`,
    resetMapping: '恢复自动识别的列',
    importData: '导入 CRM 导出文件',
    importDataHint: (list) => `载入或粘贴 CRM 导出的${list}(CSV 或 .xlsx),核对列映射后,面板改用这些数据。`,
    readAction: '读取',
    backToHost: '改回页面提供的数据',
    usageTitle: '月度使用数据(可选)',
    usageHint: '第二个文件:每个客户每月一行(客户 ID、月份、使用率、活跃用户数),按客户 ID 关联。',
    usageJoined: (a, p) => `已关联使用数据:${a} 个客户的 ${p} 个月度数据点。`,
    amountUnknown: '未知',
    noFactorColumn:
      '没有映射任何因子列:每行都会得 0 分并落入最低档,检验没有意义。请在「列映射」中至少映射一个因子列(例如年营收)。',
    calibrateNeedsFactor: '校准需要至少包含一个因子列的历史数据。',
    fewRows: (n, min) => `只有 ${n} 行:少于 ${min} 行时,检验参考意义有限。`,
    fewConversions: (n, min) => `只有 ${n} 次转化:少于 ${min} 次时,各档转化率参考意义有限。`,
  },
};
