/** Strings shared by the two risk panels (opportunity-alert-panel, churn-alert-panel). */
import type { Locale } from './format.js';
import type { Level } from '../models/signals.js';

export type RulesSource = 'tuned' | 'model' | 'data' | 'defaults';
export type ProgressPhase = 'send' | 'assess' | 'receive';

export interface RiskStrings {
  levels: Record<Level, string>;
  level: string;
  asOf: (date: string) => string;
  asOfToday: (date: string) => string;
  assessed: (n: string) => string;
  filters: string;
  allLevels: string;
  atRisk: string;
  all: string;
  search: string;
  searchHint: string;
  sortBy: string;
  sortRisk: string;
  sortName: string;
  showing: (shown: string, total: string) => string;
  noMatch: string;
  clearFilters: string;
  listHint: string;
  progress: Record<ProgressPhase, (pct: string) => string>;
  rules: string;
  rulesHint: string;
  rulesFrom: (source: string) => string;
  rulesSource: Record<RulesSource, string>;
  resetRules: string;
  exportRules: string;
  importRules: string;
  rulesJson: string;
  invalidRows: (n: number) => string;
  signals: string;
  noSignals: string;
  metrics: string;
  responses: string;
  days: (n: string) => string;
  none: string;
  chartTable: string;
  closeRow: string;
}

export const RISK: Record<Locale, RiskStrings> = {
  en: {
    levels: { ok: 'OK', warning: 'Warning', critical: 'Critical' },
    level: 'Level',
    asOf: (d) => `As of ${d}`,
    asOfToday: (d) => `As of ${d} (today, UTC: the data gives no asOf)`,
    assessed: (n) => `${n} assessed`,
    filters: 'Filters',
    allLevels: 'All levels',
    atRisk: 'At risk (warning or critical)',
    all: 'All',
    search: 'Search',
    searchHint: 'Name or id',
    sortBy: 'Sort by',
    sortRisk: 'Risk (level, score, amount)',
    sortName: 'Name (A–Z)',
    showing: (s, t) => `Showing ${s} of ${t}`,
    noMatch: 'No rows match the filters.',
    clearFilters: 'Clear filters',
    listHint: 'Arrow keys move between rows, Enter opens one.',
    progress: {
      send: (p) => `Preparing rows… ${p}`,
      assess: (p) => `Assessing… ${p}`,
      receive: (p) => `Loading results… ${p}`,
    },
    rules: 'Rules',
    rulesHint: 'Changes apply at once and are saved under the storage-key. Tuned rules win over the model channel, which wins over data.rules and the defaults.',
    rulesFrom: (s) => `Rules in force: ${s}`,
    rulesSource: { tuned: 'tuned here', model: 'from the model channel', data: 'from data.rules', defaults: 'defaults' },
    resetRules: 'Reset rules',
    exportRules: 'Export rules (JSON)',
    importRules: 'Import rules',
    rulesJson: 'Rules as JSON',
    invalidRows: (n) => `${n} row${n === 1 ? '' : 's'} could not be assessed`,
    signals: 'Signals',
    noSignals: 'No risk signals.',
    metrics: 'Metrics',
    responses: 'Suggested responses',
    days: (n) => `${n} d`,
    none: '—',
    chartTable: 'Figures of the chart',
    closeRow: 'Close',
  },
  'zh-CN': {
    levels: { ok: '正常', warning: '预警', critical: '高危' },
    level: '等级',
    asOf: (d) => `评估日 ${d}`,
    asOfToday: (d) => `评估日 ${d}(今天,UTC:数据未提供 asOf)`,
    assessed: (n) => `已评估 ${n} 条`,
    filters: '筛选',
    allLevels: '全部等级',
    atRisk: '有风险(预警或高危)',
    all: '全部',
    search: '搜索',
    searchHint: '名称或编号',
    sortBy: '排序',
    sortRisk: '风险(等级、分数、金额)',
    sortName: '名称(A–Z)',
    showing: (s, t) => `显示 ${s} / ${t}`,
    noMatch: '没有符合筛选条件的行。',
    clearFilters: '清除筛选',
    listHint: '方向键在行间移动,回车展开。',
    progress: {
      send: (p) => `准备数据… ${p}`,
      assess: (p) => `评估中… ${p}`,
      receive: (p) => `载入结果… ${p}`,
    },
    rules: '规则',
    rulesHint: '修改即时生效,并保存在 storage-key 下。调整后的规则优先于 model 通道,model 通道优先于 data.rules 和默认值。',
    rulesFrom: (s) => `当前规则:${s}`,
    rulesSource: { tuned: '本处调整', model: '来自 model 通道', data: '来自 data.rules', defaults: '默认值' },
    resetRules: '恢复默认规则',
    exportRules: '导出规则(JSON)',
    importRules: '导入规则',
    rulesJson: '规则 JSON',
    invalidRows: (n) => `${n} 行无法评估`,
    signals: '预警信号',
    noSignals: '没有风险信号。',
    metrics: '指标',
    responses: '建议响应',
    days: (n) => `${n} 天`,
    none: '—',
    chartTable: '图表数据',
    closeRow: '收起',
  },
};
