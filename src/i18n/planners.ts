/**
 * Strings every planner shares (funnel-forecast, sales-target-planner,
 * sales-org-designer, cs-capacity-planner). Kept short: funnel-forecast
 * carries them within a 30 KB budget. Each planner's own strings live in its
 * own module.
 */
import type { Locale } from './format.js';

export interface PlannerStrings {
  parameters: string;
  results: string;
  tune: string;
  scenarios: string;
  name: string;
  save: string;
  load: string;
  duplicate: string;
  remove: string;
  compare: string;
  current: string;
  feasible: string;
  infeasible: string;
}

export const PLANNER: Record<Locale, PlannerStrings> = {
  en: {
    parameters: 'Parameters',
    results: 'Results',
    tune: 'What to tune next',
    scenarios: 'Scenarios',
    name: 'Scenario name',
    save: 'Save',
    load: 'Load',
    duplicate: 'Duplicate',
    remove: 'Delete',
    compare: 'Compare',
    current: 'Current',
    feasible: 'Feasible',
    infeasible: 'Not feasible',
  },
  'zh-CN': {
    parameters: '参数',
    results: '结果',
    tune: '下一步调什么',
    scenarios: '方案',
    name: '方案名称',
    save: '保存',
    load: '载入',
    duplicate: '复制',
    remove: '删除',
    compare: '对比',
    current: '当前',
    feasible: '可行',
    infeasible: '不可行',
  },
};
