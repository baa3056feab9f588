/** 简体中文(见 en.ts 的接口)。 */
import type { TargetHistoryStrings } from './en.js';

export const TARGET_HISTORY: TargetHistoryStrings = {
  fromHistory: '来自历史数据',
  yearsRead: '读取年份',
  lastYears: (n) => `近 ${n} 年`,
  fillHistory: '用历史数据填入季节性和人效',
  average: '平均(权重)',
  month: '月份',
  productivity: '按司龄的人效',
  tenure: '司龄',
  qualified: '合格',
  ramping: '成长中',
  repMonths: '人月',
  bookings: '业绩',
  perRepMonth: '每人月',
  noBookings: '读取年份内没有业绩:保留原季节性。',
  unmatched: (n, amount) => `${n} 笔业绩(${amount})没有对应的在职销售,只计入季节性`,
  notRead: (n) => `历史数据中有 ${n} 行未能读取`,
  filled: '已用历史数据填入;所有数值仍可修改。',
};
