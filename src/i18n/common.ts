/** Strings every element uses, in both locales. */
import type { Locale } from './format.js';

export interface CommonStrings {
  loading: string;
  invalidTitle: string;
  invalidHint: string;
  lastGood: string;
  noData: string;
  memoryOnly: string;
  saved: string;
  reset: string;
  resetConfirm: string;
  exportJson: string;
  exportCsv: string;
  importJson: string;
  importFailed: (why: string) => string;
  apply: string;
  cancel: string;
  accept: string;
  discard: string;
  close: string;
  rowsSkipped: (n: number) => string;
  row: (i: number) => string;
  field: string;
  problem: string;
  chart: string;
  table: string;
  yes: string;
  no: string;
  missing: string;
  total: string;
  settings: string;
  paste: string;
  chooseFile: string;
  run: string;
  working: string;
  /** Where a value came from, for messages. */
  input: string;
  jsonAttributeInvalid: (attr: string, why: string) => string;
  jsonScriptInvalid: (why: string) => string;
  loadFailed: (attr: string, url: string, why: string) => string;
  responseNotJson: (why: string) => string;
}

export const COMMON: Record<Locale, CommonStrings> = {
  en: {
    loading: 'Loading…',
    invalidTitle: 'Some input could not be used',
    invalidHint: 'Showing the last valid result until this is fixed.',
    lastGood: 'Last valid result',
    noData: 'No data yet. Give the element JSON through its data attribute, a child script or src.',
    memoryOnly: 'Saving is unavailable in this browser: changes are kept only until the page is closed.',
    saved: 'Saved',
    reset: 'Reset to defaults',
    resetConfirm: 'Reset',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    importJson: 'Import JSON',
    importFailed: (why) => `Import failed: ${why}`,
    apply: 'Apply',
    cancel: 'Cancel',
    accept: 'Accept',
    discard: 'Discard',
    close: 'Close',
    rowsSkipped: (n) => `${n} row${n === 1 ? '' : 's'} skipped`,
    row: (i) => `Row ${i + 1}`,
    field: 'Field',
    problem: 'Problem',
    chart: 'Chart',
    table: 'Table',
    yes: 'Yes',
    no: 'No',
    missing: 'missing',
    total: 'Total',
    settings: 'Settings',
    paste: 'Paste',
    chooseFile: 'Choose file',
    run: 'Run',
    working: 'Working…',
    input: 'input',
    jsonAttributeInvalid: (attr, why) => `the ${attr} attribute is not valid JSON (${why})`,
    jsonScriptInvalid: (why) => `the child <script type="application/json"> is not valid JSON (${why})`,
    loadFailed: (attr, url, why) => `could not be loaded from ${attr}="${url}": ${why}`,
    responseNotJson: (why) => `the response is not valid JSON: ${why}`,
  },
  'zh-CN': {
    loading: '加载中…',
    invalidTitle: '部分输入无法使用',
    invalidHint: '修正前继续显示上一次有效的结果。',
    lastGood: '上一次有效结果',
    noData: '暂无数据。请通过 data 属性、子 script 或 src 提供 JSON。',
    memoryOnly: '此浏览器无法保存:更改仅保留到页面关闭。',
    saved: '已保存',
    reset: '恢复默认',
    resetConfirm: '恢复',
    exportJson: '导出 JSON',
    exportCsv: '导出 CSV',
    importJson: '导入 JSON',
    importFailed: (why) => `导入失败:${why}`,
    apply: '应用',
    cancel: '取消',
    accept: '采用',
    discard: '放弃',
    close: '关闭',
    rowsSkipped: (n) => `已跳过 ${n} 行`,
    row: (i) => `第 ${i + 1} 行`,
    field: '字段',
    problem: '问题',
    chart: '图表',
    table: '表格',
    yes: '是',
    no: '否',
    missing: '缺失',
    total: '合计',
    settings: '设置',
    paste: '粘贴',
    chooseFile: '选择文件',
    run: '运行',
    working: '处理中…',
    input: '输入',
    jsonAttributeInvalid: (attr, why) => `${attr} 属性不是有效的 JSON(${why})`,
    jsonScriptInvalid: (why) => `子元素 <script type="application/json"> 不是有效的 JSON(${why})`,
    loadFailed: (attr, url, why) => `无法从 ${attr}="${url}" 加载:${why}`,
    responseNotJson: (why) => `返回内容不是有效的 JSON:${why}`,
  },
};
