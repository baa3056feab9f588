/** Strings of the two tiering cards (lead-score-card, customer-value-card). */
import type { Locale } from './format.js';

export interface TieringStrings {
  score: string;
  outOf: string;
  tier: string;
  strategy: string;
  route: string;
  routes: Record<string, string>;
  reasons: Record<string, string>;
  noRoute: string;
  missingNote: (n: number, share: string, keys: string) => string;
  factors: string;
  whatIfHint: string;
  edited: string;
  revertEdits: string;
  factor: string;
  value: string;
  factorScore: string;
  weight: string;
  points: string;
  notSet: string;
  reference: (avg: string) => string;
  contributions: string;
  chartSummary: (score: string, top: string) => string;
  tuning: string;
  weightPct: string;
  weightTotal: (total: string) => string;
  thresholds: string;
  minScore: string;
  focus: string;
  targetShare: string;
  tolerance: string;
  referenceLabel: string;
  modelJson: string;
  modelFrom: Record<'shared' | 'tuned' | 'page' | 'preset', string>;
  importHint: string;
  validity: string;
  historyFile: string;
  pasteHistory: string;
  runCheck: string;
  clearHistory: string;
  historyRows: (n: number) => string;
  count: string;
  share: string;
  converted: string;
  conversionRate: string;
  amount: string;
  monotonicLabel: string;
  monotonicYes: string;
  monotonicNo: string;
  focusShare: (share: string, target: string, tol: string) => string;
  auc: (auc: string) => string;
  aucNone: string;
  passed: string;
  failed: string;
  validityChart: string;
  validityChartSummary: (parts: string) => string;
  calibrate: string;
  calibrating: string;
  calibration: string;
  before: string;
  after: string;
  metric: string;
  calibrationApplied: string;
  calibrationNeedsBoth: string;
  trendUp: (delta: string, prev: string) => string;
  trendDown: (delta: string, prev: string) => string;
  trendFlat: (prev: string) => string;
  tierNames: Record<string, string>;
  factorNames: Record<string, string>;
  optionNames: Record<string, string>;
}

export interface CardStrings {
  title: string;
  focusStrategy: string;
  standardStrategy: string;
  historyHint: string;
}

export const TIERING: Record<Locale, TieringStrings> = {
  en: {
    score: 'Value score',
    outOf: 'out of 100',
    tier: 'Tier',
    strategy: 'Strategy',
    route: 'Route to',
    routes: { 'field-sales': 'Field sales', telesales: 'Telesales', sdr: 'SDR cleaning', nurture: 'Nurture pool' },
    reasons: {
      'lowest-tier': 'Lowest tier: standardised nurture, wake up later',
      uncertain: 'Much of the information is missing: clean it first',
      'low-quality': 'Quality is low: clean first, then hand to sales',
      'local-demand': 'Local demand: meet face to face',
      'complex-demand': 'Complex demand: dig deep in person',
      default: 'No local or complex demand: phone follow-up',
    },
    noRoute: 'No routing rule matched',
    missingNote: (n, share, keys) =>
      `${n} factor${n === 1 ? '' : 's'} missing (${share} of the weight): ${keys}. They score 0.`,
    factors: 'Factors',
    whatIfHint: 'Change a value to see the score move at once.',
    edited: 'What-if values differ from the record.',
    revertEdits: 'Revert to record',
    factor: 'Factor',
    value: 'Value',
    factorScore: 'Score',
    weight: 'Weight',
    points: 'Points',
    notSet: '— not set —',
    reference: (avg) => `divided by the average ${avg}`,
    contributions: 'Contribution of each factor',
    chartSummary: (score, top) => `Bar chart: points each factor adds to the score of ${score}. ${top}`,
    tuning: 'Weights and tiers',
    weightPct: 'Weight (%)',
    weightTotal: (t) => `Total ${t}; weights are normalised to 100 %.`,
    thresholds: 'Tier thresholds',
    minScore: 'Minimum score',
    focus: 'Deep follow-up',
    targetShare: 'Target focus share (%)',
    tolerance: 'Tolerance (%)',
    referenceLabel: 'Average (reference)',
    modelJson: 'Model as JSON',
    modelFrom: {
      shared: 'In force: the tuning shared by every card on this page (Reset returns to the page’s model).',
      tuned: 'In force: your tuning (Reset returns to the page’s model).',
      page: 'In force: the model given by this page.',
      preset: 'In force: the default model from the seed article.',
    },
    importHint: 'Paste a model JSON and import it, or export the current one.',
    validity: 'Validity check',
    historyFile: 'History file (JSON or CSV)',
    pasteHistory: 'Or paste history (JSON or CSV)',
    runCheck: 'Check',
    clearHistory: 'Clear history',
    historyRows: (n) => `${n} historical row${n === 1 ? '' : 's'}`,
    count: 'Count',
    share: 'Share',
    converted: 'Converted',
    conversionRate: 'Conversion',
    amount: 'Amount',
    monotonicLabel: 'Conversion falls tier by tier',
    monotonicYes: 'Conversion falls from each tier to the next: tiers are ordered.',
    monotonicNo: 'Conversion does not fall tier by tier: a lower tier converts better.',
    focusShare: (s, t, tol) => `Focus share ${s} against the target ${t} ± ${tol}.`,
    auc: (a) => `AUC ${a} (0.5 is chance, 1 is perfect ranking).`,
    aucNone: 'AUC needs both converted and lost rows.',
    passed: 'Check passed',
    failed: 'Check not passed',
    validityChart: 'Share and conversion by tier',
    validityChartSummary: (parts) => `Bar chart by tier: ${parts}.`,
    calibrate: 'Calibrate',
    calibrating: 'Calibrating…',
    calibration: 'Proposed calibration',
    before: 'Before',
    after: 'After',
    metric: 'Measure',
    calibrationApplied: 'Calibrated weights and thresholds applied.',
    calibrationNeedsBoth: 'Load history to calibrate.',
    trendUp: (d, p) => `Up ${d} from ${p}`,
    trendDown: (d, p) => `Down ${d} from ${p}`,
    trendFlat: (p) => `Unchanged from ${p}`,
    tierNames: { A: 'High value', B: 'Mid-high value', C: 'Mid-low value', D: 'Low value' },
    factorNames: {
      channel: 'Channel',
      form: 'Form',
      annualRevenue: 'Business scale (annual revenue)',
      contactRole: 'Contact',
      demandClarity: 'Demand clarity',
      demandMatch: 'Demand match',
      interest: 'Business interest',
      tenureMonths: 'Months as customer',
      cumulativePayment: 'Cumulative payment',
      users: 'Users',
      usageRate: 'Feature usage rate',
    },
    optionNames: {
      'website-direct': 'Website (direct)',
      seo: 'SEO',
      sem: 'SEM',
      'offline-event': 'Offline event',
      'online-event': 'Online event',
      referral: 'Referral',
      partner: 'Partner',
      'purchased-list': 'Purchased list',
      other: 'Other',
      'demo-request': 'Demo request',
      'register-and-call': 'Registered and called',
      'inbound-call': 'Inbound call',
      'form-submit': 'Form submitted',
      'register-only': 'Registered only',
      'content-download': 'Content download',
      'decision-maker': 'Decision maker',
      'budget-owner': 'Budget owner',
      'team-head-unclear-authority': 'Team head, authority unclear',
      influencer: 'Influencer',
      'end-user': 'End user',
      unknown: 'Unknown',
      clear: 'Clear',
      partial: 'Partial',
      vague: 'Vague',
      none: 'None',
      'standard-high': 'Highly standard',
      'custom-heavy': 'Custom-heavy',
      'follows-account': 'Follows our account',
      'frequent-reader': 'Reads often',
      'webinar-viewer': 'Watches webinars',
      'pricing-page': 'Visited pricing',
      'trial-signup': 'Trial sign-up',
      'event-attendee': 'Event attendee',
    },
  },
  'zh-CN': {
    score: '价值得分',
    outOf: '满分 100',
    tier: '层级',
    strategy: '策略',
    route: '分配给',
    routes: { 'field-sales': '地面销售', telesales: '电话销售', sdr: 'SDR 清洗', nurture: '培育池' },
    reasons: {
      'lowest-tier': '最低层级:标准化培育,后期唤醒',
      uncertain: '信息缺失较多:先清洗',
      'low-quality': '线索质量低:先清洗再给销售',
      'local-demand': '本地需求:面销深度挖掘',
      'complex-demand': '需求复杂:面销深度挖掘',
      default: '无本地或复杂需求:电话跟进',
    },
    noRoute: '没有匹配的分配规则',
    missingNote: (n, share, keys) => `缺失 ${n} 个因素(占权重 ${share}):${keys},按 0 分计。`,
    factors: '价值因素',
    whatIfHint: '修改取值,得分即时变化。',
    edited: '模拟取值与记录不同。',
    revertEdits: '恢复记录值',
    factor: '因素',
    value: '取值',
    factorScore: '量化分',
    weight: '权重',
    points: '贡献分',
    notSet: '— 未填写 —',
    reference: (avg) => `除以平均值 ${avg}`,
    contributions: '各因素贡献',
    chartSummary: (score, top) => `条形图:各因素对总分 ${score} 的贡献。${top}`,
    tuning: '权重与层级',
    weightPct: '权重(%)',
    weightTotal: (t) => `合计 ${t};权重按 100% 归一。`,
    thresholds: '层级门槛',
    minScore: '最低得分',
    focus: '深度跟进',
    targetShare: '目标中高价值占比(%)',
    tolerance: '容差(%)',
    referenceLabel: '平均值(参照)',
    modelJson: '模型 JSON',
    modelFrom: {
      shared: '当前使用:本页所有卡片共享的调整(恢复默认即回到页面提供的模型)。',
      tuned: '当前使用:你的调整(恢复默认即回到页面提供的模型)。',
      page: '当前使用:页面提供的模型。',
      preset: '当前使用:文章中的默认模型。',
    },
    importHint: '粘贴模型 JSON 后导入,或导出当前模型。',
    validity: '有效性校验',
    historyFile: '历史数据文件(JSON 或 CSV)',
    pasteHistory: '或粘贴历史数据(JSON 或 CSV)',
    runCheck: '校验',
    clearHistory: '清除历史数据',
    historyRows: (n) => `${n} 条历史记录`,
    count: '数量',
    share: '占比',
    converted: '已转化',
    conversionRate: '转化率',
    amount: '金额',
    monotonicLabel: '转化率逐层递减',
    monotonicYes: '转化率逐层递减:层级有序。',
    monotonicNo: '转化率没有逐层递减:存在较低层级转化更好的情况。',
    focusShare: (s, t, tol) => `中高价值占比 ${s},目标 ${t} ± ${tol}。`,
    auc: (a) => `AUC ${a}(0.5 为随机,1 为完美排序)。`,
    aucNone: '计算 AUC 需要同时有转化与未转化的记录。',
    passed: '校验通过',
    failed: '校验未通过',
    validityChart: '各层级占比与转化率',
    validityChartSummary: (parts) => `按层级的条形图:${parts}。`,
    calibrate: '一键校准',
    calibrating: '校准中…',
    calibration: '校准建议',
    before: '校准前',
    after: '校准后',
    metric: '指标',
    calibrationApplied: '已采用校准后的权重与门槛。',
    calibrationNeedsBoth: '请先加载历史数据再校准。',
    trendUp: (d, p) => `较上次 ${p} 上升 ${d}`,
    trendDown: (d, p) => `较上次 ${p} 下降 ${d}`,
    trendFlat: (p) => `与上次 ${p} 持平`,
    tierNames: { A: '高价值', B: '中高价值', C: '中低价值', D: '低价值' },
    factorNames: {
      channel: '渠道',
      form: '形态',
      annualRevenue: '业务规模(年营收)',
      contactRole: '对接人',
      demandClarity: '需求清晰度',
      demandMatch: '需求匹配度',
      interest: '业务兴趣度',
      tenureMonths: '使用月龄',
      cumulativePayment: '累计付费',
      users: '使用者体量',
      usageRate: '场景功能使用率',
    },
    optionNames: {
      'website-direct': '直接进入官网',
      seo: 'SEO',
      sem: 'SEM',
      'offline-event': '线下活动',
      'online-event': '线上活动',
      referral: '转介绍',
      partner: '合作伙伴',
      'purchased-list': '采购名单',
      other: '其他',
      'demo-request': '预约演示',
      'register-and-call': '注册且电话咨询',
      'inbound-call': '来电咨询',
      'form-submit': '提交表单',
      'register-only': '仅注册',
      'content-download': '下载资料',
      'decision-maker': '决策人',
      'budget-owner': '预算负责人',
      'team-head-unclear-authority': '团队负责人(决策权不明确)',
      influencer: '影响者',
      'end-user': '最终使用者',
      unknown: '未知',
      clear: '清晰',
      partial: '部分',
      vague: '模糊',
      none: '无',
      'standard-high': '标准化程度高',
      'custom-heavy': '定制化多',
      'follows-account': '关注公众号',
      'frequent-reader': '经常阅读',
      'webinar-viewer': '观看直播',
      'pricing-page': '浏览价格页',
      'trial-signup': '注册试用',
      'event-attendee': '参加活动',
    },
  },
};

export const LEAD_CARD: Record<Locale, CardStrings> = {
  en: {
    title: 'Lead value',
    focusStrategy: 'Deep, personalised follow-up',
    standardStrategy: 'Standardised nurture',
    historyHint: 'Load historical leads with a converted column (true/false) to check the tiers against what happened.',
  },
  'zh-CN': {
    title: '线索价值',
    focusStrategy: '个性化、深度、持续跟进',
    standardStrategy: '标准化培育与后期唤醒',
    historyHint: '加载带 converted 列(true/false)的历史线索,用实际转化校验分层。',
  },
};

export const CUSTOMER_CARD: Record<Locale, CardStrings> = {
  en: {
    title: 'Customer value',
    focusStrategy: 'Deep, personalised service',
    standardStrategy: 'Standardised service',
    historyHint:
      'Load historical customers with a converted column (e.g. renewed or upgraded: true/false) to check the tiers.',
  },
  'zh-CN': {
    title: '客户价值',
    focusStrategy: '个性化深度服务与运营',
    standardStrategy: '标准化服务与运营',
    historyHint: '加载带 converted 列(如是否续费/增购:true/false)的历史客户,用实际结果校验分层。',
  },
};
