/** Strings shared by the two risk panels (opportunity-alert-panel, churn-alert-panel), and their date formats. */
import type { Locale } from './format.js';
import type { Level } from '../models/signals.js';
import { dayNumber } from '../models/math.js';

export type RulesSource = 'tuned' | 'model' | 'data' | 'defaults';
export type ProgressPhase = 'send' | 'assess' | 'receive';

export interface RiskStrings {
  levels: Record<Level, string>;
  level: string;
  asOf: (date: string) => string;
  asOfToday: (date: string) => string;
  /** Header figure: rows assessed and skipped. */
  rowsFigure: string;
  assessedN: (n: string) => string;
  skippedN: (n: string) => string;
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
  /** Every row was skipped (none could be assessed). */
  allSkipped: (count: number, n: string) => string;
  sorting: string;
  clearFilters: string;
  listHint: string;
  progress: Record<ProgressPhase, (pct: string) => string>;
  rules: string;
  /** Hint under the rules when changes are kept (storage-key) or only for the session. */
  rulesHintSaved: string;
  rulesHintSession: string;
  rulesFrom: (source: string) => string;
  /** Your changes on top of the host's rules (source: model, data or defaults). */
  rulesFromTuned: (base: string) => string;
  rulesSource: Record<RulesSource, string>;
  rulesNotJson: (why: string) => string;
  /** The data is neither the list nor an object holding it. */
  notData: (list: string, key: string) => string;
  /** The card's head: activating it opens (and selects) the record. */
  cardToggle: string;
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
    asOfToday: (d) => `As of ${d} (today: the data has no assessment date)`,
    rowsFigure: 'Rows',
    assessedN: (n) => `${n} assessed`,
    skippedN: (n) => `${n} skipped`,
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
    allSkipped: (c, n) =>
      c === 1
        ? 'Its only row was skipped: see why above.'
        : `All ${n} rows were skipped: see the rows that could not be assessed above.`,
    sorting: 'Sorting…',
    clearFilters: 'Clear filters',
    listHint: 'Arrow keys move between rows, Enter opens one.',
    progress: {
      send: (p) => `Preparing rows… ${p}`,
      assess: (p) => `Assessing… ${p}`,
      receive: (p) => `Loading results… ${p}`,
    },
    rules: 'Rules',
    rulesHintSaved:
      'Changes apply at once and are kept in this browser. Only the values you change are yours; everything else follows the rules below them. “Reset rules” removes your changes.',
    rulesHintSession:
      'Changes apply at once but are not kept: they last until the page is reloaded. Only the values you change are yours; “Reset rules” removes your changes.',
    rulesFrom: (s) => `Rules in use: ${s}`,
    rulesFromTuned: (b) => `Rules in use: your changes, on top of ${b}`,
    rulesSource: {
      tuned: 'your changes',
      model: 'the rules set for this page',
      data: 'the rules that came with the data',
      defaults: 'the standard rules',
    },
    rulesNotJson: (why) => `The rules are not valid JSON (${why}).`,
    notData: (list, key) =>
      `The data cannot be read: give a list of ${list}, or an object with the list under “${key}” and the assessment date under “asOf”.`,
    cardToggle: 'Show or hide the details',
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
    asOfToday: (d) => `评估日 ${d}(今天:数据未注明评估日期)`,
    rowsFigure: '数据行',
    assessedN: (n) => `已评估 ${n} 行`,
    skippedN: (n) => `跳过 ${n} 行`,
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
    allSkipped: (c, n) => (c === 1 ? '唯一的一行被跳过:原因见上方。' : `全部 ${n} 行都被跳过:请查看上方无法评估的行。`),
    sorting: '排序中…',
    clearFilters: '清除筛选',
    listHint: '方向键在行间移动,回车展开。',
    progress: {
      send: (p) => `准备数据… ${p}`,
      assess: (p) => `评估中… ${p}`,
      receive: (p) => `载入结果… ${p}`,
    },
    rules: '规则',
    rulesHintSaved:
      '修改即时生效,并保存在此浏览器中。只有您改过的数值以您的为准,其余沿用下层规则。“恢复默认规则”会撤销您的修改。',
    rulesHintSession:
      '修改即时生效,但不会保存:刷新页面后失效。只有您改过的数值以您的为准;“恢复默认规则”会撤销您的修改。',
    rulesFrom: (s) => `当前规则:${s}`,
    rulesFromTuned: (b) => `当前规则:您的修改,叠加在${b}之上`,
    rulesSource: { tuned: '您的修改', model: '本页设定的规则', data: '数据自带的规则', defaults: '标准规则' },
    rulesNotJson: (why) => `规则不是有效的 JSON(${why})。`,
    notData: (list, key) => `无法读取数据:请提供${list}列表,或一个对象,列表放在 “${key}” 下,评估日期放在 “asOf” 下。`,
    cardToggle: '显示或隐藏详情',
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

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const k = locale + JSON.stringify(opts);
  let f = dateFormats.get(k);
  if (!f) dateFormats.set(k, (f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' })));
  return f;
};

/**
 * An ISO date or date-time as its UTC calendar day (MODELS.md: `2026-03-05T01:00:00+08:00`
 * is 4 March), written for the locale (Mar 4, 2026 / 2026年3月4日). Text
 * that is no date comes back as it is; null and undefined as a dash.
 */
export function formatDay(iso: string | null | undefined, locale: Locale): string {
  if (iso == null || iso === '') return '—';
  const day = dayNumber(iso);
  if (Number.isNaN(day)) return iso;
  return dateFormat(locale, { dateStyle: 'medium' }).format(new Date(day * 86_400_000));
}

/** A `YYYY-MM` month for the locale (Mar 2026 / 2026年3月); other text as it is. */
export function formatMonth(month: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || +m[2]! < 1 || +m[2]! > 12) return month;
  return dateFormat(locale, { year: 'numeric', month: 'short' }).format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, 1)));
}
