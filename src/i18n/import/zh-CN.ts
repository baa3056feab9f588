/** 简体中文(见 en.ts 的接口)。 */
import type { ImportStrings } from './en.js';

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

const PRESET_NAMES_ZH: Record<string, string> = {
  'salesforce-api': 'Salesforce(API 字段名)',
  'salesforce-report': 'Salesforce 报表',
  hubspot: 'HubSpot',
  xiaoshouyi: '销售易',
  fxiaoke: '纷享销客',
  'generic-zh': '通用中文列名',
  'generic-en': '通用英文列名',
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

export const IMPORT: ImportStrings = {
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
};
