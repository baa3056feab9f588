/** 简体中文(见 en.ts 的接口)。 */
import type { FunnelHistoryStrings } from './en.js';

export const FUNNEL_HISTORY: FunnelHistoryStrings = {
  learning: '正在从历史数据计算转化率',
  fromHistory: '来自历史数据',
  historyWindow: '时间窗口',
  lastMonths: (n) => `近 ${n} 个月`,
  fillHistory: '用历史数据填入转化率',
  historyFile: '阶段历史文件(CSV 或 .xlsx:编号、阶段、日期)',
  historyMark: (n) => `来自历史数据,${n} 条记录`,
  fewRecords: (min) => `记录少于 ${min} 条`,
  edited: '已修改',
  revertHistory: '恢复为历史值',
  records: '记录数',
  medianDays: '阶段停留天数(中位数)',
  historySummary: (used, from, to) => `${used} 条记录,${from} 至 ${to}`,
  keptNoRecords: (stage) => `${stage}:窗口内没有记录,保留手填的转化率`,
  keptZero: (stage) => `${stage}:记录全部输单,保留手填的转化率`,
  notRead: (n) => `历史数据中有 ${n} 行未能读取`,
  missingColumns: (cols) => `文件需要以下列:${cols}`,
  rowsLeftOut: (n) => `${n} 行未计入(阶段不在漏斗中、单元格为空或日期无法读取)`,
};
