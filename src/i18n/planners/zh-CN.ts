/** 简体中文(见 en.ts 的接口)。 */
import type { PlannerStrings } from './en.js';

export const PLANNER: PlannerStrings = {
  parameters: '参数',
  results: '结果',
  tune: '下一步调什么',
  scenarios: '方案',
  name: '方案名称',
  save: '保存',
  load: '载入',
  duplicate: '复制',
  remove: '删除',
  compareA: '对比 A',
  compareB: '与 B',
  current: '当前',
  feasible: '可行',
  infeasible: '不可行',
  revert: '恢复为页面数据',
  modified: '已修改',
  undo: '撤销',
  loaded: (n) => `已载入“${n}”,覆盖了未保存的修改。`,
  differ: (a, b) => `参数差异,${a} → ${b}:`,
  added: (what, name) => `新增${what}“${name}”`,
  removed: (what, name) => `删除${what}“${name}”`,
  same: '无。',
  add: '添加',
  drop: '移除',
};
