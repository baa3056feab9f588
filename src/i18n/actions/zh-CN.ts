/** 简体中文(见 en.ts 的接口)。 */
import type { ActionStrings } from './en.js';

export const ACTIONS: ActionStrings = {
  noData: '暂无数据。请通过 data 属性、子 script 或 src 提供 JSON。',
  reset: '恢复默认',
  exportJson: '导出 JSON',
  exportCsv: '导出 CSV',
  exportXlsx: '导出 Excel',
  idCol: 'ID',
  riskScoreCol: '风险分',
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
};
