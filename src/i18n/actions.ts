/** Action and table words several elements share (buttons, table headings), in both locales. */
import type { Locale } from './format.js';

export interface ActionStrings {
  noData: string;
  reset: string;
  exportJson: string;
  exportCsv: string;
  importJson: string;
  apply: string;
  accept: string;
  discard: string;
  rowsSkipped: (n: number) => string;
  row: (i: number) => string;
  field: string;
  table: string;
  yes: string;
  no: string;
  total: string;
  chooseFile: string;
}

export const ACTIONS: Record<Locale, ActionStrings> = {
  en: {
    noData: 'No data yet. Give the element JSON through its data attribute, a child script or src.',
    reset: 'Reset to defaults',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    importJson: 'Import JSON',
    apply: 'Apply',
    accept: 'Accept',
    discard: 'Discard',
    rowsSkipped: (n) => `${n} row${n === 1 ? '' : 's'} skipped`,
    row: (i) => `Row ${i + 1}`,
    field: 'Field',
    table: 'Table',
    yes: 'Yes',
    no: 'No',
    total: 'Total',
    chooseFile: 'Choose file',
  },
  'zh-CN': {
    noData: '暂无数据。请通过 data 属性、子 script 或 src 提供 JSON。',
    reset: '恢复默认',
    exportJson: '导出 JSON',
    exportCsv: '导出 CSV',
    importJson: '导入 JSON',
    apply: '应用',
    accept: '采用',
    discard: '放弃',
    rowsSkipped: (n) => `已跳过 ${n} 行`,
    row: (i) => `第 ${i + 1} 行`,
    field: '字段',
    table: '表格',
    yes: '是',
    no: '否',
    total: '合计',
    chooseFile: '选择文件',
  },
};
